namespace WasmSharp.Tests.Api;

/// <summary>
/// Which tier an instance of an async store runs in (docs/tiers.md): the engine's, except that an
/// instance that may suspend is interpreted where the engine compiles.
/// </summary>
public sealed class AsyncTierTests
{
    private static bool IsInterpreted(Instance instance, int function) => instance.Context.Function(function).Interpreted is not null;

    [Fact]
    public async Task OnlyInstancesThatMaySuspendAreInterpreted()
    {
        Engine engine = AsyncTesting.Engine(Strategy.Compiler, c => c.ConsumeFuel = true);
        var store = new Store<int>(engine, 0);
        store.SetFuel(1_000_000);
        var linker = new Linker<int>(engine);
        linker.FuncWrap("host", "sync", (int x) => x + 1);
        linker.FuncWrapAsync("host", "async", async (Caller<int> caller, int x) =>
        {
            await Task.Yield();
            return x * 2;
        });

        Instance plain = await linker.InstantiateAsync(store, Module.FromText(engine, """
            (module
              (import "host" "sync" (func $sync (param i32) (result i32)))
              (func (export "f") (param i32) (result i32) (call $sync (local.get 0))))
            """));
        Assert.False(IsInterpreted(plain, 1));
        linker.Instance(store, "plain", plain);

        Instance suspending = await linker.InstantiateAsync(store, Module.FromText(engine, """
            (module
              (import "host" "async" (func $async (param i32) (result i32)))
              (func (export "f") (param i32) (result i32) (call $async (local.get 0))))
            """));
        Assert.True(IsInterpreted(suspending, 1));
        linker.Instance(store, "suspending", suspending);

        // An importer of an interpreted function may suspend through it; one of a compiled function may not.
        Instance viaSuspending = await linker.InstantiateAsync(store, Module.FromText(engine, """
            (module
              (import "suspending" "f" (func $f (param i32) (result i32)))
              (func (export "g") (param i32) (result i32) (call $f (local.get 0))))
            """));
        Assert.True(IsInterpreted(viaSuspending, 1));
        Instance viaPlain = await linker.InstantiateAsync(store, Module.FromText(engine, """
            (module
              (import "plain" "f" (func $f (param i32) (result i32)))
              (func (export "g") (param i32) (result i32) (call $f (local.get 0))))
            """));
        Assert.False(IsInterpreted(viaPlain, 1));
        Assert.Equal(22, await viaSuspending.GetTypedFunc<int, int>(store, "g").CallAsync(store, 11));
        Assert.Equal(12, await viaPlain.GetTypedFunc<int, int>(store, "g").CallAsync(store, 11));

        // With a yield interval set, every new instance may suspend.
        store.FuelAsyncYieldInterval(10_000);
        Instance yielding = await linker.InstantiateAsync(store, Module.FromText(engine, "(module (func (export \"f\")))"));
        Assert.True(IsInterpreted(yielding, 0));
    }

    [Fact]
    public async Task UnderTierUpAnInstanceThatMaySuspendStaysInterpreted()
    {
        // Every module tiers up after two calls or iterations, synchronously: an instance that may
        // suspend must not, or its hot loop, compiled, would wait for the host function's work.
        Engine engine = AsyncTesting.Engine(Strategy.Auto, c =>
        {
            c.TierUpCodeSize = 0;
            c.TierUpThreshold = 1;
            c.TierUpSynchronously = true;
        });
        var linker = new Linker<int>(engine);

        // Each call's first tick waits for the test to see the call pending: with Task.Yield alone,
        // the thread pool could run all 50 ticks before the test thread looked (it did, in CI).
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        linker.FuncWrapAsync("host", "tick", async (Caller<int> caller, int x) =>
        {
            await started.Task;
            await Task.Yield();
            caller.Data++;
            return x + 1;
        });
        linker.FuncWrap("host", "sync", (int x) => x + 1);
        var store = new Store<int>(engine, 0);
        Instance suspending = await linker.InstantiateAsync(store, Module.FromText(engine, """
            (module
              (import "host" "tick" (func $tick (param i32) (result i32)))
              (func (export "count") (param $n i32) (result i32) (local $acc i32)
                (block $done
                  (loop $l
                    (br_if $done (i32.eqz (local.get $n)))
                    (local.set $acc (call $tick (local.get $acc)))
                    (local.set $n (i32.sub (local.get $n) (i32.const 1)))
                    (br $l)))
                (local.get $acc)))
            """));
        var count = suspending.GetTypedFunc<int, int>(store, "count");
        for (int round = 0; round < 3; round++)
        {
            started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Task<int> call = count.CallAsync(store, 50);
            Assert.False(call.IsCompleted);
            started.SetResult();
            Assert.Equal(50, await call);
            Assert.True(IsInterpreted(suspending, 1));
        }

        Assert.Equal(150, store.Data);

        // An instance that cannot suspend tiers up as under any other store.
        Instance plain = await linker.InstantiateAsync(store, Module.FromText(engine, """
            (module
              (import "host" "sync" (func $sync (param i32) (result i32)))
              (func (export "f") (param i32) (result i32) (call $sync (local.get 0))))
            """));
        var f = plain.GetTypedFunc<int, int>(store, "f");
        for (int round = 0; round < 5; round++)
        {
            Assert.Equal(2, await f.CallAsync(store, 1));
        }

        Assert.False(IsInterpreted(plain, 1));
    }

    [Fact]
    public async Task CompiledCodeThatReachesAnAsyncHostFunctionWaitsForIt()
    {
        // A compiled instance calls, through its table, an async host function the host put there:
        // compiled code cannot suspend, so the call waits for the host's work, with the same result.
        Engine engine = AsyncTesting.Engine(Strategy.Compiler);
        var store = new Store<int>(engine, 0);
        Instance instance = await Instance.NewAsync(store, Module.FromText(engine, """
            (module
              (type $t (func (param i32) (result i32)))
              (table (export "table") 1 funcref)
              (func (export "callSlot0") (param i32) (result i32) (call_indirect (type $t) (local.get 0) (i32.const 0))))
            """), []);
        Assert.False(IsInterpreted(instance, 0));
        instance.GetTable(store, "table")!.Set(store, 0, Val.FuncRef(Func.WrapAsync(store, async (Caller<int> caller, int x) =>
        {
            await Task.Delay(10);
            return x + 100;
        })));
        Assert.Equal(105, await instance.GetTypedFunc<int, int>(store, "callSlot0").CallAsync(store, 5));
    }
}

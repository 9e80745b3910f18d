using WasmSharp.Types;

namespace WasmSharp.Tests.Api;

/// <summary>
/// Async host functions (Wasmtime's <c>Linker::func_wrap_async</c>, <c>func_new_async</c>,
/// <c>Func::new_async</c>, <c>Func::wrap_async</c>) called from guests through the async entry points.
/// </summary>
public sealed class AsyncHostFunctionTests
{
    [Theory]
    [MemberData(nameof(AsyncTesting.Strategies), MemberType = typeof(AsyncTesting))]
    public async Task EveryTaskKindSuspendsTheGuestAndResumesIt(Strategy strategy)
    {
        Engine engine = AsyncTesting.Engine(strategy);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var linker = new Linker<List<string>>(engine);
        linker.FuncWrapAsync("host", "log", async (Caller<List<string>> caller, int value) =>
        {
            await gate.Task;
            caller.Data.Add($"log {value}");
        });
        linker.FuncWrapAsync("host", "twice", async (Caller<List<string>> caller, long value) =>
        {
            await Task.Delay(5);
            return value * 2;
        });
        linker.FuncWrapAsync("host", "mark", async ValueTask (Caller<List<string>> caller) =>
        {
            await Task.Yield();
            caller.Data.Add("mark");
        });
        linker.FuncWrapAsync("host", "split", async ValueTask<(int, double)> (Caller<List<string>> caller, int value) =>
        {
            await Task.Delay(1);
            return (value / 2, value / 2.0);
        });
        Module module = Module.FromText(engine, """
            (module
              (import "host" "log" (func $log (param i32)))
              (import "host" "twice" (func $twice (param i64) (result i64)))
              (import "host" "mark" (func $mark))
              (import "host" "split" (func $split (param i32) (result i32 f64)))
              (func (export "run") (param $x i32) (result i64 i32 f64)
                (call $log (local.get $x))
                (call $mark)
                (call $twice (i64.extend_i32_s (local.get $x)))
                (call $split (local.get $x))))
            """);
        var store = new Store<List<string>>(engine, []);
        Instance instance = await linker.InstantiateAsync(store, module);
        var run = instance.GetTypedFunc<int, (long, int, double)>(store, "run");

        Task<(long, int, double)> call = run.CallAsync(store, 21);
        Assert.False(call.IsCompleted);
        gate.SetResult();
        Assert.Equal((42L, 10, 10.5), await call);
        Assert.Equal(["log 21", "mark"], store.Data);
    }

    [Theory]
    [MemberData(nameof(AsyncTesting.Strategies), MemberType = typeof(AsyncTesting))]
    public async Task AHostFunctionWhoseTaskIsAlreadyCompleteLeavesTheCallSynchronous(Strategy strategy)
    {
        Engine engine = AsyncTesting.Engine(strategy);
        var linker = new Linker<int>(engine);
        linker.FuncWrapAsync("host", "inc", (Caller<int> caller, int x) => ValueTask.FromResult(x + 1));
        linker.FuncWrapAsync("host", "count", (Caller<int> caller) =>
        {
            caller.Data++;
            return Task.CompletedTask;
        });
        Module module = Module.FromText(engine, """
            (module
              (import "host" "inc" (func $inc (param i32) (result i32)))
              (import "host" "count" (func $count))
              (func (export "run") (param $n i32) (result i32) (local $acc i32)
                (block $done
                  (loop $l
                    (br_if $done (i32.eqz (local.get $n)))
                    (local.set $acc (call $inc (local.get $acc)))
                    (call $count)
                    (local.set $n (i32.sub (local.get $n) (i32.const 1)))
                    (br $l)))
                (local.get $acc)))
            """);
        var store = new Store<int>(engine, 0);
        Task<Instance> instantiating = linker.InstantiateAsync(store, module);
        Assert.True(instantiating.IsCompletedSuccessfully);
        var run = (await instantiating).GetTypedFunc<int, int>(store, "run");

        Task<int> call = run.CallAsync(store, 1000);
        Assert.True(call.IsCompletedSuccessfully);
        Assert.Equal(1000, await call);
        Assert.Equal(1000, store.Data);
    }

    [Theory]
    [MemberData(nameof(AsyncTesting.Strategies), MemberType = typeof(AsyncTesting))]
    public async Task UntypedAndStoreBoundAsyncHostFunctionsWork(Strategy strategy)
    {
        Engine engine = AsyncTesting.Engine(strategy);
        var store = new Store<int>(engine, 10);
        var linker = new Linker<int>(engine);
        var type = new FuncType([ValType.I32, ValType.I64], [ValType.I64]);
        linker.DefineFuncAsync("host", "sum", type, async (caller, parameters, results) =>
        {
            await Task.Yield();
            results.Span[0] = Val.I64(parameters.Span[0].AsI32() + parameters.Span[1].AsI64());
        });
        linker.Define(store, "host", "scaled", Func.NewAsync(store, type, async (caller, parameters, results) =>
        {
            await Task.Delay(1);
            results.Span[0] = Val.I64(caller.Data * (parameters.Span[0].AsI32() + parameters.Span[1].AsI64()));
        }));
        linker.Define(store, "host", "negate", Func.WrapAsync(store, async (Caller<int> caller, long x) =>
        {
            await Task.Yield();
            return -x;
        }));
        linker.Define(store, "host", "wrong", Func.NewAsync(store, new FuncType([], [ValType.I32]), async (caller, parameters, results) =>
        {
            await Task.Yield();
            results.Span[0] = Val.I64(1);
        }));
        Module module = Module.FromText(engine, """
            (module
              (import "host" "sum" (func $sum (param i32 i64) (result i64)))
              (import "host" "scaled" (func $scaled (param i32 i64) (result i64)))
              (import "host" "negate" (func $negate (param i64) (result i64)))
              (import "host" "wrong" (func $wrong (result i32)))
              (func (export "run") (param i32 i64) (result i64)
                (call $negate (i64.add (call $sum (local.get 0) (local.get 1)) (call $scaled (local.get 0) (local.get 1)))))
              (func (export "wrong") (result i32) (call $wrong)))
            """);
        Instance instance = await linker.InstantiateAsync(store, module);
        Func run = instance.GetFunc(store, "run")!;
        Val[] results = new Val[1];
        await run.CallAsync(store, new[] { Val.I32(2), Val.I64(3) }, results);
        Assert.Equal(-55L, results[0].AsI64());

        // As for a synchronous untyped function, a result of the wrong type fails the call.
        Trap trap = await Assert.ThrowsAsync<Trap>(() => instance.GetFunc(store, "wrong")!.CallAsync(store, Array.Empty<Val>(), new Val[1]));
        Assert.Equal(TrapCode.HostError, trap.Code);
        Assert.Contains("function attempted to return an incompatible value", Assert.IsType<InvalidOperationException>(trap.InnerException).Message);
    }

    [Theory]
    [MemberData(nameof(AsyncTesting.Strategies), MemberType = typeof(AsyncTesting))]
    public async Task AStartFunctionAwaitsAnAsyncImport(Strategy strategy)
    {
        Engine engine = AsyncTesting.Engine(strategy);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var linker = new Linker<int>(engine);
        linker.FuncWrapAsync("host", "init", async (Caller<int> caller) =>
        {
            await gate.Task;
            caller.Data++;
            return 7;
        });
        Module module = Module.FromText(engine, """
            (module
              (import "host" "init" (func $init (result i32)))
              (global $g (mut i32) (i32.const 0))
              (func $start (global.set $g (call $init)))
              (start $start)
              (func (export "get") (result i32) (global.get $g)))
            """);
        var store = new Store<int>(engine, 0);
        Task<Instance> instantiating = linker.InstantiateAsync(store, module);
        Assert.False(instantiating.IsCompleted);
        Assert.Equal(0, store.Data);

        gate.SetResult();
        Instance instance = await instantiating;
        Assert.Equal(1, store.Data);
        Assert.Equal(7, await instance.GetTypedFunc<ValueTuple, int>(store, "get").CallAsync(store, default));
    }

    [Theory]
    [MemberData(nameof(AsyncTesting.Strategies), MemberType = typeof(AsyncTesting))]
    public async Task AnAsyncHostFunctionCallsBackIntoTheGuestWhichAwaitsAgain(Strategy strategy)
    {
        // host → outer (wasm) → fetch (async host) → inner (wasm) → delay (async host), twice:
        // once before fetch first waits, once after.
        Engine engine = AsyncTesting.Engine(strategy);
        TypedFunc<int, int>? inner = null;
        var linker = new Linker<int>(engine);
        linker.FuncWrapAsync("host", "delay", async (Caller<int> caller, int x) =>
        {
            await Task.Delay(10);
            caller.Data++;
            return x + 1;
        });
        linker.FuncWrapAsync("host", "fetch", async (Caller<int> caller, int x) =>
        {
            int before = await inner!.CallAsync(caller.Store, x);
            await Task.Delay(5);
            int after = await inner.CallAsync(caller, before);
            return after * 10;
        });
        Module module = Module.FromText(engine, """
            (module
              (import "host" "delay" (func $delay (param i32) (result i32)))
              (import "host" "fetch" (func $fetch (param i32) (result i32)))
              (func (export "inner") (param i32) (result i32) (call $delay (local.get 0)))
              (func (export "outer") (param i32) (result i32) (i32.add (call $fetch (local.get 0)) (i32.const 1))))
            """);
        var store = new Store<int>(engine, 0);
        Instance instance = await linker.InstantiateAsync(store, module);
        inner = instance.GetTypedFunc<int, int>(store, "inner");
        Assert.Equal(31, await instance.GetTypedFunc<int, int>(store, "outer").CallAsync(store, 1));
        Assert.Equal(2, store.Data);
    }

    [Theory]
    [MemberData(nameof(AsyncTesting.Strategies), MemberType = typeof(AsyncTesting))]
    public async Task AFaultedTaskFailsTheCallWithTheHostExceptionInsideAndAWasmBacktrace(Strategy strategy)
    {
        Engine engine = AsyncTesting.Engine(strategy);
        bool fail = true;
        var linker = new Linker<int>(engine);
        linker.FuncWrapAsync("host", "query", async (Caller<int> caller, int x) =>
        {
            await Task.Delay(1);
            if (fail)
            {
                throw new InvalidOperationException("the database is down");
            }

            return x;
        });
        Module module = Module.FromText(engine, """
            (module
              (import "host" "query" (func $query (param i32) (result i32)))
              (func $inner (param i32) (result i32) (call $query (local.get 0)))
              (func $outer (export "outer") (param i32) (result i32) (call $inner (local.get 0))))
            """);
        var store = new Store<int>(engine, 0);
        Instance instance = await linker.InstantiateAsync(store, module);
        var outer = instance.GetTypedFunc<int, int>(store, "outer");

        Trap trap = await Assert.ThrowsAsync<Trap>(() => outer.CallAsync(store, 5));
        Assert.Equal(TrapCode.HostError, trap.Code);
        Assert.Equal("the database is down", trap.Message);
        Assert.Equal("the database is down", Assert.IsType<InvalidOperationException>(trap.InnerException).Message);
        Assert.Equal(["inner", "outer"], trap.Backtrace.Frames.Select(f => f.FuncName));

        // The store stays usable.
        fail = false;
        Assert.Equal(5, await outer.CallAsync(store, 5));
    }

    [Theory]
    [MemberData(nameof(AsyncTesting.Strategies), MemberType = typeof(AsyncTesting))]
    public async Task ATrapAfterResumingCarriesTheFramesOfEveryCallItLeft(Strategy strategy)
    {
        // outer → hop (async host) → inner, which traps once its own host call has resumed.
        Engine engine = AsyncTesting.Engine(strategy);
        TypedFunc<int, int>? inner = null;
        var linker = new Linker<int>(engine);
        linker.FuncWrapAsync("host", "pause", async (Caller<int> caller) => await Task.Delay(1));
        linker.FuncWrapAsync("host", "hop", async (Caller<int> caller, int x) =>
        {
            await Task.Yield();
            return await inner!.CallAsync(caller, x);
        });
        Module module = Module.FromText(engine, """
            (module
              (import "host" "pause" (func $pause))
              (import "host" "hop" (func $hop (param i32) (result i32)))
              (func $divide (param i32) (result i32) (call $pause) (i32.div_s (i32.const 1) (local.get 0)))
              (func $inner (export "inner") (param i32) (result i32) (call $divide (local.get 0)))
              (func $outer (export "outer") (param i32) (result i32) (call $hop (local.get 0))))
            """);
        var store = new Store<int>(engine, 0);
        Instance instance = await linker.InstantiateAsync(store, module);
        inner = instance.GetTypedFunc<int, int>(store, "inner");
        Trap trap = await Assert.ThrowsAsync<Trap>(() => instance.GetTypedFunc<int, int>(store, "outer").CallAsync(store, 0));
        Assert.Equal(TrapCode.IntegerDivisionByZero, trap.Code);
        Assert.Equal(["divide", "inner", "outer"], trap.Backtrace.Frames.Select(f => f.FuncName));
    }

    [Theory]
    [MemberData(nameof(AsyncTesting.Strategies), MemberType = typeof(AsyncTesting))]
    public async Task TrapsAndWasmExceptionsFromAnAsyncHostFunctionPassAsTheyAre(Strategy strategy)
    {
        Engine engine = AsyncTesting.Engine(strategy);
        var linker = new Linker<int>(engine);
        linker.FuncWrapAsync("host", "overflow", async (Caller<int> caller) =>
        {
            await Task.Yield();
            throw new Trap(TrapCode.IntegerOverflow);
        });
        linker.FuncWrapAsync("host", "raise", async (Caller<int> caller, int x) =>
        {
            await Task.Yield();
            throw new WasmException(caller.Store, (Tag)caller.GetExport("e")!, Val.I32(x));
        });
        Module module = Module.FromText(engine, """
            (module
              (import "host" "overflow" (func $overflow))
              (import "host" "raise" (func $raise (param i32)))
              (tag $e (export "e") (param i32))
              (func (export "overflow") (call $overflow))
              (func (export "catches") (param i32) (result i32)
                (block $h (result i32)
                  (try_table (catch $e $h) (call $raise (local.get 0)))
                  (i32.const -1))))
            """);
        var store = new Store<int>(engine, 0);
        Instance instance = await linker.InstantiateAsync(store, module);

        Trap trap = await Assert.ThrowsAsync<Trap>(() => instance.GetTypedFunc<ValueTuple, ValueTuple>(store, "overflow").CallAsync(store, default));
        Assert.Equal(TrapCode.IntegerOverflow, trap.Code);
        Assert.Null(trap.InnerException);

        // A wasm exception is delivered where the guest resumes, so its handler catches it.
        Assert.Equal(42, await instance.GetTypedFunc<int, int>(store, "catches").CallAsync(store, 42));
    }

    [Theory]
    [MemberData(nameof(AsyncTesting.Strategies), MemberType = typeof(AsyncTesting))]
    public async Task TheCallHookSeesEachBoundaryOfAnAsyncHostCall(Strategy strategy)
    {
        Engine engine = AsyncTesting.Engine(strategy);
        var linker = new Linker<List<string>>(engine);
        linker.FuncWrapAsync("host", "wait", async (Caller<List<string>> caller) =>
        {
            caller.Data.Add("host starts");
            await Task.Delay(1);
            caller.Data.Add("host ends");
        });
        Module module = Module.FromText(engine, """
            (module
              (import "host" "wait" (func $wait))
              (func (export "run") (call $wait)))
            """);
        var store = new Store<List<string>>(engine, []);
        Instance instance = await linker.InstantiateAsync(store, module);
        store.CallHook((s, kind) => s.Data.Add(kind.ToString()));
        await instance.GetTypedFunc<ValueTuple, ValueTuple>(store, "run").CallAsync(store, default);
        Assert.Equal(["CallingWasm", "CallingHost", "host starts", "host ends", "ReturningFromHost", "ReturningFromWasm"], store.Data);

        // Called directly from the host, as a synchronous host function's call is seen.
        store.Data.Clear();
        Func triple = Func.WrapAsync(store, async (Caller<List<string>> caller, int x) =>
        {
            await Task.Yield();
            return x * 3;
        });
        Assert.Equal(12, await triple.Typed<int, int>(store).CallAsync(store, 4));
        Assert.Equal(["CallingWasm", "CallingHost", "ReturningFromHost", "ReturningFromWasm"], store.Data);
    }

    [Theory]
    [MemberData(nameof(AsyncTesting.Strategies), MemberType = typeof(AsyncTesting))]
    public async Task TheCallersCancellationTokenIsTheCallsToken(Strategy strategy)
    {
        Engine engine = AsyncTesting.Engine(strategy);
        var linker = new Linker<int>(engine);
        linker.FuncWrapAsync("host", "forever", async (Caller<int> caller) => await Task.Delay(Timeout.Infinite, caller.CancellationToken));
        Module module = Module.FromText(engine, """
            (module
              (import "host" "forever" (func $forever))
              (func (export "run") (call $forever)))
            """);
        var store = new Store<int>(engine, 0);
        Instance instance = await linker.InstantiateAsync(store, module);
        using var cancellation = new CancellationTokenSource();
        Task call = instance.GetTypedFunc<ValueTuple, ValueTuple>(store, "run").CallAsync(store, default, cancellation.Token);
        Assert.False(call.IsCompleted);
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }
}

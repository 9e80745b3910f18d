namespace WasmSharp.Tests.Api;

/// <summary>
/// Canceling an async call: while it waits in an async host function, while its guest runs (with
/// epoch interruption), or before it starts; the store stays usable afterwards.
/// </summary>
public sealed class AsyncCancellationTests
{
    [Theory]
    [MemberData(nameof(AsyncTesting.Strategies), MemberType = typeof(AsyncTesting))]
    public async Task CancelingACallThatWaitsInAHostFunctionEndsItPromptly(Strategy strategy)
    {
        Engine engine = AsyncTesting.Engine(strategy);
        var never = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        bool wait = true;
        var linker = new Linker<int>(engine);

        // The host function ignores the token: the call stops waiting for it all the same.
        linker.FuncWrapAsync("host", "fetch", async (Caller<int> caller, int x) => wait ? await never.Task : x);
        Module module = Module.FromText(engine, """
            (module
              (import "host" "fetch" (func $fetch (param i32) (result i32)))
              (func (export "run") (param i32) (result i32) (i32.add (call $fetch (local.get 0)) (i32.const 1))))
            """);
        var store = new Store<int>(engine, 0);
        Instance instance = await linker.InstantiateAsync(store, module);
        var run = instance.GetTypedFunc<int, int>(store, "run");

        using var cancellation = new CancellationTokenSource();
        Task<int> call = run.CallAsync(store, 1, cancellation.Token);
        Assert.False(call.IsCompleted);
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.True(call.IsCanceled);
        Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));

        wait = false;
        Assert.Equal(3, await run.CallAsync(store, 2));
    }

    [Theory]
    [MemberData(nameof(AsyncTesting.Strategies), MemberType = typeof(AsyncTesting))]
    public async Task CancelingARunningGuestWithEpochInterruptionEndsIt(Strategy strategy)
    {
        Engine engine = AsyncTesting.Engine(strategy, c => c.EpochInterruption = true);
        Module module = Module.FromText(engine, """
            (module
              (func (export "spin") (loop $l (br $l)))
              (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))
            """);
        var store = new Store<int>(engine, 0);
        store.SetEpochDeadline(1_000_000);
        Instance instance = await Instance.NewAsync(store, module, []);

        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        Task call = instance.GetTypedFunc<ValueTuple, ValueTuple>(store, "spin").CallAsync(store, default, cancellation.Token);
        Exception failure = await Assert.ThrowsAnyAsync<Exception>(() => call);
        Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));

        // The interpreter stops with the cancellation; compiled code (this instance can never
        // suspend, so it is compiled) at its epoch check, with an interrupt trap.
        if (strategy == Strategy.Interpreter)
        {
            Assert.IsAssignableFrom<OperationCanceledException>(failure);
        }
        else
        {
            Assert.Equal(TrapCode.Interrupt, Assert.IsType<Trap>(failure).Code);
        }

        // The deadline the cancellation moved is back: the store runs code again.
        Assert.Equal(5, await instance.GetTypedFunc<(int, int), int>(store, "add").CallAsync(store, (2, 3)));
    }

    [Theory]
    [MemberData(nameof(AsyncTesting.Strategies), MemberType = typeof(AsyncTesting))]
    public async Task ACallWithACanceledTokenDoesNotRun(Strategy strategy)
    {
        Engine engine = AsyncTesting.Engine(strategy);
        var linker = new Linker<int>(engine);
        linker.FuncWrapAsync("host", "count", (Caller<int> caller) =>
        {
            caller.Data++;
            return Task.CompletedTask;
        });
        Module module = Module.FromText(engine, """
            (module
              (import "host" "count" (func $count))
              (func (export "run") (call $count)))
            """);
        var store = new Store<int>(engine, 0);
        Instance instance = await linker.InstantiateAsync(store, module);
        var run = instance.GetTypedFunc<ValueTuple, ValueTuple>(store, "run");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.CallAsync(store, default, new CancellationToken(canceled: true)));
        Assert.Equal(0, store.Data);
        await run.CallAsync(store, default);
        Assert.Equal(1, store.Data);
    }
}

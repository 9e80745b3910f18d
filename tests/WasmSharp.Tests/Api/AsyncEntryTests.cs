namespace WasmSharp.Tests.Api;

/// <summary>
/// Which entry points a store accepts (Wasmtime's <c>Config::async_support</c> rules and messages),
/// and one call at a time per store.
/// </summary>
public sealed class AsyncEntryTests
{
    private const string Wat = """
        (module
          (import "host" "wait" (func $wait (param i32) (result i32)))
          (func (export "run") (param i32) (result i32) (call $wait (local.get 0))))
        """;

    [Fact]
    public async Task SynchronousEntryPointsRefuseAnAsyncStore()
    {
        Engine engine = AsyncTesting.Engine(Strategy.Interpreter);
        var linker = new Linker<int>(engine);
        linker.FuncWrap("host", "wait", (int x) => x);
        Module module = Module.FromText(engine, Wat);
        var store = new Store<int>(engine, 0);

        Assert.Equal("must use async instantiation when async support is enabled",
            Assert.Throws<InvalidOperationException>(() => linker.Instantiate(store, module)).Message);
        Assert.Equal("must use async instantiation when async support is enabled",
            Assert.Throws<InvalidOperationException>(() => linker.InstantiatePre(module).Instantiate(store)).Message);
        Assert.Equal("must use async instantiation when async support is enabled",
            Assert.Throws<InvalidOperationException>(() => new Instance(store, Module.FromText(engine, "(module)"), [])).Message);

        Instance instance = await linker.InstantiateAsync(store, module);
        Assert.Equal("must use `call_async` when async support is enabled on the config",
            Assert.Throws<InvalidOperationException>(() => instance.GetFunc(store, "run")!.Call(store, [Val.I32(1)], new Val[1])).Message);
        Assert.Equal("must use `call_async` with async stores",
            Assert.Throws<InvalidOperationException>(() => instance.GetTypedFunc<int, int>(store, "run").Call(store, 1)).Message);
        Assert.Equal(3, await instance.GetTypedFunc<int, int>(store, "run").CallAsync(store, 3));
    }

    [Fact]
    public async Task AsynchronousEntryPointsAndDefinitionsRefuseASynchronousStore()
    {
        var engine = new Engine(new Config { ConsumeFuel = true, EpochInterruption = true, EpochDeadlineContinuation = true });
        var linker = new Linker<int>(engine);
        linker.FuncWrap("host", "wait", (int x) => x);
        Module module = Module.FromText(engine, Wat);
        var store = new Store<int>(engine, 0);

        Assert.Equal("must use sync instantiation when async support is disabled",
            (await Assert.ThrowsAsync<InvalidOperationException>(() => linker.InstantiateAsync(store, module))).Message);
        Assert.Equal("must use sync instantiation when async support is disabled",
            (await Assert.ThrowsAsync<InvalidOperationException>(() => linker.InstantiatePre(module).InstantiateAsync(store))).Message);
        Assert.Equal("must use sync instantiation when async support is disabled",
            (await Assert.ThrowsAsync<InvalidOperationException>(() => Instance.NewAsync(store, Module.FromText(engine, "(module)"), []))).Message);

        Instance instance = linker.Instantiate(store, module);
        Assert.Equal("cannot use `call_async` without enabling async support in the config",
            (await Assert.ThrowsAsync<InvalidOperationException>(() => instance.GetFunc(store, "run")!.CallAsync(store, new[] { Val.I32(1) }, new Val[1]))).Message);
        Assert.Equal("must use `call` with non-async stores",
            (await Assert.ThrowsAsync<InvalidOperationException>(() => instance.GetTypedFunc<int, int>(store, "run").CallAsync(store, 1))).Message);

        Assert.Equal("cannot use `func_wrap_async` without enabling async support on the config",
            Assert.Throws<InvalidOperationException>(() => linker.FuncWrapAsync("host", "f", (Caller<int> caller) => Task.CompletedTask)).Message);
        var type = new WasmSharp.Types.FuncType([], []);
        Assert.Equal("cannot use `func_new_async` without enabling async support in the config",
            Assert.Throws<InvalidOperationException>(() => { linker.DefineFuncAsync("host", "g", type, (caller, parameters, results) => Task.CompletedTask); }).Message);
        Assert.Equal("cannot use `new_async` without enabling async support in the config",
            Assert.Throws<InvalidOperationException>(() => { Func.NewAsync(store, type, (caller, parameters, results) => Task.CompletedTask); }).Message);
        Assert.Equal("cannot use `wrap_async` without enabling async support on the config",
            Assert.Throws<InvalidOperationException>(() => Func.WrapAsync(store, (Caller<int> caller) => Task.CompletedTask)).Message);
        Assert.Equal("cannot use `epoch_deadline_async_yield_and_update` without enabling async support in the config",
            Assert.Throws<InvalidOperationException>(() => store.EpochDeadlineAsyncYieldAndUpdate(1)).Message);
        Assert.Equal("async support is not configured in this store",
            Assert.Throws<InvalidOperationException>(() => store.FuelAsyncYieldInterval(100)).Message);
        Assert.Equal("cannot use `limiter_async` without enabling async support in the config",
            Assert.Throws<InvalidOperationException>(() => store.LimiterAsync(_ => new AllowAll())).Message);

        // A synchronous store cannot yield at the epoch deadline either.
        store.EpochDeadlineCallback(_ => UpdateDeadline.Yield(1));
        store.SetFuel(1000);
        Module loop = Module.FromText(engine, "(module (func (export \"loop\") (loop $l (br $l))))");
        Assert.Equal("cannot use `UpdateDeadline::Yield` without enabling async support in the config",
            Assert.Throws<InvalidOperationException>(() => linker.Instantiate(store, loop).GetTypedFunc<ValueTuple, ValueTuple>(store, "loop").Call(store, default)).Message);
    }

    [Fact]
    public void YieldSettingsCheckTheirConfiguration()
    {
        var store = new Store<int>(AsyncTesting.Engine(Strategy.Interpreter), 0);
        Assert.Equal("fuel is not configured in this store", Assert.Throws<InvalidOperationException>(() => store.FuelAsyncYieldInterval(100)).Message);
        Assert.Contains("Config.EpochDeadlineContinuation", Assert.Throws<InvalidOperationException>(() => store.EpochDeadlineAsyncYieldAndUpdate(1)).Message);

        var fueled = new Store<int>(AsyncTesting.Engine(Strategy.Interpreter, c => c.ConsumeFuel = true), 0);
        Assert.StartsWith("fuel_async_yield_interval must not be 0", Assert.Throws<ArgumentException>(() => fueled.FuelAsyncYieldInterval(0)).Message);
        fueled.FuelAsyncYieldInterval(100);
        fueled.FuelAsyncYieldInterval(null);
    }

    [Theory]
    [MemberData(nameof(AsyncTesting.Strategies), MemberType = typeof(AsyncTesting))]
    public async Task AnotherCallWhileOneWaitsIsRefusedAndTheStoreStaysUsable(Strategy strategy)
    {
        Engine engine = AsyncTesting.Engine(strategy);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var linker = new Linker<int>(engine);
        linker.FuncWrapAsync("host", "wait", async (Caller<int> caller, int x) =>
        {
            await gate.Task;
            return x * 2;
        });
        Module module = Module.FromText(engine, Wat);
        var store = new Store<int>(engine, 0);
        Instance instance = await linker.InstantiateAsync(store, module);
        var run = instance.GetTypedFunc<int, int>(store, "run");

        Task<int> first = run.CallAsync(store, 1);
        Assert.False(first.IsCompleted);
        string message = "a Store runs one call at a time: a call into this store is already running or waiting (only an async host function of that call may call back into the store)";
        Assert.Equal(message, (await Assert.ThrowsAsync<InvalidOperationException>(() => run.CallAsync(store, 2))).Message);
        Assert.Equal(message, (await Assert.ThrowsAsync<InvalidOperationException>(() => linker.InstantiateAsync(store, module))).Message);
        Assert.Equal(message, (await Assert.ThrowsAsync<InvalidOperationException>(() => Task.Run(() => run.CallAsync(store, 3)))).Message);
        Assert.Equal("a Store cannot be disposed while WebAssembly code runs in it", Assert.Throws<InvalidOperationException>(store.Dispose).Message);

        gate.SetResult();
        Assert.Equal(2, await first);
        Assert.Equal(8, await run.CallAsync(store, 4));
    }

    [Theory]
    [MemberData(nameof(AsyncTesting.Strategies), MemberType = typeof(AsyncTesting))]
    public async Task ASynchronousHostFunctionCannotCallIntoItsAsyncStore(Strategy strategy)
    {
        Engine engine = AsyncTesting.Engine(strategy);
        TypedFunc<int, int>? run = null;
        var linker = new Linker<int>(engine);
        linker.FuncWrap("host", "wait", (Caller<int> caller, int x) => run!.CallAsync(caller, x).GetAwaiter().GetResult());
        Module module = Module.FromText(engine, Wat);
        var store = new Store<int>(engine, 0);
        run = (await linker.InstantiateAsync(store, module)).GetTypedFunc<int, int>(store, "run");
        InvalidOperationException e = await Assert.ThrowsAsync<InvalidOperationException>(() => run.CallAsync(store, 1));
        Assert.StartsWith("a Store runs one call at a time", e.Message);
    }

    [Theory]
    [MemberData(nameof(AsyncTesting.Strategies), MemberType = typeof(AsyncTesting))]
    public async Task AHostFunctionThatReturnsBeforeItsCallIntoTheStoreEndsFailsItsCaller(Strategy strategy)
    {
        Engine engine = AsyncTesting.Engine(strategy);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<int>? abandoned = null;
        TypedFunc<int, int>? inner = null;
        var linker = new Linker<int>(engine);
        linker.FuncWrapAsync("host", "slow", async (Caller<int> caller, int x) =>
        {
            await gate.Task;
            return x;
        });
        linker.FuncWrapAsync("host", "leak", async (Caller<int> caller, int x) =>
        {
            abandoned = inner!.CallAsync(caller, x);
            await Task.Yield();
            return x;
        });
        linker.FuncWrapAsync("host", "leakAtOnce", (Caller<int> caller, int x) =>
        {
            abandoned = inner!.CallAsync(caller, x);
            return ValueTask.FromResult(x);
        });
        Module module = Module.FromText(engine, """
            (module
              (import "host" "slow" (func $slow (param i32) (result i32)))
              (import "host" "leak" (func $leak (param i32) (result i32)))
              (import "host" "leakAtOnce" (func $leakAtOnce (param i32) (result i32)))
              (func (export "inner") (param i32) (result i32) (call $slow (local.get 0)))
              (func (export "outer") (param i32) (result i32) (call $leak (local.get 0)))
              (func (export "outerAtOnce") (param i32) (result i32) (call $leakAtOnce (local.get 0))))
            """);
        var store = new Store<int>(engine, 0);
        Instance instance = await linker.InstantiateAsync(store, module);
        inner = instance.GetTypedFunc<int, int>(store, "inner");

        InvalidOperationException e = await Assert.ThrowsAsync<InvalidOperationException>(() => instance.GetTypedFunc<int, int>(store, "outer").CallAsync(store, 1));
        Assert.Equal("an async host function completed while a call it made into its store was still running: await every call into the store before returning", e.Message);

        gate.SetResult();
        Assert.Equal(1, await abandoned!);

        // The same when the host function's own task is complete at once.
        gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        e = await Assert.ThrowsAsync<InvalidOperationException>(() => instance.GetTypedFunc<int, int>(store, "outerAtOnce").CallAsync(store, 2));
        Assert.Equal("an async host function completed while a call it made into its store was still running: await every call into the store before returning", e.Message);
        gate.SetResult();
        Assert.Equal(2, await abandoned!);
        Assert.Equal(5, await inner.CallAsync(store, 5));
    }

    private sealed class AllowAll : ResourceLimiterAsync
    {
        public override ValueTask<bool> MemoryGrowingAsync(long currentBytes, long desiredBytes, long? maximumBytes) => ValueTask.FromResult(true);

        public override ValueTask<bool> TableGrowingAsync(long currentElements, long desiredElements, long? maximumElements) => ValueTask.FromResult(true);
    }
}

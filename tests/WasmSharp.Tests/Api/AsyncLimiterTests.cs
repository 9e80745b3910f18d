namespace WasmSharp.Tests.Api;

/// <summary><see cref="ResourceLimiterAsync"/> (Wasmtime's <c>Store::limiter_async</c>): decisions awaited without a thread.</summary>
public sealed class AsyncLimiterTests
{
    private const string Wat = """
        (module
          (memory (export "memory") 1 10)
          (table 1 10 funcref)
          (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
          (func (export "growTable") (param i32) (result i32) (table.grow (ref.null func) (local.get 0))))
        """;

    [Theory]
    [MemberData(nameof(AsyncTesting.Strategies), MemberType = typeof(AsyncTesting))]
    public async Task AGuestGrowWaitsForThePendingDecision(Strategy strategy)
    {
        Engine engine = AsyncTesting.Engine(strategy);
        var limiter = new GatedLimiter();
        var store = new Store<GatedLimiter>(engine, limiter);
        store.LimiterAsync(data => data);
        Instance instance = await new Linker<GatedLimiter>(engine).InstantiateAsync(store, Module.FromText(engine, Wat));
        var grow = instance.GetTypedFunc<int, int>(store, "grow");
        var growTable = instance.GetTypedFunc<int, int>(store, "growTable");

        limiter.Gate = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<int> growing = grow.CallAsync(store, 2);
        Assert.False(growing.IsCompleted);
        limiter.Gate.SetResult(true);
        Assert.Equal(1, await growing);
        Assert.Equal(3UL, instance.GetMemory(store, "memory")!.Size(store));

        limiter.Gate = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        growing = grow.CallAsync(store, 1);
        limiter.Gate.SetResult(false);
        Assert.Equal(-1, await growing);

        limiter.Gate = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        growing = growTable.CallAsync(store, 4);
        Assert.False(growing.IsCompleted);
        limiter.Gate.SetResult(true);
        Assert.Equal(1, await growing);

        // Each grow asked once, though the suspended ones ran twice.
        Assert.Equal(["memory 65536 -> 196608", "memory 196608 -> 262144", "table 1 -> 5"], limiter.Asked.Skip(2));
    }

    [Theory]
    [MemberData(nameof(AsyncTesting.Strategies), MemberType = typeof(AsyncTesting))]
    public async Task InstantiationAwaitsTheDecisionsOnItsMemoriesAndTables(Strategy strategy)
    {
        Engine engine = AsyncTesting.Engine(strategy);
        var tableDecision = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var limiter = new GatedLimiter { Decision = ask => ask.StartsWith("table", StringComparison.Ordinal) ? new ValueTask<bool>(tableDecision.Task) : ValueTask.FromResult(false) };
        var store = new Store<GatedLimiter>(engine, limiter);
        store.LimiterAsync(data => data);
        var linker = new Linker<GatedLimiter>(engine);
        Module module = Module.FromText(engine, Wat);

        Task<Instance> instantiating = linker.InstantiateAsync(store, module);
        Assert.False(instantiating.IsCompleted);
        tableDecision.SetResult(true);
        WasmResourceLimitException e = await Assert.ThrowsAsync<WasmResourceLimitException>(() => instantiating);
        Assert.Equal("memory minimum size of 1 pages exceeds memory limits", e.Message);
        Assert.Equal(["table 0 -> 1", "memory 0 -> 65536"], limiter.Asked);

        limiter.Decision = null;
        await linker.InstantiateAsync(store, module);
    }

    [Fact]
    public async Task TheLimitersCountsApply()
    {
        Engine engine = AsyncTesting.Engine(Strategy.Interpreter);
        var store = new Store<GatedLimiter>(engine, new GatedLimiter { InstanceLimit = 1 });
        store.LimiterAsync(data => data);
        var linker = new Linker<GatedLimiter>(engine);
        Module module = Module.FromText(engine, "(module)");
        await linker.InstantiateAsync(store, module);
        Assert.Equal("resource limit exceeded: instance count too high at 2",
            (await Assert.ThrowsAsync<WasmResourceLimitException>(() => linker.InstantiateAsync(store, module))).Message);
    }

    private sealed class GatedLimiter : ResourceLimiterAsync
    {
        public TaskCompletionSource<bool>? Gate { get; set; }

        public Func<string, ValueTask<bool>>? Decision { get; set; }

        public int InstanceLimit { get; init; } = ResourceLimiter.DefaultCountLimit;

        public List<string> Asked { get; } = [];

        public override int Instances => InstanceLimit;

        public override ValueTask<bool> MemoryGrowingAsync(long currentBytes, long desiredBytes, long? maximumBytes) =>
            Decide($"memory {currentBytes} -> {desiredBytes}");

        public override ValueTask<bool> TableGrowingAsync(long currentElements, long desiredElements, long? maximumElements) =>
            Decide($"table {currentElements} -> {desiredElements}");

        private ValueTask<bool> Decide(string ask)
        {
            Asked.Add(ask);
            return Decision is { } decide ? decide(ask) : Gate is { } gate ? new ValueTask<bool>(gate.Task) : ValueTask.FromResult(true);
        }
    }
}

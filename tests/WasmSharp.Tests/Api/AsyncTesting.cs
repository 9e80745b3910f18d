namespace WasmSharp.Tests.Api;

/// <summary>Engines with <see cref="Config.AsyncSupport"/> for the async tests, under each strategy.</summary>
public static class AsyncTesting
{
    /// <summary>Both tiers: in an async store, instances that may suspend are interpreted under either.</summary>
    public static TheoryData<Strategy> Strategies => [Strategy.Interpreter, Strategy.Compiler];

    /// <summary>An async engine of <paramref name="strategy"/>, further configured by <paramref name="configure"/>.</summary>
    public static Engine Engine(Strategy strategy, Action<Config>? configure = null)
    {
        var config = new Config { AsyncSupport = true, Strategy = strategy };
        configure?.Invoke(config);
        return new Engine(config);
    }
}

namespace WasmSharp.Wast;

/// <summary>How <see cref="WastRunner"/> treats a script.</summary>
public sealed class WastRunnerOptions
{
    /// <summary>
    /// Parse, decode and validate every module and check every <c>assert_invalid</c> and
    /// <c>assert_malformed</c>, but instantiate nothing: commands that need execution are skipped.
    /// </summary>
    public bool ValidateOnly { get; init; }

    /// <summary>
    /// The engine configuration modules are compiled with. When null, each script gets the
    /// features its place in the spec suite implies (<see cref="SpecSuiteProfile"/>).
    /// </summary>
    public Config? Config { get; init; }

    /// <summary>
    /// The strategy to run modules with, overriding the one of <see cref="Config"/> or of the suite's
    /// profile; null keeps it.
    /// </summary>
    public Strategy? Strategy { get; init; }

    /// <summary>
    /// The code size from which Strategy.Auto starts modules interpreted and tiers them up
    /// (<see cref="WasmSharp.Config.TierUpCodeSize"/>), overriding the one of <see cref="Config"/>
    /// or of the suite's profile (0 to run every module through tier-up); null keeps it.
    /// </summary>
    public long? TierUpCodeSize { get; init; }

    /// <summary>
    /// How instances are allocated, overriding the one of <see cref="Config"/> or of the suite's
    /// profile (e.g. the pooling allocator, to run the suite against it); null keeps it.
    /// </summary>
    public InstanceAllocationStrategy? AllocationStrategy { get; init; }
}

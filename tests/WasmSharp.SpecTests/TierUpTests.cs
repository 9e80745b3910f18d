using WasmSharp.Wast;

namespace WasmSharp.SpecTests;

/// <summary>
/// Spec scripts and the misc regressions under Strategy.Auto's tier-up made aggressive: every
/// function is compiled, synchronously, once it has been entered or looped twice, so most commands
/// run partly interpreted and partly compiled, and calls cross tiers in both directions. Results,
/// traps, messages and stack exhaustion must be those of either single tier. CI runs a subset that
/// covers calls, tail calls, tables, traps, exceptions, memory, SIMD and GC; with
/// <c>WASMSHARP_TIERUP_ALL=1</c> every executed script runs.
/// </summary>
public sealed class TierUpTests
{
    private static readonly string[] s_subset =
    [
        "wasm-2.0/call.wast", "wasm-2.0/call_indirect.wast", "wasm-2.0/fac.wast", "wasm-2.0/func_ptrs.wast",
        "wasm-2.0/left-to-right.wast", "wasm-2.0/loop.wast", "wasm-2.0/br_table.wast", "wasm-2.0/memory_grow.wast",
        "wasm-2.0/table_grow.wast", "wasm-2.0/linking.wast", "wasm-2.0/traps.wast", "wasm-2.0/select.wast",
        "wasm-2.0/simd/simd_lane.wast",
        "wasm-3.0/core/return_call.wast", "wasm-3.0/core/return_call_indirect.wast", "wasm-3.0/core/call_ref.wast",
        "wasm-3.0/core/exceptions/try_table.wast", "wasm-3.0/core/gc/array.wast", "wasm-3.0/core/gc/struct.wast",
        "wasm-3.0/core/memory64/memory64.wast", "wasm-3.0/core/multi-memory/address0.wast", "proposals/threads/atomic.wast",
    ];

    public static IEnumerable<object[]> Scripts() =>
        Environment.GetEnvironmentVariable("WASMSHARP_TIERUP_ALL") == "1"
            ? ExecutionTests.Scripts()
            : ExecutionTests.Scripts().Where(s => s_subset.Contains((string)s[0]));

    [SpecSuiteTheory]
    [MemberData(nameof(Scripts))]
    public void ExecutesScriptTieringUp(string script)
    {
        string path = SpecSuite.ScriptPath(script);
        WastFileResult result = new WastRunner(new WastRunnerOptions { Config = Aggressive(SpecSuiteProfile.ConfigFor(path)) }).RunFile(path);
        ExecutionTests.AssertExecuted(result, script);
    }

    [Theory]
    [MemberData(nameof(MiscRegressionTests.Scripts), MemberType = typeof(MiscRegressionTests))]
    public void RunsRegressionTieringUp(string script) => RunRegression(script, Aggressive(new Config()));

    /// <summary>
    /// The misc regressions tiering up with functions split into regions at 16 bytes: a function's
    /// ordinary method and its loop entry call the same region methods (SharedRegions), whichever
    /// was compiled first.
    /// </summary>
    [Theory]
    [MemberData(nameof(MiscRegressionTests.Scripts), MemberType = typeof(MiscRegressionTests))]
    public void RunsRegressionTieringUpSplit(string script) => RunRegression(script, Aggressive(new Config { FunctionSplitThreshold = 16 }));

    /// <summary>
    /// The misc regressions tiering up with address maps (<see cref="Config.GenerateAddressMap"/>):
    /// batches and loop entries run inside the maps' exception filters.
    /// </summary>
    [Theory]
    [MemberData(nameof(MiscRegressionTests.Scripts), MemberType = typeof(MiscRegressionTests))]
    public void RunsRegressionTieringUpWithAddressMaps(string script) => RunRegression(script, Aggressive(new Config { GenerateAddressMap = true }));

    /// <summary>The subset names scripts that exist: a renamed script must not drop out of CI unnoticed.</summary>
    [SpecSuiteTheory]
    [MemberData(nameof(SubsetScripts))]
    public void SubsetScriptExists(string script) => Assert.True(File.Exists(SpecSuite.ScriptPath(script)), script);

    public static IEnumerable<object[]> SubsetScripts() => s_subset.Select(s => new object[] { s });

    private static void RunRegression(string script, Config config)
    {
        string path = Path.Combine(SpecSuite.RepositoryRoot!, "tests", "WasmSharp.SpecTests", "misc", script);
        WastFileResult result = new WastRunner(new WastRunnerOptions { Config = config }).RunFile(path);
        Assert.True(result.Failed == 0, string.Join(Environment.NewLine, result.Failures));
        Assert.True(result.Passed > 0, $"{script}: no command was checked");
    }

    private static Config Aggressive(Config config)
    {
        config.Strategy = Strategy.Auto;
        config.TierUpCodeSize = 0;
        config.TierUpThreshold = 1;
        config.TierUpSynchronously = true;
        return config;
    }
}

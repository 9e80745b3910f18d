using WasmSharp.Wast;

namespace WasmSharp.SpecTests;

/// <summary>
/// Runs spec scripts through the public embedding API (<see cref="WastRunner"/> without
/// validate-only): every module instantiated, every action and assertion executed. A command may be
/// skipped only with a reason (a proposal not compiled yet); none may fail.
/// </summary>
public sealed class ExecutionTests
{
    /// <summary>
    /// Suite folders executed (each at its top level only); add a folder here once the engine
    /// executes it.
    /// </summary>
    private static readonly string[] s_folders =
    [
        "wasm-2.0", "wasm-2.0/simd",
        "wasm-3.0/core", "wasm-3.0/core/simd", "wasm-3.0/core/relaxed-simd", "wasm-3.0/core/bulk-memory",
        "wasm-3.0/core/multi-memory", "wasm-3.0/core/memory64", "wasm-3.0/core/gc", "wasm-3.0/core/exceptions",
        "proposals/threads", "proposals/wide-arithmetic",
        "wasm-3.0/legacy/exceptions/core",
    ];

    public static IEnumerable<object[]> Scripts() => SpecSuite.Files(SearchOption.TopDirectoryOnly, s_folders);

    [SpecSuiteTheory]
    [MemberData(nameof(Scripts))]
    public void ExecutesScript(string script)
    {
        WastFileResult result = new WastRunner().RunFile(Path.Combine(SpecSuite.Root!, script));
        AssertExecuted(result, script);
    }

    /// <summary>
    /// The 2.0 scripts again with every function over 16 bytes of code split into regions (see
    /// <see cref="Config.FunctionSplitThreshold"/>): branches out of regions to every kind of
    /// label, returns, locals written inside, traps and calls all take the region paths.
    /// </summary>
    public static IEnumerable<object[]> SplitScripts() => SpecSuite.Files(SearchOption.TopDirectoryOnly, ["wasm-2.0", "wasm-2.0/simd", "wasm-3.0/core/gc", "wasm-3.0/core/exceptions", "wasm-3.0/core/memory64"]);

    [SpecSuiteTheory]
    [MemberData(nameof(SplitScripts))]
    public void ExecutesScriptWithFunctionsSplit(string script)
    {
        string path = Path.Combine(SpecSuite.Root!, script);
        Config config = SpecSuiteProfile.ConfigFor(path);
        config.FunctionSplitThreshold = 16;
        WastFileResult result = new WastRunner(new WastRunnerOptions { Config = config }).RunFile(path);
        AssertExecuted(result, script);
    }

    [MixbenchFact]
    public void ExecutesMixbenchCoreWithFunctionsSplit()
    {
        WastFileResult result = new WastRunner(new WastRunnerOptions { Config = new Config { FunctionSplitThreshold = 16 } }).RunFile(MixbenchFactAttribute.Script!);
        AssertExecuted(result, "mixbench-core.wast");
        Assert.Equal(0, result.Skipped);
    }

    [MixbenchFact]
    public void ExecutesMixbenchCore()
    {
        WastFileResult result = new WastRunner().RunFile(MixbenchFactAttribute.Script!);
        AssertExecuted(result, "mixbench-core.wast");
        Assert.Equal(0, result.Skipped);
    }

    private static void AssertExecuted(WastFileResult result, string script)
    {
        Assert.True(result.Failed == 0, string.Join(Environment.NewLine, result.Failures.Prepend(null).Select(f => f?.ToString() ?? result.ToString())));
        Assert.True(result.Passed + result.Skipped > 0, $"{script}: the script has no commands");
        foreach ((string reason, int count) in result.SkipReasons)
        {
            Assert.False(string.IsNullOrWhiteSpace(reason), $"{count} commands skipped without a reason");
        }
    }
}

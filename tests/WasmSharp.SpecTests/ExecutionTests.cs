using WasmSharp.Wast;

namespace WasmSharp.SpecTests;

/// <summary>
/// Runs spec scripts through the public embedding API (<see cref="WastRunner"/> without
/// validate-only): every module instantiated, every action and assertion executed. No command may
/// fail or be skipped.
/// </summary>
public sealed class ExecutionTests
{
    /// <summary>
    /// Suite folders executed (each at its top level only), with the features
    /// <see cref="SpecSuiteProfile"/> gives them, as <c>wasmsharp wast</c> does.
    /// </summary>
    private static readonly string[] s_folders =
    [
        "wasm-2.0", "wasm-2.0/simd",
        "wasm-3.0/core", "wasm-3.0/core/simd", "wasm-3.0/core/relaxed-simd", "wasm-3.0/core/bulk-memory",
        "wasm-3.0/core/multi-memory", "wasm-3.0/core/memory64", "wasm-3.0/core/gc", "wasm-3.0/core/exceptions",
        "wasm-3.0/legacy/exceptions/core",
        "wasm-3.0/custom/custom", "wasm-3.0/custom/metadata.code.branch_hint", "wasm-3.0/custom/name",
        "proposals/threads", "proposals/wide-arithmetic", "proposals/custom-page-sizes",
    ];

    /// <summary>Suite folders holding scripts that are not executed, with the reason.</summary>
    private static readonly Dictionary<string, string> s_notExecuted = new(StringComparer.Ordinal)
    {
        ["proposals/custom-descriptors"] = "the custom-descriptors proposal (descriptor/describes types, exact references, "
            + "ref.get_desc, ref.cast_desc_eq, br_on_cast_desc_eq) is not implemented, and the README does not claim it",
    };

    /// <summary>Every folder of the suite that holds .wast scripts, relative to the suite root.</summary>
    public static IEnumerable<object[]> SuiteFolders()
    {
        if (SpecSuite.Root is not string root)
        {
            yield return new object[] { "(suite missing)" };
            yield break;
        }

        foreach (string folder in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (Directory.EnumerateFiles(folder, "*.wast").Any())
            {
                yield return new object[] { Path.GetRelativePath(root, folder).Replace('\\', '/') };
            }
        }
    }

    /// <summary>A folder added to the suite is executed, or excluded here with the reason: never left out unnoticed.</summary>
    [SpecSuiteTheory]
    [MemberData(nameof(SuiteFolders))]
    public void SuiteFolderIsExecutedOrExcludedWithAReason(string folder)
    {
        Assert.True(Directory.Exists(SpecSuite.ScriptPath(folder)), folder);
        Assert.True(
            s_folders.Contains(folder) || s_notExecuted.ContainsKey(folder),
            $"{folder} holds spec scripts but is neither in {nameof(ExecutionTests)}'s folders nor excluded with a reason");
    }

    public static IEnumerable<object[]> Scripts() => SpecSuite.Files(SearchOption.TopDirectoryOnly, s_folders);

    [SpecSuiteTheory]
    [MemberData(nameof(Scripts))]
    public void ExecutesScript(string script)
    {
        WastFileResult result = new WastRunner().RunFile(SpecSuite.ScriptPath(script));
        AssertExecuted(result, script);
    }

    /// <summary>
    /// Every executed script again under the interpreter (<see cref="Strategy.Interpreter"/>): each
    /// tier must pass the whole suite with the same results, traps and messages.
    /// </summary>
    [SpecSuiteTheory]
    [MemberData(nameof(Scripts))]
    public void ExecutesScriptInterpreted(string script)
    {
        WastFileResult result = new WastRunner(new WastRunnerOptions { Strategy = Strategy.Interpreter }).RunFile(SpecSuite.ScriptPath(script));
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
        string path = SpecSuite.ScriptPath(script);
        Config config = SpecSuiteProfile.ConfigFor(path);
        config.FunctionSplitThreshold = 16;
        WastFileResult result = new WastRunner(new WastRunnerOptions { Config = config }).RunFile(path);
        AssertExecuted(result, script);
    }

    /// <summary>
    /// The core scripts again with address maps (<see cref="Config.GenerateAddressMap"/>): methods
    /// with several calls or trapping instructions run inside an exception filter that records where
    /// they stand, their returns and tail calls leave it, and every trap and exception passes it.
    /// The 2.0 scripts also with functions split, so region methods have maps of their own.
    /// </summary>
    public static IEnumerable<object[]> AddressMapScripts() =>
        SpecSuite.Files(SearchOption.TopDirectoryOnly, ["wasm-2.0", "wasm-3.0/core", "wasm-3.0/core/gc", "wasm-3.0/core/exceptions", "wasm-3.0/core/memory64"])
            .Select(script => new object[] { script[0], false })
            .Concat(SpecSuite.Files(SearchOption.TopDirectoryOnly, ["wasm-2.0"]).Select(script => new object[] { script[0], true }));

    [SpecSuiteTheory]
    [MemberData(nameof(AddressMapScripts))]
    public void ExecutesScriptWithAddressMaps(string script, bool split)
    {
        string path = SpecSuite.ScriptPath(script);
        Config config = SpecSuiteProfile.ConfigFor(path);
        config.GenerateAddressMap = true;
        if (split)
        {
            config.FunctionSplitThreshold = 16;
        }

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
    public void ExecutesMixbenchCoreInterpreted()
    {
        WastFileResult result = new WastRunner(new WastRunnerOptions { Strategy = Strategy.Interpreter }).RunFile(MixbenchFactAttribute.Script!);
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

    internal static void AssertExecuted(WastFileResult result, string script)
    {
        Assert.True(result.Failed == 0, string.Join(Environment.NewLine, result.Failures.Prepend(null).Select(f => f?.ToString() ?? result.ToString())));
        Assert.True(result.Passed > 0, $"{script}: the script has no commands");
        Assert.True(result.Skipped == 0, $"{script}: skipped {string.Join(", ", result.SkipReasons.Select(r => $"{r.Value} ({r.Key})"))}");
    }
}

using WasmSharp.Wast;

namespace WasmSharp.SpecTests;

/// <summary>
/// Every script of the Wasm 3.0 suite (core, legacy, custom) and of the threads, wide-arithmetic and
/// custom-page-sizes proposals, run as <c>wasmsharp wast --validate-only</c> does: each module must
/// parse, decode and validate, and each <c>assert_malformed</c>/<c>assert_invalid</c> must be rejected.
/// </summary>
public sealed class ValidateOnlyTests
{
    /// <summary>The suite folders this check covers.</summary>
    public static IEnumerable<object[]> Scripts() => SpecSuite.Files(
        "wasm-3.0",
        "proposals/threads",
        "proposals/wide-arithmetic",
        "proposals/custom-page-sizes");

    [SpecSuiteTheory]
    [MemberData(nameof(Scripts))]
    public void ValidatesScript(string script)
    {
        var runner = new WastRunner(new WastRunnerOptions { ValidateOnly = true });
        WastFileResult result = runner.RunFile(SpecSuite.ScriptPath(script));

        Assert.True(result.Failed == 0, string.Join(Environment.NewLine, result.Failures.Prepend(null).Select(f => f?.ToString() ?? result.ToString())));
        Assert.True(result.Passed + result.Skipped > 0, $"{script}: the script has no commands");
    }
}

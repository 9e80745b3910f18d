using WasmSharp.Wast;

namespace WasmSharp.SpecTests;

/// <summary>Regression scripts under <c>misc/</c>, each named after the bug it catches.</summary>
public sealed class MiscRegressionTests
{
    /// <summary>Every .wast in the misc folder of this project's source.</summary>
    public static IEnumerable<object[]> Scripts()
    {
        string folder = Path.Combine(SpecSuite.RepositoryRoot ?? throw new InvalidOperationException("repository root not found"), "tests", "WasmSharp.SpecTests", "misc");
        return Directory.EnumerateFiles(folder, "*.wast").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void RunsScript(string script)
    {
        string path = Path.Combine(SpecSuite.RepositoryRoot!, "tests", "WasmSharp.SpecTests", "misc", script);
        WastFileResult result = new WastRunner().RunFile(path);
        Assert.True(result.Failed == 0, string.Join(Environment.NewLine, result.Failures));
        Assert.True(result.Passed > 0, $"{script}: no command was checked");
    }

    /// <summary>The same scripts under the interpreter: every regression holds in every tier.</summary>
    [Theory]
    [MemberData(nameof(Scripts))]
    public void RunsScriptInterpreted(string script)
    {
        string path = Path.Combine(SpecSuite.RepositoryRoot!, "tests", "WasmSharp.SpecTests", "misc", script);
        WastFileResult result = new WastRunner(new WastRunnerOptions { Strategy = Strategy.Interpreter }).RunFile(path);
        Assert.True(result.Failed == 0, string.Join(Environment.NewLine, result.Failures));
        Assert.True(result.Passed > 0, $"{script}: no command was checked");
    }

    /// <summary>
    /// The same scripts with every function over 16 bytes of code split into regions (see
    /// <see cref="Config.FunctionSplitThreshold"/>): values then reach instructions through the
    /// region frame, not as constants the JIT folds (the rotate regression came from a split function).
    /// </summary>
    [Theory]
    [MemberData(nameof(Scripts))]
    public void RunsScriptWithFunctionsSplit(string script)
    {
        string path = Path.Combine(SpecSuite.RepositoryRoot!, "tests", "WasmSharp.SpecTests", "misc", script);
        WastFileResult result = new WastRunner(new WastRunnerOptions { Config = new Config { FunctionSplitThreshold = 16 } }).RunFile(path);
        Assert.True(result.Failed == 0, string.Join(Environment.NewLine, result.Failures));
        Assert.True(result.Passed > 0, $"{script}: no command was checked");
    }
}

namespace WasmSharp.Cli.Tests;

/// <summary><c>wasmsharp validate</c> and <c>wasmsharp wast</c> end to end.</summary>
public sealed class ValidateAndWastCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("wasmsharp-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void ValidateAcceptsValidAndRejectsInvalidModules()
    {
        File.WriteAllText(Path.Combine(_directory, "ok.wat"), "(module (func (result i32) (i32.const 1)))");
        File.WriteAllText(Path.Combine(_directory, "bad.wat"), "(module (func (result i32) (i64.const 1)))");
        Assert.Equal(0, CliProcess.Run(_directory, "validate", "ok.wat").ExitCode);
        CliProcess.Result bad = CliProcess.Run(_directory, "validate", "bad.wat");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("type mismatch", bad.Stderr);
    }

    [Fact]
    public void WastReportsFailuresPerLineAndASummary()
    {
        File.WriteAllText(Path.Combine(_directory, "t.wast"), """
            (module (func (export "one") (result i32) (i32.const 1)))
            (assert_return (invoke "one") (i32.const 1))
            (assert_return (invoke "one") (i32.const 2))
            """);
        CliProcess.Result result = CliProcess.Run(_directory, "wast", "t.wast");
        Assert.Equal(1, result.ExitCode);
        string[] lines = result.Stdout.TrimEnd().Split('\n');
        Assert.StartsWith("t.wast:3: assert_return:", lines[0]);
        Assert.Equal("2 passed, 1 failed, 0 skipped", lines[^1]);
    }
}

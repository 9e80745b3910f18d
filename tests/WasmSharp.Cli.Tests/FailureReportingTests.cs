using WasmSharp.TestSupport;

namespace WasmSharp.Cli.Tests;

/// <summary>
/// Every failure of <c>wasmsharp</c> is one <c>Error:</c> line (plus the wasm backtrace of a trap)
/// and Wasmtime's exit status, never a .NET stack trace; and a module of 200,000 functions runs
/// through <c>run --invoke</c>.
/// </summary>
public sealed class FailureReportingTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("wasmsharp-cli-").FullName;

    public FailureReportingTests()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "folder"));
        File.WriteAllText(Path.Combine(_directory, "garbage.wasm"), "garbage");
        File.WriteAllBytes(Path.Combine(_directory, "truncated.wasm"), [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05]);
        File.WriteAllText(Path.Combine(_directory, "invalid.wat"), """(module (func (export "f") (result i32) (i64.const 1)))""");
        File.WriteAllText(Path.Combine(_directory, "trap.wat"), """(module (func (export "f") unreachable))""");
        File.WriteAllText(Path.Combine(_directory, "throw.wat"), """(module (tag $t) (func (export "f") (throw $t)))""");
        File.WriteAllText(Path.Combine(_directory, "id.wat"), """(module (func (export "f") (param i32) (result i32) (local.get 0)))""");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData(1, "Error: failed to load `folder`", "run", "folder")]
    [InlineData(1, "Error: failed to load `garbage.wasm`", "run", "garbage.wasm")]
    [InlineData(1, "Error: failed to load `truncated.wasm`: length out of bounds", "run", "truncated.wasm")]
    [InlineData(1, "Error: failed to load `invalid.wat`: type mismatch", "run", "invalid.wat")]
    [InlineData(134, "Error: failed to run main module `trap.wat`", "run", "--invoke", "f", "trap.wat")]
    [InlineData(1, "Error: failed to run main module `throw.wat`: thrown Wasm exception", "run", "--invoke", "f", "throw.wat")]
    [InlineData(1, "Error: failed to run main module `id.wat`: no func export named `g` found", "run", "--invoke", "g", "id.wat")]
    [InlineData(1, "Error: failed to run main module `id.wat`: invalid i32 argument `x`", "run", "--invoke", "f", "id.wat", "x")]
    [InlineData(1, "Error: failed to run main module `id.wat`: export `f` takes 1 arguments, 0 given", "run", "--invoke", "f", "id.wat")]
    [InlineData(2, "error: unexpected argument '--bogus' found", "run", "--bogus", "id.wat")]
    [InlineData(2, "error: failed to parse -C option `strategy=x`", "run", "-C", "strategy=x", "id.wat")]
    [InlineData(1, "error: Could not find file", "validate", "missing.wasm")]
    [InlineData(1, "error: Access to the path", "validate", "folder")]
    public void FailuresAreAnErrorLineAndWasmtimesExitStatus(int exitCode, string error, params string[] args)
    {
        CliProcess.Result result = CliProcess.Run(_directory, args);
        Assert.True(exitCode == result.ExitCode, result.Stderr);
        Assert.StartsWith(error, result.Stderr);
        AssertNoStackTrace(result);
        if (exitCode != 134)
        {
            Assert.Single(result.Stderr.TrimEnd().Split('\n'));
        }
    }

    [Fact]
    public void TwoHundredThousandFunctionsRunThroughInvoke()
    {
        // The interpreter, to keep CI short: the compiler's path through the CLI is the same
        // Module.FromFile, covered past the old limit by ModuleSizeExtremesTests, and compiled
        // 200,000 functions in a one-off run (docs/limits.md).
        ExtremeModules.Generated module = ExtremeModules.ManyFunctions(200_000);
        File.WriteAllBytes(Path.Combine(_directory, "many.wasm"), module.Bytes);
        CliProcess.Result result = CliProcess.Run(_directory, "run", "-C", "strategy=interpreter", "--invoke", "run", "many.wasm");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(module.Expected.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Stdout.Trim());
    }

    private static void AssertNoStackTrace(CliProcess.Result result)
    {
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.DoesNotContain("Unhandled exception", result.Stderr);
        Assert.DoesNotContain("internal error", result.Stderr);
    }
}

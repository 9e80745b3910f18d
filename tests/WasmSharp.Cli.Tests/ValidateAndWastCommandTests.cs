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

    [Theory]
    [InlineData("(block ", ")")]
    [InlineData("block ", "end ")]
    [InlineData("(if (i32.const 1) (then ", "))")]
    [InlineData("(try_table ", ")")]
    public void ValidateAcceptsHundredThousandNestedLevels(string opening, string closing)
    {
        // A recursive text parser overflowed the stack at about 15,000 levels, which killed the process.
        const int depth = 100_000;
        var text = new System.Text.StringBuilder("(module (func\n");
        text.Insert(text.Length, opening + "\n", depth).Insert(text.Length, closing, depth).Append("))");
        File.WriteAllText(Path.Combine(_directory, "deep.wat"), text.ToString());
        CliProcess.Result result = CliProcess.Run(_directory, "validate", "deep.wat");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("valid", result.Stdout);
    }

    [Fact]
    public void ValidateReportsUnclosedDeepNestingWithItsPosition()
    {
        const int depth = 100_000;
        var text = new System.Text.StringBuilder("(module (func\n").Insert(14, "(block\n", depth);
        File.WriteAllText(Path.Combine(_directory, "unclosed.wat"), text.ToString());
        CliProcess.Result result = CliProcess.Run(_directory, "validate", "unclosed.wat");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"unclosed.wat: {depth + 2}:1: unexpected end of input", result.Stderr);
    }

    [Fact]
    public void WastRunsScriptsWithThePoolingAllocator()
    {
        // Two memories in one module: beyond the pool's default of one per module.
        File.WriteAllText(Path.Combine(_directory, "pool.wast"), """
            (module (memory (export "m") 1 1) (data (i32.const 0) "x")
              (func (export "grow") (result i32) (memory.grow (i32.const 1)))
              (func (export "load") (result i32) (i32.load8_u (i32.const 0))))
            (assert_return (invoke "load") (i32.const 120))
            (assert_return (invoke "grow") (i32.const -1))
            (module (memory 1) (memory 1))
            """);
        Assert.Equal(0, CliProcess.Run(_directory, "wast", "pool.wast").ExitCode);
        CliProcess.Result pooled = CliProcess.Run(_directory, "wast", "-O", "pooling-allocator", "pool.wast");
        Assert.Equal(1, pooled.ExitCode);
        Assert.Contains("pool.wast:6: module: unexpected WasmImplementationLimitException: defined memories count of 2 exceeds the per-instance limit of 1", pooled.Stdout);
        Assert.Equal(0, CliProcess.Run(_directory, "wast", "-O", "pooling-allocator,pooling-max-memories-per-module=2", "pool.wast").ExitCode);

        CliProcess.Result other = CliProcess.Run(_directory, "wast", "-O", "opt-level=2", "pool.wast");
        Assert.Contains("unsupported optimize option `opt-level=2`", other.Stderr);
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

namespace WasmSharp.Cli.Tests;

/// <summary><c>-C strategy=</c> on <c>wasmsharp run</c> and <c>wasmsharp wast</c> end to end.</summary>
public sealed class StrategyOptionTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("wasmsharp-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("interpreter")]
    [InlineData("compiler")]
    [InlineData("auto")]
    public void WastAndRunTakeTheStrategy(string strategy)
    {
        // The same script passes whichever tier runs it, runaway recursion included.
        File.WriteAllText(Path.Combine(_directory, "s.wast"), """
            (module
              (func $f (export "fac") (param i64) (result i64)
                (if (result i64) (i64.eqz (local.get 0)) (then (i64.const 1))
                  (else (i64.mul (local.get 0) (call $f (i64.sub (local.get 0) (i64.const 1)))))))
              (func $r (export "runaway") (call $r)))
            (assert_return (invoke "fac" (i64.const 20)) (i64.const 2432902008176640000))
            (assert_exhaustion (invoke "runaway") "call stack exhausted")
            """);
        CliProcess.Result wast = CliProcess.Run(_directory, "wast", "-C", $"strategy={strategy}", "s.wast");
        Assert.True(wast.ExitCode == 0, wast.Stdout + wast.Stderr);
        Assert.Contains("3 passed, 0 failed, 0 skipped", wast.Stdout);

        File.WriteAllText(Path.Combine(_directory, "fac.wat"), """
            (module (func $f (export "fac") (param i64) (result i64)
              (if (result i64) (i64.eqz (local.get 0)) (then (i64.const 1))
                (else (i64.mul (local.get 0) (call $f (i64.sub (local.get 0) (i64.const 1))))))))
            """);
        CliProcess.Result run = CliProcess.Run(_directory, "run", "-C", $"strategy={strategy}", "--invoke", "fac", "fac.wat", "10");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal("3628800", run.Stdout.Trim());
    }

    [Fact]
    public void SettingsPrintsTheResolvedStrategy()
    {
        CliProcess.Result settings = CliProcess.Run(_directory, "settings", "-C", "strategy=interpreter");
        Assert.True(settings.ExitCode == 0, settings.Stderr);
        Assert.Contains("strategy: interpreter", settings.Stdout);
    }

    [Fact]
    public void AnUnknownStrategyIsAUsageError()
    {
        File.WriteAllText(Path.Combine(_directory, "e.wat"), "(module)");
        CliProcess.Result run = CliProcess.Run(_directory, "run", "-C", "strategy=cranelift", "e.wat");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown strategy `cranelift`", run.Stderr);
        CliProcess.Result wast = CliProcess.Run(_directory, "wast", "-C", "strategy=cranelift", "e.wat");
        Assert.Equal(2, wast.ExitCode);
        Assert.Contains("strategy=auto|compiler|interpreter", wast.Stderr);
    }

    [Fact]
    public void TierUpCodeSizeSendsEveryModuleThroughTierUp()
    {
        // A module far below the default 1 MiB is interpreted first and its hot loop, in a
        // function entered once, moves to compiled code: the result is the same.
        File.WriteAllText(Path.Combine(_directory, "sum.wat"), """
            (module (func (export "sum") (param $n i32) (result i64) (local $acc i64)
              (loop $l
                (local.set $acc (i64.add (local.get $acc) (i64.extend_i32_u (local.get $n))))
                (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
              (local.get $acc)))
            """);
        CliProcess.Result run = CliProcess.Run(_directory, "run", "-C", "tier-up-code-size=0", "--invoke", "sum", "sum.wat", "200000");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal("20000100000", run.Stdout.Trim());
        File.WriteAllText(Path.Combine(_directory, "sum.wast"), """
            (module (func (export "sum") (param $n i32) (result i64) (local $acc i64)
              (loop $l
                (local.set $acc (i64.add (local.get $acc) (i64.extend_i32_u (local.get $n))))
                (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
              (local.get $acc)))
            (assert_return (invoke "sum" (i32.const 200000)) (i64.const 20000100000))
            """);
        CliProcess.Result wast = CliProcess.Run(_directory, "wast", "-C", "tier-up-code-size=0", "sum.wast");
        Assert.True(wast.ExitCode == 0, wast.Stdout + wast.Stderr);
        Assert.Contains("2 passed, 0 failed, 0 skipped", wast.Stdout);
        Assert.Contains("tier-up-code-size: 0", CliProcess.Run(_directory, "settings", "-C", "tier-up-code-size=0").Stdout);
    }

    [Fact]
    public void RunTiersUpEveryModuleUnlessToldOtherwise()
    {
        // run (whose configuration settings prints) starts every module interpreted by default;
        // -C tier-up-code-size=N restores compiling modules under N bytes of code first.
        Assert.Contains("tier-up-code-size: 0", CliProcess.Run(_directory, "settings").Stdout);
        Assert.Contains("tier-up-code-size: 1048576", CliProcess.Run(_directory, "settings", "-C", "tier-up-code-size=1MiB").Stdout);

        // A function far over the split threshold, entered once, whose loop does the work: its
        // loop entry is compiled whole, so the loop moves to compiled code (docs/tiers.md).
        string prefix = string.Concat(Enumerable.Range(0, 400).Select(i => $"(local.set $a (i32.add (local.get $a) (i32.const {i * 7919 + 100000000})))"));
        File.WriteAllText(Path.Combine(_directory, "main.wat"), $$"""
            (module (func (export "main") (param $n i32) (result i32) (local $a i32) (local $i i32)
              {{prefix}}
              (loop $l
                (local.set $a (i32.add (i32.mul (local.get $a) (i32.const 1664525)) (i32.const 1013904223)))
                (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
              (local.get $a)))
            """);
        CliProcess.Result tiered = CliProcess.Run(_directory, "run", "--invoke", "main", "main.wat", "3000000");
        CliProcess.Result compiled = CliProcess.Run(_directory, "run", "-C", "strategy=compiler", "--invoke", "main", "main.wat", "3000000");
        Assert.True(tiered.ExitCode == 0, tiered.Stderr);
        Assert.True(compiled.ExitCode == 0, compiled.Stderr);
        Assert.Equal(compiled.Stdout, tiered.Stdout);
    }

    [Fact]
    public void RunCompilesLazilyUnlessToldOtherwise()
    {
        // run (whose configuration settings prints) compiles each function at its first call by
        // default; -C lazy-compilation=n restores compiling every function before the first call.
        Assert.Contains("lazy-compilation: true", CliProcess.Run(_directory, "settings").Stdout);
        Assert.Contains("lazy-compilation: false", CliProcess.Run(_directory, "settings", "-C", "lazy-compilation=n").Stdout);
        File.WriteAllText(Path.Combine(_directory, "twice.wat"), """
            (module
              (func $unused (result i32) (i32.const 7))
              (func (export "twice") (param i32) (result i32) (i32.add (local.get 0) (local.get 0))))
            """);
        foreach (string lazy in new[] { "y", "n" })
        {
            CliProcess.Result run = CliProcess.Run(_directory, "run", "-C", $"strategy=compiler,lazy-compilation={lazy}", "--invoke", "twice", "twice.wat", "21");
            Assert.True(run.ExitCode == 0, run.Stderr);
            Assert.Equal("42", run.Stdout.Trim());
        }

        CliProcess.Result bad = CliProcess.Run(_directory, "run", "-C", "lazy-compilation=maybe", "twice.wat");
        Assert.Equal(2, bad.ExitCode);
        Assert.StartsWith("error: failed to parse -C option `lazy-compilation=maybe`", bad.Stderr);
        Assert.Single(bad.Stderr.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("run")]
    [InlineData("wast")]
    public void ABadTierUpCodeSizeIsAUsageError(string command)
    {
        File.WriteAllText(Path.Combine(_directory, "e.wat"), "(module)");
        CliProcess.Result result = CliProcess.Run(_directory, command, "-C", "tier-up-code-size=-1", "e.wat");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: failed to parse -C option `tier-up-code-size=-1`: `-1` is not a size: expected bytes as N or 0xN, optionally followed by KiB, MiB, GiB or TiB\n", result.Stderr.ReplaceLineEndings("\n"));
    }
}

namespace WasmSharp.Cli.Tests;

/// <summary>
/// <c>wasmsharp compile</c>, <c>run --allow-precompiled</c> and <c>-C cache</c>: a precompiled or
/// cached module runs in a fresh process with the results of the original, including one that
/// numbers the module's types differently from the process that compiled it (see
/// <see cref="CachedCodeRunsInAProcessThatNumbersTypesDifferently"/>).
/// </summary>
public sealed class CompileCommandTests : IDisposable
{
    private const string Main = """
        (module
          (type $binop (func (param i32 i32) (result i32)))
          (type $point (struct (field i32) (field i32)))
          (import "other" "first" (func $first (type $binop)))
          (table $t 3 funcref)
          (elem (table $t) (i32.const 0) func $add $first)
          (func $add (type $binop) local.get 0 local.get 1 i32.add)
          (func $dispatch (export "dispatch") (param i32 i32 i32) (result i32)
            local.get 1 local.get 2 local.get 0 call_indirect $t (type $binop))
          (func $simd (param f32) (result f32)
            local.get 0 f32x4.splat
            v128.const f32x4 1.0 -0.0 1.0 nan
            f32x4.mul
            v128.const i8x16 8 9 10 11 4 5 6 7 0 1 2 3 12 13 14 15
            i8x16.swizzle
            f32x4.extract_lane 2)
          (func $point (param i32 i32) (result i32) (local $p (ref null $point))
            (local.set $p (struct.new $point (local.get 0) (local.get 1)))
            (i32.add (struct.get $point 0 (local.get $p)) (struct.get $point 1 (local.get $p)))
            (ref.test (ref $point) (local.get $p))
            i32.add)
          (func (export "check") (result i32 i32 i32 i32)
            (call $dispatch (i32.const 0) (i32.const 7) (i32.const 5))
            (call $dispatch (i32.const 1) (i32.const 7) (i32.const 5))
            (i32.reinterpret_f32 (call $simd (f32.const 2.5)))
            (call $point (i32.const 40) (i32.const 2))))
        """;

    private const string Other = """
        (module
          (type $point (struct (field i32) (field i32)))
          (type $binop (func (param i32 i32) (result i32)))
          (func (export "first") (type $binop) local.get 0)
          (func (export "origin") (result (ref null $point)) ref.null $point))
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("wasmsharp-compile-").FullName;

    public CompileCommandTests()
    {
        File.WriteAllText(Path.Combine(_directory, "main.wat"), Main);
        File.WriteAllText(Path.Combine(_directory, "other.wat"), Other);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("compiler")]
    [InlineData("interpreter")]
    public void APrecompiledModuleRunsInAFreshProcessAsTheOriginal(string strategy)
    {
        CliProcess.Result original = CliProcess.Run(_directory, "run", "-C", $"strategy={strategy}", "--preload", "other=other.wat", "--invoke", "check", "main.wat");
        Assert.Equal(0, original.ExitCode);
        Assert.Equal("12\n7\n1075838976\n43\n", original.Stdout.ReplaceLineEndings("\n"));

        CliProcess.Result compile = CliProcess.Run(_directory, "compile", "-C", $"strategy={strategy}", "main.wat");
        Assert.Equal(0, compile.ExitCode);
        Assert.True(File.Exists(Path.Combine(_directory, "main.cwasm")), compile.Stderr);

        CliProcess.Result precompiled = CliProcess.Run(_directory, "run", "-C", $"strategy={strategy}", "--allow-precompiled", "--preload", "other=other.wat", "--invoke", "check", "main.cwasm");
        Assert.Equal((0, original.Stdout, ""), (precompiled.ExitCode, precompiled.Stdout, precompiled.Stderr));

        CliProcess.Result trap = CliProcess.Run(_directory, "run", "-C", $"strategy={strategy}", "--allow-precompiled", "--preload", "other=other.wat", "--invoke", "dispatch", "main.cwasm", "2", "7", "5");
        Assert.Equal(134, trap.ExitCode);
        Assert.Contains("uninitialized element", trap.Stderr);
    }

    [Fact]
    public void RunRefusesAPrecompiledModuleWithoutTheFlag()
    {
        Assert.Equal(0, CliProcess.Run(_directory, "compile", "main.wat", "-o", "out.bin").ExitCode);
        CliProcess.Result result = CliProcess.Run(_directory, "run", "out.bin");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("Error: failed to load `out.bin`: running a precompiled module requires the `--allow-precompiled` flag\n", result.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void AnArtifactForOtherSettingsOrDamagedIsAnError()
    {
        Assert.Equal(0, CliProcess.Run(_directory, "compile", "-C", "function-split-threshold=100", "main.wat").ExitCode);
        CliProcess.Result other = CliProcess.Run(_directory, "run", "--allow-precompiled", "--preload", "other=other.wat", "--invoke", "check", "main.cwasm");
        Assert.Equal(1, other.ExitCode);
        Assert.Equal("Error: failed to load `main.cwasm`: Module was compiled with a different 'function-split-threshold' setting: expected '100' but host has '6144'\n", other.Stderr.ReplaceLineEndings("\n"));

        string path = Path.Combine(_directory, "main.cwasm");
        byte[] bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length - 100)]);
        CliProcess.Result truncated = CliProcess.Run(_directory, "run", "-C", "function-split-threshold=100", "--allow-precompiled", "main.cwasm");
        Assert.Equal(1, truncated.ExitCode);
        Assert.Contains("precompiled module is truncated or corrupted", truncated.Stderr);
    }

    [Fact]
    public void CompileReportsAnInvalidModuleInOneLine()
    {
        File.WriteAllText(Path.Combine(_directory, "bad.wat"), "(module (func (result i32)))");
        CliProcess.Result result = CliProcess.Run(_directory, "compile", "bad.wat");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("Error: failed to compile `bad.wat`: ", result.Stderr);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }

    /// <summary>
    /// The first run loads other.wat first and compiles main.wat (a preload) into the cache with
    /// $point numbered before $binop; the second loads main.wat first, from the cache, so that this
    /// process numbers $binop first: code carrying the first process's type ids traps there with
    /// "indirect call type mismatch" (checked by hand with ids baked in as constants).
    /// </summary>
    [Theory]
    [InlineData("compiler")]
    [InlineData("auto")]
    public void CachedCodeRunsInAProcessThatNumbersTypesDifferently(string strategy)
    {
        string cache = Path.Combine(_directory, "cache");
        File.WriteAllText(Path.Combine(_directory, "cache.toml"), "[cache]\ndirectory = \"cache\"\n");
        CliProcess.Result first = CliProcess.Run(_directory, "run", "-C", $"strategy={strategy}", "-C", "cache-config=cache.toml", "--preload", "other=other.wat", "--preload", "m=main.wat", "--invoke", "first", "other.wat", "3", "4");
        Assert.Equal((0, "3"), (first.ExitCode, first.Stdout.Trim()));
        string[] entries = Directory.GetFiles(Path.Combine(cache, "modules"), "*.cwasm");
        Assert.Equal(2, entries.Length); // other.wat (run and preloaded: one entry) and main.wat
        DateTime[] written = entries.Select(File.GetLastWriteTimeUtc).ToArray();

        string[] args = ["run", "-C", $"strategy={strategy}", "-C", "cache-config=cache.toml", "--preload", "other=other.wat", "--invoke", "check", "main.wat"];
        CliProcess.Result second = CliProcess.Run(_directory, args);
        Assert.Equal((0, "12\n7\n1075838976\n43\n", ""), (second.ExitCode, second.Stdout.ReplaceLineEndings("\n"), second.Stderr));
        Assert.Equal(written, entries.Select(File.GetLastWriteTimeUtc).ToArray());

        // -C cache=n wins over the config file: nothing is stored.
        Directory.Delete(cache, recursive: true);
        Assert.Equal(0, CliProcess.Run(_directory, ["run", "-C", "cache-config=cache.toml,cache=n", .. args[5..]]).ExitCode);
        Assert.False(Directory.Exists(cache));
    }

    [Fact]
    public void ACacheConfigWithAWasmtimeKeyWeLackIsAUsageError()
    {
        File.WriteAllText(Path.Combine(_directory, "cache.toml"), "[cache]\ncleanup-interval = \"1h\"\n");
        CliProcess.Result result = CliProcess.Run(_directory, "run", "-C", "cache-config=cache.toml", "main.wat");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not supported: cleanup-interval", result.Stderr);
    }
}

namespace WasmSharp.Cli.Tests;

/// <summary>The <c>wasmtime run</c> option groups and <c>--preload</c>, end to end.</summary>
public sealed class RunOptionTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("wasmsharp-cli-").FullName;

    public RunOptionTests() =>
        File.WriteAllText(Path.Combine(_directory, "loop.wat"), "(module (func (export \"_start\") (loop $l (br $l))))");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string text)
    {
        File.WriteAllText(Path.Combine(_directory, name), text);
        return name;
    }

    [Fact]
    public void AddressMapsLocateACallOfACalleeCalledTwice()
    {
        // The second call of $boom (at 0x3c, as `wat2wasm` and `wasm-objdump -d` show) divides by
        // zero. Compiled without an address map, the IL offsets cannot tell which call $caller
        // stands at, and its frame has no offset; with one it has the call's.
        string file = Write("twice.wat", """
            (module
              (func $boom (param i32) (result i32) (i32.div_s (i32.const 1) (local.get 0)))
              (func $caller (result i32) (i32.add (call $boom (i32.const 1)) (call $boom (i32.const 0))))
              (func (export "_start") (drop (call $caller))))
            """);
        CliProcess.Result mapped = CliProcess.Run(_directory, "run", "-C", "strategy=compiler", "-D", "address-map", file);
        Assert.Equal(134, mapped.ExitCode);
        Assert.Contains("\n    0:     0x32 - <unknown>!boom\n    1:     0x3c - <unknown>!caller\n    2:     0x42 - <unknown>!<wasm function 2>\n", mapped.Stderr.ReplaceLineEndings("\n"));

        CliProcess.Result unmapped = CliProcess.Run(_directory, "run", "-C", "strategy=compiler", "-D", "address-map=n", file);
        Assert.Equal(134, unmapped.ExitCode);
        Assert.Contains("\n    1: <unknown>!caller\n", unmapped.Stderr.ReplaceLineEndings("\n"));
        Assert.Contains("note: using `-D address-map` shows the module offset of every frame", unmapped.Stderr);
        Assert.DoesNotContain("note:", mapped.Stderr);
        Assert.Contains("  address-map: true", CliProcess.Run(_directory, "settings", "-D", "address-map").Stdout);
    }

    [Fact]
    public void ACoreDumpIsWrittenWhereAsked()
    {
        string file = Write("trapper.wat", """
            (module $trapper
              (memory 1)
              (func (export "_start") (i32.store (i32.const 16) (i32.const 0x5A5A5A5A)) unreachable))
            """);
        CliProcess.Result result = CliProcess.Run(_directory, "run", "-D", "coredump=trapper.coredump", file);
        Assert.Equal(134, result.ExitCode);
        Assert.Contains("Caused by:\n    core dumped at trapper.coredump\n    wasm trap: wasm `unreachable` instruction executed\n", result.Stderr.ReplaceLineEndings("\n"));

        // A binary module holding the store's memory: the bytes the guest stored, as a data segment.
        byte[] dump = File.ReadAllBytes(Path.Combine(_directory, "trapper.coredump"));
        Assert.Equal("\0asm"u8.ToArray(), dump[..4]);
        Assert.True(dump.AsSpan().IndexOf(new byte[] { 0x5A, 0x5A, 0x5A, 0x5A }) > 0);
        Assert.True(dump.AsSpan().IndexOf("corestack"u8) > 0);

        CliProcess.Result unwritable = CliProcess.Run(_directory, "run", "-D", "coredump=missing/trapper.coredump", file);
        Assert.Equal(134, unwritable.ExitCode);
        Assert.Contains("failed to write core dump file at `missing/trapper.coredump`", unwritable.Stderr);
    }

    [Fact]
    public void FuelEndsAnEndlessLoopWithWasmtimesTrap()
    {
        CliProcess.Result result = CliProcess.Run(_directory, "run", "-W", "fuel=1000", "loop.wat");
        Assert.Equal(134, result.ExitCode);
        Assert.Contains("wasm trap: all fuel consumed by WebAssembly", result.Stderr);
    }

    [Fact]
    public void FuelIsEnoughForAShortProgram()
    {
        string file = Write("count.wat", """
            (module (func (export "_start") (local $i i32)
              (loop $l (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (br_if $l (i32.lt_u (local.get $i) (i32.const 100))))))
            """);
        Assert.Equal(0, CliProcess.Run(_directory, "run", "-W", "fuel=1_000_000", file).ExitCode);
        Assert.Equal(134, CliProcess.Run(_directory, "run", "-W", "fuel=0x10", file).ExitCode);
    }

    [Fact]
    public void TimeoutInterruptsAnEndlessLoop()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        CliProcess.Result result = CliProcess.Run(_directory, "run", "-W", "timeout=1s", "loop.wat");
        Assert.Equal(134, result.ExitCode);
        Assert.Contains("wasm trap: interrupt", result.Stderr);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
    }

    [Fact]
    public void TimeoutInMillisecondsAndALongOneThatIsNotReached()
    {
        Assert.Equal(134, CliProcess.Run(_directory, "run", "-W", "timeout=300ms", "loop.wat").ExitCode);
        string file = Write("quick.wat", "(module (func (export \"_start\") (loop $l (br_if $l (i32.const 0)))))");
        Assert.Equal(0, CliProcess.Run(_directory, "run", "-W", "timeout=1h 30m", file).ExitCode);
    }

    [Fact]
    public void EpochInterruptionWithoutATimeoutTrapsAtOnceAsInWasmtime()
    {
        CliProcess.Result result = CliProcess.Run(_directory, "run", "-W", "epoch-interruption=y", "loop.wat");
        Assert.Equal(134, result.ExitCode);
        Assert.Contains("wasm trap: interrupt", result.Stderr);
    }

    [Theory]
    [InlineData("max-memory-size=1MiB", 16, "-1\n")]
    [InlineData("max-memory-size=1MiB", 15, "15\n")]
    [InlineData("max-memory-size=64KiB", 1, "-1\n")]
    [InlineData("max-memory-size=0x20000", 1, "1\n")]
    [InlineData("max-memory-size=4GiB", 1, "1\n")]
    [InlineData("max-memory-size=131072", 2, "-1\n")]
    public void MaxMemorySizeTakesBytesWithUnits(string setting, int initialPages, string printed)
    {
        string file = Write($"grow{initialPages}.wat", $$"""
            (module (memory {{initialPages}})
              (func (export "grow") (result i32) (memory.grow (i32.const 1))))
            """);
        CliProcess.Result result = CliProcess.Run(_directory, "run", "-W", setting, "--invoke", "grow", file);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(printed, result.Stdout);
    }

    [Fact]
    public void InstanceAndMemoryCountLimitsApply()
    {
        string file = Write("mem.wat", "(module (memory 1))");
        Assert.Equal(0, CliProcess.Run(_directory, "run", "-W", "max-memories=1", file).ExitCode);
        CliProcess.Result denied = CliProcess.Run(_directory, "run", "-W", "max-memories=0", file);
        Assert.Equal(1, denied.ExitCode);
        Assert.StartsWith("Error: failed to run main module `mem.wat`", denied.Stderr);
    }

    [Fact]
    public void TurningSimdOffMakesASimdModuleInvalid()
    {
        string file = Write("simd.wat", "(module (func (export \"f\") (result v128) (v128.const i32x4 1 2 3 4)))");
        Assert.Equal(0, CliProcess.Run(_directory, "run", "--invoke", "f", file).ExitCode);
        CliProcess.Result result = CliProcess.Run(_directory, "run", "-W", "simd=n,relaxed-simd=n", "--invoke", "f", file);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("SIMD support is not enabled", result.Stderr);

        // all-proposals=n then simd=y: the later, specific toggle wins.
        Assert.Equal(0, CliProcess.Run(_directory, "run", "-W", "all-proposals=n,simd", "--invoke", "f", file).ExitCode);
    }

    [Fact]
    public void TurningGcOffMakesAGcModuleInvalid()
    {
        string file = Write("gc.wat", "(module (type (struct (field i32))) (func (export \"f\") (result i32) (i32.const 1)))");
        Assert.Equal(0, CliProcess.Run(_directory, "run", "--invoke", "f", file).ExitCode);
        Assert.Equal(1, CliProcess.Run(_directory, "run", "-W", "gc=n", "--invoke", "f", file).ExitCode);
    }

    [Fact]
    public void PreloadDefinesTheModulesExportsUnderItsName()
    {
        Write("lib.wat", "(module (func (export \"seven\") (result i32) (i32.const 7)))");
        string main = Write("main.wat", "(module (import \"lib\" \"seven\" (func $s (result i32))) (func (export \"get\") (result i32) (call $s)))");
        CliProcess.Result linked = CliProcess.Run(_directory, "run", "--preload", "lib=lib.wat", "--invoke", "get", main);
        Assert.Equal(0, linked.ExitCode);
        Assert.Equal("7\n", linked.Stdout);

        CliProcess.Result missing = CliProcess.Run(_directory, "run", "--invoke", "get", main);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("unknown import: `lib::seven` has not been defined", missing.Stderr);

        CliProcess.Result badPath = CliProcess.Run(_directory, "run", "--preload", "lib=nope.wat", "--invoke", "get", main);
        Assert.Equal(1, badPath.ExitCode);
        Assert.StartsWith("Error: failed to process preload `lib` at `nope.wat`", badPath.Stderr);
    }

    [Fact]
    public void APreloadThatTrapsExitsWith134()
    {
        Write("boom.wat", "(module (func $s unreachable) (start $s))");
        CliProcess.Result result = CliProcess.Run(_directory, "run", "--preload", "boom=boom.wat", "loop.wat");
        Assert.Equal(134, result.ExitCode);
        Assert.StartsWith("Error: failed to process preload `boom` at `boom.wat`", result.Stderr);
        Assert.Contains("wasm trap: wasm `unreachable` instruction executed", result.Stderr);
    }

    [Fact]
    public void InheritEnvPassesTheHostEnvironmentAndCliOffLeavesWasiUndefined()
    {
        // Exits 1 when the guest has any environment variable.
        string file = Write("env.wat", """
            (module
              (import "wasi_snapshot_preview1" "environ_sizes_get" (func $sizes (param i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
              (memory (export "memory") 1)
              (func (export "_start")
                (drop (call $sizes (i32.const 0) (i32.const 4)))
                (call $exit (i32.ne (i32.load (i32.const 0)) (i32.const 0)))))
            """);
        Assert.Equal(0, CliProcess.Run(_directory, "run", file).ExitCode);
        Assert.Equal(1, CliProcess.Run(_directory, "run", "-S", "inherit-env", file).ExitCode);
        Assert.Equal(0, CliProcess.Run(_directory, "run", "-S", "inherit-env=n,preview2,tcp=n,inherit-network", file).ExitCode);

        CliProcess.Result unlinked = CliProcess.Run(_directory, "run", "-S", "cli=n", file);
        Assert.Equal(1, unlinked.ExitCode);
        Assert.Contains("unknown import: `wasi_snapshot_preview1::environ_sizes_get` has not been defined", unlinked.Stderr);
    }

    [Fact]
    public void ValuesWasmSharpAlwaysHasAreAccepted()
    {
        Assert.Equal(0, CliProcess.Run(_directory, "run", "-D", "debug-info=n", "-C", "cache=no,parallel-compilation=n", "-O", "pooling-allocator=false",
            "-W", "component-model=n,gc-support", "-S", "preview0=n", "--invoke", "x", Write("x.wat", "(module (func (export \"x\")))")).ExitCode);
    }

    [Fact]
    public void PoolingAllocatorKeysBoundMemoriesAsInWasmtime()
    {
        string grow = Write("grow.wat", "(module (memory 1) (func (export \"grow\") (result i32) (memory.grow (i32.const 1))))");
        Assert.Equal("1", CliProcess.Run(_directory, "run", "--invoke", "grow", grow).Stdout.Trim());
        Assert.Equal("-1", CliProcess.Run(_directory, "run", "-O", "pooling-allocator,pooling-max-memory-size=64KiB", "--invoke", "grow", grow).Stdout.Trim());

        // The pooling-* limits apply only with the pooling allocator, as in Wasmtime.
        Assert.Equal("1", CliProcess.Run(_directory, "run", "-O", "pooling-max-memory-size=64KiB", "--invoke", "grow", grow).Stdout.Trim());

        CliProcess.Result refused = CliProcess.Run(_directory, "run", "-O", "pooling-allocator=y,pooling-max-memory-size=64KiB", "--invoke", "x",
            Write("big.wat", "(module (memory 2) (func (export \"x\")))"));
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("memory index 0 has a minimum byte size of 131072 which exceeds the limit of 65536 bytes", refused.Stderr);
    }

    [Fact]
    public void TcpListenHandsTheGuestAListeningSocket()
    {
        // fd 3 is the socket (no --dir): sock_accept on it fails with EAGAIN (6) while nobody connects,
        // and with EBADF (8) when there is no fd 3.
        string file = Write("accept.wat", """
            (module
              (import "wasi_snapshot_preview1" "sock_accept" (func $accept (param i32 i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "fd_fdstat_set_flags" (func $flags (param i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
              (memory (export "memory") 1)
              (func (export "_start")
                (drop (call $flags (i32.const 3) (i32.const 4)))
                (call $exit (call $accept (i32.const 3) (i32.const 4) (i32.const 0)))))
            """);
        Assert.Equal(8, CliProcess.Run(_directory, "run", file).ExitCode);
        Assert.Equal(6, CliProcess.Run(_directory, "run", "-S", "tcplisten=127.0.0.1:0", file).ExitCode);
    }

    [Fact]
    public void ConfigFileSettingsApplyAndFlagsOverrideThem()
    {
        Write("fuel.toml", """
            # a comment
            [wasm]
            fuel = 1000 # units
            max-memory-size = "64KiB"
            [codegen]
            parallel-compilation = false
            """);
        CliProcess.Result result = CliProcess.Run(_directory, "run", "--config", "fuel.toml", "loop.wat");
        Assert.Equal(134, result.ExitCode);
        Assert.Contains("all fuel consumed by WebAssembly", result.Stderr);

        Write("bad.toml", "[wasm]\nfuel = \"lots\"\n");
        CliProcess.Result bad = CliProcess.Run(_directory, "run", "--config", "bad.toml", "loop.wat");
        Assert.Equal(2, bad.ExitCode);
        Assert.Equal("error: config file `bad.toml`: line 2: failed to parse -W option `fuel=lots`: `lots` is not a non-negative integer", bad.Stderr.TrimEnd());

        Write("section.toml", "[wasmx]\n");
        Assert.Contains("unknown section [wasmx]", CliProcess.Run(_directory, "run", "--config", "section.toml", "loop.wat").Stderr);
    }
}

namespace WasmSharp.Cli.Tests;

/// <summary>
/// How <c>wasmsharp</c> splits its command line, as <c>wasmtime</c> does: options before the module
/// are ours, everything after it is the guest's, unknown options are usage errors (exit 2).
/// </summary>
public sealed class CommandLineTests : IDisposable
{
    // Exits with argc, or with 100 + the index of the first argument starting with '-'.
    private const string ArgsModule = """
        (module
          (import "wasi_snapshot_preview1" "args_sizes_get" (func $sizes (param i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "args_get" (func $get (param i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
          (memory (export "memory") 1)
          (func (export "_start") (local $i i32)
            (drop (call $sizes (i32.const 0) (i32.const 4)))
            (drop (call $get (i32.const 16) (i32.const 1024)))
            (local.set $i (i32.const 1))
            (block $done
              (loop $next
                (br_if $done (i32.ge_u (local.get $i) (i32.load (i32.const 0))))
                (if (i32.eq (i32.load8_u (i32.load (i32.add (i32.const 16) (i32.shl (local.get $i) (i32.const 2))))) (i32.const 45))
                  (then (call $exit (i32.add (i32.const 100) (local.get $i)))))
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (br $next)))
            (call $exit (i32.load (i32.const 0)))))
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("wasmsharp-cli-").FullName;

    public CommandLineTests() => File.WriteAllText(Path.Combine(_directory, "args.wat"), ArgsModule);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("run", "--bogus", "args.wat")]
    [InlineData("--bogus", "args.wat")]
    [InlineData("run", "-Z", "args.wat")]
    [InlineData("validate", "--bogus", "args.wat")]
    public void AnUnknownOptionBeforeTheModuleIsAUsageErrorNamingIt(params string[] args)
    {
        CliProcess.Result result = CliProcess.Run(_directory, args);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: unexpected argument '{args[^2]}' found", result.Stderr.TrimEnd());
    }

    [Fact]
    public void GuestArgumentsStartingWithADashReachTheGuest()
    {
        // argv = [args.wat, x, --bogus, -W, fuel=1]: the first dash argument is argv[2].
        Assert.Equal(102, CliProcess.Run(_directory, "run", "args.wat", "x", "--bogus", "-W", "fuel=1").ExitCode);
        Assert.Equal(101, CliProcess.Run(_directory, "run", "--dir", ".", "args.wat", "--invoke", "x").ExitCode);
        Assert.Equal(3, CliProcess.Run(_directory, "run", "args.wat", "run", "validate").ExitCode);
    }

    [Fact]
    public void AModulePathStartingWithADashFollowsADoubleDash()
    {
        File.Copy(Path.Combine(_directory, "args.wat"), Path.Combine(_directory, "-dash.wat"));
        Assert.Equal(2, CliProcess.Run(_directory, "run", "--", "-dash.wat", "a").ExitCode);
    }

    [Fact]
    public void WithoutASubcommandTheFileIsRun()
    {
        Assert.Equal(102, CliProcess.Run(_directory, "args.wat", "a", "-b").ExitCode);
        Assert.Equal(2, CliProcess.Run(_directory, "--argv0", "prog", "args.wat", "a").ExitCode);
        CliProcess.Result trapped = CliProcess.Run(_directory, "-W", "fuel=0", "args.wat");
        Assert.Equal(134, trapped.ExitCode);
        Assert.Contains("all fuel consumed by WebAssembly", trapped.Stderr);
    }

    [Fact]
    public void NoArgumentsPrintsTheHelpAsAUsageError()
    {
        CliProcess.Result result = CliProcess.Run(_directory);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("settings", result.Stdout);
        Assert.Contains("--preload", result.Stdout);
    }

    [Theory]
    [InlineData("compile", "compile <file> [options]")]
    [InlineData("validate", "validate <file> [options]")]
    [InlineData("wast", "wast <files>... [options]")]
    [InlineData("settings", "settings [options]")]
    public void SubcommandHelpShowsOnlyTheSubcommandsUsage(string command, string usage)
    {
        // The implicit run's FILE and ARGS belong to the root alone, not to every usage line; the
        // command is `wasmsharp`, not the name of the assembly that launched it.
        CliProcess.Result result = CliProcess.Run(_directory, command, "--help");
        Assert.Equal(0, result.ExitCode);
        string usageLine = result.Stdout.Split('\n').SkipWhile(line => !line.StartsWith("Usage:", StringComparison.Ordinal)).Skip(1).First().Trim();
        Assert.Equal("wasmsharp " + usage, usageLine);
        Assert.DoesNotContain("<args>", result.Stdout);
        Assert.DoesNotContain("The WebAssembly module to run", result.Stdout);
    }

    [Fact]
    public void GroupHelpListsTheKeys()
    {
        CliProcess.Result result = CliProcess.Run(_directory, "run", "-W", "help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("-W fuel=N", result.Stdout);
        Assert.Contains("-W timeout=N|Ns|Nms|..", result.Stdout);
    }

    [Theory]
    [InlineData("-W", "fuel=abc", "failed to parse -W option `fuel=abc`")]
    [InlineData("-W", "fuel", "failed to parse -W option `fuel`: value must be specified with `key=val` syntax")]
    [InlineData("-W", "timeout=5q", "failed to parse -W option `timeout=5q`: `5q` is not a duration: unknown time unit `q`")]
    [InlineData("-W", "timeout=5", null)]
    [InlineData("-W", "max-memory-size=2XB", "failed to parse -W option `max-memory-size=2XB`")]
    [InlineData("-W", "max-wasm-stack=0", "failed to parse -W option `max-wasm-stack=0`")]
    [InlineData("-W", "simd=maybe", "failed to parse -W option `simd=maybe`: unknown boolean flag `maybe`, only yes,no,<nothing> accepted")]
    [InlineData("-W", "epoch-interruption=2", "failed to parse -W option `epoch-interruption=2`")]
    [InlineData("-W", "nan-canonicalization", "not supported: -W nan-canonicalization (WasmSharp does not canonicalize NaNs)")]
    [InlineData("-W", "trap-on-grow-failure", "not supported: -W trap-on-grow-failure")]
    [InlineData("-W", "simd=n", "cannot disable the SIMD proposal but enable the relaxed SIMD proposal")]
    [InlineData("-S", "inherit-env=x", "failed to parse -S option `inherit-env=x`")]
    [InlineData("-S", "tcplisten=nowhere", "failed to parse -S option `tcplisten=nowhere`: expected IP:PORT")]
    [InlineData("-S", "http", "not supported: -S http (WasmSharp has no wasi-http)")]
    [InlineData("-S", "cli,common", "the -S common option should not be used with -S cli as it is a deprecated alias")]
    [InlineData("-S", "bogus", "unknown -S / --wasi option: bogus")]
    [InlineData("-C", "parallel-compilation=2", "failed to parse -C option `parallel-compilation=2`")]
    [InlineData("-C", "cache=maybe", "failed to parse -C option `cache=maybe`")]
    [InlineData("-C", "cache-config=missing.toml", "failed to read cache config file `missing.toml`")]
    [InlineData("-C", "cranelift-opt-level=2", "not supported: -C cranelift-opt-level")]
    [InlineData("-O", "memory-reservation=1GiB", "not supported: -O memory-reservation=1GiB")]
    [InlineData("-O", "opt-level=2", "not supported: -O opt-level=2")]
    [InlineData("-D", "debug-info", "not supported: -D debug-info (WasmSharp emits no DWARF)")]
    [InlineData("-D", "coredump", "failed to parse -D option `coredump`: value must be specified with `key=val` syntax")]
    [InlineData("-D", "address-map=maybe", "failed to parse -D option `address-map=maybe`")]
    [InlineData("--preload", "lib", "invalid value 'lib' for '--preload <NAME=PATH>': must be NAME=PATH")]
    [InlineData("--config", "missing.toml", "failed to read config file `missing.toml`")]
    public void BadFlagValuesAreOneLineUsageErrorsNamingTheKey(string flag, string value, string? expected)
    {
        // A loop that -W timeout=5 would end: the run must not get that far.
        File.WriteAllText(Path.Combine(_directory, "loop.wat"), "(module (func (export \"_start\") (loop $l (br $l))))");
        if (expected is null)
        {
            // `timeout=5` is well-formed (five seconds): shown by the trap, not a usage error.
            CliProcess.Result ran = CliProcess.Run(_directory, "run", flag, value, "loop.wat");
            Assert.Equal(134, ran.ExitCode);
            return;
        }

        CliProcess.Result result = CliProcess.Run(_directory, "run", flag, value, "loop.wat");
        Assert.Equal(2, result.ExitCode);
        string line = Assert.Single(result.Stderr.TrimEnd().Split('\n'));
        Assert.StartsWith("error: ", line);
        Assert.Contains(expected, line);
    }
}

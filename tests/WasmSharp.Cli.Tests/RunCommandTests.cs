namespace WasmSharp.Cli.Tests;

/// <summary><c>wasmsharp run</c> end to end, with <c>wasmtime run</c>'s flags.</summary>
public sealed class RunCommandTests : IDisposable
{
    private const string WasiImports = """
        (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
        (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
        (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
        (import "wasi_snapshot_preview1" "environ_sizes_get" (func $environ_sizes_get (param i32 i32) (result i32)))
        (import "wasi_snapshot_preview1" "path_open" (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("wasmsharp-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return name;
    }

    [Fact]
    public void PrintsAndExitsWithTheGuestsCode()
    {
        string file = Write("hello.wat", $$"""
            (module {{WasiImports}}
              (memory (export "memory") 1)
              (data (i32.const 16) "hello\n")
              (func (export "_start")
                (i32.store (i32.const 0) (i32.const 16))
                (i32.store (i32.const 4) (i32.const 6))
                (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
                (call $proc_exit (i32.const 7))))
            """);
        CliProcess.Result result = CliProcess.Run(_directory, "run", file);
        Assert.Equal(7, result.ExitCode);
        Assert.Equal("hello\n", result.Stdout);
    }

    [Fact]
    public void PassesArgumentsAfterTheFileToTheGuestEvenWhenTheyLookLikeOptions()
    {
        // argc is stored at 0 by args_sizes_get; the guest exits with it.
        string file = Write("argc.wat", $$"""
            (module {{WasiImports}}
              (memory (export "memory") 1)
              (func (export "_start")
                (drop (call $args_sizes_get (i32.const 0) (i32.const 4)))
                (call $proc_exit (i32.load (i32.const 0)))))
            """);
        CliProcess.Result result = CliProcess.Run(_directory, "run", "--argv0", "prog", file, "--dir", "x", "-W", "y");
        Assert.Equal(5, result.ExitCode);
    }

    [Fact]
    public void RedirectedStdioIsNoTerminalToTheGuest()
    {
        // The file types of fd_fdstat_get for fds 0, 1 and 2 and of fd_filestat_get for fd 1, as
        // digits: a character device (2) would make wasi-libc's isatty say yes, and with it line
        // buffering or an interactive mode. These tests redirect all three, so each is unknown (0).
        string file = Write("stdio-types.wat", """
            (module
              (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "fd_fdstat_get" (func $fd_fdstat_get (param i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "fd_filestat_get" (func $fd_filestat_get (param i32 i32) (result i32)))
              (memory (export "memory") 1)
              (func $digit (param $at i32) (param $type i32)
                (i32.store8 (i32.add (i32.const 200) (local.get $at)) (i32.add (i32.const 48) (local.get $type))))
              (func (export "_start")
                (local $fd i32)
                (loop $each
                  (if (call $fd_fdstat_get (local.get $fd) (i32.const 0)) (then unreachable))
                  (call $digit (local.get $fd) (i32.load8_u (i32.const 0)))
                  (br_if $each (i32.lt_u (local.tee $fd (i32.add (local.get $fd) (i32.const 1))) (i32.const 3))))
                (if (call $fd_filestat_get (i32.const 1) (i32.const 0)) (then unreachable))
                (call $digit (i32.const 3) (i32.load8_u (i32.const 16)))
                (i32.store (i32.const 100) (i32.const 200))
                (i32.store (i32.const 104) (i32.const 4))
                (drop (call $fd_write (i32.const 1) (i32.const 100) (i32.const 1) (i32.const 108)))))
            """);
        CliProcess.Result result = CliProcess.Run(_directory, "run", file);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("0000", result.Stdout);
    }

    [Fact]
    public void PassesEnvironmentVariables()
    {
        string file = Write("envc.wat", $$"""
            (module {{WasiImports}}
              (memory (export "memory") 1)
              (func (export "_start")
                (drop (call $environ_sizes_get (i32.const 0) (i32.const 4)))
                (call $proc_exit (i32.load (i32.const 0)))))
            """);
        Assert.Equal(2, CliProcess.Run(_directory, "run", "--env", "A=1", "--env", "B=2", file).ExitCode);
    }

    [Fact]
    public void DirGrantsAccessToAHostDirectoryUnderItsGuestName()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "data"));
        File.WriteAllText(Path.Combine(_directory, "data", "in.txt"), "x");
        // path_open(fd 3, "in.txt") returns errno 0 when the preopen exists, 8 (EBADF) without it.
        string file = Write("open.wat", $$"""
            (module {{WasiImports}}
              (memory (export "memory") 1)
              (data (i32.const 100) "in.txt")
              (func (export "_start")
                (call $proc_exit
                  (call $path_open (i32.const 3) (i32.const 0) (i32.const 100) (i32.const 6)
                    (i32.const 0) (i64.const 2) (i64.const 0) (i32.const 0) (i32.const 200)))))
            """);
        Assert.Equal(0, CliProcess.Run(_directory, "run", "--dir", "data::/sandbox", file).ExitCode);
        Assert.Equal(8, CliProcess.Run(_directory, "run", file).ExitCode);
    }

    [Fact]
    public void InvokeCallsAnExportAndPrintsItsResults()
    {
        string file = Write("add.wat", """
            (module
              (func (export "add") (param i32 i64) (result i64 i32)
                (i64.add (i64.extend_i32_s (local.get 0)) (local.get 1))
                (i32.const -1)))
            """);
        CliProcess.Result result = CliProcess.Run(_directory, "run", "--invoke", "add", file, "-3", "10");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("7\n-1\n", result.Stdout);
    }

    [Fact]
    public void ATrapPrintsTheTrapAndBacktraceAndExitsWith134()
    {
        string file = Write("trap.wat", """
            (module
              (func $boom (export "boom") (result i32) (i32.div_s (i32.const 1) (i32.const 0)))
              (func (export "_start") (drop (call $boom))))
            """);
        CliProcess.Result result = CliProcess.Run(_directory, "run", file);
        Assert.Equal(134, result.ExitCode);
        Assert.StartsWith("Error: failed to run main module `trap.wat`", result.Stderr);
        Assert.Contains("wasm trap: integer divide by zero", result.Stderr);
        Assert.Contains("wasm backtrace:", result.Stderr);

        // Frames as Wasmtime prints them: number, module offset of the instruction, module!function
        // (i32.div_s is at 0x33 in this module's encoding, as `wat2wasm` and `wasm-objdump -d` show).
        Assert.Contains("\n    0:     0x33 - <unknown>!boom\n", result.Stderr.ReplaceLineEndings("\n"));
        Assert.Matches(@"\n    1:     0x[0-9a-f]+ - <unknown>!<wasm function 1>\n", result.Stderr.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Fact]
    public void MissingImportsAreOneLineErrorsUnlessDefaulted()
    {
        string file = Write("imports.wat", """
            (module
              (import "bench" "start" (func))
              (import "env" "value" (func (result i32)))
              (func (export "_start") (call 0)))
            """);
        CliProcess.Result missing = CliProcess.Run(_directory, "run", file);
        Assert.Equal(1, missing.ExitCode);
        Assert.Single(missing.Stderr.TrimEnd().Split('\n'));
        Assert.Contains("unknown import: `bench::start` has not been defined", missing.Stderr);

        Assert.Equal(0, CliProcess.Run(_directory, "run", "-W", "unknown-imports-default", file).ExitCode);

        CliProcess.Result trapped = CliProcess.Run(_directory, "run", "-W", "unknown-imports-trap", file);
        Assert.Equal(134, trapped.ExitCode);
        Assert.Contains("unknown import: `bench::start` has not been defined", trapped.Stderr);
    }

    [Fact]
    public void AllocationFailuresAreOneLineErrorsAndHugeLazyMemoriesRun()
    {
        string table = Write("table.wat", "(module (table 0xFFFFFFFF funcref) (func (export \"_start\")))");
        CliProcess.Result failed = CliProcess.Run(_directory, "run", table);
        Assert.Equal(1, failed.ExitCode);
        Assert.Equal("Error: failed to run main module `table.wat`: out of memory (failed to allocate 34359738360 bytes)", failed.Stderr.TrimEnd());

        // 64 GiB minimum: reserved, committed lazily, the last byte usable.
        string memory = Write("memory.wat", """
            (module (memory i64 1048576)
              (func (export "_start")
                (i64.store8 (i64.const 68719476735) (i64.const 7))
                (if (i32.ne (i32.load8_u (i64.const 68719476735)) (i32.const 7)) (then unreachable))))
            """);
        CliProcess.Result ran = CliProcess.Run(_directory, "run", memory);
        Assert.Equal(0, ran.ExitCode);
        Assert.Equal("", ran.Stderr);
    }

    [Fact]
    public void MaxMemorySizeDeniesGrowth()
    {
        string file = Write("grow.wat", """
            (module
              (memory 1)
              (func (export "grow") (result i32) (memory.grow (i32.const 1))))
            """);
        Assert.Equal("1\n", CliProcess.Run(_directory, "run", "--invoke", "grow", file).Stdout);
        Assert.Equal("-1\n", CliProcess.Run(_directory, "run", "-W", "max-memory-size=65536", "--invoke", "grow", file).Stdout);
    }

    [Fact]
    public void MaxWasmStackBoundsRecursion()
    {
        string file = Write("deep.wat", """
            (module
              (func $down (export "down") (param i32) (result i32)
                (if (result i32) (i32.eqz (local.get 0))
                  (then (i32.const 0))
                  (else (i32.add (i32.const 1) (call $down (i32.sub (local.get 0) (i32.const 1))))))))
            """);
        Assert.Equal("5000\n", CliProcess.Run(_directory, "run", "--invoke", "down", file, "5000").Stdout);
        CliProcess.Result small = CliProcess.Run(_directory, "run", "-W", "max-wasm-stack=16384", "--invoke", "down", file, "5000");
        Assert.Equal(134, small.ExitCode);
        Assert.Contains("call stack exhausted", small.Stderr);
        Assert.Contains("more frames", small.Stderr);
    }

    [Fact]
    public void BadInputIsAOneLineError()
    {
        CliProcess.Result missing = CliProcess.Run(_directory, "run", "nope.wasm");
        Assert.Equal(1, missing.ExitCode);
        Assert.StartsWith("Error: failed to load `nope.wasm`", missing.Stderr);

        File.WriteAllBytes(Path.Combine(_directory, "bad.wasm"), [0, 0x61, 0x73, 0x6D, 1, 0, 0, 0, 0x0E, 0x00]);
        CliProcess.Result malformed = CliProcess.Run(_directory, "run", "bad.wasm");
        Assert.Equal(1, malformed.ExitCode);
        Assert.Single(malformed.Stderr.TrimEnd().Split('\n'));
        Assert.Contains("malformed section id", malformed.Stderr);

        CliProcess.Result badSetting = CliProcess.Run(_directory, "run", "-W", "bogus", "bad.wasm");
        Assert.Equal(2, badSetting.ExitCode);
        Assert.Equal("error: unknown -W / --wasm option: bogus", badSetting.Stderr.TrimEnd());
    }
}

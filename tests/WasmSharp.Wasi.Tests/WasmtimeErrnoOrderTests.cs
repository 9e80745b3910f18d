using WasmSharp.Wasi;

namespace WasmSharp.Wasi.Tests;

/// <summary>
/// Small WAT guests for the second round of differential fuzzing against Wasmtime 50
/// (fuzz/README.md, mode <c>wasi</c>): which errno wasmtime-wasi's preview1 returns when several
/// checks could fail, and which calls it does not support. Errnos: badf 8, inval 28, isdir 31,
/// nomem 48, notdir 54, notsup 58, spipe 70.
/// </summary>
public sealed class WasmtimeErrnoOrderTests
{
    private const string Imports = """
          (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "fd_pread" (func $fd_pread (param i32 i32 i32 i64 i32) (result i32)))
          (import "wasi_snapshot_preview1" "fd_sync" (func $fd_sync (param i32) (result i32)))
          (import "wasi_snapshot_preview1" "fd_datasync" (func $fd_datasync (param i32) (result i32)))
          (import "wasi_snapshot_preview1" "fd_fdstat_set_flags" (func $set_flags (param i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "fd_fdstat_set_rights" (func $set_rights (param i32 i64 i64) (result i32)))
          (import "wasi_snapshot_preview1" "fd_prestat_dir_name" (func $prestat_dir_name (param i32 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "fd_filestat_set_times" (func $fd_set_times (param i32 i64 i64 i32) (result i32)))
          (import "wasi_snapshot_preview1" "path_filestat_set_times"
            (func $path_set_times (param i32 i32 i32 i32 i64 i64 i32) (result i32)))
          (import "wasi_snapshot_preview1" "path_open"
            (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "path_readlink" (func $readlink (param i32 i32 i32 i32 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "clock_time_get" (func $clock_time_get (param i32 i64 i32) (result i32)))
          (import "wasi_snapshot_preview1" "clock_res_get" (func $clock_res_get (param i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll (param i32 i32 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "proc_raise" (func $proc_raise (param i32) (result i32)))
          (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
          (import "wasi_snapshot_preview1" "random_get" (func $random_get (param i32 i32) (result i32)))
          (memory (export "memory") 1)
          (data (i32.const 100) "hello.txt")
          (data (i32.const 120) "hello.txt/")
          (data (i32.const 2048) "\00\10\00\00\04\00\00\00")
          (data (i32.const 20000) "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
        """;

    private const int Badf = 8, Inval = 28, Isdir = 31, Nomem = 48, Notdir = 54, Notsup = 58, Spipe = 70;

    /// <summary>(call $path_open 3 "hello.txt" ...) storing the new fd at 8.</summary>
    private const string OpenHello = "(call $path_open (i32.const 3) (i32.const 1) (i32.const 100) (i32.const 9) (i32.const 0) (i64.const 0x1fffffff) (i64.const 0) (i32.const 0) (i32.const 8))";

    [Fact]
    public void APathComponentOverNameMaxIsNametoolongNotNoent()
    {
        // Found by `fuzz wasi --seed 1` (case 1041): a 300-byte component, which the host's lookup
        // refuses with ENAMETOOLONG (37), was reported missing.
        using var fx = new WasiFixture();
        string longName = "(i32.const 20000) (i32.const 300)";
        Assert.Equal(37, Run(fx.Ctx, $"(call $readlink (i32.const 3) {longName} (i32.const 24000) (i32.const 16) (i32.const 8))"));
        Assert.Equal(37, Run(fx.Ctx, $"(call $path_open (i32.const 3) (i32.const 0) {longName} (i32.const 0) (i64.const 0x1fffffff) (i64.const 0) (i32.const 0) (i32.const 8))"));
        Assert.Equal(37, Run(fx.Ctx, $"(call $path_set_times (i32.const 3) (i32.const 0) {longName} (i64.const 0) (i64.const 0) (i32.const 0))"));
    }

    [Fact]
    public void IovecArraysAreChargedToTheHostcallFuelBeforeTheFdIsLookedUp()
    {
        using var fx = new WasiFixture();

        // 2^24 iovecs are exactly Wasmtime's 128 MiB, and the first buffer's 4 bytes tip it over.
        Assert.Equal(Nomem, Run(fx.Ctx, "(call $fd_write (i32.const 1) (i32.const 2048) (i32.const 16777216) (i32.const 8))"));
        Assert.Equal(Nomem, Run(fx.Ctx, "(call $fd_read (i32.const 99) (i32.const 2048) (i32.const -1) (i32.const 8))"));
        Assert.Equal(Badf, Run(fx.Ctx, "(call $fd_write (i32.const 99) (i32.const 2048) (i32.const 16777215) (i32.const 8))"));

        // The iovecs are read before the descriptor: a bad iovec pointer traps even on a closed fd.
        Assert.StartsWith("Pointer out of bounds", RunTrap(fx.Ctx, "(call $fd_write (i32.const 99) (i32.const 65532) (i32.const 1) (i32.const 8))").Message);
        Assert.Equal(Nomem, Run(fx.Ctx, "(call $poll (i32.const 0) (i32.const 0) (i32.const -1) (i32.const 8))"));
    }

    [Fact]
    public void SyncSetFlagsPrestatAndPreadFollowWasmtime()
    {
        using var fx = new WasiFixture();
        Assert.Equal(Badf, Run(fx.Ctx, "(call $fd_sync (i32.const 1))"));
        Assert.Equal(Badf, Run(fx.Ctx, "(call $fd_datasync (i32.const 3))"));
        Assert.Equal(Badf, Run(fx.Ctx, "(call $set_flags (i32.const 2) (i32.const 0))"));
        Assert.Equal(Badf, Run(fx.Ctx, "(call $set_rights (i32.const 1) (i64.const 0) (i64.const 0))"));
        Assert.Equal(0, Run(fx.Ctx, OpenHello));
        Assert.Equal(0, Run(fx.Ctx, "(call $fd_sync (i32.const 4))"));
        Assert.Equal(Inval, Run(fx.Ctx, "(call $set_flags (i32.const 4) (i32.const 2))"));
        Assert.Equal(0, Run(fx.Ctx, "(call $set_flags (i32.const 4) (i32.const 5))"));
        Assert.Equal(Notdir, Run(fx.Ctx, "(call $prestat_dir_name (i32.const 4) (i32.const 200) (i32.const 64))"));
        Assert.Equal(Badf, Run(fx.Ctx, "(call $prestat_dir_name (i32.const 9) (i32.const 200) (i32.const 64))"));
        Assert.Equal(Spipe, Run(fx.Ctx, "(call $fd_pread (i32.const 0) (i32.const 2048) (i32.const 1) (i64.const 0) (i32.const 8))"));
        Assert.Equal(Badf, Run(fx.Ctx, "(call $fd_pread (i32.const 1) (i32.const 2048) (i32.const 1) (i64.const 0) (i32.const 8))"));
    }

    [Fact]
    public void ConflictingTimesAreInvalBeforeTheDescriptor()
    {
        using var fx = new WasiFixture();
        Assert.Equal(Inval, Run(fx.Ctx, "(call $fd_set_times (i32.const 99) (i64.const 0) (i64.const 0) (i32.const 3))"));
        Assert.Equal(Inval, Run(fx.Ctx, "(call $path_set_times (i32.const 99) (i32.const 0) (i32.const 100) (i32.const 9) (i64.const 0) (i64.const 0) (i32.const 12))"));
        Assert.Equal(Badf, Run(fx.Ctx, "(call $fd_set_times (i32.const 1) (i64.const 0) (i64.const 0) (i32.const 0))"));
        Assert.Equal(0, Run(fx.Ctx, "(call $fd_set_times (i32.const 3) (i64.const 0) (i64.const 0) (i32.const 0))"));
    }

    [Fact]
    public void PathOpenRefusesSyncFlagsBeforeTruncating()
    {
        using var fx = new WasiFixture();
        string hello = Path.Combine(fx.Root, "hello.txt");

        // oflags trunc (8), fdflags rsync (8): notsup, and the file keeps its contents.
        Assert.Equal(Notsup, Run(fx.Ctx, "(call $path_open (i32.const 3) (i32.const 1) (i32.const 100) (i32.const 9) (i32.const 8) (i64.const 0x1fffffff) (i64.const 0) (i32.const 8) (i32.const 8))"));
        Assert.Equal("hello world", File.ReadAllText(hello));

        // The path is read before the directory is looked up; O_CREAT on "name/" is isdir even when it exists.
        Assert.StartsWith("Pointer out of bounds", RunTrap(fx.Ctx, "(call $path_open (i32.const 99) (i32.const 1) (i32.const 65530) (i32.const 9) (i32.const 0) (i64.const 0) (i64.const 0) (i32.const 0) (i32.const 8))").Message);
        Assert.Equal(Isdir, Run(fx.Ctx, "(call $path_open (i32.const 3) (i32.const 1) (i32.const 120) (i32.const 10) (i32.const 5) (i64.const 0x1fffffff) (i64.const 0) (i32.const 0) (i32.const 8))"));
        Assert.Equal(Notdir, Run(fx.Ctx, "(call $readlink (i32.const 3) (i32.const 120) (i32.const 10) (i32.const 200) (i32.const 64) (i32.const 8))"));
    }

    [Fact]
    public void ClocksSignalsExitAndPollFollowWasmtime()
    {
        using var fx = new WasiFixture();
        Assert.Equal(Badf, Run(fx.Ctx, "(call $clock_time_get (i32.const 2) (i64.const 0) (i32.const 8))"));
        Assert.Equal(Badf, Run(fx.Ctx, "(call $clock_res_get (i32.const 3) (i32.const 8))"));
        Assert.Equal(Notsup, Run(fx.Ctx, "(call $proc_raise (i32.const 9))"));
        Assert.Equal("number too large to fit in target type", Root(RunTrap(fx.Ctx, "(call $proc_raise (i32.const 256))")));
        Assert.Equal("exit with invalid exit status outside of [0..126)", RunTrap(fx.Ctx, "(call $proc_exit (i32.const 126)) (i32.const 0)").Message);
        Assert.Equal("requested len 67108865 exceeds limit 67108864", Root(RunTrap(fx.Ctx, "(call $random_get (i32.const 0) (i32.const 67108865))")));

        // Two subscriptions: a 1 ns clock and an fd_read on the preopened directory, which fails the whole call.
        const string subscriptions = """
            (i32.store8 (i32.const 4104) (i32.const 0))
            (i32.store (i32.const 4112) (i32.const 1))
            (i64.store (i32.const 4120) (i64.const 1))
            (i32.store8 (i32.const 4152) (i32.const 1))
            (i32.store (i32.const 4160) (i32.const 3))
            (call $poll (i32.const 4096) (i32.const 8192) (i32.const 2) (i32.const 8))
            """;
        Assert.Equal(Badf, Run(fx.Ctx, subscriptions));
    }

    private static string Root(Exception exception)
    {
        while (exception.InnerException is not null)
        {
            exception = exception.InnerException;
        }

        return exception.Message;
    }

    /// <summary>Runs <paramref name="body"/> (an i32 expression) as the guest's <c>run</c> export.</summary>
    private static int Run(WasiContext ctx, string body)
    {
        var engine = new Engine();
        var store = new Store<WasiContext>(engine, ctx);
        var linker = new Linker<WasiContext>(engine).DefineWasi(c => c);
        Instance instance = linker.Instantiate(store, Module.FromText(engine, $"(module {Imports} (func (export \"run\") (result i32) {body}))"));
        var results = new Val[1];
        instance.GetFunc(store, "run")!.Call(store, ReadOnlySpan<Val>.Empty, results);
        return results[0].AsI32();
    }

    private static Trap RunTrap(WasiContext ctx, string body) => Assert.Throws<Trap>(() => Run(ctx, body));
}

using System.Text;
using WasmSharp.Wasi;

namespace WasmSharp.Wasi.Tests;

public sealed class LinkerTests
{
    private static readonly string[] s_names =
    [
        "args_get", "args_sizes_get", "environ_get", "environ_sizes_get", "clock_res_get", "clock_time_get",
        "fd_advise", "fd_allocate", "fd_close", "fd_datasync", "fd_fdstat_get", "fd_fdstat_set_flags",
        "fd_fdstat_set_rights", "fd_filestat_get", "fd_filestat_set_size", "fd_filestat_set_times", "fd_pread",
        "fd_prestat_get", "fd_prestat_dir_name", "fd_pwrite", "fd_read", "fd_readdir", "fd_renumber", "fd_seek",
        "fd_sync", "fd_tell", "fd_write", "path_create_directory", "path_filestat_get", "path_filestat_set_times",
        "path_link", "path_open", "path_readlink", "path_remove_directory", "path_rename", "path_symlink",
        "path_unlink_file", "poll_oneoff", "proc_exit", "proc_raise", "sched_yield", "random_get", "sock_accept",
        "sock_recv", "sock_send", "sock_shutdown",
    ];

    [Fact]
    public void DefinesAll46Functions()
    {
        var engine = new Engine();
        using WasiContext ctx = new WasiConfig().Build();
        var store = new Store<WasiContext>(engine, ctx);
        var linker = new Linker<WasiContext>(engine).DefineWasi(c => c);
        Assert.Equal(46, s_names.Length);
        foreach (string name in s_names)
        {
            Assert.True(linker.Get(store, "wasi_snapshot_preview1", name) is Func, name);
        }
    }

    [Fact]
    public void HelloWorldThenProcExit()
    {
        const string wat = """
            (module
              (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
              (import "wasi_snapshot_preview1" "path_open"
                (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
              (memory (export "memory") 1)
              (data (i32.const 16) "hello\n")
              (data (i32.const 32) "../escape")
              (func (export "_start")
                (i32.store (i32.const 0) (i32.const 16))
                (i32.store (i32.const 4) (i32.const 6))
                (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
                ;; exit with path_open's errno: bad fd 3 (nothing preopened) -> badf (8)
                (call $proc_exit
                  (call $path_open (i32.const 3) (i32.const 0) (i32.const 32) (i32.const 9)
                    (i32.const 0) (i64.const 0x3fffffff) (i64.const 0x3fffffff) (i32.const 0) (i32.const 64)))))
            """;
        var stdout = new MemoryStream();
        var engine = new Engine();
        using WasiContext ctx = new WasiConfig().Stdout(stdout).Build();
        var store = new Store<WasiContext>(engine, ctx);
        var linker = new Linker<WasiContext>(engine).DefineWasi(c => c);
        Instance instance = linker.Instantiate(store, Module.FromText(engine, wat));
        Func start = instance.GetFunc(store, "_start")!;
        Exception e = Assert.ThrowsAny<Exception>(() => start.Call(store, ReadOnlySpan<Val>.Empty, Span<Val>.Empty));
        while (e is not WasiExit && e.InnerException is not null)
        {
            e = e.InnerException;
        }

        Assert.Equal(8, Assert.IsType<WasiExit>(e).Code);
        Assert.Equal("hello\n", Encoding.UTF8.GetString(stdout.ToArray()));
    }

    [Fact]
    public void GuestWithoutMemoryExportFails()
    {
        const string wat = """
            (module
              (import "wasi_snapshot_preview1" "args_sizes_get" (func $f (param i32 i32) (result i32)))
              (func (export "_start") (drop (call $f (i32.const 0) (i32.const 4)))))
            """;
        var engine = new Engine();
        using WasiContext ctx = new WasiConfig().Build();
        var store = new Store<WasiContext>(engine, ctx);
        var linker = new Linker<WasiContext>(engine).DefineWasi(c => c);
        Instance instance = linker.Instantiate(store, Module.FromText(engine, wat));
        Func start = instance.GetFunc(store, "_start")!;
        Exception e = Assert.ThrowsAny<Exception>(() => start.Call(store, ReadOnlySpan<Val>.Empty, Span<Val>.Empty));
        Assert.Contains("memory", e.ToString());
    }
}

using System.Text;
using WasmSharp.Wasi;

namespace WasmSharp.Wasi.Tests;

/// <summary>WASI in a store of an engine with <see cref="Config.AsyncSupport"/>, beside async host functions.</summary>
public sealed class AsyncStoreTests
{
    [Theory]
    [InlineData(Strategy.Interpreter)]
    [InlineData(Strategy.Compiler)]
    public async Task WasiFunctionsWorkInAnAsyncStore(Strategy strategy)
    {
        const string wat = """
            (module
              (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
              (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
              (import "host" "fetch" (func $fetch (param i32) (result i32)))
              (memory (export "memory") 1)
              (data (i32.const 16) "hello\n")
              (func (export "_start")
                (i32.store (i32.const 0) (i32.const 16))
                (i32.store (i32.const 4) (i32.const 6))
                (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
                (drop (call $args_sizes_get (i32.const 64) (i32.const 68)))
                ;; exit with the argument count plus what the async host function makes of it
                (call $proc_exit (call $fetch (i32.load (i32.const 64))))))
            """;
        var engine = new Engine(new Config { AsyncSupport = true, Strategy = strategy });
        var stdout = new MemoryStream();
        using WasiContext ctx = new WasiConfig().Arg("guest").Arg("one").Stdout(stdout).Build();
        var store = new Store<WasiContext>(engine, ctx);
        var linker = new Linker<WasiContext>(engine).DefineWasi(c => c);
        linker.FuncWrapAsync("host", "fetch", async (Caller<WasiContext> caller, int x) =>
        {
            await Task.Delay(5);
            return x + 40;
        });
        Instance instance = await linker.InstantiateAsync(store, Module.FromText(engine, wat));
        Exception e = await Assert.ThrowsAnyAsync<Exception>(() => instance.GetFunc(store, "_start")!.CallAsync(store, ReadOnlyMemory<Val>.Empty, Memory<Val>.Empty));
        while (e is not WasiExit && e.InnerException is not null)
        {
            e = e.InnerException;
        }

        Assert.Equal(42, Assert.IsType<WasiExit>(e).Code);
        Assert.Equal("hello\n", Encoding.UTF8.GetString(stdout.ToArray()));
    }

    [Theory]
    [InlineData(Strategy.Interpreter)]
    [InlineData(Strategy.Compiler)]
    public async Task AWasiCommandWithoutAsyncImportsRunsToItsEnd(Strategy strategy)
    {
        // Only synchronous imports: under the compiler, the instance keeps compiled code.
        const string wat = """
            (module
              (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
              (memory (export "memory") 1)
              (data (i32.const 16) "plain\n")
              (func (export "_start")
                (i32.store (i32.const 0) (i32.const 16))
                (i32.store (i32.const 4) (i32.const 6))
                (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))
            """;
        var engine = new Engine(new Config { AsyncSupport = true, Strategy = strategy });
        var stdout = new MemoryStream();
        using WasiContext ctx = new WasiConfig().Stdout(stdout).Build();
        var store = new Store<WasiContext>(engine, ctx);
        Instance instance = await new Linker<WasiContext>(engine).DefineWasi(c => c).InstantiateAsync(store, Module.FromText(engine, wat));
        await instance.GetFunc(store, "_start")!.CallAsync(store, ReadOnlyMemory<Val>.Empty, Memory<Val>.Empty);
        Assert.Equal("plain\n", Encoding.UTF8.GetString(stdout.ToArray()));
    }
}

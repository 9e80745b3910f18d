namespace WasmSharp.Tests.Api;

/// <summary><see cref="Linker{T}.ModuleAsync"/> (Wasmtime's <c>Linker::module_async</c>) for reactors and commands whose code awaits.</summary>
public sealed class AsyncLinkerModuleTests
{
    [Theory]
    [MemberData(nameof(AsyncTesting.Strategies), MemberType = typeof(AsyncTesting))]
    public async Task AReactorIsInitializedAndACommandInstantiatedPerCall(Strategy strategy)
    {
        Engine engine = AsyncTesting.Engine(strategy);
        var linker = new Linker<int>(engine);
        linker.FuncWrapAsync("host", "slow", async (Caller<int> caller, int x) =>
        {
            await Task.Delay(1);
            caller.Data++;
            return x;
        });
        var store = new Store<int>(engine, 0);
        await linker.ModuleAsync(store, "reactor", Module.FromText(engine, """
            (module
              (import "host" "slow" (func $slow (param i32) (result i32)))
              (global $g (mut i32) (i32.const 0))
              (func (export "_initialize") (global.set $g (call $slow (i32.const 40))))
              (func (export "get") (result i32) (global.get $g)))
            """));
        Assert.Equal(1, store.Data);
        await linker.ModuleAsync(store, "command", Module.FromText(engine, """
            (module
              (import "host" "slow" (func $slow (param i32) (result i32)))
              (global $calls (mut i32) (i32.const 0))
              (func (export "_start"))
              (func (export "add") (param i32 i32) (result i32)
                (global.set $calls (i32.add (global.get $calls) (i32.const 1)))
                (i32.add (call $slow (local.get 0)) (i32.add (local.get 1) (global.get $calls)))))
            """));
        Instance main = await linker.InstantiateAsync(store, Module.FromText(engine, """
            (module
              (import "reactor" "get" (func $get (result i32)))
              (import "command" "add" (func $add (param i32 i32) (result i32)))
              (func (export "run") (result i32)
                ;; each call of the command's export runs in a fresh instance: $calls is 1 both times
                (i32.add (call $add (call $get) (i32.const 1)) (call $add (i32.const 0) (i32.const 0)))))
            """));
        Assert.Equal(43, await main.GetTypedFunc<ValueTuple, int>(store, "run").CallAsync(store, default));
        Assert.Equal(3, store.Data);
    }
}

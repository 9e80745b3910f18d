namespace WasmSharp.Tests.Api;

public sealed class AsyncSmokeTests
{
    [Fact]
    public async Task AGuestAwaitsAnAsyncHostFunction()
    {
        var engine = new Engine(new Config { AsyncSupport = true, Strategy = Strategy.Interpreter });
        var linker = new Linker<int>(engine);
        linker.FuncWrapAsync("host", "twice", async (Caller<int> caller, int x) =>
        {
            await Task.Delay(10);
            caller.Data++;
            return x * 2;
        });
        linker.FuncWrapAsync("host", "same", (Caller<int> caller, int x) => ValueTask.FromResult(x));
        Module module = Module.FromText(engine, """
            (module
              (import "host" "twice" (func $twice (param i32) (result i32)))
              (import "host" "same" (func $same (param i32) (result i32)))
              (func (export "run") (param i32) (result i32)
                (i32.add (call $same (call $twice (call $twice (local.get 0)))) (i32.const 1))))
            """);
        var store = new Store<int>(engine, 0);
        Instance instance = await linker.InstantiateAsync(store, module);
        var run = instance.GetTypedFunc<int, int>(store, "run");
        Assert.Equal(21, await run.CallAsync(store, 5));
        Assert.Equal(2, store.Data);
    }
}

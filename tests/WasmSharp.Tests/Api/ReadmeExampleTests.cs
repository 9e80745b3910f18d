namespace WasmSharp.Tests.Api;

/// <summary>The README's C# example, kept compiling and correct.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExampleRuns()
    {
        var engine = new Engine();
        var module = Module.FromText(engine, """
            (module
              (import "host" "log" (func $log (param i32)))
              (func (export "add") (param i32 i32) (result i32)
                (call $log (local.get 0))
                (i32.add (local.get 0) (local.get 1))))
            """);

        var store = new Store<int>(engine, 0);
        var linker = new Linker<int>(engine);
        linker.FuncWrap("host", "log", (Caller<int> caller, int value) => { caller.Data += value; });

        Instance instance = linker.Instantiate(store, module);
        var add = instance.GetTypedFunc<(int, int), int>(store, "add");
        Assert.Equal(5, add.Call(store, (2, 3)));
        Assert.Equal(2, store.Data);
    }
}

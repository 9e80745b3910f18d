namespace WasmSharp.Tests.Api;

/// <summary><see cref="Store.Dispose"/> frees memories deterministically and fences the store off.</summary>
public sealed class StoreDisposeTests
{
    private const string Wat = """
        (module
          (import "host" "callback" (func $callback))
          (memory (export "memory") 1)
          (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
          (func (export "reenter") (call $callback)))
        """;

    private static (Store<object?> Store, Instance Instance) Instantiate(Engine engine, Action callback)
    {
        var store = new Store<object?>(engine, null);
        var linker = new Linker<object?>(engine);
        linker.FuncWrap("host", "callback", callback);
        return (store, linker.Instantiate(store, Module.FromText(engine, Wat)));
    }

    [Fact]
    public void CallsAfterDisposeThrowAndMemoriesAreEmpty()
    {
        var engine = new Engine();
        (Store<object?> store, Instance instance) = Instantiate(engine, () => { });
        var load = instance.GetTypedFunc<int, int>(store, "load");
        Assert.Equal(0, load.Call(store, 0));
        Memory memory = instance.GetMemory(store, "memory")!;

        store.Dispose();

        Assert.Throws<ObjectDisposedException>(() => load.Call(store, 0));
        Assert.Throws<ObjectDisposedException>(() => instance.GetFunc(store, "load")!.Call(store, [Val.I32(0)], new Val[1]));
        Assert.Equal(0, memory.Span(store).Length);
        store.Dispose();
    }

    [Fact]
    public void InstantiatingIntoADisposedStoreThrows()
    {
        var engine = new Engine();
        var store = new Store<object?>(engine, null);
        var linker = new Linker<object?>(engine);
        linker.FuncWrap("host", "callback", () => { });
        InstancePre<object?> pre = linker.InstantiatePre(Module.FromText(engine, Wat));
        store.Dispose();
        Assert.Throws<ObjectDisposedException>(() => pre.Instantiate(store));
    }

    [Fact]
    public void DisposingWhileWasmRunsIsRefused()
    {
        var engine = new Engine();
        Store<object?>? store = null;
        Exception? refused = null;
        (store, Instance instance) = Instantiate(engine, () => refused = Record(() => store!.Dispose()));
        instance.GetTypedFunc<ValueTuple, ValueTuple>(store, "reenter").Call(store, default);
        Assert.IsType<InvalidOperationException>(refused);

        // The store still works afterwards.
        Assert.Equal(0, instance.GetTypedFunc<int, int>(store, "load").Call(store, 4));
    }

    private static Exception? Record(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}

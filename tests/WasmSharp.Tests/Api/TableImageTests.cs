namespace WasmSharp.Tests.Api;

/// <summary>
/// A table filled by its module's element segments starts with its slots still to be filled (the
/// runtime's table image): through the embedding API, and from a module that imports the table,
/// every slot must read as if the segments had been applied at instantiation.
/// </summary>
public sealed class TableImageTests
{
    private const string Wat = """
        (module
          (type $r (func (result i32)))
          (table (export "t") 4 funcref)
          (func $seven (export "seven") (result i32) (i32.const 7))
          (func $eight (result i32) (i32.const 8))
          (elem (i32.const 1) func $seven $eight)
          (func (export "call") (param i32) (result i32) (call_indirect (type $r) (local.get 0))))
        """;

    private const string Importer = """
        (module
          (type $r (func (result i32)))
          (import "m" "t" (table 4 funcref))
          (func (export "call") (param i32) (result i32) (call_indirect (type $r) (local.get 0))))
        """;

    [Theory]
    [InlineData(Strategy.Compiler)]
    [InlineData(Strategy.Interpreter)]
    public void TheHostReadsTheSegmentsFunctionsAndWritesReplaceThem(Strategy strategy)
    {
        var engine = new Engine(new Config { Strategy = strategy });
        using var store = new Store<int>(engine, 0);
        Instance instance = new Linker<int>(engine).Instantiate(store, Module.FromText(engine, Wat));
        Table table = instance.GetTable(store, "t")!;

        Assert.Null(table.Get(store, 0)!.Value.AsFuncRef());
        Func seven = table.Get(store, 1)!.Value.AsFuncRef()!;
        Assert.Equal(7, seven.Typed<ValueTuple, int>(store).Call(store, default));
        Assert.Equal(8, table.Get(store, 2)!.Value.AsFuncRef()!.Typed<ValueTuple, int>(store).Call(store, default));
        Assert.Null(table.Get(store, 3)!.Value.AsFuncRef());

        // Cleared before the guest ever read it: the guest finds null, not the segment's function.
        table.Set(store, 2, Val.FuncRef(null));
        var call = instance.GetTypedFunc<int, int>(store, "call");
        Trap trap = Assert.Throws<Trap>(() => call.Call(store, 2));
        Assert.Equal(TrapCode.IndirectCallToNull, trap.Code);
        Assert.Equal(7, call.Call(store, 1));
    }

    [Theory]
    [InlineData(Strategy.Compiler)]
    [InlineData(Strategy.Interpreter)]
    public void AModuleImportingTheTableCallsItsFunctions(Strategy strategy)
    {
        var engine = new Engine(new Config { Strategy = strategy });
        using var store = new Store<int>(engine, 0);
        var linker = new Linker<int>(engine);
        Instance owner = linker.Instantiate(store, Module.FromText(engine, Wat));
        linker.Define(store, "m", "t", owner.GetTable(store, "t")!);
        Instance importer = linker.Instantiate(store, Module.FromText(engine, Importer));

        var call = importer.GetTypedFunc<int, int>(store, "call");
        Assert.Equal(8, call.Call(store, 2));
        Assert.Equal(7, call.Call(store, 1));
        Assert.Equal(TrapCode.IndirectCallToNull, Assert.Throws<Trap>(() => call.Call(store, 0)).Code);
    }
}

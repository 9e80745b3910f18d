using WasmSharp.Types;

namespace WasmSharp.Tests.Api;

public sealed class StorageTests
{
    private static readonly Engine s_engine = new();

    [Fact]
    public void MemoryGrowsReadsAndWrites()
    {
        var store = new Store<int>(s_engine, 0);
        var memory = new Memory(store, new MemoryType(new Limits(1, 3), false, false));
        Assert.Equal(1UL, memory.Size(store));
        Assert.Equal(65536UL, memory.DataSize(store));
        memory.Write(store, 65534, [1, 2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => memory.Write(store, 65535, [1, 2]));
        Assert.Equal(1UL, memory.Grow(store, 2));
        Assert.Equal(3UL, memory.Ty(store).Limits.Minimum);
        Assert.Throws<InvalidOperationException>(() => memory.Grow(store, 1));
        var buffer = new byte[2];
        memory.Read(store, 65534, buffer);
        Assert.Equal([1, 2], buffer);
        memory.Span(store)[100_000] = 9;

        Module module = Module.FromText(s_engine, """(module (import "" "m" (memory 1)) (func (export "load") (param i32) (result i32) local.get 0 i32.load8_u))""");
        var load = new Instance(store, module, [memory]).GetTypedFunc<int, int>(store, "load");
        Assert.Equal(9, load.Call(store, 100_000));
    }

    [Fact]
    public void TablesGetSetAndGrow()
    {
        var store = new Store<int>(s_engine, 0);
        Func f = Func.Wrap(store, () => 3);
        var table = new Table(store, new TableType(ValType.FuncRef, new Limits(2, 4), false), Val.FuncRef(f));
        Assert.Equal(2UL, table.Size(store));
        Assert.NotNull(table.Get(store, 1)!.Value.AsFuncRef());
        Assert.Null(table.Get(store, 2));
        table.Set(store, 0, Val.FuncRef(null));
        Assert.True(table.Get(store, 0)!.Value.IsNull);
        Assert.Equal(2UL, table.Grow(store, 2, Val.FuncRef(null)));
        Assert.Throws<InvalidOperationException>(() => table.Grow(store, 1, Val.FuncRef(null)));
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Set(store, 4, Val.FuncRef(null)));
        Assert.Throws<ArgumentException>(() => table.Set(store, 0, Val.ExternRef(null)));

        Module module = Module.FromText(s_engine, """
            (module (import "" "t" (table 4 funcref)) (type $r (func (result i32)))
              (func (export "call") (param i32) (result i32) local.get 0 call_indirect (type $r)))
            """);
        table.Set(store, 3, Val.FuncRef(f));
        var call = new Instance(store, module, [table]).GetTypedFunc<int, int>(store, "call");
        Assert.Equal(3, call.Call(store, 3));
        Assert.Equal(TrapCode.IndirectCallToNull, Assert.Throws<Trap>(() => call.Call(store, 0)).Code);
    }

    [Fact]
    public void GlobalsAreSharedAndImmutableOnesRefuseSets()
    {
        var store = new Store<int>(s_engine, 0);
        var counter = new Global(store, new GlobalType(ValType.I64, true), Val.I64(5));
        var constant = new Global(store, new GlobalType(ValType.F32, false), Val.F32(1.5f));
        Assert.Throws<InvalidOperationException>(() => constant.Set(store, Val.F32(2)));
        Assert.Throws<ArgumentException>(() => counter.Set(store, Val.I32(2)));
        Assert.Throws<ArgumentException>(() => new Global(store, new GlobalType(ValType.I32, false), Val.I64(1)));

        Module module = Module.FromText(s_engine, """
            (module (import "" "c" (global $c (mut i64)))
              (func (export "bump") global.get $c i64.const 1 i64.add global.set $c))
            """);
        var bump = new Instance(store, module, [counter]).GetTypedFunc<ValueTuple, ValueTuple>(store, "bump");
        bump.Call(store, default);
        Assert.Equal(6L, counter.Get(store).AsI64());
        counter.Set(store, Val.I64(100));
        bump.Call(store, default);
        Assert.Equal(101L, counter.Get(store).AsI64());
        Assert.Equal(1.5f, constant.Get(store).AsF32());
    }

    [Fact]
    public void StoreLimitsDenyGrowth()
    {
        var store = new Store<int>(s_engine, 0);
        store.Limiter(_ => new StoreLimits { MemorySize = 2 * 65536, TableElements = 3 });
        Module module = Module.FromText(s_engine, """
            (module (memory (export "m") 1) (table 1 funcref)
              (func (export "grow") (param i32) (result i32) local.get 0 memory.grow)
              (func (export "tgrow") (param i32) (result i32) ref.null func local.get 0 table.grow 0))
            """);
        var instance = new Instance(store, module, []);
        var grow = instance.GetTypedFunc<int, int>(store, "grow");
        Assert.Equal(1, grow.Call(store, 1));
        Assert.Equal(-1, grow.Call(store, 1));
        Assert.Throws<InvalidOperationException>(() => instance.GetMemory(store, "m")!.Grow(store, 1));
        var tgrow = instance.GetTypedFunc<int, int>(store, "tgrow");
        Assert.Equal(1, tgrow.Call(store, 2));
        Assert.Equal(-1, tgrow.Call(store, 1));

        var e = Assert.Throws<WasmResourceLimitException>(() => new Memory(store, new MemoryType(new Limits(3, null), false, false)));
        Assert.Contains("exceeds memory limits", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FuelAndEpochsRequireTheirConfig()
    {
        var store = new Store<int>(s_engine, 0);
        Assert.Throws<InvalidOperationException>(() => store.SetFuel(10));
        Assert.Throws<InvalidOperationException>(() => store.SetEpochDeadline(1));
        var metered = new Store<int>(new Engine(new Config { ConsumeFuel = true, EpochInterruption = true }), 0);
        metered.SetFuel(10);
        Assert.Equal(10UL, metered.GetFuel());
        metered.SetEpochDeadline(1);
    }
}

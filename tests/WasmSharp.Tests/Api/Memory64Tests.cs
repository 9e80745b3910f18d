using WasmSharp.Types;

namespace WasmSharp.Tests.Api;

/// <summary>64-bit memories and tables (memory64, spec 3.0 address types) through the public API.</summary>
public sealed class Memory64Tests
{
    private static readonly Engine s_engine = new();

    private const string Accessors = """
        (func (export "load") (param i64) (result i64) local.get 0 i64.load)
        (func (export "store") (param i64 i64) local.get 0 local.get 1 i64.store)
        (func (export "load_far") (param i64) (result i32) local.get 0 i32.load8_u offset=0xFFFFFFFFFFFFFFF0)
        (func (export "size") (result i64) memory.size)
        (func (export "grow") (param i64) (result i64) local.get 0 memory.grow)
        """;

    [Fact]
    public void AccessesNearFourGibibytesAndAtTheEdge()
    {
        // One page past 4 GiB: addresses above 2^32 must reach their own bytes, not wrap to low ones.
        var store = new Store<int>(s_engine, 0);
        Instance instance = new(store, Module.FromText(s_engine, "(module (memory (export \"m\") i64 65537 65537)" + Accessors + ")"), []);
        var load = instance.GetTypedFunc<long, long>(store, "load");
        var store64 = instance.GetTypedFunc<(long, long), ValueTuple>(store, "store");
        long end = 65537L * 65536;
        long above = (1L << 32) + 8;
        store64.Call(store, (above, 0x1122334455667788));
        store64.Call(store, (end - 8, -2));
        Assert.Equal(0x1122334455667788, load.Call(store, above));
        Assert.Equal(0L, load.Call(store, 8));
        Assert.Equal(-2L, load.Call(store, end - 8));

        var buffer = new byte[8];
        instance.GetMemory(store, "m")!.Read(store, (ulong)above, buffer);
        Assert.Equal(0x1122334455667788, BitConverter.ToInt64(buffer));

        Assert.Equal(TrapCode.MemoryOutOfBounds, Assert.Throws<Trap>(() => load.Call(store, end - 7)).Code);
        Assert.Equal(TrapCode.MemoryOutOfBounds, Assert.Throws<Trap>(() => load.Call(store, end)).Code);
        Assert.Equal(TrapCode.MemoryOutOfBounds, Assert.Throws<Trap>(() => load.Call(store, long.MaxValue)).Code);
        Assert.Equal(TrapCode.MemoryOutOfBounds, Assert.Throws<Trap>(() => load.Call(store, -1)).Code);
    }

    [Fact]
    public void EffectiveAddressesPastTwoToTheSixtyFourTrapInsteadOfWrapping()
    {
        var store = new Store<int>(s_engine, 0);
        Instance instance = new(store, Module.FromText(s_engine, "(module (memory i64 1)" + Accessors + ")"), []);
        var loadFar = instance.GetTypedFunc<long, int>(store, "load_far");

        // 0x20 + 0xFFFF_FFFF_FFFF_FFF0 wraps to 0x10, which is in bounds: it must still trap.
        Assert.Equal(TrapCode.MemoryOutOfBounds, Assert.Throws<Trap>(() => loadFar.Call(store, 0x20)).Code);
        Assert.Equal(TrapCode.MemoryOutOfBounds, Assert.Throws<Trap>(() => loadFar.Call(store, 0)).Code);
    }

    [Fact]
    public void GrowingBeyondTheReservationReturnsMinusOne()
    {
        var store = new Store<int>(s_engine, 0);
        Instance instance = new(store, Module.FromText(s_engine, "(module (memory i64 1 0x1_0000_0000_0000)" + Accessors + ")"), []);
        var grow = instance.GetTypedFunc<long, long>(store, "grow");
        var size = instance.GetTypedFunc<ValueTuple, long>(store, "size");

        // The declared maximum (2^64 bytes) is far beyond any reservation: the grow fails cleanly.
        Assert.Equal(-1L, grow.Call(store, 1L << 40));
        Assert.Equal(-1L, grow.Call(store, -1));
        Assert.Equal(1L, grow.Call(store, 2));
        Assert.Equal(3L, size.Call(store, default));
    }

    [Fact]
    public void TablesWithI64IndicesGrowFillAndCallIndirect()
    {
        var store = new Store<int>(s_engine, 0);
        Module module = Module.FromText(s_engine, """
            (module
              (type $r (func (result i32)))
              (table $t i64 2 funcref)
              (func $seven (result i32) i32.const 7)
              (elem (table $t) (i64.const 1) func $seven)
              (func (export "call") (param i64) (result i32) local.get 0 call_indirect $t (type $r))
              (func (export "grow") (param i64) (result i64) ref.null func local.get 0 table.grow $t)
              (func (export "size") (result i64) table.size $t)
              (func (export "fill") (param i64 i64) local.get 0 ref.func $seven local.get 1 table.fill $t))
            """);
        Instance instance = new(store, module, []);
        var call = instance.GetTypedFunc<long, int>(store, "call");
        Assert.Equal(7, call.Call(store, 1));
        Assert.Equal(TrapCode.IndirectCallToNull, Assert.Throws<Trap>(() => call.Call(store, 0)).Code);
        Assert.Equal(TrapCode.TableOutOfBounds, Assert.Throws<Trap>(() => call.Call(store, 1L << 32)).Code);
        Assert.Equal(TrapCode.TableOutOfBounds, Assert.Throws<Trap>(() => call.Call(store, -1)).Code);

        Assert.Equal(2L, instance.GetTypedFunc<long, long>(store, "grow").Call(store, 3));
        Assert.Equal(-1L, instance.GetTypedFunc<long, long>(store, "grow").Call(store, 1L << 33));
        Assert.Equal(5L, instance.GetTypedFunc<ValueTuple, long>(store, "size").Call(store, default));
        var fill = instance.GetTypedFunc<(long, long), ValueTuple>(store, "fill");
        fill.Call(store, (2, 3));
        Assert.Equal(7, call.Call(store, 4));
        Assert.Equal(TrapCode.TableOutOfBounds, Assert.Throws<Trap>(() => fill.Call(store, (1, long.MaxValue))).Code);
    }

    [Fact]
    public void BulkOperationsTakeI64OperandsAndMixedCopiesWork()
    {
        var store = new Store<int>(s_engine, 0);
        Module module = Module.FromText(s_engine, """
            (module
              (memory $small 1)
              (memory $big i64 1)
              (data (memory $big) (i64.const 100) "abc")
              (func (export "fill") (param i64 i32 i64) local.get 0 local.get 1 local.get 2 memory.fill $big)
              (func (export "to_small") (param i32 i64 i32) local.get 0 local.get 1 local.get 2 memory.copy $small $big)
              (func (export "small_byte") (param i32) (result i32) local.get 0 i32.load8_u $small)
              (func (export "big_byte") (param i64) (result i32) local.get 0 i32.load8_u $big))
            """);
        Instance instance = new(store, module, []);
        var toSmall = instance.GetTypedFunc<(int, long, int), ValueTuple>(store, "to_small");
        toSmall.Call(store, (10, 100, 3));
        Assert.Equal('c', instance.GetTypedFunc<int, int>(store, "small_byte").Call(store, 12));
        var fill = instance.GetTypedFunc<(long, int, long), ValueTuple>(store, "fill");
        fill.Call(store, (65530, 9, 6));
        Assert.Equal(9, instance.GetTypedFunc<long, int>(store, "big_byte").Call(store, 65535));
        Assert.Equal(TrapCode.MemoryOutOfBounds, Assert.Throws<Trap>(() => fill.Call(store, (65530, 9, 7))).Code);
        Assert.Equal(TrapCode.MemoryOutOfBounds, Assert.Throws<Trap>(() => fill.Call(store, (1, 9, -1))).Code);
        Assert.Equal(TrapCode.MemoryOutOfBounds, Assert.Throws<Trap>(() => toSmall.Call(store, (0, -1, 1))).Code);
    }
}

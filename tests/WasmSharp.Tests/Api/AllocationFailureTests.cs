using WasmSharp.Types;

namespace WasmSharp.Tests.Api;

/// <summary>
/// Memories and tables the process cannot hold fail with <see cref="WasmOutOfMemoryException"/>
/// and Wasmtime's wording, never with <see cref="OutOfMemoryException"/>, and leave the store usable.
/// </summary>
public sealed class AllocationFailureTests
{
    private static readonly Engine s_engine = new();

    [Fact]
    public void ATableOfTwoToTheThirtyTwoReferencesFailsWithWasmtimesOutOfMemoryError()
    {
        var store = new Store<int>(s_engine, 0);
        Module module = Module.FromText(s_engine, "(module (table 0xFFFFFFFF funcref))");
        var e = Assert.Throws<WasmOutOfMemoryException>(() => new Instance(store, module, []));

        // Wasmtime 50: 2^32 - 1 pointers of 8 bytes.
        Assert.Equal("out of memory (failed to allocate 34359738360 bytes)", e.Message);
        Assert.Equal(34359738360UL, e.RequestedBytes);
        AssertStoreStillRuns(store);
    }

    [Fact]
    public void ATableCreatedThroughTheApiFailsTheSameWay()
    {
        var store = new Store<int>(s_engine, 0);
        var e = Assert.Throws<WasmOutOfMemoryException>(() => new Table(store, new TableType(ValType.ExternRef, new Limits(0xFFFFFFFF, null), false), Val.ExternRef(null)));
        Assert.Equal("out of memory (failed to allocate 34359738360 bytes)", e.Message);
    }

    [Fact]
    public void AMemoryLargerThanTheAddressSpaceFailsWithWasmtimesReservationError()
    {
        var store = new Store<int>(s_engine, 0);

        // 2^32 pages of 64 KiB: 256 TiB, beyond the 128 TiB of a 64-bit process's address space.
        Module module = Module.FromText(s_engine, "(module (memory i64 0x100000000))");
        var e = Assert.Throws<WasmOutOfMemoryException>(() => new Instance(store, module, []));
        Assert.Equal("mmap failed to reserve 0x1000000000000 bytes", e.Message);
        AssertStoreStillRuns(store);
    }

    [Fact]
    public void ASixtyFourGibibyteMinimumInstantiatesAndReachesItsLastByte()
    {
        var store = new Store<int>(s_engine, 0);
        Module module = Module.FromText(s_engine, """
            (module (memory (export "m") i64 1048576)
              (func (export "poke") (param i64 i32) (i32.store8 (local.get 0) (local.get 1)))
              (func (export "peek") (param i64) (result i32) (i32.load8_u (local.get 0))))
            """);
        Instance instance = new(store, module, []);
        const long last = (1L << 36) - 1;
        instance.GetTypedFunc<(long, int), ValueTuple>(store, "poke").Call(store, (last, 0x5A));
        Assert.Equal(0x5A, instance.GetTypedFunc<long, int>(store, "peek").Call(store, last));
        Assert.Equal(1UL << 36, instance.GetMemory(store, "m")!.DataSize(store));
        Assert.Equal(TrapCode.MemoryOutOfBounds, Assert.Throws<Trap>(() => instance.GetTypedFunc<long, int>(store, "peek").Call(store, last + 1)).Code);
    }

    [Fact]
    public void GrowingPastWhatCanBeAllocatedReturnsMinusOne()
    {
        var store = new Store<int>(s_engine, 0);
        Module module = Module.FromText(s_engine, """
            (module (memory i64 1) (table 1 externref)
              (func (export "memory") (param i64) (result i64) (memory.grow (local.get 0)))
              (func (export "table") (param i32) (result i32) (table.grow (ref.null extern) (local.get 0))))
            """);
        Instance instance = new(store, module, []);

        // 256 TiB more cannot be reserved; 2^32 - 16 references cannot be allocated.
        Assert.Equal(-1L, instance.GetTypedFunc<long, long>(store, "memory").Call(store, 0x1_0000_0000));
        Assert.Equal(-1, instance.GetTypedFunc<int, int>(store, "table").Call(store, unchecked((int)0xFFFFFFF0)));
        Assert.Equal(1L, instance.GetTypedFunc<long, long>(store, "memory").Call(store, 1));
        Assert.Equal(1, instance.GetTypedFunc<int, int>(store, "table").Call(store, 1));
    }

    private static void AssertStoreStillRuns(Store<int> store)
    {
        Module module = Module.FromText(s_engine, "(module (memory 1) (table 1 funcref) (func (export \"f\") (result i32) i32.const 7))");
        Assert.Equal(7, new Instance(store, module, []).GetTypedFunc<ValueTuple, int>(store, "f").Call(store, default));
    }
}

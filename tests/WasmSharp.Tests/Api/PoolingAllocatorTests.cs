using System.Runtime.CompilerServices;
using WasmSharp.Types;

namespace WasmSharp.Tests.Api;

/// <summary>
/// The pooling instance allocator (<see cref="InstanceAllocationStrategy.Pooling(PoolingAllocationConfig)"/>)
/// through the public API: Wasmtime's limits and messages (its tests/all/pooling_allocator.rs),
/// slots that come back zeroed with only data segments in them, and slots never shared by two live
/// stores.
/// </summary>
public sealed class PoolingAllocatorTests
{
    public static TheoryData<Strategy> Strategies => new() { Strategy.Compiler, Strategy.Interpreter };

    private const string MemoryModule = """
        (module
          (memory (export "m") 1)
          (data (i32.const 10) "hello")
          (data (i32.const 65530) "edge")
          (func (export "fill") (param i32)
            (memory.fill (i32.const 0) (local.get 0) (i32.mul (memory.size) (i32.const 65536))))
          (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))
        """;

    private static Engine PoolEngine(Strategy strategy, Action<PoolingAllocationConfig>? configure = null)
    {
        var pool = new PoolingAllocationConfig { MaxMemorySize = 4 << 16, TableElements = 100, TotalMemories = 4, TotalTables = 4, TotalCoreInstances = 10 };
        configure?.Invoke(pool);
        return new Engine(new Config { Strategy = strategy, AllocationStrategy = InstanceAllocationStrategy.Pooling(pool) });
    }

    [Fact]
    public void ModulesThePoolCanNeverHoldAreRefusedWhenCreated()
    {
        Engine engine = PoolEngine(Strategy.Interpreter, p => p.MaxMemorySize = 3 << 16);
        Assert.Equal("defined memories count of 2 exceeds the per-instance limit of 1",
            Assert.Throws<WasmImplementationLimitException>(() => Module.FromText(engine, "(module (memory 1) (memory 1))")).Message);
        Assert.Equal("memory index 0 has a minimum byte size of 262144 which exceeds the limit of 196608 bytes",
            Assert.Throws<WasmImplementationLimitException>(() => Module.FromText(engine, "(module (memory 4))")).Message);
        Assert.Equal("defined tables count of 2 exceeds the per-instance limit of 1",
            Assert.Throws<WasmImplementationLimitException>(() => Module.FromText(engine, "(module (table 1 funcref) (table 1 funcref))")).Message);
        Assert.Equal("table index 0 has a minimum element size of 101 which exceeds the limit of 100",
            Assert.Throws<WasmImplementationLimitException>(() => Module.FromText(engine, "(module (table 101 funcref))")).Message);
        Assert.Contains("memory is shared which is not supported in the pooling allocator",
            Assert.Throws<WasmImplementationLimitException>(() => Module.FromText(engine, "(module (memory 1 1 shared))")).Message);

        // Imported memories and tables are not the importer's to allocate.
        Module.FromText(engine, "(module (import \"a\" \"m\" (memory 8)) (import \"a\" \"t\" (table 500 funcref)) (memory 3) (table 100 funcref))");
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void MemoryGrowsUpToMaxMemorySizeOnly(Strategy strategy)
    {
        Engine engine = PoolEngine(strategy, p => p.MaxMemorySize = 3 << 16);
        var module = Module.FromText(engine, "(module (memory (export \"m\") 0) (func (export \"f\") (result i32) (memory.grow (i32.const 1))))");
        using (var store = new Store<int>(engine, 0))
        {
            var grow = new Instance(store, module, []).GetTypedFunc<ValueTuple, int>(store, "f");
            Assert.Equal([0, 1, 2, -1, -1], Enumerable.Range(0, 5).Select(_ => grow.Call(store, default)));
        }

        using (var store = new Store<int>(engine, 0))
        {
            Memory memory = new Instance(store, module, []).GetMemory(store, "m")!;
            Assert.Equal(0UL, memory.Grow(store, 3));
            Assert.Equal(3UL, memory.Size(store));
            memory.WriteByte(store, (3 << 16) - 1, 7);
            Assert.Throws<InvalidOperationException>(() => memory.Grow(store, 1));
        }
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void TableGrowsUpToTableElementsOnly(Strategy strategy)
    {
        Engine engine = PoolEngine(strategy, p => p.TableElements = 10);
        var module = Module.FromText(engine, "(module (table (export \"t\") 0 funcref) (func (export \"f\") (result i32) (table.grow (ref.null func) (i32.const 1))))");
        using var store = new Store<int>(engine, 0);
        var instance = new Instance(store, module, []);
        var grow = instance.GetTypedFunc<ValueTuple, int>(store, "f");
        Assert.Equal(Enumerable.Range(0, 10), Enumerable.Range(0, 10).Select(_ => grow.Call(store, default)));
        Assert.Equal(-1, grow.Call(store, default));
        Assert.Throws<InvalidOperationException>(() => instance.GetTable(store, "t")!.Grow(store, 1, Val.FuncRef(null)));
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void AReusedSlotHoldsZerosAndTheDataSegmentsOnly(Strategy strategy)
    {
        // One slot: every instance below gets the same one back.
        Engine engine = PoolEngine(strategy, p => p.TotalMemories = 1);
        var module = Module.FromText(engine, MemoryModule);

        // The other module's data is placed by an offset read from a global, so never from an image.
        var other = Module.FromText(engine, """
            (module (global $at i32 (i32.const 100)) (memory (export "m") 2) (data (global.get $at) "other"))
            """);
        for (int round = 0; round < 3; round++)
        {
            using (var store = new Store<int>(engine, 0))
            {
                var instance = new Instance(store, module, []);
                Memory memory = instance.GetMemory(store, "m")!;
                Assert.Equal(1UL, memory.Size(store));
                AssertHolds(memory.Span(store), (10, "hello"u8.ToArray()), (65530, "edge"u8.ToArray()));

                // Dirty everything, including pages grown beyond the minimum.
                Assert.Equal(1, instance.GetTypedFunc<int, int>(store, "grow").Call(store, 2));
                instance.GetTypedFunc<int, ValueTuple>(store, "fill").Call(store, 0xFE);
                Assert.Equal(0xFE, memory.ReadByte(store, 3 * 65536 - 1));
            }

            using (var store = new Store<int>(engine, 0))
            {
                Memory memory = new Instance(store, other, []).GetMemory(store, "m")!;
                Assert.Equal(2UL, memory.Size(store));
                AssertHolds(memory.Span(store), (100, "other"u8.ToArray()));
                memory.Span(store).Fill(0xAB);
            }
        }
    }

    [Fact]
    public void AHostCreatedMemoryTakesAZeroedSlot()
    {
        Engine engine = PoolEngine(Strategy.Interpreter, p => p.TotalMemories = 1);
        var type = new MemoryType(new Limits(1, null), false, false);
        using (var store = new Store<int>(engine, 0))
        {
            var memory = new Memory(store, type);
            memory.Span(store).Fill(0x5A);
            Assert.Equal("maximum concurrent limit of 1 for memories reached",
                Assert.Throws<PoolConcurrencyLimitException>(() => new Memory(store, type)).Message);
        }

        using (var store = new Store<int>(engine, 0))
        {
            AssertHolds(new Memory(store, type).Span(store));
        }
    }

    [Fact]
    public void CoreInstancesAreCountedUntilTheStoreIsDisposed()
    {
        Engine engine = PoolEngine(Strategy.Interpreter);
        var module = Module.FromText(engine, "(module)");
        using (var store = new Store<int>(engine, 0))
        {
            for (int i = 0; i < 10; i++)
            {
                _ = new Instance(store, module, []);
            }

            var e = Assert.Throws<PoolConcurrencyLimitException>(() => new Instance(store, module, []));
            Assert.Equal("maximum concurrent limit of 10 for core instances reached", e.Message);
            Assert.Equal((10, "core instances"), (e.Limit, e.Kind));
        }

        using var next = new Store<int>(engine, 0);
        for (int i = 0; i < 10; i++)
        {
            _ = new Instance(next, module, []);
        }
    }

    [Fact]
    public void MemoriesAndTablesAreCountedAcrossStores()
    {
        Engine engine = PoolEngine(Strategy.Interpreter, p => (p.TotalMemories, p.TotalTables) = (2, 3));
        var withMemory = Module.FromText(engine, "(module (memory 1))");
        var withTable = Module.FromText(engine, "(module (table 1 funcref))");
        var first = new Store<int>(engine, 0);
        var second = new Store<int>(engine, 0);
        using var third = new Store<int>(engine, 0);
        _ = new Instance(first, withMemory, []);
        _ = new Instance(second, withMemory, []);
        Assert.Equal("maximum concurrent limit of 2 for memories reached",
            Assert.Throws<PoolConcurrencyLimitException>(() => new Instance(third, withMemory, [])).Message);
        first.Dispose();
        _ = new Instance(third, withMemory, []);

        _ = new Instance(second, withTable, []);
        _ = new Instance(second, withTable, []);
        _ = new Table(third, new TableType(ValType.FuncRef, new Limits(1, null), false), Val.FuncRef(null));
        Assert.Equal("maximum concurrent limit of 3 for tables reached",
            Assert.Throws<PoolConcurrencyLimitException>(() => new Instance(third, withTable, [])).Message);
        second.Dispose();
        _ = new Instance(third, withTable, []);
    }

    [Fact]
    public void ThousandsOfStoresInSequenceReuseTheSameSlots()
    {
        Engine engine = PoolEngine(Strategy.Compiler, p => (p.TotalMemories, p.TotalTables, p.TotalCoreInstances) = (1, 1, 1));
        var module = Module.FromText(engine, MemoryModule.Replace("(memory (export \"m\") 1)", "(memory (export \"m\") 1) (table 1 funcref)"));
        InstancePre<int> pre = new Linker<int>(engine).InstantiatePre(module);
        for (int i = 0; i < 3000; i++)
        {
            using var store = new Store<int>(engine, 0);
            Memory memory = pre.Instantiate(store).GetMemory(store, "m")!;
            Assert.Equal(0, memory.ReadByte(store, 9));
            memory.WriteByte(store, 9, 1);
        }
    }

    [Fact]
    public void ACollectedStoreGivesItsSlotsBack()
    {
        Engine engine = PoolEngine(Strategy.Interpreter, p => (p.TotalMemories, p.TotalTables, p.TotalCoreInstances) = (1, 1, 1));
        var module = Module.FromText(engine, "(module (memory (export \"m\") 1) (table 1 funcref))");
        InstantiateAndForget(engine, module);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        GC.WaitForPendingFinalizers();

        using var store = new Store<int>(engine, 0);
        AssertHolds(new Instance(store, module, []).GetMemory(store, "m")!.Span(store));
    }

    [Fact]
    public void StoresOnTwoThreadsNeverShareASlot()
    {
        // Two slots for two threads: a slot handed to both, or handed out before it was reset, shows
        // up as the other thread's marker byte.
        Engine engine = PoolEngine(Strategy.Compiler, p => (p.TotalMemories, p.TotalCoreInstances) = (2, 2));
        var module = Module.FromText(engine, MemoryModule);
        InstancePre<int> pre = new Linker<int>(engine).InstantiatePre(module);
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var threads = new[] { 1, 2 }.Select(marker => new Thread(() =>
        {
            try
            {
                for (int i = 0; i < 300; i++)
                {
                    using var store = new Store<int>(engine, 0);
                    var instance = pre.Instantiate(store);
                    Memory memory = instance.GetMemory(store, "m")!;
                    AssertHolds(memory.Span(store), (10, "hello"u8.ToArray()), (65530, "edge"u8.ToArray()));
                    instance.GetTypedFunc<int, ValueTuple>(store, "fill").Call(store, marker);
                    Thread.Yield();
                    Assert.True(memory.Span(store).IndexOfAnyExcept((byte)marker) < 0, "another store wrote into this store's memory");
                }
            }
            catch (Exception e)
            {
                // Reported by the test thread below: an exception on this thread would end the process.
                failures.Enqueue(e);
            }
        })).ToArray();
        foreach (Thread thread in threads)
        {
            thread.Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        Assert.Empty(failures);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void InstantiateAndForget(Engine engine, Module module)
    {
        var store = new Store<int>(engine, 0);
        new Instance(store, module, []).GetMemory(store, "m")!.Span(store).Fill(0x77);
    }

    // Every byte is zero except the given runs.
    private static void AssertHolds(Span<byte> memory, params (int At, byte[] Bytes)[] runs)
    {
        byte[] expected = new byte[memory.Length];
        foreach ((int at, byte[] bytes) in runs)
        {
            bytes.CopyTo(expected, at);
        }

        int first = memory.ToArray().AsSpan().CommonPrefixLength(expected);
        Assert.True(first == expected.Length, $"byte {first} is {(first < memory.Length ? memory[first] : -1)}, expected {(first < expected.Length ? expected[first] : -1)}");
    }
}

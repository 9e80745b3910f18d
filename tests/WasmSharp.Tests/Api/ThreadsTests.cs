using System.Diagnostics;
using WasmSharp.Types;

namespace WasmSharp.Tests.Api;

/// <summary>Shared memories, atomics and wait/notify (threads proposal) through the public API.</summary>
public sealed class ThreadsTests
{
    private static readonly Engine s_engine = new();

    private static readonly Module s_module = Module.FromText(s_engine, """
        (module
          (import "" "m" (memory 1 2 shared))
          (func (export "increment") (param i32)
            (loop $l
              (drop (i32.atomic.rmw.add (i32.const 0) (i32.const 1)))
              (drop (i64.atomic.rmw.add (i32.const 8) (i64.const 3)))
              (drop (i32.atomic.rmw8.add_u (i32.const 16) (i32.const 1)))
              (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1))))))
          (func (export "load") (param i32) (result i32) local.get 0 i32.atomic.load)
          (func (export "load64") (param i32) (result i64) local.get 0 i64.atomic.load)
          (func (export "cmpxchg16") (param i32 i32 i32) (result i32)
            local.get 0 local.get 1 local.get 2 i32.atomic.rmw16.cmpxchg_u)
          (func (export "wait") (param i32 i32 i64) (result i32)
            local.get 0 local.get 1 local.get 2 memory.atomic.wait32)
          (func (export "store_notify") (param i32 i32) (result i32)
            local.get 0 local.get 1 i32.atomic.store
            local.get 0 i32.const 1 memory.atomic.notify)
          (func (export "grow") (param i32) (result i32) local.get 0 memory.grow))
        """);

    [Fact]
    public void ThreadsIncrementingASharedCounterGiveTheExactTotal()
    {
        var memory = new SharedMemory(s_engine, new MemoryType(new Limits(1, 2), false, true));
        const int threads = 4;
        const int iterations = 20_000;
        var workers = new Thread[threads];
        for (int t = 0; t < threads; t++)
        {
            // Each thread has its own store and instance; only the memory is shared.
            workers[t] = new Thread(() =>
            {
                var store = new Store<int>(s_engine, 0);
                new Instance(store, s_module, [memory]).GetTypedFunc<int, ValueTuple>(store, "increment").Call(store, iterations);
            });
            workers[t].Start();
        }

        foreach (Thread worker in workers)
        {
            worker.Join();
        }

        var reader = new Store<int>(s_engine, 0);
        Instance instance = new(reader, s_module, [memory]);
        Assert.Equal(threads * iterations, instance.GetTypedFunc<int, int>(reader, "load").Call(reader, 0));
        Assert.Equal(3L * threads * iterations, instance.GetTypedFunc<int, long>(reader, "load64").Call(reader, 8));
        Assert.Equal(threads * iterations % 256, memory.Data()[16]);
    }

    [Fact]
    public void WaitTimesOutOrIsWokenByNotify()
    {
        var memory = new SharedMemory(s_engine, new MemoryType(new Limits(1, 2), false, true));
        var store = new Store<int>(s_engine, 0);
        Instance instance = new(store, s_module, [memory]);
        var wait = instance.GetTypedFunc<(int, int, long), int>(store, "wait");

        Assert.Equal(1, wait.Call(store, (64, 5, -1)));
        var clock = Stopwatch.StartNew();
        Assert.Equal(2, wait.Call(store, (64, 0, 20_000_000)));
        Assert.True(clock.ElapsedMilliseconds >= 15, $"timed out after {clock.ElapsedMilliseconds} ms");

        int woken = -1;
        var waker = new Thread(() =>
        {
            var other = new Store<int>(s_engine, 0);
            var notify = new Instance(other, s_module, [memory]).GetTypedFunc<(int, int), int>(other, "store_notify");

            // Retry until the waiter is parked: a notify before the wait would wake nobody.
            do
            {
                Thread.Sleep(5);
                woken = notify.Call(other, (64, 0));
            }
            while (woken == 0);
        });
        waker.Start();
        Assert.Equal(0, wait.Call(store, (64, 0, 10_000_000_000)));
        waker.Join();
        Assert.Equal(1, woken);
    }

    [Fact]
    public void AtomicsTrapWhenMisalignedAndWaitNeedsASharedMemory()
    {
        var memory = new SharedMemory(s_engine, new MemoryType(new Limits(1, 2), false, true));
        var store = new Store<int>(s_engine, 0);
        Instance instance = new(store, s_module, [memory]);
        Trap misaligned = Assert.Throws<Trap>(() => instance.GetTypedFunc<int, int>(store, "load").Call(store, 2));
        Assert.Equal(TrapCode.HeapMisaligned, misaligned.Code);
        Assert.Contains("unaligned atomic", misaligned.Message, StringComparison.Ordinal);
        Assert.Equal(TrapCode.MemoryOutOfBounds, Assert.Throws<Trap>(() => instance.GetTypedFunc<int, int>(store, "load").Call(store, 65536)).Code);

        var cmpxchg = instance.GetTypedFunc<(int, int, int), int>(store, "cmpxchg16");
        memory.Data()[32] = 0x34;
        memory.Data()[33] = 0x12;
        Assert.Equal(0x1234, cmpxchg.Call(store, (32, 0x7_1234, 0xBEEF)));
        Assert.Equal(0xBEEF, cmpxchg.Call(store, (32, 0, 1)));

        Instance unshared = new(store, Module.FromText(s_engine, """
            (module (memory 1 1)
              (func (export "wait") (result i32) i32.const 0 i32.const 0 i64.const 0 memory.atomic.wait32)
              (func (export "notify") (result i32) i32.const 0 i32.const 1 memory.atomic.notify))
            """), []);
        Trap trap = Assert.Throws<Trap>(() => unshared.GetTypedFunc<ValueTuple, int>(store, "wait").Call(store, default));
        Assert.Equal(TrapCode.AtomicWaitNonSharedMemory, trap.Code);
        Assert.Equal(0, unshared.GetTypedFunc<ValueTuple, int>(store, "notify").Call(store, default));
    }

    [Fact]
    public void SharedMemoriesGrowInPlaceAndAreExportedAsSharedMemory()
    {
        var memory = new SharedMemory(s_engine, new MemoryType(new Limits(1, 2), false, true));
        var store = new Store<int>(s_engine, 0);
        Instance instance = new(store, s_module, [memory]);
        memory.Data()[100] = 42;
        Assert.Equal(1, instance.GetTypedFunc<int, int>(store, "grow").Call(store, 1));
        Assert.Equal(2UL, memory.Size());
        Assert.Equal(42, memory.Data()[100]);
        Assert.Throws<InvalidOperationException>(() => memory.Grow(1));
        Assert.Throws<ArgumentException>(() => new SharedMemory(s_engine, new MemoryType(new Limits(1, 2), false, false)));
        Assert.Throws<ArgumentException>(() => new Memory(store, new MemoryType(new Limits(1, 2), false, true)));

        Instance exporter = new(store, Module.FromText(s_engine, "(module (memory (export \"m\") 1 3 shared))"), []);
        Assert.Null(exporter.GetMemory(store, "m"));
        SharedMemory exported = exporter.GetSharedMemory(store, "m")!;
        Assert.True(exported.Ty().Shared);
        Assert.Equal(3UL, exported.Ty().Limits.Maximum);
    }

    [Fact]
    public void AccessesSeeGrowthByAnotherThreadAfterTheyCachedTheLength()
    {
        var memory = new SharedMemory(s_engine, new MemoryType(new Limits(1, 2), false, true));
        Module module = Module.FromText(s_engine, """
            (module
              (import "" "m" (memory 1 2 shared))
              (func (export "wait_then_load") (param i32) (result i32)
                (drop (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const 10_000_000_000)))
                (i32.load (local.get 0)))
              (func (export "notify") (result i32) (memory.atomic.notify (i32.const 0) (i32.const 1))))
            """);
        var store = new Store<int>(s_engine, 0);
        Instance instance = new(store, module, [memory]);
        var waker = new Thread(() =>
        {
            var other = new Store<int>(s_engine, 0);
            var notify = new Instance(other, module, [memory]).GetTypedFunc<ValueTuple, int>(other, "notify");
            while (memory.Size() == 1 || notify.Call(other, default) == 0)
            {
                // The waiter cached a one-page length when its call began; grow under it.
                if (memory.Size() == 1)
                {
                    memory.Grow(1);
                    memory.Data()[70_000] = 77;
                }

                Thread.Sleep(5);
            }
        });
        waker.Start();
        Assert.Equal(77, instance.GetTypedFunc<int, int>(store, "wait_then_load").Call(store, 70_000));
        waker.Join();
        memory.Data()[0] = 1; // the wait now returns "not-equal" at once
        Assert.Equal(TrapCode.MemoryOutOfBounds, Assert.Throws<Trap>(() => instance.GetTypedFunc<int, int>(store, "wait_then_load").Call(store, 131_070)).Code);
    }

    [Fact]
    public void HostWaitsAndNotifiesOnASharedMemory()
    {
        var memory = new SharedMemory(s_engine, new MemoryType(new Limits(1, 1), false, true));
        Assert.Equal(WaitResult.Mismatch, memory.AtomicWait32(8, 1, TimeSpan.Zero));
        Assert.Equal(WaitResult.TimedOut, memory.AtomicWait64(8, 0, TimeSpan.FromMilliseconds(5)));
        Assert.Equal(0u, memory.AtomicNotify(8, 1));
        Assert.Equal(TrapCode.HeapMisaligned, Assert.Throws<Trap>(() => memory.AtomicNotify(6, 1)).Code);
        Assert.Equal(TrapCode.MemoryOutOfBounds, Assert.Throws<Trap>(() => memory.AtomicNotify(65536, 1)).Code);

        uint woken = 0;
        var waker = new Thread(() =>
        {
            while ((woken = memory.AtomicNotify(8, 5)) == 0)
            {
                Thread.Sleep(5);
            }
        });
        waker.Start();
        Assert.Equal(WaitResult.Ok, memory.AtomicWait32(8, 0, null));
        waker.Join();
        Assert.Equal(1u, woken);
    }
}

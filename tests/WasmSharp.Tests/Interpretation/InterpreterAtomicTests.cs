using System.Diagnostics;
using WasmSharp.Types;

namespace WasmSharp.Tests.Interpretation;

/// <summary>
/// The threads proposal's atomics and the wide-arithmetic proposal under
/// <see cref="Strategy.Interpreter"/>: interpreted code on several threads at once (each with its own
/// interpreter stack), wait and notify, trap order, and results written over their own inputs.
/// </summary>
public sealed class InterpreterAtomicTests
{
    private static readonly Engine s_engine = new(new Config { Strategy = Strategy.Interpreter });

    private static readonly Module s_atomics = Module.FromText(s_engine, """
        (module
          (import "" "m" (memory 1 1 shared))
          ;; Adds 1 to the i32 at 0 `count` times with a compare-exchange loop, calling an
          ;; interpreted function per attempt so that frames come and go on the thread's stack.
          (func $try_increment (param $seen i32) (result i32)
            (i32.atomic.rmw.cmpxchg (i32.const 0) (local.get $seen) (i32.add (local.get $seen) (i32.const 1))))
          (func (export "increment") (param $count i32)
            (local $seen i32)
            (loop $each
              (loop $retry
                (local.set $seen (i32.atomic.load (i32.const 0)))
                (br_if $retry (i32.ne (call $try_increment (local.get $seen)) (local.get $seen))))
              (br_if $each (local.tee $count (i32.sub (local.get $count) (i32.const 1))))))
          (func (export "load") (param i32) (result i32) (i32.atomic.load (local.get 0)))
          ;; The result replaces the local that held the address: the add must read it first.
          (func (export "add_into_address") (param $at i32) (result i32)
            (local.set $at (i32.atomic.rmw.add (local.get $at) (i32.const 5)))
            (local.get $at))
          (func (export "cmpxchg8") (param i32 i64 i64) (result i64)
            (i64.atomic.rmw8.cmpxchg_u (local.get 0) (local.get 1) (local.get 2)))
          (func (export "wait32") (param i32 i32 i64) (result i32)
            (memory.atomic.wait32 (local.get 0) (local.get 1) (local.get 2)))
          (func (export "notify") (param i32 i32) (result i32)
            (memory.atomic.notify (local.get 0) (local.get 1)))
          (func (export "notify_offset3") (param i32) (result i32)
            (memory.atomic.notify offset=3 (local.get 0) (i32.const 1))))
        """);

    private static SharedMemory NewMemory() => new(s_engine, new MemoryType(new Limits(1, 1), false, true));

    // Untyped calls: TypedFunc calls compiled entry points, which an interpreting store has none of.
    private static Val[] Call(Store store, Instance instance, string name, params Val[] arguments)
    {
        Func func = instance.GetFunc(store, name) ?? throw new InvalidOperationException($"no export {name}");
        var results = new Val[func.Ty(store).Results.Count];
        func.Call(store, arguments, results);
        return results;
    }

    private static int CallI32(Store store, Instance instance, string name, params Val[] arguments) =>
        Call(store, instance, name, arguments)[0].AsI32();

    private static (long Low, long High) CallPair(Store store, Instance instance, string name, long a, long b)
    {
        Val[] results = Call(store, instance, name, Val.I64(a), Val.I64(b));
        return (results[0].AsI64(), results[1].AsI64());
    }

    [Fact]
    public void CompareExchangeLoopsOnSeveralThreadsCountExactly()
    {
        SharedMemory memory = NewMemory();
        const int threads = 4;
        const int iterations = 5_000;
        var workers = new Thread[threads];
        Exception? failure = null;
        for (int t = 0; t < threads; t++)
        {
            // Own store and instance per thread; the memory and the module's code are shared.
            workers[t] = new Thread(() =>
            {
                try
                {
                    var store = new Store<int>(s_engine, 0);
                    Call(store, new Instance(store, s_atomics, [memory]), "increment", Val.I32(iterations));
                }
                catch (Exception e)
                {
                    // Reported by the test thread below: an exception on a worker would end the process.
                    failure = e;
                }
            });
            workers[t].Start();
        }

        foreach (Thread worker in workers)
        {
            worker.Join();
        }

        Assert.Null(failure);
        var reader = new Store<int>(s_engine, 0);
        Assert.Equal(threads * iterations, CallI32(reader, new Instance(reader, s_atomics, [memory]), "load", Val.I32(0)));
    }

    [Fact]
    public void ResultsWrittenOverTheirAddressAndNarrowCompareExchangeWrapTheirOperands()
    {
        SharedMemory memory = NewMemory();
        var store = new Store<int>(s_engine, 0);
        Instance instance = new(store, s_atomics, [memory]);
        memory.Data()[40] = 7;
        Assert.Equal(7, CallI32(store, instance, "add_into_address", Val.I32(40)));
        Assert.Equal(12, memory.Data()[40]);

        Assert.Equal(12L, Call(store, instance, "cmpxchg8", Val.I32(40), Val.I64(0x7_0000_000C), Val.I64(0x1FF))[0].AsI64());
        Assert.Equal(0xFF, memory.Data()[40]);
        Assert.Equal(0, memory.Data()[41]);
        Assert.Equal(0xFFL, Call(store, instance, "cmpxchg8", Val.I32(40), Val.I64(0), Val.I64(1))[0].AsI64());
        Assert.Equal(0xFF, memory.Data()[40]);
    }

    [Fact]
    public void WaitTimesOutReportsAMismatchAndIsWokenByAnotherThread()
    {
        SharedMemory memory = NewMemory();
        var store = new Store<int>(s_engine, 0);
        Instance instance = new(store, s_atomics, [memory]);

        Assert.Equal(1, CallI32(store, instance, "wait32", Val.I32(64), Val.I32(5), Val.I64(-1)));
        var clock = Stopwatch.StartNew();
        Assert.Equal(2, CallI32(store, instance, "wait32", Val.I32(64), Val.I32(0), Val.I64(20_000_000)));
        Assert.True(clock.ElapsedMilliseconds >= 15, $"timed out after {clock.ElapsedMilliseconds} ms");

        int woken = 0;
        Exception? failure = null;
        var waker = new Thread(() =>
        {
            try
            {
                var other = new Store<int>(s_engine, 0);
                var notifier = new Instance(other, s_atomics, [memory]);

                // Retry until the waiter is parked: a notify before the wait wakes nobody.
                while ((woken = CallI32(other, notifier, "notify", Val.I32(64), Val.I32(1))) == 0)
                {
                    Thread.Sleep(5);
                }
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        waker.Start();
        Assert.Equal(0, CallI32(store, instance, "wait32", Val.I32(64), Val.I32(0), Val.I64(10_000_000_000)));
        waker.Join();
        Assert.Null(failure);
        Assert.Equal(1, woken);
    }

    [Fact]
    public void AtomicsTrapInTheCompiledTiersOrder()
    {
        SharedMemory memory = NewMemory();
        var store = new Store<int>(s_engine, 0);
        Instance instance = new(store, s_atomics, [memory]);
        TrapCode TrapOf(Instance target, string name, params Val[] arguments) =>
            Assert.Throws<Trap>(() => Call(store, target, name, arguments)).Code;

        Assert.Equal(TrapCode.HeapMisaligned, TrapOf(instance, "load", Val.I32(2)));
        Assert.Equal(TrapCode.MemoryOutOfBounds, TrapOf(instance, "load", Val.I32(65536)));

        // Misaligned and beyond the memory: a load is unaligned first.
        Assert.Equal(TrapCode.HeapMisaligned, TrapOf(instance, "load", Val.I32(65538)));

        // An effective address past 2^32 is out of bounds before it is unaligned for notify.
        Assert.Equal(TrapCode.MemoryOutOfBounds, TrapOf(instance, "notify_offset3", Val.I32(-1)));
        Assert.Equal(TrapCode.HeapMisaligned, TrapOf(instance, "notify_offset3", Val.I32(2)));
        Assert.Equal(0, CallI32(store, instance, "notify_offset3", Val.I32(1)));

        Instance unshared = new(store, Module.FromText(s_engine, """
            (module (memory 1 1)
              (func (export "wait") (param i32) (result i32) (memory.atomic.wait64 (local.get 0) (i64.const 0) (i64.const 0)))
              (func (export "notify") (result i32) (memory.atomic.notify (i32.const 0) (i32.const 1))))
            """), []);
        Assert.Equal(TrapCode.AtomicWaitNonSharedMemory, TrapOf(unshared, "wait", Val.I32(0)));
        Assert.Equal(TrapCode.HeapMisaligned, TrapOf(unshared, "wait", Val.I32(4)));
        Assert.Equal(TrapCode.MemoryOutOfBounds, TrapOf(unshared, "wait", Val.I32(65536)));
        Assert.Equal(0, CallI32(store, unshared, "notify"));
    }

    [Fact]
    public void WideMultiplyAndAddWriteBothHalvesAfterReadingTheirOperands()
    {
        var store = new Store<int>(s_engine, 0);
        Instance instance = new(store, Module.FromText(s_engine, """
            (module
              (func (export "mul_s") (param i64 i64) (result i64 i64) (i64.mul_wide_s (local.get 0) (local.get 1)))
              (func (export "mul_u") (param i64 i64) (result i64 i64) (i64.mul_wide_u (local.get 0) (local.get 1)))
              ;; The halves go back into the parameters they were computed from.
              (func (export "mul_s_in_place") (param i64 i64) (result i64 i64)
                (i64.mul_wide_s (local.get 0) (local.get 1))
                (local.set 0)
                (local.set 1)
                (local.get 1) (local.get 0))
              ;; Operands computed into the stack slots the results then occupy.
              (func (export "add128_of_sums") (param i64 i64) (result i64 i64)
                (i64.add128
                  (i64.add (local.get 0) (i64.const 0)) (i64.add (local.get 1) (i64.const 0))
                  (i64.const 1) (i64.const 0))))
            """), []);
        Assert.Equal((1L, 0L), CallPair(store, instance, "mul_s", -1, -1));
        Assert.Equal((long.MinValue, -1L), CallPair(store, instance, "mul_s", long.MinValue, 1));
        Assert.Equal((0L, 1L << 62), CallPair(store, instance, "mul_s", long.MinValue, long.MinValue));
        Assert.Equal((-6L, -1L), CallPair(store, instance, "mul_s", -2, 3));
        Assert.Equal((1L, -2L), CallPair(store, instance, "mul_u", -1, -1));
        Assert.Equal((-6L, -1L), CallPair(store, instance, "mul_s_in_place", -2, 3));
        Assert.Equal((0L, 1L), CallPair(store, instance, "add128_of_sums", -1, 0));
    }

    [Fact]
    public void FuelIsChargedAsTheCompilerChargesIt()
    {
        const string text = """
            (module
              (memory 1 1 shared)
              (func (export "work") (param $n i32) (result i64)
                (local $acc i64)
                (loop $again
                  (drop (i32.atomic.rmw.add (i32.const 0) (i32.const 1)))
                  (i64.add128 (local.get $acc) (i64.const 0)
                    (i64.mul_wide_u (i64.atomic.rmw.add offset=8 (i32.const 0) (i64.const 5)) (i64.const 3)))
                  (drop)
                  (local.set $acc)
                  atomic.fence
                  (br_if $again (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
                (i64.add (local.get $acc)
                  (i64.extend_i32_u (memory.atomic.notify (i32.const 0) (i32.const 1))))))
            """;
        (long Result, ulong Fuel) Run(Strategy strategy)
        {
            var engine = new Engine(new Config { Strategy = strategy, ConsumeFuel = true });
            var store = new Store<int>(engine, 0);
            store.SetFuel(1_000_000);
            long result = Call(store, new Instance(store, Module.FromText(engine, text), []), "work", Val.I32(100))[0].AsI64();
            return (result, 1_000_000 - store.GetFuel());
        }

        // acc = 15 * (0 + 1 + ... + 99) = 74250 on both tiers, for the same fuel.
        (long result, ulong fuel) = Run(Strategy.Compiler);
        Assert.Equal(74250L, result);
        Assert.True(fuel > 100 * 10, $"the compiled tier charged only {fuel}");
        Assert.Equal((result, fuel), Run(Strategy.Interpreter));
    }
}

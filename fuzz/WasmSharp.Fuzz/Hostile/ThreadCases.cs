using WasmSharp.Types;

namespace WasmSharp.Fuzz.Hostile;

/// <summary>Threads and shared memory: many threads × instances on one shared memory, atomic waits with timeouts.</summary>
internal static class ThreadCases
{
    private const string SharedModule = """
        (module
          (import "env" "mem" (memory 1 1 shared))
          (func (export "add") (param i32)
            (loop $l
              (drop (i32.atomic.rmw.add (i32.const 0) (i32.const 1)))
              (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1))))))
          (func (export "wait") (param i32 i32 i64) (result i32) (memory.atomic.wait32 (local.get 0) (local.get 1) (local.get 2)))
          (func (export "notify") (param i32 i32) (result i32) (memory.atomic.notify (local.get 0) (local.get 1)))
          (func (export "load") (param i32) (result i32) (i32.atomic.load (local.get 0))))
        """;

    public static IEnumerable<HostileCase> All()
    {
        TimeSpan bound = TimeSpan.FromSeconds(30);
        yield return new("threads-x-instances-shared-counter", bound, ThreadsTimesInstances);
        yield return new("atomic-wait-timeout", bound, WaitTimesOut);
        yield return new("atomic-wait-mismatch", bound, WaitMismatch);
        yield return new("atomic-wait-notify", bound, WaitNotified);
        yield return new("atomic-wait-unshared-memory", bound, WaitOnUnsharedMemory);
        yield return new("unaligned-atomic", bound, UnalignedAtomic);
    }

    private static (Engine Engine, Module Module, SharedMemory Memory) Setup()
    {
        var engine = new Engine();
        Module module = Module.FromText(engine, SharedModule);
        var memory = new SharedMemory(engine, new MemoryType(new Limits(1, 1), Is64: false, Shared: true));
        return (engine, module, memory);
    }

    private static (Store<int> Store, Instance Instance) Instance(Engine engine, Module module, SharedMemory memory)
    {
        var store = new Store<int>(engine, 0);
        var linker = new Linker<int>(engine);
        linker.Define(store, "env", "mem", memory);
        return (store, linker.Instantiate(store, module));
    }

    private static string ThreadsTimesInstances()
    {
        const int threads = 4;
        const int instancesPerThread = 8;
        const int addsPerInstance = 20_000;
        var (engine, module, memory) = Setup();
        var failures = new List<Exception>();
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            try
            {
                for (int i = 0; i < instancesPerThread; i++)
                {
                    var (store, instance) = Instance(engine, module, memory);
                    Guest.Call(store, instance, "add", addsPerInstance);
                }
            }
            catch (Exception e)
            {
                // Collected and rethrown by the main thread as the case's outcome.
                lock (failures)
                {
                    failures.Add(e);
                }
            }
        }, Guest.HostThreadStackBytes)).ToList();
        workers.ForEach(worker => worker.Start());
        workers.ForEach(worker => worker.Join());
        if (failures.Count > 0)
        {
            throw new AggregateException(failures);
        }

        int total = BitConverter.ToInt32(memory.Data()[..4]);
        const int expected = threads * instancesPerThread * addsPerInstance;
        if (total != expected)
        {
            throw new HostileExpectationException($"the shared counter is {total}, expected {expected}: atomic adds were lost");
        }

        return $"{threads} threads x {instancesPerThread} instances: counter {total}";
    }

    private static string WaitTimesOut()
    {
        var (engine, module, memory) = Setup();
        var (store, instance) = Instance(engine, module, memory);
        int result = Guest.Call(store, instance, "wait", 4, 0, 20_000_000L)[0].AsI32();
        return result == 2 ? "wait with 20 ms timeout returned 2 (timed out)" : throw new HostileExpectationException($"wait returned {result}, expected 2");
    }

    private static string WaitMismatch()
    {
        var (engine, module, memory) = Setup();
        var (store, instance) = Instance(engine, module, memory);
        int result = Guest.Call(store, instance, "wait", 4, 1, -1L)[0].AsI32();
        return result == 1 ? "wait on a different value returned 1 (not-equal)" : throw new HostileExpectationException($"wait returned {result}, expected 1");
    }

    private static string WaitNotified()
    {
        var (engine, module, memory) = Setup();
        int waited = -1;
        Exception? failure = null;
        var waiter = new Thread(() =>
        {
            try
            {
                var (store, instance) = Instance(engine, module, memory);
                waited = Guest.Call(store, instance, "wait", 8, 0, -1L)[0].AsI32();
            }
            catch (Exception e)
            {
                // Rethrown below as the case's outcome.
                failure = e;
            }
        });
        waiter.Start();
        var (mainStore, mainInstance) = Instance(engine, module, memory);
        int woken = 0;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (woken == 0 && DateTime.UtcNow < deadline)
        {
            woken = Guest.Call(mainStore, mainInstance, "notify", 8, 1)[0].AsI32();
            Thread.Sleep(1);
        }

        if (!waiter.Join(TimeSpan.FromSeconds(10)))
        {
            throw new HostileExpectationException("the waiter was not woken within 10 s");
        }

        if (failure is not null)
        {
            throw new HostileExpectationException($"the waiter failed: {failure}");
        }

        return waited == 0 && woken == 1 ? "notify woke 1 waiter, which returned 0 (ok)" : throw new HostileExpectationException($"notify returned {woken}, wait returned {waited}");
    }

    private static string WaitOnUnsharedMemory()
    {
        const string wat = "(module (memory 1 1) (func (export \"run\") (result i32) (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const -1))))";
        var (store, instance) = Guest.Instantiate(wat);
        return Guest.ExpectTrap(TrapCode.AtomicWaitNonSharedMemory, () => Guest.Call(store, instance, "run"));
    }

    private static string UnalignedAtomic()
    {
        const string wat = "(module (memory 1 1 shared) (func (export \"run\") (result i32) (i32.atomic.load (i32.const 1))))";
        var (store, instance) = Guest.Instantiate(wat);
        return Guest.ExpectTrap(TrapCode.HeapMisaligned, () => Guest.Call(store, instance, "run"));
    }
}

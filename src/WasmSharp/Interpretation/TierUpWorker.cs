namespace WasmSharp.Interpretation;

/// <summary>
/// The background thread that compiles hot functions for <see cref="TierUp"/>, shared by every
/// engine of the process: one dedicated thread (not the pool, whose work it must neither wait
/// behind nor starve), started when work is queued and ending when the queue is empty, so idle
/// engines keep no thread. It takes what has been queued, up to <see cref="MaxBatchFunctions"/>
/// functions or <see cref="MaxBatchBytes"/> bytes of code, and compiles each module's share as
/// one batch: functions that get hot together are compiled together and call each other directly.
/// On-stack replacement entries (<see cref="TierUp.OnLoopHot"/>) are queued apart and compiled one
/// at a time whenever no function is queued: an entry of a function too large to compile whole
/// takes as long as its method (170 ms for meshoptimizer's 19.5 KB <c>_start</c>), and the
/// functions that got hot meanwhile, which the activation calls, should not wait behind it. The
/// guest never waits for it.
/// </summary>
internal static class TierUpWorker
{
    /// <summary>Most functions in one batch, so the first hot functions are not held up by many later ones.</summary>
    public const int MaxBatchFunctions = 64;

    /// <summary>Most bytes of wasm code in one batch.</summary>
    public const int MaxBatchBytes = 256 * 1024;

    // Functions to compile, and on-stack replacement entries (Loop: the module offset of the hot
    // loop the entry is compiled around).
    private static readonly Queue<(TierUp Module, int Function)> s_queue = new();
    private static readonly Queue<(TierUp Module, int Function, int Loop)> s_loopQueue = new();
    private static readonly Lock s_lock = new();
    private static bool s_running;

    /// <summary>Queues function <paramref name="function"/> of <paramref name="module"/> for compilation.</summary>
    public static void Enqueue(TierUp module, int function) => Add(() => s_queue.Enqueue((module, function)));

    /// <summary>
    /// Queues the on-stack replacement entry of <paramref name="function"/> of <paramref name="module"/>,
    /// compiled around its loop at module offset <paramref name="loop"/>, which got hot.
    /// </summary>
    public static void EnqueueLoopEntry(TierUp module, int function, int loop) => Add(() => s_loopQueue.Enqueue((module, function, loop)));

    // Runs `enqueue` under the lock, and starts the thread unless it is running.
    private static void Add(Action enqueue)
    {
        lock (s_lock)
        {
            enqueue();
            if (s_running)
            {
                return;
            }

            s_running = true;
        }

        new Thread(Work) { IsBackground = true, Name = "WasmSharp tier-up" }.Start();
    }

    private static void Work()
    {
        while (true)
        {
            (List<(TierUp Module, int Function)>? batch, (TierUp Module, int Function, int Loop)? entry) = TakeWork();
            if (batch is not null)
            {
                // Functions that got hot together compile as one batch per module.
                foreach ((TierUp module, List<int> functions) in ByModule(batch))
                {
                    Compile(module, () => module.Compile(functions));
                }
            }
            else if (entry is (TierUp module, int function, int loop))
            {
                Compile(module, () => module.CompileLoops(function, loop));
            }
            else
            {
                return;
            }
        }
    }

    private static void Compile(TierUp module, Action compile)
    {
        try
        {
            compile();
        }
        catch (Exception e)
        {
            // Nothing on this thread can report it and the guest must not wait for it: the
            // functions stay interpreted (correct, only slower) and the failure is kept.
            module.Fail(e);
        }
    }

    // The batch's functions per module, modules in the order they first appear. By hand, not
    // LINQ's GroupBy: no ReadyToRun image holds GroupBy's code over this tuple, and the first
    // tier-up of a process would JIT-compile a dozen of its methods before its own.
    private static List<(TierUp Module, List<int> Functions)> ByModule(List<(TierUp Module, int Function)> batch)
    {
        var groups = new List<(TierUp Module, List<int> Functions)>();
        foreach ((TierUp module, int function) in batch)
        {
            int k = 0;
            while (k < groups.Count && !ReferenceEquals(groups[k].Module, module))
            {
                k++;
            }

            if (k == groups.Count)
            {
                groups.Add((module, []));
            }

            groups[k].Functions.Add(function);
        }

        return groups;
    }

    // The next batch of functions, else the next on-stack replacement entry, else neither (and
    // the thread ends).
    private static (List<(TierUp Module, int Function)>? Batch, (TierUp Module, int Function, int Loop)? Entry) TakeWork()
    {
        lock (s_lock)
        {
            if (s_queue.Count > 0)
            {
                var batch = new List<(TierUp Module, int Function)>();
                int bytes = 0;
                while (s_queue.Count > 0 && batch.Count < MaxBatchFunctions && bytes < MaxBatchBytes)
                {
                    (TierUp module, int function) = s_queue.Dequeue();
                    bytes += module.CodeLength(function);
                    batch.Add((module, function));
                }

                return (batch, null);
            }

            if (s_loopQueue.Count > 0)
            {
                return (null, s_loopQueue.Dequeue());
            }

            s_running = false;
            return (null, null);
        }
    }
}

namespace WasmSharp.Interpretation;

/// <summary>
/// The background thread that compiles hot functions for <see cref="TierUp"/>, shared by every
/// engine of the process: one dedicated thread (not the pool, whose work it must neither wait
/// behind nor starve), started when work is queued and ending when the queue is empty, so idle
/// engines keep no thread. It takes what has been queued, up to <see cref="MaxBatchFunctions"/>
/// functions or <see cref="MaxBatchBytes"/> bytes of code, and compiles each module's share as
/// one batch: functions that get hot together are compiled together and call each other directly.
/// On-stack replacement entries (<see cref="TierUp.OnLoopHot"/>) are queued the same way and
/// compiled one at a time, in queue order with the batches of functions around them. The guest
/// never waits for it.
/// </summary>
internal static class TierUpWorker
{
    /// <summary>Most functions in one batch, so the first hot functions are not held up by many later ones.</summary>
    public const int MaxBatchFunctions = 64;

    /// <summary>Most bytes of wasm code in one batch.</summary>
    public const int MaxBatchBytes = 256 * 1024;

    // Loops: whether the item is a function's on-stack replacement entry rather than its method.
    private static readonly Queue<(TierUp Module, int Function, bool Loops)> s_queue = new();
    private static readonly Lock s_lock = new();
    private static bool s_running;

    /// <summary>Queues function <paramref name="function"/> of <paramref name="module"/> for compilation.</summary>
    public static void Enqueue(TierUp module, int function) => Enqueue(module, function, loops: false);

    /// <summary>
    /// Queues <paramref name="function"/> of <paramref name="module"/> for compilation: its method,
    /// or with <paramref name="loops"/> its on-stack replacement entry.
    /// </summary>
    public static void Enqueue(TierUp module, int function, bool loops)
    {
        lock (s_lock)
        {
            s_queue.Enqueue((module, function, loops));
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
        while (TakeBatch() is List<(TierUp Module, int Function, bool Loops)> batch)
        {
            // In queue order: the functions queued between two entries compile as one batch per module.
            int start = 0;
            for (int i = 0; i <= batch.Count; i++)
            {
                if (i < batch.Count && !batch[i].Loops)
                {
                    continue;
                }

                foreach (IGrouping<TierUp, int> group in batch.Skip(start).Take(i - start).GroupBy(item => item.Module, item => item.Function))
                {
                    Compile(group.Key, () => group.Key.Compile(group.ToList()));
                }

                if (i < batch.Count)
                {
                    (TierUp module, int function, _) = batch[i];
                    Compile(module, () => module.CompileLoops(function));
                }

                start = i + 1;
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

    // The next batch, or null (and the thread ends) when nothing is queued.
    private static List<(TierUp Module, int Function, bool Loops)>? TakeBatch()
    {
        lock (s_lock)
        {
            if (s_queue.Count == 0)
            {
                s_running = false;
                return null;
            }

            var batch = new List<(TierUp Module, int Function, bool Loops)>();
            int bytes = 0;
            while (s_queue.Count > 0 && batch.Count < MaxBatchFunctions && bytes < MaxBatchBytes)
            {
                (TierUp module, int function, bool loops) = s_queue.Dequeue();
                bytes += module.CodeLength(function);
                batch.Add((module, function, loops));
            }

            return batch;
        }
    }
}

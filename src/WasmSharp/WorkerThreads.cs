namespace WasmSharp;

/// <summary>
/// Runs one piece of work on several threads at once, the calling thread being one of them, for the
/// passes that split a module's functions between cores (validation, compilation to machine code).
/// Dedicated threads, not the pool: a pass of a few hundred milliseconds must not wait behind, or
/// starve, the embedder's own pool work.
/// </summary>
internal static class WorkerThreads
{
    /// <summary>Runs <paramref name="work"/> on <paramref name="workers"/> threads (this one included) and returns when all have finished.</summary>
    /// <param name="workers">How many threads run <paramref name="work"/>; at least 1.</param>
    /// <param name="name">The name of the extra threads, for debuggers and dumps.</param>
    /// <param name="work">What each thread runs; it must not throw (workers record failures for the caller).</param>
    public static void Run(int workers, string name, ThreadStart work)
    {
        var threads = new Thread[workers - 1];
        for (int t = 0; t < threads.Length; t++)
        {
            threads[t] = new Thread(work) { IsBackground = true, Name = name };
            threads[t].Start();
        }

        work();
        foreach (Thread thread in threads)
        {
            thread.Join();
        }
    }
}

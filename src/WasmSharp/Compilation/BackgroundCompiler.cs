using System.Diagnostics.CodeAnalysis;

namespace WasmSharp.Compilation;

/// <summary>
/// The threads that compile loaded modules in the background (<see cref="BackgroundCompilation"/>),
/// shared by every module and engine of the process: at most one per core but one, so that a host
/// loading many modules at once does not start a set of threads for each. Modules are compiled in
/// the order they were loaded, all threads on the first one that has work left (its functions are
/// shared out one at a time). A thread ends when no module has work left.
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal static class BackgroundCompiler
{
    private static readonly Queue<BackgroundCompilation> s_queue = new();
    private static int s_threads;

    /// <summary>How many threads may compile in the background: every core but the one that runs the module.</summary>
    public static int MaxThreads => Environment.ProcessorCount - 1;

    /// <summary>How many threads are compiling now.</summary>
    public static int Threads => Volatile.Read(ref s_threads);

    /// <summary>Queues <paramref name="work"/> and starts threads for it, up to <see cref="MaxThreads"/> in all.</summary>
    public static void Enqueue(BackgroundCompilation work)
    {
        lock (s_queue)
        {
            s_queue.Enqueue(work);
            while (s_threads < Math.Min(MaxThreads, work.Length))
            {
                s_threads++;
                new Thread(Work) { IsBackground = true, Name = "WasmSharp background compile", Priority = ThreadPriority.BelowNormal }.Start();
            }
        }
    }

    private static void Work()
    {
        while (true)
        {
            BackgroundCompilation work;
            lock (s_queue)
            {
                if (!s_queue.TryPeek(out BackgroundCompilation? first))
                {
                    s_threads--;
                    return;
                }

                work = first;
            }

            // Returns once the module's functions are all taken (or it is gone): threads still
            // compiling its last ones leave it to the others, which go on with the next module.
            work.Run();
            lock (s_queue)
            {
                if (s_queue.TryPeek(out BackgroundCompilation? first) && first == work)
                {
                    s_queue.Dequeue();
                }
            }
        }
    }
}

using System.Diagnostics;
using System.Runtime;

namespace WasmSharp.Benchmarks.Harness;

/// <summary>
/// Settles the process before a timed window, so that work left over from what came before
/// (compiling the module, the previous run, the other runtime) does not land in it: garbage and
/// finalizers are drained, and the JIT is waited for until it has compiled nothing for a while
/// (tiered compilation recompiles hot methods of WasmSharp, WASI and the BCL at tier 1 on a
/// background thread, in batches, some 100 ms after they got hot).
/// </summary>
internal static class Quiesce
{
    private static readonly TimeSpan s_jitQuiet = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan s_maximumWait = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan s_spinUp = TimeSpan.FromMilliseconds(100);

    /// <summary>Drains the GC and finalizers, then waits (at most 2 s) until the JIT has been idle for 200 ms, then keeps the CPU busy for 100 ms.</summary>
    public static void BeforeTimedWindow()
    {
        Drain();
        long started = Stopwatch.GetTimestamp();
        long quietSince = started;
        long compiled = JitInfo.GetCompiledMethodCount();
        while (Stopwatch.GetElapsedTime(started) < s_maximumWait)
        {
            long now = JitInfo.GetCompiledMethodCount();
            if (now != compiled)
            {
                compiled = now;
                quietSince = Stopwatch.GetTimestamp();
            }
            else if (Stopwatch.GetElapsedTime(quietSince) >= s_jitQuiet)
            {
                break;
            }

            Thread.Sleep(25);
        }

        Drain();
        SpinUp();
    }

    // Measured on this machine (a Firecracker VM on 2 shared cores): after the thread has slept
    // even 20-200 ms, the same managed code runs up to 1.5-1.8x slower for tens of milliseconds,
    // in streaks, on either CPU, whoever the code is; keeping the CPU busy for 100 ms before the
    // window removed that. Both runtimes get the same, so it only takes the idle-to-busy
    // transition, which is not either runtime's speed, out of the window.
    private static void SpinUp()
    {
        long started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < s_spinUp)
        {
            Thread.SpinWait(1000);
        }
    }

    private static void Drain()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}

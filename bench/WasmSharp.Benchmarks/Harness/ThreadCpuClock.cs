using System.Runtime.InteropServices;

namespace WasmSharp.Benchmarks.Harness;

/// <summary>
/// CPU time of the calling thread (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>): what the
/// guest's own thread spent in an execute window, which other processes on a shared machine
/// stretch far less than wall time (they still cost it caches). NaN elsewhere.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ThreadCpuTimeId = 3;

    private static readonly bool s_supported = OperatingSystem.IsLinux();

    /// <summary>The thread's CPU time in milliseconds, or NaN where it cannot be read.</summary>
    public static double NowMs()
    {
        if (!s_supported || clock_gettime(ThreadCpuTimeId, out TimeSpec time) != 0)
        {
            return double.NaN;
        }

        return (time.Seconds * 1e3) + (time.Nanoseconds / 1e6);
    }

    [DllImport("libc", SetLastError = false)]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}

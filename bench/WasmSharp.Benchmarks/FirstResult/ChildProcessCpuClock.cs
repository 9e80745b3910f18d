using System.Runtime.InteropServices;

namespace WasmSharp.Benchmarks.FirstResult;

/// <summary>
/// CPU time (user + system) of this process's waited-for children (Linux <c>getrusage(RUSAGE_CHILDREN)</c>):
/// read before and after one child runs, the difference is that child's CPU time, every thread of it
/// included (background compilation too), which a shared machine stretches far less than wall time.
/// NaN elsewhere.
/// </summary>
internal static class ChildProcessCpuClock
{
    private const int ChildrenOfCaller = -1;

    private static readonly bool s_supported = OperatingSystem.IsLinux();

    /// <summary>The CPU time of all children waited for so far, in milliseconds, or NaN where it cannot be read.</summary>
    public static double NowMs()
    {
        if (!s_supported || getrusage(ChildrenOfCaller, out ResourceUsage usage) != 0)
        {
            return double.NaN;
        }

        return ((usage.UserSeconds + usage.SystemSeconds) * 1e3) + ((usage.UserMicroseconds + usage.SystemMicroseconds) / 1e3);
    }

    [DllImport("libc", SetLastError = false)]
    private static extern int getrusage(int who, out ResourceUsage usage);

    // struct rusage on 64-bit Linux: two timevals, then 14 longs this clock does not read.
    [StructLayout(LayoutKind.Sequential)]
    private struct ResourceUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public unsafe fixed long Rest[14];
    }
}

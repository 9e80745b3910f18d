namespace WasmSharp.Wasi;

internal static partial class Preview1
{
    private const int ClockRealtime = 0;
    private const int ClockMonotonic = 1;
    private const int ClockProcessCpu = 2;
    private const int ClockThreadCpu = 3;

    /// <summary><c>clock_res_get(clockid) -> timestamp</c>.</summary>
    public static Errno ClockResGet(WasiContext ctx, IGuestMemory mem, int clockId, int resolutionPtr)
    {
        try
        {
            ulong resolution = clockId switch
            {
                ClockRealtime => ctx.WallClockResolution,
                ClockMonotonic => ctx.MonotonicClockResolution,
                ClockProcessCpu or ClockThreadCpu => 1000,
                _ => throw new WasiErrnoException(Errno.Inval),
            };
            Guest.WriteU64(mem, resolutionPtr, resolution);
            return Errno.Success;
        }
        catch (Exception e) when (e is not WasiExit)
        {
            return Fail(e);
        }
    }

    /// <summary><c>clock_time_get(clockid, precision) -> timestamp</c>; the precision is a hint we may ignore.</summary>
    public static Errno ClockTimeGet(WasiContext ctx, IGuestMemory mem, int clockId, long precision, int timePtr)
    {
        try
        {
            Guest.WriteU64(mem, timePtr, Now(ctx, clockId));
            return Errno.Success;
        }
        catch (Exception e) when (e is not WasiExit)
        {
            return Fail(e);
        }
    }

    /// <summary>The current value of a WASI clock in nanoseconds; <c>inval</c> for unknown ids.</summary>
    internal static ulong Now(WasiContext ctx, int clockId) => clockId switch
    {
        ClockRealtime => ctx.WallClock(),
        ClockMonotonic => ctx.MonotonicClock(),
        ClockProcessCpu => (ulong)Environment.CpuUsage.TotalTime.Ticks * 100,
        ClockThreadCpu => Native.IsAvailable
            ? Native.ThreadCpuTime()
            : (ulong)Environment.CpuUsage.TotalTime.Ticks * 100, // no per-thread clock off Linux
        _ => throw new WasiErrnoException(Errno.Inval),
    };
}

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
        clockId = ClockIdArg("clock_res_get", clockId);
        try
        {
            ulong resolution = clockId switch
            {
                ClockRealtime => ctx.WallClockResolution,
                ClockMonotonic => ctx.MonotonicClockResolution,
                ClockProcessCpu or ClockThreadCpu => 1000,
                _ => throw new ArgumentOutOfRangeException(nameof(clockId), clockId, "validated clock id expected"),
            };
            Guest.WriteU64(mem, resolutionPtr, resolution);
            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary><c>clock_time_get(clockid, precision) -> timestamp</c>; the precision is a hint we may ignore.</summary>
    public static Errno ClockTimeGet(WasiContext ctx, IGuestMemory mem, int clockId, long precision, int timePtr)
    {
        clockId = ClockIdArg("clock_time_get", clockId);
        try
        {
            Guest.WriteU64(mem, timePtr, Now(ctx, clockId));
            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary>The current value of a WASI clock in nanoseconds; ids are validated by the caller.</summary>
    internal static ulong Now(WasiContext ctx, int clockId) => clockId switch
    {
        ClockRealtime => ctx.WallClock(),
        ClockMonotonic => ctx.MonotonicClock(),
        ClockProcessCpu => (ulong)Environment.CpuUsage.TotalTime.Ticks * 100,
        ClockThreadCpu => Native.IsAvailable
            ? Native.ThreadCpuTime()
            : (ulong)Environment.CpuUsage.TotalTime.Ticks * 100, // no per-thread clock off Linux
        _ => throw new ArgumentOutOfRangeException(nameof(clockId), clockId, "validated clock id expected"),
    };

    /// <summary>A <c>clockid</c> argument (<c>u32</c> enum of four clocks).</summary>
    private static int ClockIdArg(string function, int clockId) =>
        WasiArgs.Enum(function, "Clockid", clockId, 32, 4);
}

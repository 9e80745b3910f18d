namespace WasmSharp.Wasi;

internal static partial class Preview1
{
    private const int ClockRealtime = 0;
    private const int ClockMonotonic = 1;
    private const int ClockProcessCpu = 2;
    private const int ClockThreadCpu = 3;

    /// <summary><c>clock_res_get(clockid) -> timestamp</c>. The CPU-time clocks are <c>badf</c>, as in
    /// wasmtime-wasi (preview 2 has no CPU clocks to build them on).</summary>
    public static Errno ClockResGet(WasiContext ctx, IGuestMemory mem, int clockId, int resolutionPtr)
    {
        clockId = ClockIdArg("clock_res_get", clockId);
        try
        {
            ulong resolution = clockId switch
            {
                ClockRealtime => ctx.WallClockResolution,
                ClockMonotonic => ctx.MonotonicClockResolution,
                ClockProcessCpu or ClockThreadCpu => throw new WasiErrnoException(Errno.Badf),
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

    /// <summary><c>clock_time_get(clockid, precision) -> timestamp</c>; the precision is a hint we may ignore.
    /// The CPU-time clocks are <c>badf</c>, as in wasmtime-wasi.</summary>
    public static Errno ClockTimeGet(WasiContext ctx, IGuestMemory mem, int clockId, long precision, int timePtr)
    {
        clockId = ClockIdArg("clock_time_get", clockId);
        try
        {
            if (clockId is ClockProcessCpu or ClockThreadCpu)
            {
                return Errno.Badf;
            }

            Guest.WriteU64(mem, timePtr, Now(ctx, clockId));
            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary>The current value of the realtime or monotonic clock in nanoseconds; ids are validated by the caller.</summary>
    internal static ulong Now(WasiContext ctx, int clockId) => clockId switch
    {
        ClockRealtime => ctx.WallClock(),
        ClockMonotonic => ctx.MonotonicClock(),
        _ => throw new ArgumentOutOfRangeException(nameof(clockId), clockId, "realtime or monotonic clock id expected"),
    };

    /// <summary>A <c>clockid</c> argument (<c>u32</c> enum of four clocks).</summary>
    private static int ClockIdArg(string function, int clockId) =>
        WasiArgs.Enum(function, "Clockid", clockId, 32, 4);
}

namespace WasmSharp.Wasi;

internal static partial class Preview1
{
    /// <summary>The most bytes one <c>random_get</c> may ask for: wasmtime-wasi's <c>get-random-bytes</c> limit, 64 MiB.</summary>
    private const uint MaxRandomBytes = 64 * 1024 * 1024;

    /// <summary><c>random_get(buf, buf_len)</c>: fills the buffer from the context's random source. More
    /// than 64 MiB at once traps before memory is touched, as wasmtime-wasi's <c>get-random-bytes</c>
    /// refuses it ("requested len N exceeds limit 67108864").</summary>
    public static Errno RandomGet(WasiContext ctx, IGuestMemory mem, int buf, int bufLen)
    {
        try
        {
            if ((uint)bufLen > MaxRandomBytes)
            {
                throw new Trap(TrapCode.HostError, "failed to call `get-random-bytes`",
                    new GuestError($"requested len {(uint)bufLen} exceeds limit {MaxRandomBytes}"));
            }

            ctx.FillRandom(Guest.Slice(mem, buf, bufLen));
            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }
}

namespace WasmSharp.Wasi;

internal static partial class Preview1
{
    /// <summary><c>random_get(buf, buf_len)</c>: fills the buffer from the context's random source.</summary>
    public static Errno RandomGet(WasiContext ctx, IGuestMemory mem, int buf, int bufLen)
    {
        try
        {
            ctx.FillRandom(Guest.Slice(mem, buf, bufLen));
            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }
}

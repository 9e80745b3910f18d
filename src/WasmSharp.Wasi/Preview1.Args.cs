namespace WasmSharp.Wasi;

internal static partial class Preview1
{
    /// <summary><c>args_sizes_get() -> (size, size)</c>: argument count and total NUL-terminated bytes.</summary>
    public static Errno ArgsSizesGet(WasiContext ctx, IGuestMemory mem, int argcPtr, int argvBufSizePtr) =>
        SizesGet(ctx.Args, mem, argcPtr, argvBufSizePtr);

    /// <summary><c>args_get(argv, argv_buf)</c>: pointers into <c>argv</c>, NUL-terminated strings into <c>argv_buf</c>.</summary>
    public static Errno ArgsGet(WasiContext ctx, IGuestMemory mem, int argv, int argvBuf) =>
        StringsGet(ctx.Args, mem, argv, argvBuf);

    private static Errno SizesGet(byte[][] strings, IGuestMemory mem, int countPtr, int bufSizePtr)
    {
        try
        {
            long total = 0;
            foreach (byte[] s in strings)
            {
                total += s.Length + 1;
            }

            if (total > uint.MaxValue)
            {
                return Errno.Overflow;
            }

            Guest.WriteU32(mem, countPtr, (uint)strings.Length);
            Guest.WriteU32(mem, bufSizePtr, (uint)total);
            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    private static Errno StringsGet(byte[][] strings, IGuestMemory mem, int pointers, int buffer)
    {
        try
        {
            uint offset = (uint)buffer;
            for (int i = 0; i < strings.Length; i++)
            {
                Guest.WriteU32(mem, (int)((uint)pointers + (uint)(4 * i)), offset);
                Span<byte> dest = Guest.Slice(mem, (int)offset, strings[i].Length + 1);
                strings[i].CopyTo(dest);
                dest[^1] = 0;
                offset += (uint)strings[i].Length + 1;
            }

            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }
}

using System.Buffers.Binary;
using System.Text;

namespace WasmSharp.Wasi;

/// <summary>
/// Little-endian accessors for guest memory. Pointers are wasm32 <c>u32</c>s handed in as
/// <c>int</c>: they are reinterpreted as unsigned so that addresses above 2 GiB work.
/// </summary>
internal static class Guest
{
    public static Span<byte> Slice(IGuestMemory memory, int ptr, int len)
    {
        Span<byte> span = memory.Span;
        ulong start = (uint)ptr;
        ulong length = (uint)len;
        if (start + length > (ulong)span.Length)
        {
            throw new GuestFaultException();
        }

        return span.Slice((int)start, (int)length);
    }

    public static byte ReadU8(IGuestMemory memory, int ptr) => Slice(memory, ptr, 1)[0];

    public static ushort ReadU16(IGuestMemory memory, int ptr) =>
        BinaryPrimitives.ReadUInt16LittleEndian(Slice(memory, ptr, 2));

    public static uint ReadU32(IGuestMemory memory, int ptr) =>
        BinaryPrimitives.ReadUInt32LittleEndian(Slice(memory, ptr, 4));

    public static ulong ReadU64(IGuestMemory memory, int ptr) =>
        BinaryPrimitives.ReadUInt64LittleEndian(Slice(memory, ptr, 8));

    public static void WriteU8(IGuestMemory memory, int ptr, byte value) => Slice(memory, ptr, 1)[0] = value;

    public static void WriteU16(IGuestMemory memory, int ptr, ushort value) =>
        BinaryPrimitives.WriteUInt16LittleEndian(Slice(memory, ptr, 2), value);

    public static void WriteU32(IGuestMemory memory, int ptr, uint value) =>
        BinaryPrimitives.WriteUInt32LittleEndian(Slice(memory, ptr, 4), value);

    public static void WriteU64(IGuestMemory memory, int ptr, ulong value) =>
        BinaryPrimitives.WriteUInt64LittleEndian(Slice(memory, ptr, 8), value);

    /// <summary>Reads a guest string; WASI paths must be valid UTF-8 (else <c>ilseq</c>).</summary>
    public static string ReadString(IGuestMemory memory, int ptr, int len)
    {
        Span<byte> bytes = Slice(memory, ptr, len);
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new WasiErrnoException(Errno.Ilseq);
        }
    }

    /// <summary>
    /// Reads an array of <c>iovec</c>/<c>ciovec</c> (8 bytes each: buf u32, buf_len u32) and
    /// validates every buffer before any I/O happens.
    /// </summary>
    public static (int Ptr, int Len)[] ReadIovecs(IGuestMemory memory, int iovs, int iovsLen)
    {
        if ((uint)iovsLen > 1024 * 1024)
        {
            throw new WasiErrnoException(Errno.Inval);
        }

        var result = new (int, int)[iovsLen];
        for (int i = 0; i < iovsLen; i++)
        {
            int entry = (int)((uint)iovs + (uint)(i * 8));
            int buf = (int)ReadU32(memory, entry);
            int len = (int)ReadU32(memory, entry + 4);
            Slice(memory, buf, len);
            result[i] = (buf, len);
        }

        return result;
    }

    /// <summary>Concatenates the ciovecs' contents (what a gather write sends).</summary>
    public static byte[] Gather(IGuestMemory memory, (int Ptr, int Len)[] iovs)
    {
        long total = 0;
        foreach ((int _, int len) in iovs)
        {
            total += (uint)len;
        }

        if (total > int.MaxValue)
        {
            throw new WasiErrnoException(Errno.Inval);
        }

        byte[] data = new byte[total];
        int offset = 0;
        foreach ((int ptr, int len) in iovs)
        {
            Slice(memory, ptr, len).CopyTo(data.AsSpan(offset));
            offset += len;
        }

        return data;
    }

    /// <summary>Spreads <paramref name="data"/> over the iovecs in order (a scatter read).</summary>
    public static void Scatter(IGuestMemory memory, (int Ptr, int Len)[] iovs, ReadOnlySpan<byte> data)
    {
        foreach ((int ptr, int len) in iovs)
        {
            if (data.IsEmpty)
            {
                break;
            }

            int n = Math.Min(len, data.Length);
            data[..n].CopyTo(Slice(memory, ptr, n));
            data = data[n..];
        }
    }

    /// <summary>The sum of the iovec lengths, capped at what one read can return.</summary>
    public static int TotalLength((int Ptr, int Len)[] iovs)
    {
        long total = 0;
        foreach ((int _, int len) in iovs)
        {
            total += (uint)len;
        }

        return (int)Math.Min(total, 64L * 1024 * 1024);
    }
}

using System.Buffers.Binary;
using System.Text;

namespace WasmSharp.Wasi;

/// <summary>
/// Little-endian accessors for guest memory with wiggle's checks (wiggle's
/// <c>validate_size_align</c>): a region past the end of memory traps, and so does a
/// <c>u16</c>/<c>u32</c>/<c>u64</c> access that is not naturally aligned. Pointers are wasm32
/// <c>u32</c>s handed in as <c>int</c>: they are reinterpreted as unsigned so that addresses above
/// 2 GiB work.
/// </summary>
internal static class Guest
{
    /// <summary>The bytes <c>[ptr, ptr + len)</c> (a <c>GuestPtr&lt;[u8]&gt;</c>: no alignment).</summary>
    public static Span<byte> Slice(IGuestMemory memory, int ptr, int len)
    {
        Span<byte> span = memory.Span;
        ulong start = (uint)ptr;
        ulong length = (uint)len;
        if (start + length > (ulong)span.Length)
        {
            throw GuestTraps.OutOfBounds((uint)ptr, (uint)len);
        }

        return span.Slice((int)start, (int)length);
    }

    /// <summary>The address of element <paramref name="index"/> of an array of <paramref name="size"/>-byte
    /// elements; wiggle's <c>GuestPtr&lt;[T]&gt;::iter</c> reports <c>PtrOverflow</c> past 4 GiB.</summary>
    public static int Element(int array, uint index, uint size)
    {
        ulong address = (uint)array + (ulong)index * size;
        if (address > uint.MaxValue)
        {
            throw GuestTraps.Overflow();
        }

        return (int)(uint)address;
    }

    public static byte ReadU8(IGuestMemory memory, int ptr) => Slice(memory, ptr, 1)[0];

    public static ushort ReadU16(IGuestMemory memory, int ptr) =>
        BinaryPrimitives.ReadUInt16LittleEndian(Aligned(memory, ptr, 2));

    public static uint ReadU32(IGuestMemory memory, int ptr) =>
        BinaryPrimitives.ReadUInt32LittleEndian(Aligned(memory, ptr, 4));

    public static ulong ReadU64(IGuestMemory memory, int ptr) =>
        BinaryPrimitives.ReadUInt64LittleEndian(Aligned(memory, ptr, 8));

    public static void WriteU8(IGuestMemory memory, int ptr, byte value) => Slice(memory, ptr, 1)[0] = value;

    public static void WriteU16(IGuestMemory memory, int ptr, ushort value) =>
        BinaryPrimitives.WriteUInt16LittleEndian(Aligned(memory, ptr, 2), value);

    public static void WriteU32(IGuestMemory memory, int ptr, uint value) =>
        BinaryPrimitives.WriteUInt32LittleEndian(Aligned(memory, ptr, 4), value);

    public static void WriteU64(IGuestMemory memory, int ptr, ulong value) =>
        BinaryPrimitives.WriteUInt64LittleEndian(Aligned(memory, ptr, 8), value);

    /// <summary>
    /// Reads a guest string (<c>GuestMemory::as_cow_str</c>): bounds first (a trap), then UTF-8
    /// validity (<c>GuestError::InvalidUtf8</c>, which wasmtime-wasi maps to <c>ilseq</c>).
    /// </summary>
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
    /// <see cref="ReadString(IGuestMemory, int, int)"/> after charging its length to the call's
    /// <paramref name="fuel"/> (wasmtime-wasi's <c>WasiP1Ctx::read_string</c>: <c>nomem</c> comes
    /// before the bounds check).
    /// </summary>
    public static string ReadString(IGuestMemory memory, int ptr, int len, ref HostcallFuel fuel)
    {
        fuel.Consume((uint)len);
        return ReadString(memory, ptr, len);
    }

    /// <summary>
    /// The first <c>iovec</c>/<c>ciovec</c> (8 bytes: buf u32, buf_len u32) with a non-zero length,
    /// or an empty buffer when there is none: wasmtime-wasi's <c>first_non_empty_iovec</c> /
    /// <c>first_non_empty_ciovec</c>. The whole array's size is charged to <paramref name="fuel"/>
    /// first (<c>nomem</c> past 128 MiB, before any entry is read), then entries are read one at
    /// a time (reading past memory traps) and the chosen buffer's length is charged too. The
    /// buffer itself is checked by whoever touches it.
    /// </summary>
    public static (int Ptr, int Len) FirstNonEmptyIovec(IGuestMemory memory, int iovs, int iovsLen, ref HostcallFuel fuel)
    {
        fuel.ConsumeArray((uint)iovsLen, 8);
        for (uint i = 0; i < (uint)iovsLen; i++)
        {
            int entry = Element(iovs, i, 8);
            int buf = (int)ReadU32(memory, entry);
            int len = (int)ReadU32(memory, Element(entry, 1, 4));
            if (len != 0)
            {
                fuel.Consume((uint)len);
                return (buf, len);
            }
        }

        return (0, 0);
    }

    private static Span<byte> Aligned(IGuestMemory memory, int ptr, int size)
    {
        Span<byte> bytes = Slice(memory, ptr, size);
        if ((uint)ptr % (uint)size != 0)
        {
            throw GuestTraps.Misaligned((uint)ptr, (uint)size, (uint)size);
        }

        return bytes;
    }
}

using System.Buffers.Binary;
using System.Text;
using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// The bounds-checked host accessors behind <see cref="Memory"/> and <see cref="SharedMemory"/>'s
/// <c>Read*</c>/<c>Write*</c>/<c>GetSpan</c> helpers (wasmtime-dotnet's <c>Memory.ReadInt32</c> and
/// friends over Wasmtime's <c>Memory::read</c>/<c>Memory::write</c>/<c>Memory::data</c>), in one
/// place so both memory kinds check and encode alike. Integers and floats are little-endian, as
/// WebAssembly's loads and stores (spec 4.4.7 "Memory Instructions"); strings are UTF-8.
/// </summary>
internal static unsafe class MemoryAccess
{
    /// <summary>
    /// The address of [<paramref name="address"/>, +<paramref name="length"/>) in
    /// <paramref name="memory"/>, after checking the whole range is accessible.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The address or length is negative, or the range ends past the memory.</exception>
    public static byte* At(LinearMemory memory, long address, long length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (address < 0 || !memory.InBounds((ulong)address, (ulong)length))
        {
            throw OutOfBounds(memory, address, length);
        }

        return memory.Base + address;
    }

    /// <summary>The error every accessor throws for a range past the memory: names address, length and size.</summary>
    public static ArgumentOutOfRangeException OutOfBounds(LinearMemory memory, long address, long length) =>
        new(nameof(address), address, $"out of bounds memory access: {length} byte(s) at address {address} do not fit in the memory's {Volatile.Read(ref memory.Length)} bytes");

    /// <summary>An unsigned offset of the <c>ulong</c> overloads as an address, or the out-of-bounds error when past any memory.</summary>
    public static long ToAddress(LinearMemory memory, ulong offset, long length) =>
        offset <= long.MaxValue ? (long)offset : throw OutOfBounds(memory, long.MaxValue, length);

    public static Span<byte> GetSpan(LinearMemory memory, long address, int length) => new(At(memory, address, length), length);

    public static void Read(LinearMemory memory, long address, Span<byte> destination) =>
        new ReadOnlySpan<byte>(At(memory, address, destination.Length), destination.Length).CopyTo(destination);

    public static void Write(LinearMemory memory, long address, ReadOnlySpan<byte> source) =>
        source.CopyTo(new Span<byte>(At(memory, address, source.Length), source.Length));

    public static byte ReadByte(LinearMemory memory, long address) => *At(memory, address, 1);

    public static short ReadInt16(LinearMemory memory, long address) =>
        BinaryPrimitives.ReadInt16LittleEndian(new ReadOnlySpan<byte>(At(memory, address, 2), 2));

    public static int ReadInt32(LinearMemory memory, long address) =>
        BinaryPrimitives.ReadInt32LittleEndian(new ReadOnlySpan<byte>(At(memory, address, 4), 4));

    public static long ReadInt64(LinearMemory memory, long address) =>
        BinaryPrimitives.ReadInt64LittleEndian(new ReadOnlySpan<byte>(At(memory, address, 8), 8));

    public static float ReadSingle(LinearMemory memory, long address) =>
        BinaryPrimitives.ReadSingleLittleEndian(new ReadOnlySpan<byte>(At(memory, address, 4), 4));

    public static double ReadDouble(LinearMemory memory, long address) =>
        BinaryPrimitives.ReadDoubleLittleEndian(new ReadOnlySpan<byte>(At(memory, address, 8), 8));

    public static void WriteByte(LinearMemory memory, long address, byte value) => *At(memory, address, 1) = value;

    public static void WriteInt16(LinearMemory memory, long address, short value) =>
        BinaryPrimitives.WriteInt16LittleEndian(new Span<byte>(At(memory, address, 2), 2), value);

    public static void WriteInt32(LinearMemory memory, long address, int value) =>
        BinaryPrimitives.WriteInt32LittleEndian(new Span<byte>(At(memory, address, 4), 4), value);

    public static void WriteInt64(LinearMemory memory, long address, long value) =>
        BinaryPrimitives.WriteInt64LittleEndian(new Span<byte>(At(memory, address, 8), 8), value);

    public static void WriteSingle(LinearMemory memory, long address, float value) =>
        BinaryPrimitives.WriteSingleLittleEndian(new Span<byte>(At(memory, address, 4), 4), value);

    public static void WriteDouble(LinearMemory memory, long address, double value) =>
        BinaryPrimitives.WriteDoubleLittleEndian(new Span<byte>(At(memory, address, 8), 8), value);

    public static string ReadString(LinearMemory memory, long address, int length) =>
        Encoding.UTF8.GetString(At(memory, address, length), length);

    /// <summary>The UTF-8 string from <paramref name="address"/> up to (not including) the first NUL byte.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The address is out of bounds, or no NUL byte follows it before the end of the memory.</exception>
    public static string ReadNullTerminatedString(LinearMemory memory, long address)
    {
        byte* start = At(memory, address, 0);
        // One read of the length: a shared memory may grow meanwhile, and bytes up to this length stay valid.
        ulong available = Volatile.Read(ref memory.Length) - (ulong)address;
        ulong searched = 0;
        while (searched < available)
        {
            int chunk = (int)Math.Min(available - searched, int.MaxValue);
            int nul = new ReadOnlySpan<byte>(start + searched, chunk).IndexOf((byte)0);
            if (nul >= 0)
            {
                ulong length = searched + (ulong)nul;
                if (length > int.MaxValue)
                {
                    throw new ArgumentOutOfRangeException(nameof(address), address, $"the string at address {address} is longer than a .NET string can hold ({length} bytes)");
                }

                return Encoding.UTF8.GetString(start, (int)length);
            }

            searched += (ulong)chunk;
        }

        throw new ArgumentOutOfRangeException(nameof(address), address, $"out of bounds memory access: no NUL byte after address {address} before the end of the memory's {(ulong)address + available} bytes");
    }

    /// <summary>Writes <paramref name="value"/> as UTF-8 (no terminator) and returns the number of bytes written.</summary>
    public static int WriteString(LinearMemory memory, long address, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        int length = Encoding.UTF8.GetByteCount(value);
        return Encoding.UTF8.GetBytes(value, new Span<byte>(At(memory, address, length), length));
    }
}

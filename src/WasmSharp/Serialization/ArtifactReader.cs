using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace WasmSharp.Serialization;

/// <summary>
/// Reads the fields of an artifact body (<see cref="ArtifactFormat"/>), checking every length
/// against the bytes left, so that no field can make it read past the end or allocate more than
/// the artifact holds.
/// </summary>
internal ref struct ArtifactReader(ReadOnlySpan<byte> bytes, int position)
{
    private readonly ReadOnlySpan<byte> _bytes = bytes;
    private int _position = position;

    /// <summary>Whether every byte has been read.</summary>
    public readonly bool AtEnd => _position == _bytes.Length;

    /// <summary>The next <paramref name="length"/> bytes.</summary>
    /// <exception cref="WasmSerializationException">Fewer are left.</exception>
    public ReadOnlySpan<byte> ReadSpan(int length)
    {
        if (length < 0 || length > _bytes.Length - _position)
        {
            throw ArtifactFormat.Malformed();
        }

        ReadOnlySpan<byte> span = _bytes.Slice(_position, length);
        _position += length;
        return span;
    }

    /// <summary>One byte.</summary>
    public byte ReadByte() => ReadSpan(1)[0];

    /// <summary>
    /// <paramref name="count"/> i32s at once, as stored one after another: the code sites of a big
    /// module's methods are millions of them (Yosys), read here without a call and a slice each.
    /// </summary>
    /// <exception cref="WasmSerializationException">Fewer bytes are left.</exception>
    public int[] ReadInt32s(int count)
    {
        ReadOnlySpan<byte> bytes = ReadSpan(checked(count * sizeof(int)));
        int[] values = MemoryMarshal.Cast<byte, int>(bytes).ToArray();
        if (!BitConverter.IsLittleEndian)
        {
            BinaryPrimitives.ReverseEndianness(values, values);
        }

        return values;
    }

    /// <summary>
    /// Fills <paramref name="first"/>, <paramref name="second"/> and <paramref name="third"/> (of one
    /// length) from as many i32 triples, stored one triple after another.
    /// </summary>
    /// <exception cref="WasmSerializationException">Fewer bytes are left.</exception>
    public void ReadInt32Triples(int[] first, int[] second, int[] third)
    {
        ReadOnlySpan<int> values = MemoryMarshal.Cast<byte, int>(ReadSpan(checked(first.Length * 3 * sizeof(int))));
        for (int i = 0, v = 0; i < first.Length; i++, v += 3)
        {
            first[i] = LittleEndian(values[v]);
            second[i] = LittleEndian(values[v + 1]);
            third[i] = LittleEndian(values[v + 2]);
        }
    }

    private static int LittleEndian(int value) => BitConverter.IsLittleEndian ? value : BinaryPrimitives.ReverseEndianness(value);

    /// <summary>A u64.</summary>
    public ulong ReadUInt64() => BinaryPrimitives.ReadUInt64LittleEndian(ReadSpan(sizeof(ulong)));

    /// <summary>A count of items of at least <paramref name="itemSize"/> bytes each, which must fit in what is left.</summary>
    public int ReadCount(int itemSize)
    {
        int count = BinaryPrimitives.ReadInt32LittleEndian(ReadSpan(sizeof(int)));
        if (count < 0 || (long)count * itemSize > _bytes.Length - _position)
        {
            throw ArtifactFormat.Malformed();
        }

        return count;
    }

    /// <summary>A length-prefixed byte string.</summary>
    public byte[] ReadBytes() => ReadSpan(ReadCount(1)).ToArray();

    /// <summary>A length-prefixed UTF-8 string.</summary>
    public string ReadString() => Encoding.UTF8.GetString(ReadSpan(ReadCount(1)));
}

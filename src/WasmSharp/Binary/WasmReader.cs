using System.Diagnostics.CodeAnalysis;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace WasmSharp.Binary;

/// <summary>
/// A forward-only reader over a module's bytes (spec "Binary Format", "Values"). Every read
/// checks bounds and LEB128 well-formedness and raises <see cref="WasmFormatException"/> with the
/// spec test suite's wording and the absolute byte offset.
/// </summary>
internal ref struct WasmReader
{
    private readonly ReadOnlySpan<byte> _bytes;
    private readonly int _baseOffset;
    private readonly string _endMessage;
    private int _position;

    /// <summary>The spec's wording for running out of bytes inside a section or function body.</summary>
    public const string EndOfSectionMessage = "unexpected end of section or function";

    /// <summary>Creates a reader over <paramref name="bytes"/>, which start at module offset <paramref name="baseOffset"/>.</summary>
    public WasmReader(ReadOnlySpan<byte> bytes, int baseOffset = 0)
        : this(bytes, baseOffset, "unexpected end")
    {
    }

    /// <summary>
    /// Creates a reader whose end-of-input error uses <paramref name="endMessage"/>: the spec test suite
    /// says "unexpected end" at module level and <see cref="EndOfSectionMessage"/> inside a section.
    /// </summary>
    public WasmReader(ReadOnlySpan<byte> bytes, int baseOffset, string endMessage)
    {
        _bytes = bytes;
        _baseOffset = baseOffset;
        _endMessage = endMessage;
        _position = 0;
    }

    /// <summary>Absolute module offset of the next byte.</summary>
    public readonly int Offset => _baseOffset + _position;

    /// <summary>Position relative to the start of this reader's span.</summary>
    public int Position
    {
        readonly get => _position;
        set => _position = value;
    }

    /// <summary>Whether every byte has been read.</summary>
    public readonly bool AtEnd => _position >= _bytes.Length;

    /// <summary>Bytes left to read.</summary>
    public readonly int Remaining => _bytes.Length - _position;

    /// <summary>Raises a format error at the current offset.</summary>
    [DoesNotReturn]
    public readonly void Fail(string reason) => throw new WasmFormatException(reason, Offset);

    /// <summary>Raises a format error at <paramref name="offset"/>.</summary>
    [DoesNotReturn]
    public static void Fail(string reason, long offset) => throw new WasmFormatException(reason, offset);

    /// <summary>Reads one byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte ReadByte()
    {
        if ((uint)_position >= (uint)_bytes.Length)
        {
            Fail(_endMessage);
        }

        return _bytes[_position++];
    }

    /// <summary>Returns the next byte without consuming it.</summary>
    public readonly byte PeekByte()
    {
        if ((uint)_position >= (uint)_bytes.Length)
        {
            Fail(_endMessage);
        }

        return _bytes[_position];
    }

    /// <summary>Reads <paramref name="count"/> raw bytes.</summary>
    public ReadOnlySpan<byte> ReadBytes(int count)
    {
        if (count < 0 || count > Remaining)
        {
            Fail(_endMessage);
        }

        ReadOnlySpan<byte> result = _bytes.Slice(_position, count);
        _position += count;
        return result;
    }

    /// <summary>Raises the end-of-input error of this reader at the current offset.</summary>
    [DoesNotReturn]
    public readonly void FailEnd() => Fail(_endMessage);

    /// <summary>
    /// Reads a vector length (spec "Vectors") and checks that at least <paramref name="minElementSize"/>
    /// bytes per element remain, so a huge count fails as malformed before anything is allocated.
    /// </summary>
    public int ReadVectorCount(int minElementSize = 1)
    {
        int count = ReadCount();
        if ((long)count * minElementSize > Remaining)
        {
            Fail(_endMessage);
        }

        return count;
    }

    /// <summary>The bytes not yet read.</summary>
    public readonly ReadOnlySpan<byte> RemainingSpan => _bytes.Slice(_position);

    /// <summary>Reads a little-endian u32 (magic and version).</summary>
    public uint ReadFixedUInt32() => BinaryPrimitives.ReadUInt32LittleEndian(ReadBytes(4));

    /// <summary>Reads the bit pattern of an f32.</summary>
    public uint ReadF32Bits() => BinaryPrimitives.ReadUInt32LittleEndian(ReadBytes(4));

    /// <summary>Reads the bit pattern of an f64.</summary>
    public ulong ReadF64Bits() => BinaryPrimitives.ReadUInt64LittleEndian(ReadBytes(8));

    /// <summary>Reads an unsigned LEB128 u32 (spec "Integers": at most 5 bytes, unused bits zero).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint ReadVarUInt32()
    {
        if ((uint)_position < (uint)_bytes.Length)
        {
            byte first = _bytes[_position];
            if (first < 0x80)
            {
                _position++;
                return first;
            }
        }

        return (uint)ReadUnsignedSlow(32);
    }

    /// <summary>Reads an unsigned LEB128 u64.</summary>
    public ulong ReadVarUInt64() => ReadUnsignedSlow(64);

    /// <summary>Reads a signed LEB128 s32.</summary>
    public int ReadVarInt32() => (int)ReadSigned(32);

    /// <summary>Reads a signed LEB128 s33 (block types).</summary>
    public long ReadVarInt33() => ReadSigned(33);

    /// <summary>Reads a signed LEB128 s64.</summary>
    public long ReadVarInt64() => ReadSigned(64);

    /// <summary>Reads a u32 that is used as a count or index; values above int.MaxValue cannot be satisfied by any module.</summary>
    public int ReadCount()
    {
        int start = Offset;
        uint value = ReadVarUInt32();
        if (value > int.MaxValue)
        {
            Fail("integer too large", start);
        }

        return (int)value;
    }

    private ulong ReadUnsignedSlow(int bits)
    {
        ulong result = 0;
        int shift = 0;
        int maxBytes = (bits + 6) / 7;
        for (int i = 0; ; i++)
        {
            if ((uint)_position >= (uint)_bytes.Length)
            {
                Fail(_endMessage);
            }

            byte b = _bytes[_position++];
            if (i == maxBytes - 1)
            {
                if ((b & 0x80) != 0)
                {
                    Fail("integer representation too long");
                }

                int usedBits = bits - shift;
                if (usedBits < 7 && (b >> usedBits) != 0)
                {
                    Fail("integer too large");
                }

                return result | ((ulong)b << shift);
            }

            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }

            shift += 7;
        }
    }

    private long ReadSigned(int bits)
    {
        long result = 0;
        int shift = 0;
        int maxBytes = (bits + 6) / 7;
        for (int i = 0; ; i++)
        {
            if ((uint)_position >= (uint)_bytes.Length)
            {
                Fail(_endMessage);
            }

            byte b = _bytes[_position++];
            if (i == maxBytes - 1)
            {
                if ((b & 0x80) != 0)
                {
                    Fail("integer representation too long");
                }

                // The unused high bits of the last byte must all equal the sign bit.
                int usedBits = bits - shift;
                if (usedBits < 7)
                {
                    int signAndUnused = (sbyte)(b << 1) >> usedBits;
                    if (signAndUnused != 0 && signAndUnused != -1)
                    {
                        Fail("integer too large");
                    }
                }

                result |= (long)(b & 0x7F) << shift;
                shift += 7;
                if (shift < 64)
                {
                    result = (result << (64 - shift)) >> (64 - shift);
                }

                return result;
            }

            result |= (long)(b & 0x7F) << shift;
            shift += 7;
            if ((b & 0x80) == 0)
            {
                if (shift < 64)
                {
                    result = (result << (64 - shift)) >> (64 - shift);
                }

                return result;
            }
        }
    }

    /// <summary>
    /// Reads a name (spec "Names"): a length-prefixed UTF-8 string, which must be well-formed. A length
    /// beyond the input is "length out of bounds".
    /// </summary>
    public string ReadName()
    {
        int lengthOffset = Offset;
        int length = ReadCount();
        if (length > Remaining)
        {
            // The reference interpreter's wording for a length that runs past the input.
            Fail("length out of bounds", lengthOffset);
        }

        int start = Offset;
        ReadOnlySpan<byte> bytes = ReadBytes(length);
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            Fail("malformed UTF-8 encoding", start);
        }

        return Encoding.UTF8.GetString(bytes);
    }
}

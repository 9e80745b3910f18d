using System.Buffers.Binary;
using WasmSharp.Binary;

namespace WasmSharp.Operators;

/// <summary>
/// The sub-opcode and immediates of one 0xFD-prefixed instruction (spec 5.4.8 "Vector
/// Instructions"): a memory argument and access size for the loads and stores, a lane index, or
/// the 16 immediate bytes of <c>v128.const</c> and <c>i8x16.shuffle</c>. One reader serves the
/// pre-pass, dead-code skipping and emission.
/// </summary>
internal readonly struct VectorOperands
{
    /// <summary>The sub-opcode.</summary>
    public uint Opcode { get; init; }

    /// <summary>The memory index of a memory access.</summary>
    public int Memory { get; init; }

    /// <summary>The alignment exponent of a memory access.</summary>
    public uint AlignLog2 { get; init; }

    /// <summary>The static offset of a memory access.</summary>
    public ulong Offset { get; init; }

    /// <summary>Bytes accessed in memory; 0 for instructions that do not access memory.</summary>
    public ulong AccessSize { get; init; }

    /// <summary>The lane immediate.</summary>
    public int Lane { get; init; }

    /// <summary>Immediate bytes 0-7 (little-endian) of <c>v128.const</c> / <c>i8x16.shuffle</c>.</summary>
    public ulong Low { get; init; }

    /// <summary>Immediate bytes 8-15.</summary>
    public ulong High { get; init; }

    /// <summary>Reads the sub-opcode (after the 0xFD prefix) and its immediates.</summary>
    public static VectorOperands Read(ref WasmReader reader) => Read(reader.ReadVarUInt32(), ref reader);

    /// <summary>Reads the immediates of sub-opcode <paramref name="op"/>, already read by the caller.</summary>
    public static VectorOperands Read(uint op, ref WasmReader reader)
    {
        switch (op)
        {
            case <= 0x0B:
            case 0x5C:
            case 0x5D:
            {
                (int memory, uint align, ulong offset) = OperandReader.ReadMemArg(ref reader);
                return new VectorOperands { Opcode = op, Memory = memory, AlignLog2 = align, Offset = offset, AccessSize = SizeOf(op) };
            }

            case >= 0x54 and <= 0x5B:
            {
                (int memory, uint align, ulong offset) = OperandReader.ReadMemArg(ref reader);
                int lane = reader.ReadByte();
                return new VectorOperands { Opcode = op, Memory = memory, AlignLog2 = align, Offset = offset, AccessSize = SizeOf(op), Lane = lane };
            }

            case 0x0C:
            case 0x0D:
            {
                ReadOnlySpan<byte> bytes = reader.ReadBytes(16);
                return new VectorOperands
                {
                    Opcode = op,
                    Low = BinaryPrimitives.ReadUInt64LittleEndian(bytes),
                    High = BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]),
                };
            }

            case >= 0x15 and <= 0x22:
                return new VectorOperands { Opcode = op, Lane = reader.ReadByte() };
            default:
                return new VectorOperands { Opcode = op };
        }
    }

    /// <summary>Skips the sub-opcode and immediates.</summary>
    public static void Skip(ref WasmReader reader) => Read(ref reader);

    private static ulong SizeOf(uint op) => op switch
    {
        0x00 or 0x0B => 16,
        <= 0x06 or 0x0A or 0x57 or 0x5B or 0x5D => 8,
        0x07 or 0x54 or 0x58 => 1,
        0x08 or 0x55 or 0x59 => 2,
        _ => 4,
    };
}

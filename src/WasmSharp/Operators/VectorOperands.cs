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
        Operator decoded = OperatorTable.Decode(0xFD, op);
        OperatorImmediates immediates = default;
        OperatorReader.Validated.ReadImmediates(decoded, ref reader, reader.Offset, ref immediates);
        OperatorInfo info = OperatorTable.Info(decoded);
        return new VectorOperands
        {
            Opcode = op,
            Memory = (int)immediates.MemArg.Memory,
            AlignLog2 = immediates.MemArg.AlignLog2,
            Offset = immediates.MemArg.Offset,
            AccessSize = info.Align >= 0 ? 1UL << info.Align : 0,
            Lane = immediates.Lane,
            Low = (ulong)immediates.Value,
            High = (ulong)immediates.High,
        };
    }

    /// <summary>Skips the sub-opcode and immediates.</summary>
    public static void Skip(ref WasmReader reader) => Read(ref reader);
}

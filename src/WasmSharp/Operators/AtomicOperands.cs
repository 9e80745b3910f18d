using WasmSharp.Binary;

namespace WasmSharp.Operators;

/// <summary>Immediates of the 0xFE (threads proposal) instructions, for every pass that reads them.</summary>
internal static class AtomicOperands
{
    // Access sizes of the read-modify-write groups 0x10.., seven operators per group:
    // i32, i64, i32 8u, i32 16u, i64 8u, i64 16u, i64 32u.
    private static readonly int[] s_sizes = [4, 8, 1, 2, 1, 2, 4];

    /// <summary>
    /// Reads a 0xFE instruction's sub-opcode and immediates; returns the memory, static offset and
    /// access size, or null for <c>atomic.fence</c>.
    /// </summary>
    public static (int Memory, ulong Offset, ulong Size)? ReadAccess(ref WasmReader reader) => ReadAccess(ref reader, out _);

    /// <summary>As <see cref="ReadAccess(ref WasmReader)"/>, also giving the sub-opcode <paramref name="op"/>.</summary>
    public static (int Memory, ulong Offset, ulong Size)? ReadAccess(ref WasmReader reader, out uint op)
    {
        op = reader.ReadVarUInt32();
        return ReadAccess(op, ref reader);
    }

    /// <summary>
    /// As <see cref="ReadAccess(ref WasmReader)"/> for a pass that has already read the sub-opcode
    /// <paramref name="op"/>: reads the immediates that follow it.
    /// </summary>
    public static (int Memory, ulong Offset, ulong Size)? ReadAccess(uint op, ref WasmReader reader)
    {
        if (op == 0x03)
        {
            reader.ReadByte();
            return null;
        }

        (int memory, _, ulong offset) = OperandReader.ReadMemArg(ref reader);
        ulong size = op switch
        {
            0x00 or 0x01 => 4,
            0x02 => 8,
            _ => (ulong)s_sizes[(int)(op - 0x10) % 7],
        };
        return (memory, offset, size);
    }
}

using WasmSharp.Binary;

namespace WasmSharp.Operators;

/// <summary>Immediates of the 0xFE (threads proposal) instructions, for every pass that reads them.</summary>
internal static class AtomicOperands
{
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
        Operator decoded = OperatorTable.Decode(0xFE, op);
        OperatorImmediates immediates = default;
        OperatorReader.Validated.ReadImmediates(decoded, ref reader, reader.Offset, ref immediates);
        if (decoded == Operator.AtomicFence)
        {
            return null;
        }

        // Atomic accesses are naturally aligned: the access size is the operator's natural alignment.
        return ((int)immediates.MemArg.Memory, immediates.MemArg.Offset, 1UL << OperatorTable.Info(decoded).Align);
    }
}

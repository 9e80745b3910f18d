using WasmSharp.Binary;
using WasmSharp.Operators;

namespace WasmSharp.Compilation;

/// <summary>
/// A linear pre-pass over a validated function body that collects <see cref="FunctionFacts"/>
/// before IL emission, so the prologue can set up exactly the memory locals the body needs.
/// </summary>
internal static class FunctionScanner
{
    /// <summary>Scans <paramref name="body"/> of <paramref name="module"/>.</summary>
    public static FunctionFacts Scan(ModuleInfo module, FunctionBody body)
    {
        var facts = new FunctionFacts();
        var reader = new WasmReader(module.Bytes.Span.Slice(body.CodeOffset, body.CodeLength), body.CodeOffset);
        while (!reader.AtEnd)
        {
            byte op = reader.ReadByte();
            switch (op)
            {
                case 0x10:
                case 0x12:
                    int callee = reader.ReadCount();
                    facts.Callees.Add(callee);
                    if (callee < module.ImportedFunctionCount)
                    {
                        facts.CallsImport = true;
                    }

                    break;
                case 0x11:
                case 0x13:
                    reader.ReadVarUInt32();
                    reader.ReadVarUInt32();
                    facts.CallsIndirect = true;
                    break;
                case 0x14:
                case 0x15:
                    // call_ref and return_call_ref reach unknown functions, like call_indirect.
                    reader.ReadVarUInt32();
                    facts.CallsIndirect = true;
                    break;
                case >= 0x28 and <= 0x3E:
                    (int memory, _, ulong offset) = OperandReader.ReadMemArg(ref reader);
                    AddExtent(facts, memory, Extent(offset, AccessSize(op)));
                    break;
                case 0x40:
                    reader.ReadVarUInt32();
                    facts.GrowsMemory = true;
                    break;
                case 0xFE:
                    if (AtomicOperands.ReadAccess(ref reader) is (int atomicMemory, ulong atomicOffset, ulong atomicSize))
                    {
                        AddExtent(facts, atomicMemory, Extent(atomicOffset, atomicSize));
                    }

                    break;
                case 0xFD:
                    VectorOperands operands = VectorOperands.Read(ref reader);
                    if (operands.AccessSize != 0)
                    {
                        AddExtent(facts, operands.Memory, Extent(operands.Offset, operands.AccessSize));
                    }

                    break;
                default:
                    OperandReader.Skip(ref reader, op);
                    break;
            }
        }

        return facts;
    }

    /// <summary>The number of bytes accessed by load/store opcode <paramref name="op"/> (0x28-0x3E).</summary>
    public static ulong AccessSize(byte op) => op switch
    {
        0x28 or 0x2A or 0x34 or 0x35 or 0x36 or 0x38 or 0x3E => 4,
        0x29 or 0x2B or 0x37 or 0x39 => 8,
        0x2C or 0x2D or 0x30 or 0x31 or 0x3A or 0x3C => 1,
        _ => 2,
    };

    /// <summary>
    /// The extent <c>offset + size</c> of an access, saturated at <see cref="ulong.MaxValue"/>: a
    /// memory64 offset near 2^64 makes an access that no memory can satisfy, and it must trap
    /// rather than wrap around.
    /// </summary>
    public static ulong Extent(ulong offset, ulong size) => offset > ulong.MaxValue - size ? ulong.MaxValue : offset + size;

    private static void AddExtent(FunctionFacts facts, int memory, ulong extent)
    {
        if (!facts.Extents.TryGetValue(memory, out SortedSet<ulong>? set))
        {
            set = new SortedSet<ulong>();
            facts.Extents[memory] = set;
        }

        set.Add(extent);
    }
}

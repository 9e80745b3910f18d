using WasmSharp.Binary;
using WasmSharp.Types;

namespace WasmSharp.Operators;

/// <summary>
/// Reads the immediates of instructions in validated code (spec 5.4 "Instructions"): value and
/// block types, memory arguments, and skipping of immediates the caller does not need.
/// </summary>
internal static class OperandReader
{
    /// <summary>Reads a value type (spec 5.3.4/5.3.3).</summary>
    public static ValType ReadValType(ref WasmReader reader) => FromCode(reader.ReadVarInt33(), ref reader);

    /// <summary>Reads a block type (spec 5.4.1): params and results of the block.</summary>
    public static (ValType[] Params, ValType[] Results) ReadBlockType(ref WasmReader reader, ModuleInfo module)
    {
        long code = reader.ReadVarInt33();
        if (code >= 0)
        {
            var type = (FuncType)module.Types[(int)code].Composite;
            return (type.Params.ToArray(), type.Results.ToArray());
        }

        if (code == -0x40)
        {
            return ([], []);
        }

        return ([], [FromCode(code, ref reader)]);
    }

    /// <summary>Skips a block type.</summary>
    public static void SkipBlockType(ref WasmReader reader)
    {
        long code = reader.ReadVarInt33();
        if (code is -0x1C or -0x1D)
        {
            reader.ReadVarInt33();
        }
    }

    /// <summary>Reads a memory argument (spec 5.4.6, with the multi-memory flag bit 6).</summary>
    public static (int Memory, uint AlignLog2, ulong Offset) ReadMemArg(ref WasmReader reader)
    {
        uint align = reader.ReadVarUInt32();
        int memory = 0;
        if ((align & 0x40) != 0)
        {
            align &= ~0x40u;
            memory = reader.ReadCount();
        }

        ulong offset = reader.ReadVarUInt64();
        return (memory, align, offset);
    }

    /// <summary>
    /// Skips the immediates of <paramref name="op"/> (already read). For 0xFC the sub-opcode is
    /// read here.
    /// </summary>
    public static void Skip(ref WasmReader reader, byte op)
    {
        switch (op)
        {
            case 0x02:
            case 0x03:
            case 0x04:
            case 0x06:
                SkipBlockType(ref reader);
                break;
            case 0x1F:
                SkipBlockType(ref reader);
                int clauses = reader.ReadCount();
                for (int i = 0; i < clauses; i++)
                {
                    if (reader.ReadByte() < 2)
                    {
                        reader.ReadVarUInt32();
                    }

                    reader.ReadVarUInt32();
                }

                break;
            case 0x07:
            case 0x08:
            case 0x09:
            case 0x18:
                // catch, throw: a tag; rethrow, delegate: a label depth.
                reader.ReadVarUInt32();
                break;
            case 0x0C:
            case 0x0D:
            case 0x10:
            case 0x12:
            case >= 0x20 and <= 0x26:
            case 0xD2:
                reader.ReadVarUInt32();
                break;
            case 0x0E:
                int count = reader.ReadCount();
                for (int i = 0; i <= count; i++)
                {
                    reader.ReadVarUInt32();
                }

                break;
            case 0x11:
            case 0x13:
                reader.ReadVarUInt32();
                reader.ReadVarUInt32();
                break;
            case 0x1C:
                int types = reader.ReadCount();
                for (int i = 0; i < types; i++)
                {
                    ReadValType(ref reader);
                }

                break;
            case >= 0x28 and <= 0x3E:
                ReadMemArg(ref reader);
                break;
            case 0x3F:
            case 0x40:
                reader.ReadVarUInt32();
                break;
            case 0x41:
                reader.ReadVarInt32();
                break;
            case 0x42:
                reader.ReadVarInt64();
                break;
            case 0x43:
                reader.ReadF32Bits();
                break;
            case 0x44:
                reader.ReadF64Bits();
                break;
            case 0xD0:
                reader.ReadVarInt33();
                break;
            case 0xFC:
                SkipPrefixed(ref reader, reader.ReadVarUInt32());
                break;
            case 0xFD:
                VectorOperands.Skip(ref reader);
                break;
            case 0xFE:
                AtomicOperands.ReadAccess(ref reader);
                break;
            case 0xFB:
                GcOperands.Skip(ref reader);
                break;
            case 0x14:
            case 0x15:
            case 0xD5:
            case 0xD6:
                // call_ref, return_call_ref, br_on_null, br_on_non_null: one index.
                reader.ReadVarUInt32();
                break;
            case 0x00:
            case 0x01:
            case 0x05:
            case 0x0B:
            case 0x0A:
            case 0x0F:
            case 0x19:
            case 0x1A:
            case 0x1B:
            case >= 0x45 and <= 0xC4:
            case 0xD1:
            case 0xD3:
            case 0xD4:
                // No immediates.
                break;
            default:
                // An opcode this reader does not know may have immediates: skipping it blindly
                // would desynchronise the scan.
                throw new NotSupportedException($"opcode 0x{op:X2} is not supported by the compiler yet");
        }
    }

    /// <summary>Skips the immediates of 0xFC-prefixed instruction <paramref name="sub"/>.</summary>
    public static void SkipPrefixed(ref WasmReader reader, uint sub)
    {
        switch (sub)
        {
            case 8:
            case 10:
            case 12:
            case 14:
                reader.ReadVarUInt32();
                reader.ReadVarUInt32();
                break;
            case 9:
            case 11:
            case 13:
            case 15:
            case 16:
            case 17:
                reader.ReadVarUInt32();
                break;
            default:
                break;
        }
    }

    private static ValType FromCode(long code, ref WasmReader reader)
    {
        switch (code)
        {
            case -0x01:
                return ValType.I32;
            case -0x02:
                return ValType.I64;
            case -0x03:
                return ValType.F32;
            case -0x04:
                return ValType.F64;
            case -0x05:
                return ValType.V128;
            case -0x10:
                return ValType.FuncRef;
            case -0x11:
                return ValType.ExternRef;
            case -0x1C:
            case -0x1D:
                // (ref ht) / (ref null ht): all references share one CLR representation.
                reader.ReadVarInt33();
                return ValType.Ref(HeapType.Func, nullable: code == -0x1D);
            default:
                // Other abstract heap type shorthands (anyref, eqref, ...).
                return ValType.Ref(AbstractHeapType.Any, nullable: true);
        }
    }
}

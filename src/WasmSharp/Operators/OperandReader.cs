using WasmSharp.Binary;
using WasmSharp.Types;

namespace WasmSharp.Operators;

/// <summary>
/// Reads the immediates of instructions in validated code (spec 5.4 "Instructions") for the passes
/// that switch on opcode bytes: value and block types as the code generators represent them, memory
/// arguments, and skipping of immediates the caller does not need. The decoding itself is
/// <see cref="OperatorReader"/>'s.
/// </summary>
internal static class OperandReader
{
    /// <summary>Reads a value type (spec 5.3.4/5.3.3).</summary>
    public static ValType ReadValType(ref WasmReader reader) => FromCode(reader.ReadVarInt33(), ref reader);

    /// <summary>Reads a block type (spec 5.4.1): params and results of the block.</summary>
    public static (ValType[] Params, ValType[] Results) ReadBlockType(ref WasmReader reader, ModuleInfo module)
    {
        BlockType type = OperatorReader.Validated.ReadBlockType(ref reader);
        if (type.Code >= 0)
        {
            var function = (FuncType)module.Types[(int)type.Code].Composite;
            return (function.Params.ToArray(), function.Results.ToArray());
        }

        if (type.Code == BlockType.EmptyCode)
        {
            return ([], []);
        }

        return ([], [type.Type.Kind == ValKind.Ref ? Representative(type.Code) : type.Type]);
    }

    /// <summary>Reads a memory argument (spec 5.4.6, with the multi-memory flag bit 6).</summary>
    public static (int Memory, uint AlignLog2, ulong Offset) ReadMemArg(ref WasmReader reader)
    {
        MemArg memArg = OperatorReader.Validated.ReadMemArg(ref reader, reader.Offset);
        return ((int)memArg.Memory, memArg.AlignLog2, memArg.Offset);
    }

    /// <summary>
    /// Skips the immediates of <paramref name="op"/> (already read). For a prefix the sub-opcode is
    /// read here.
    /// </summary>
    public static void Skip(ref WasmReader reader, byte op)
    {
        Operator decoded = op is >= 0xFB and <= 0xFE ? OperatorTable.Decode(op, reader.ReadVarUInt32()) : OperatorTable.Decode(0, op);
        OperatorReader.Validated.SkipImmediates(decoded, ref reader);
    }

    /// <summary>Skips the immediates of 0xFC-prefixed instruction <paramref name="sub"/>.</summary>
    public static void SkipPrefixed(ref WasmReader reader, uint sub) =>
        OperatorReader.Validated.SkipImmediates(OperatorTable.Decode(0xFC, sub), ref reader);

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
            case -0x1C:
            case -0x1D:
                OperatorReader.Validated.ReadHeapType(ref reader);
                return Representative(code);
            default:
                return Representative(code);
        }
    }

    /// <summary>
    /// The reference type the code generators use for reference type code <paramref name="code"/>: all
    /// references share one CLR representation, so only funcref and externref are told apart.
    /// </summary>
    private static ValType Representative(long code) => code switch
    {
        -0x10 => ValType.FuncRef,
        -0x11 => ValType.ExternRef,
        -0x1C or -0x1D => ValType.Ref(HeapType.Func, nullable: code == -0x1D),
        _ => ValType.Ref(AbstractHeapType.Any, nullable: true),
    };
}

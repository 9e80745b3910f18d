using System.Diagnostics.CodeAnalysis;
using WasmSharp.Binary;

namespace WasmSharp.Compilation;

/// <summary>Routes each instruction to the emitter of its family (one file per family).</summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal static class InstructionDispatcher
{
    /// <summary>Emits instruction <paramref name="op"/> (its opcode read) with the emitter of its family.</summary>
    public static void Dispatch(FunctionCompiler c, byte op, ref WasmReader reader)
    {
        switch (op)
        {
            case <= 0x1C:
            case 0x1F:
                ControlEmitter.Emit(c, op, ref reader);
                break;
            case <= 0x24:
                VariableEmitter.Emit(c, op, ref reader);
                break;
            case 0x25:
            case 0x26:
                TableEmitter.Emit(c, op, ref reader);
                break;
            case <= 0x40:
                MemoryEmitter.Emit(c, op, ref reader);
                break;
            case <= 0xA6:
                NumericEmitter.Emit(c, op, ref reader);
                break;
            case <= 0xC4:
                ConversionEmitter.Emit(c, op);
                break;
            case >= 0xD0 and <= 0xD6:
                ReferenceEmitter.Emit(c, op, ref reader);
                break;
            case 0xFB:
                GcEmitter.Emit(c, ref reader);
                break;
            case 0xFC:
                uint sub = reader.ReadVarUInt32();
                if (sub <= 7)
                {
                    ConversionEmitter.EmitSaturating(c, sub);
                }
                else if (sub <= 11)
                {
                    MemoryEmitter.EmitBulk(c, sub, ref reader);
                }
                else if (sub is >= 19 and <= 22)
                {
                    WideArithmeticEmitter.Emit(c, sub);
                }
                else
                {
                    TableEmitter.EmitBulk(c, sub, ref reader);
                }

                break;
            case 0xFD:
                VectorEmitter.Emit(c, ref reader);
                break;
            case 0xFE:
                AtomicEmitter.Emit(c, ref reader);
                break;
            default:
                throw new NotSupportedException($"opcode 0x{op:X2} is not supported by the compiler yet");
        }
    }
}

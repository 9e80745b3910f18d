using System.Reflection.Emit;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Emits the conversion instructions (spec 4.3.4 "Conversions", 0xA7-0xC4) and the saturating
/// truncations (0xFC 0-7). Exact IL conversions are used directly; trapping and saturating
/// truncation and unsigned 64-bit to float conversion call <see cref="ConversionOps"/>.
/// </summary>
internal static class ConversionEmitter
{
    private static readonly string[] s_saturating =
    [
        nameof(ConversionOps.I32TruncSatF32S), nameof(ConversionOps.I32TruncSatF32U),
        nameof(ConversionOps.I32TruncSatF64S), nameof(ConversionOps.I32TruncSatF64U),
        nameof(ConversionOps.I64TruncSatF32S), nameof(ConversionOps.I64TruncSatF32U),
        nameof(ConversionOps.I64TruncSatF64S), nameof(ConversionOps.I64TruncSatF64U),
    ];

    /// <summary>Emits conversion <paramref name="op"/> (0xA7-0xC4).</summary>
    public static void Emit(FunctionCompiler c, byte op)
    {
        ILGenerator il = c.IL;
        c.Pop();
        switch (op)
        {
            case 0xA7:
                il.Emit(OpCodes.Conv_I4);
                c.Push(ValType.I32);
                break;
            case 0xA8:
                Call(c, nameof(ConversionOps.I32TruncF32S), ValType.I32);
                break;
            case 0xA9:
                Call(c, nameof(ConversionOps.I32TruncF32U), ValType.I32);
                break;
            case 0xAA:
                Call(c, nameof(ConversionOps.I32TruncF64S), ValType.I32);
                break;
            case 0xAB:
                Call(c, nameof(ConversionOps.I32TruncF64U), ValType.I32);
                break;
            case 0xAC:
                il.Emit(OpCodes.Conv_I8);
                c.Push(ValType.I64);
                break;
            case 0xAD:
                il.Emit(OpCodes.Conv_U8);
                c.Push(ValType.I64);
                break;
            case 0xAE:
                Call(c, nameof(ConversionOps.I64TruncF32S), ValType.I64);
                break;
            case 0xAF:
                Call(c, nameof(ConversionOps.I64TruncF32U), ValType.I64);
                break;
            case 0xB0:
                Call(c, nameof(ConversionOps.I64TruncF64S), ValType.I64);
                break;
            case 0xB1:
                Call(c, nameof(ConversionOps.I64TruncF64U), ValType.I64);
                break;
            case 0xB6:
                Call(c, nameof(ConversionOps.F32DemoteF64), ValType.F32);
                break;
            case 0xB2:
            case 0xB4:
                // Signed integer and f64 sources round once, to nearest even.
                il.Emit(OpCodes.Conv_R4);
                c.Push(ValType.F32);
                break;
            case 0xB3:
                Call(c, nameof(ConversionOps.F32ConvertI32U), ValType.F32);
                break;
            case 0xB5:
                Call(c, nameof(ConversionOps.F32ConvertI64U), ValType.F32);
                break;
            case 0xB7:
            case 0xB9:
            case 0xBB:
                il.Emit(OpCodes.Conv_R8);
                c.Push(ValType.F64);
                break;
            case 0xB8:
                Call(c, nameof(ConversionOps.F64ConvertI32U), ValType.F64);
                break;
            case 0xBA:
                Call(c, nameof(ConversionOps.F64ConvertI64U), ValType.F64);
                break;
            case 0xBC:
                il.Emit(OpCodes.Call, typeof(BitConverter).GetMethod(nameof(BitConverter.SingleToInt32Bits))!);
                c.Push(ValType.I32);
                break;
            case 0xBD:
                il.Emit(OpCodes.Call, typeof(BitConverter).GetMethod(nameof(BitConverter.DoubleToInt64Bits))!);
                c.Push(ValType.I64);
                break;
            case 0xBE:
                Call(c, nameof(ConversionOps.F32ReinterpretI32), ValType.F32);
                break;
            case 0xBF:
                Call(c, nameof(ConversionOps.F64ReinterpretI64), ValType.F64);
                break;
            case 0xC0:
                il.Emit(OpCodes.Conv_I1);
                c.Push(ValType.I32);
                break;
            case 0xC1:
                il.Emit(OpCodes.Conv_I2);
                c.Push(ValType.I32);
                break;
            case 0xC2:
                il.Emit(OpCodes.Conv_I1);
                il.Emit(OpCodes.Conv_I8);
                c.Push(ValType.I64);
                break;
            case 0xC3:
                il.Emit(OpCodes.Conv_I2);
                il.Emit(OpCodes.Conv_I8);
                c.Push(ValType.I64);
                break;
            default:
                il.Emit(OpCodes.Conv_I4);
                il.Emit(OpCodes.Conv_I8);
                c.Push(ValType.I64);
                break;
        }
    }

    /// <summary>Emits saturating truncation 0xFC <paramref name="sub"/> (0-7).</summary>
    public static void EmitSaturating(FunctionCompiler c, uint sub)
    {
        c.Pop();
        Call(c, s_saturating[sub], sub < 4 ? ValType.I32 : ValType.I64);
    }

    private static void Call(FunctionCompiler c, string name, ValType result)
    {
        c.IL.Emit(OpCodes.Call, RuntimeMembers.Method(typeof(ConversionOps), name));
        c.Push(result);
    }
}

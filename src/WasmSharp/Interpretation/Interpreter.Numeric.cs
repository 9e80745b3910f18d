using System.Numerics;
using System.Runtime.CompilerServices;
using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>Numeric instructions (spec 4.4.1): operands <c>dst, a[, b]</c>; i32 and f32 zero-extended in their slot.</summary>
internal static partial class Interpreter
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref ulong D(ref ValRaw fp, ref int ip) => ref S(ref fp, ref ip, 1).Bits;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int A32(ref ValRaw fp, ref int ip) => (int)S(ref fp, ref ip, 2).Bits;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int B32(ref ValRaw fp, ref int ip) => (int)S(ref fp, ref ip, 3).Bits;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long A64(ref ValRaw fp, ref int ip) => (long)S(ref fp, ref ip, 2).Bits;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long B64(ref ValRaw fp, ref int ip) => (long)S(ref fp, ref ip, 3).Bits;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float AF(ref ValRaw fp, ref int ip) => BitConverter.UInt32BitsToSingle((uint)S(ref fp, ref ip, 2).Bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float BF(ref ValRaw fp, ref int ip) => BitConverter.UInt32BitsToSingle((uint)S(ref fp, ref ip, 3).Bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double AD(ref ValRaw fp, ref int ip) => BitConverter.UInt64BitsToDouble(S(ref fp, ref ip, 2).Bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double BD(ref ValRaw fp, ref int ip) => BitConverter.UInt64BitsToDouble(S(ref fp, ref ip, 3).Bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong I32(int value) => (uint)value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong I32(bool value) => value ? 1u : 0u;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong F32(float value) => BitConverter.SingleToUInt32Bits(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong F64(double value) => BitConverter.DoubleToUInt64Bits(value);

    /// <summary>Executes the numeric instruction at <paramref name="ip"/> and returns its length.</summary>
    private static int ExecuteNumeric(ref int ip, ref ValRaw fp)
    {
        ref ulong d = ref D(ref fp, ref ip);
        switch (ip)
        {
            case 0x45: d = I32(A32(ref fp, ref ip) == 0); return 3;
            case 0x46: d = I32(A32(ref fp, ref ip) == B32(ref fp, ref ip)); return 4;
            case 0x47: d = I32(A32(ref fp, ref ip) != B32(ref fp, ref ip)); return 4;
            case 0x48: d = I32(A32(ref fp, ref ip) < B32(ref fp, ref ip)); return 4;
            case 0x49: d = I32((uint)A32(ref fp, ref ip) < (uint)B32(ref fp, ref ip)); return 4;
            case 0x4A: d = I32(A32(ref fp, ref ip) > B32(ref fp, ref ip)); return 4;
            case 0x4B: d = I32((uint)A32(ref fp, ref ip) > (uint)B32(ref fp, ref ip)); return 4;
            case 0x4C: d = I32(A32(ref fp, ref ip) <= B32(ref fp, ref ip)); return 4;
            case 0x4D: d = I32((uint)A32(ref fp, ref ip) <= (uint)B32(ref fp, ref ip)); return 4;
            case 0x4E: d = I32(A32(ref fp, ref ip) >= B32(ref fp, ref ip)); return 4;
            case 0x4F: d = I32((uint)A32(ref fp, ref ip) >= (uint)B32(ref fp, ref ip)); return 4;
            case 0x50: d = I32(A64(ref fp, ref ip) == 0); return 3;
            case 0x51: d = I32(A64(ref fp, ref ip) == B64(ref fp, ref ip)); return 4;
            case 0x52: d = I32(A64(ref fp, ref ip) != B64(ref fp, ref ip)); return 4;
            case 0x53: d = I32(A64(ref fp, ref ip) < B64(ref fp, ref ip)); return 4;
            case 0x54: d = I32((ulong)A64(ref fp, ref ip) < (ulong)B64(ref fp, ref ip)); return 4;
            case 0x55: d = I32(A64(ref fp, ref ip) > B64(ref fp, ref ip)); return 4;
            case 0x56: d = I32((ulong)A64(ref fp, ref ip) > (ulong)B64(ref fp, ref ip)); return 4;
            case 0x57: d = I32(A64(ref fp, ref ip) <= B64(ref fp, ref ip)); return 4;
            case 0x58: d = I32((ulong)A64(ref fp, ref ip) <= (ulong)B64(ref fp, ref ip)); return 4;
            case 0x59: d = I32(A64(ref fp, ref ip) >= B64(ref fp, ref ip)); return 4;
            case 0x5A: d = I32((ulong)A64(ref fp, ref ip) >= (ulong)B64(ref fp, ref ip)); return 4;
            case 0x5B: d = I32(AF(ref fp, ref ip) == BF(ref fp, ref ip)); return 4;
            case 0x5C: d = I32(AF(ref fp, ref ip) != BF(ref fp, ref ip)); return 4;
            case 0x5D: d = I32(AF(ref fp, ref ip) < BF(ref fp, ref ip)); return 4;
            case 0x5E: d = I32(AF(ref fp, ref ip) > BF(ref fp, ref ip)); return 4;
            case 0x5F: d = I32(AF(ref fp, ref ip) <= BF(ref fp, ref ip)); return 4;
            case 0x60: d = I32(AF(ref fp, ref ip) >= BF(ref fp, ref ip)); return 4;
            case 0x61: d = I32(AD(ref fp, ref ip) == BD(ref fp, ref ip)); return 4;
            case 0x62: d = I32(AD(ref fp, ref ip) != BD(ref fp, ref ip)); return 4;
            case 0x63: d = I32(AD(ref fp, ref ip) < BD(ref fp, ref ip)); return 4;
            case 0x64: d = I32(AD(ref fp, ref ip) > BD(ref fp, ref ip)); return 4;
            case 0x65: d = I32(AD(ref fp, ref ip) <= BD(ref fp, ref ip)); return 4;
            case 0x66: d = I32(AD(ref fp, ref ip) >= BD(ref fp, ref ip)); return 4;

            case 0x67: d = (ulong)BitOperations.LeadingZeroCount((uint)A32(ref fp, ref ip)); return 3;
            case 0x68: d = (ulong)BitOperations.TrailingZeroCount((uint)A32(ref fp, ref ip)); return 3;
            case 0x69: d = (ulong)BitOperations.PopCount((uint)A32(ref fp, ref ip)); return 3;
            case 0x6A: d = I32(A32(ref fp, ref ip) + B32(ref fp, ref ip)); return 4;
            case 0x6B: d = I32(A32(ref fp, ref ip) - B32(ref fp, ref ip)); return 4;
            case 0x6C: d = I32(A32(ref fp, ref ip) * B32(ref fp, ref ip)); return 4;
            case 0x6D: d = I32(IntegerOps.I32DivS(A32(ref fp, ref ip), B32(ref fp, ref ip))); return 4;
            case 0x6E: d = I32(IntegerOps.I32DivU(A32(ref fp, ref ip), B32(ref fp, ref ip))); return 4;
            case 0x6F: d = I32(IntegerOps.I32RemS(A32(ref fp, ref ip), B32(ref fp, ref ip))); return 4;
            case 0x70: d = I32(IntegerOps.I32RemU(A32(ref fp, ref ip), B32(ref fp, ref ip))); return 4;
            case 0x71: d = I32(A32(ref fp, ref ip) & B32(ref fp, ref ip)); return 4;
            case 0x72: d = I32(A32(ref fp, ref ip) | B32(ref fp, ref ip)); return 4;
            case 0x73: d = I32(A32(ref fp, ref ip) ^ B32(ref fp, ref ip)); return 4;
            case 0x74: d = I32(A32(ref fp, ref ip) << B32(ref fp, ref ip)); return 4;
            case 0x75: d = I32(A32(ref fp, ref ip) >> B32(ref fp, ref ip)); return 4;
            case 0x76: d = I32((int)((uint)A32(ref fp, ref ip) >> B32(ref fp, ref ip))); return 4;
            case 0x77: d = I32(RotateOps.I32Rotl(A32(ref fp, ref ip), B32(ref fp, ref ip))); return 4;
            case 0x78: d = I32(RotateOps.I32Rotr(A32(ref fp, ref ip), B32(ref fp, ref ip))); return 4;

            case 0x79: d = (ulong)BitOperations.LeadingZeroCount((ulong)A64(ref fp, ref ip)); return 3;
            case 0x7A: d = (ulong)BitOperations.TrailingZeroCount((ulong)A64(ref fp, ref ip)); return 3;
            case 0x7B: d = (ulong)BitOperations.PopCount((ulong)A64(ref fp, ref ip)); return 3;
            case 0x7C: d = (ulong)(A64(ref fp, ref ip) + B64(ref fp, ref ip)); return 4;
            case 0x7D: d = (ulong)(A64(ref fp, ref ip) - B64(ref fp, ref ip)); return 4;
            case 0x7E: d = (ulong)(A64(ref fp, ref ip) * B64(ref fp, ref ip)); return 4;
            case 0x7F: d = (ulong)IntegerOps.I64DivS(A64(ref fp, ref ip), B64(ref fp, ref ip)); return 4;
            case 0x80: d = (ulong)IntegerOps.I64DivU(A64(ref fp, ref ip), B64(ref fp, ref ip)); return 4;
            case 0x81: d = (ulong)IntegerOps.I64RemS(A64(ref fp, ref ip), B64(ref fp, ref ip)); return 4;
            case 0x82: d = (ulong)IntegerOps.I64RemU(A64(ref fp, ref ip), B64(ref fp, ref ip)); return 4;
            case 0x83: d = (ulong)(A64(ref fp, ref ip) & B64(ref fp, ref ip)); return 4;
            case 0x84: d = (ulong)(A64(ref fp, ref ip) | B64(ref fp, ref ip)); return 4;
            case 0x85: d = (ulong)(A64(ref fp, ref ip) ^ B64(ref fp, ref ip)); return 4;
            case 0x86: d = (ulong)(A64(ref fp, ref ip) << (int)B64(ref fp, ref ip)); return 4;
            case 0x87: d = (ulong)(A64(ref fp, ref ip) >> (int)B64(ref fp, ref ip)); return 4;
            case 0x88: d = (ulong)A64(ref fp, ref ip) >> (int)B64(ref fp, ref ip); return 4;
            case 0x89: d = (ulong)RotateOps.I64Rotl(A64(ref fp, ref ip), B64(ref fp, ref ip)); return 4;
            case 0x8A: d = (ulong)RotateOps.I64Rotr(A64(ref fp, ref ip), B64(ref fp, ref ip)); return 4;

            case 0x8B: d = F32(FloatOps.F32Abs(AF(ref fp, ref ip))); return 3;
            case 0x8C: d = F32(FloatOps.F32Neg(AF(ref fp, ref ip))); return 3;
            case 0x8D: d = F32(MathF.Ceiling(AF(ref fp, ref ip))); return 3;
            case 0x8E: d = F32(MathF.Floor(AF(ref fp, ref ip))); return 3;
            case 0x8F: d = F32(MathF.Truncate(AF(ref fp, ref ip))); return 3;
            case 0x90: d = F32(FloatOps.F32Nearest(AF(ref fp, ref ip))); return 3;
            case 0x91: d = F32(MathF.Sqrt(AF(ref fp, ref ip))); return 3;
            case 0x92: d = F32(AF(ref fp, ref ip) + BF(ref fp, ref ip)); return 4;
            case 0x93: d = F32(AF(ref fp, ref ip) - BF(ref fp, ref ip)); return 4;
            case 0x94: d = F32(AF(ref fp, ref ip) * BF(ref fp, ref ip)); return 4;
            case 0x95: d = F32(AF(ref fp, ref ip) / BF(ref fp, ref ip)); return 4;
            case 0x96: d = F32(FloatOps.F32Min(AF(ref fp, ref ip), BF(ref fp, ref ip))); return 4;
            case 0x97: d = F32(FloatOps.F32Max(AF(ref fp, ref ip), BF(ref fp, ref ip))); return 4;
            case 0x98: d = F32(FloatOps.F32CopySign(AF(ref fp, ref ip), BF(ref fp, ref ip))); return 4;

            case 0x99: d = F64(FloatOps.F64Abs(AD(ref fp, ref ip))); return 3;
            case 0x9A: d = F64(FloatOps.F64Neg(AD(ref fp, ref ip))); return 3;
            case 0x9B: d = F64(Math.Ceiling(AD(ref fp, ref ip))); return 3;
            case 0x9C: d = F64(Math.Floor(AD(ref fp, ref ip))); return 3;
            case 0x9D: d = F64(Math.Truncate(AD(ref fp, ref ip))); return 3;
            case 0x9E: d = F64(FloatOps.F64Nearest(AD(ref fp, ref ip))); return 3;
            case 0x9F: d = F64(Math.Sqrt(AD(ref fp, ref ip))); return 3;
            case 0xA0: d = F64(AD(ref fp, ref ip) + BD(ref fp, ref ip)); return 4;
            case 0xA1: d = F64(AD(ref fp, ref ip) - BD(ref fp, ref ip)); return 4;
            case 0xA2: d = F64(AD(ref fp, ref ip) * BD(ref fp, ref ip)); return 4;
            case 0xA3: d = F64(AD(ref fp, ref ip) / BD(ref fp, ref ip)); return 4;
            case 0xA4: d = F64(FloatOps.F64Min(AD(ref fp, ref ip), BD(ref fp, ref ip))); return 4;
            case 0xA5: d = F64(FloatOps.F64Max(AD(ref fp, ref ip), BD(ref fp, ref ip))); return 4;
            case 0xA6: d = F64(FloatOps.F64CopySign(AD(ref fp, ref ip), BD(ref fp, ref ip))); return 4;

            case 0xA7: d = (uint)A64(ref fp, ref ip); return 3;
            case 0xA8: d = I32(ConversionOps.I32TruncF32S(AF(ref fp, ref ip))); return 3;
            case 0xA9: d = I32(ConversionOps.I32TruncF32U(AF(ref fp, ref ip))); return 3;
            case 0xAA: d = I32(ConversionOps.I32TruncF64S(AD(ref fp, ref ip))); return 3;
            case 0xAB: d = I32(ConversionOps.I32TruncF64U(AD(ref fp, ref ip))); return 3;
            case 0xAC: d = (ulong)(long)A32(ref fp, ref ip); return 3;
            case 0xAD: d = (uint)A32(ref fp, ref ip); return 3;
            case 0xAE: d = (ulong)ConversionOps.I64TruncF32S(AF(ref fp, ref ip)); return 3;
            case 0xAF: d = (ulong)ConversionOps.I64TruncF32U(AF(ref fp, ref ip)); return 3;
            case 0xB0: d = (ulong)ConversionOps.I64TruncF64S(AD(ref fp, ref ip)); return 3;
            case 0xB1: d = (ulong)ConversionOps.I64TruncF64U(AD(ref fp, ref ip)); return 3;
            case 0xB2: d = F32(A32(ref fp, ref ip)); return 3;
            case 0xB3: d = F32(ConversionOps.F32ConvertI32U(A32(ref fp, ref ip))); return 3;
            case 0xB4: d = F32(A64(ref fp, ref ip)); return 3;
            case 0xB5: d = F32(ConversionOps.F32ConvertI64U(A64(ref fp, ref ip))); return 3;
            case 0xB6: d = F32(ConversionOps.F32DemoteF64(AD(ref fp, ref ip))); return 3;
            case 0xB7: d = F64(A32(ref fp, ref ip)); return 3;
            case 0xB8: d = F64(ConversionOps.F64ConvertI32U(A32(ref fp, ref ip))); return 3;
            case 0xB9: d = F64(A64(ref fp, ref ip)); return 3;
            case 0xBA: d = F64(ConversionOps.F64ConvertI64U(A64(ref fp, ref ip))); return 3;
            case 0xBB: d = F64(AF(ref fp, ref ip)); return 3;
            case 0xC0: d = I32((sbyte)A32(ref fp, ref ip)); return 3;
            case 0xC1: d = I32((short)A32(ref fp, ref ip)); return 3;
            case 0xC2: d = (ulong)(long)(sbyte)A64(ref fp, ref ip); return 3;
            case 0xC3: d = (ulong)(long)(short)A64(ref fp, ref ip); return 3;
            case 0xC4: d = (ulong)(long)(int)A64(ref fp, ref ip); return 3;

            case (int)Op.I32TruncSatF32S: d = I32(ConversionOps.I32TruncSatF32S(AF(ref fp, ref ip))); return 3;
            case (int)Op.I32TruncSatF32U: d = I32(ConversionOps.I32TruncSatF32U(AF(ref fp, ref ip))); return 3;
            case (int)Op.I32TruncSatF64S: d = I32(ConversionOps.I32TruncSatF64S(AD(ref fp, ref ip))); return 3;
            case (int)Op.I32TruncSatF64U: d = I32(ConversionOps.I32TruncSatF64U(AD(ref fp, ref ip))); return 3;
            case (int)Op.I64TruncSatF32S: d = (ulong)ConversionOps.I64TruncSatF32S(AF(ref fp, ref ip)); return 3;
            case (int)Op.I64TruncSatF32U: d = (ulong)ConversionOps.I64TruncSatF32U(AF(ref fp, ref ip)); return 3;
            case (int)Op.I64TruncSatF64S: d = (ulong)ConversionOps.I64TruncSatF64S(AD(ref fp, ref ip)); return 3;
            case (int)Op.I64TruncSatF64U: d = (ulong)ConversionOps.I64TruncSatF64U(AD(ref fp, ref ip)); return 3;
            default:
                throw new InvalidOperationException($"interpreter: unknown numeric instruction 0x{ip:X}");
        }
    }
}

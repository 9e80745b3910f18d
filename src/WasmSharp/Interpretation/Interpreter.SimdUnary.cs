using WasmSharp.Vm;
using V128 = System.Runtime.Intrinsics.Vector128<byte>;

namespace WasmSharp.Interpretation;

/// <summary>
/// SIMD operations v128 → v128 (<see cref="SimdForm.Unary"/>), each the helper the compiled tier
/// calls (<c>Compilation/VectorOpcodes</c>), relaxed truncations as the saturating ones. Split in
/// two so the JIT keeps inlining the helpers into each switch.
/// </summary>
internal static partial class Interpreter
{
    // Below 0xE0: bitwise not, integer lanes, f32/f64 rounding (interleaved with the integer
    // opcodes), demote and promote.
    private static V128 SimdIntegerUnary(int sub, V128 a) => sub switch
    {
        0x4D => SimdOps.Not(a),
        0x5E => SimdConversionOps.F32x4DemoteF64x2Zero(a),
        0x5F => SimdConversionOps.F64x2PromoteLowF32x4(a),
        0x60 => SimdIntegerOps.I8x16Abs(a),
        0x61 => SimdIntegerOps.I8x16Neg(a),
        0x62 => SimdIntegerOps.I8x16Popcnt(a),
        0x67 => SimdFloatOps.F32x4Ceil(a),
        0x68 => SimdFloatOps.F32x4Floor(a),
        0x69 => SimdFloatOps.F32x4Trunc(a),
        0x6A => SimdFloatOps.F32x4Nearest(a),
        0x74 => SimdFloatOps.F64x2Ceil(a),
        0x75 => SimdFloatOps.F64x2Floor(a),
        0x7A => SimdFloatOps.F64x2Trunc(a),
        0x7C => SimdIntegerOps.I16x8ExtaddPairwiseI8x16S(a),
        0x7D => SimdIntegerOps.I16x8ExtaddPairwiseI8x16U(a),
        0x7E => SimdIntegerOps.I32x4ExtaddPairwiseI16x8S(a),
        0x7F => SimdIntegerOps.I32x4ExtaddPairwiseI16x8U(a),
        0x80 => SimdIntegerOps.I16x8Abs(a),
        0x81 => SimdIntegerOps.I16x8Neg(a),
        0x87 => SimdIntegerOps.I16x8ExtendLowI8x16S(a),
        0x88 => SimdIntegerOps.I16x8ExtendHighI8x16S(a),
        0x89 => SimdIntegerOps.I16x8ExtendLowI8x16U(a),
        0x8A => SimdIntegerOps.I16x8ExtendHighI8x16U(a),
        0x94 => SimdFloatOps.F64x2Nearest(a),
        0xA0 => SimdIntegerOps.I32x4Abs(a),
        0xA1 => SimdIntegerOps.I32x4Neg(a),
        0xA7 => SimdIntegerOps.I32x4ExtendLowI16x8S(a),
        0xA8 => SimdIntegerOps.I32x4ExtendHighI16x8S(a),
        0xA9 => SimdIntegerOps.I32x4ExtendLowI16x8U(a),
        0xAA => SimdIntegerOps.I32x4ExtendHighI16x8U(a),
        0xC0 => SimdIntegerOps.I64x2Abs(a),
        0xC1 => SimdIntegerOps.I64x2Neg(a),
        0xC7 => SimdIntegerOps.I64x2ExtendLowI32x4S(a),
        0xC8 => SimdIntegerOps.I64x2ExtendHighI32x4S(a),
        0xC9 => SimdIntegerOps.I64x2ExtendLowI32x4U(a),
        0xCA => SimdIntegerOps.I64x2ExtendHighI32x4U(a),
        _ => throw UnknownSimd(sub),
    };

    // From 0xE0: float sign and square root, conversions, relaxed truncations.
    private static V128 SimdFloatUnary(int sub, V128 a) => sub switch
    {
        0xE0 => SimdFloatOps.F32x4Abs(a),
        0xE1 => SimdFloatOps.F32x4Neg(a),
        0xE3 => SimdFloatOps.F32x4Sqrt(a),
        0xEC => SimdFloatOps.F64x2Abs(a),
        0xED => SimdFloatOps.F64x2Neg(a),
        0xEF => SimdFloatOps.F64x2Sqrt(a),
        0xF8 or 0x101 => SimdConversionOps.I32x4TruncSatF32x4S(a),
        0xF9 or 0x102 => SimdConversionOps.I32x4TruncSatF32x4U(a),
        0xFA => SimdConversionOps.F32x4ConvertI32x4S(a),
        0xFB => SimdConversionOps.F32x4ConvertI32x4U(a),
        0xFC or 0x103 => SimdConversionOps.I32x4TruncSatF64x2SZero(a),
        0xFD or 0x104 => SimdConversionOps.I32x4TruncSatF64x2UZero(a),
        0xFE => SimdConversionOps.F64x2ConvertLowI32x4S(a),
        0xFF => SimdConversionOps.F64x2ConvertLowI32x4U(a),
        _ => throw UnknownSimd(sub),
    };
}

using WasmSharp.Vm;
using V128 = System.Runtime.Intrinsics.Vector128<byte>;

namespace WasmSharp.Interpretation;

/// <summary>
/// SIMD operations v128 × v128 → v128 (<see cref="SimdForm.Binary"/>), each the helper the
/// compiled tier calls (<c>Compilation/VectorOpcodes</c>); relaxed swizzle, min/max and q15mulr
/// are their strict versions there too. Split by opcode range so the JIT keeps inlining the
/// helpers into each switch.
/// </summary>
internal static partial class Interpreter
{
    private static void ExecuteSimdBinary(int sub, ref int ip, ref ValRaw fp)
    {
        V128 a = ReadV(ref fp, ref ip, 3);
        V128 b = ReadV(ref fp, ref ip, 4);
        V128 result = sub switch
        {
            >= 0x23 and <= 0x4C => SimdCompare(sub, a, b),
            < 0xA0 => SimdBinaryNarrow(sub, a, b),
            < 0xE0 => SimdBinaryWide(sub, a, b),
            _ => SimdBinaryFloat(sub, a, b),
        };
        WriteV(ref fp, ref ip, result);
    }

    private static V128 SimdCompare(int sub, V128 a, V128 b) => sub switch
    {
        0x23 => SimdIntegerOps.I8x16Eq(a, b),
        0x24 => SimdIntegerOps.I8x16Ne(a, b),
        0x25 => SimdIntegerOps.I8x16LtS(a, b),
        0x26 => SimdIntegerOps.I8x16LtU(a, b),
        0x27 => SimdIntegerOps.I8x16GtS(a, b),
        0x28 => SimdIntegerOps.I8x16GtU(a, b),
        0x29 => SimdIntegerOps.I8x16LeS(a, b),
        0x2A => SimdIntegerOps.I8x16LeU(a, b),
        0x2B => SimdIntegerOps.I8x16GeS(a, b),
        0x2C => SimdIntegerOps.I8x16GeU(a, b),
        0x2D => SimdIntegerOps.I16x8Eq(a, b),
        0x2E => SimdIntegerOps.I16x8Ne(a, b),
        0x2F => SimdIntegerOps.I16x8LtS(a, b),
        0x30 => SimdIntegerOps.I16x8LtU(a, b),
        0x31 => SimdIntegerOps.I16x8GtS(a, b),
        0x32 => SimdIntegerOps.I16x8GtU(a, b),
        0x33 => SimdIntegerOps.I16x8LeS(a, b),
        0x34 => SimdIntegerOps.I16x8LeU(a, b),
        0x35 => SimdIntegerOps.I16x8GeS(a, b),
        0x36 => SimdIntegerOps.I16x8GeU(a, b),
        0x37 => SimdIntegerOps.I32x4Eq(a, b),
        0x38 => SimdIntegerOps.I32x4Ne(a, b),
        0x39 => SimdIntegerOps.I32x4LtS(a, b),
        0x3A => SimdIntegerOps.I32x4LtU(a, b),
        0x3B => SimdIntegerOps.I32x4GtS(a, b),
        0x3C => SimdIntegerOps.I32x4GtU(a, b),
        0x3D => SimdIntegerOps.I32x4LeS(a, b),
        0x3E => SimdIntegerOps.I32x4LeU(a, b),
        0x3F => SimdIntegerOps.I32x4GeS(a, b),
        0x40 => SimdIntegerOps.I32x4GeU(a, b),
        0x41 => SimdFloatOps.F32x4Eq(a, b),
        0x42 => SimdFloatOps.F32x4Ne(a, b),
        0x43 => SimdFloatOps.F32x4Lt(a, b),
        0x44 => SimdFloatOps.F32x4Gt(a, b),
        0x45 => SimdFloatOps.F32x4Le(a, b),
        0x46 => SimdFloatOps.F32x4Ge(a, b),
        0x47 => SimdFloatOps.F64x2Eq(a, b),
        0x48 => SimdFloatOps.F64x2Ne(a, b),
        0x49 => SimdFloatOps.F64x2Lt(a, b),
        0x4A => SimdFloatOps.F64x2Gt(a, b),
        0x4B => SimdFloatOps.F64x2Le(a, b),
        0x4C => SimdFloatOps.F64x2Ge(a, b),
        _ => throw UnknownSimd(sub),
    };

    // Swizzle, bitwise operations, i8x16 and i16x8 arithmetic.
    private static V128 SimdBinaryNarrow(int sub, V128 a, V128 b) => sub switch
    {
        0x0E => SimdOps.Swizzle(a, b),
        0x4E => SimdOps.And(a, b),
        0x4F => SimdOps.AndNot(a, b),
        0x50 => SimdOps.Or(a, b),
        0x51 => SimdOps.Xor(a, b),
        0x65 => SimdIntegerOps.I8x16NarrowI16x8S(a, b),
        0x66 => SimdIntegerOps.I8x16NarrowI16x8U(a, b),
        0x6E => SimdIntegerOps.I8x16Add(a, b),
        0x6F => SimdIntegerOps.I8x16AddSatS(a, b),
        0x70 => SimdIntegerOps.I8x16AddSatU(a, b),
        0x71 => SimdIntegerOps.I8x16Sub(a, b),
        0x72 => SimdIntegerOps.I8x16SubSatS(a, b),
        0x73 => SimdIntegerOps.I8x16SubSatU(a, b),
        0x76 => SimdIntegerOps.I8x16MinS(a, b),
        0x77 => SimdIntegerOps.I8x16MinU(a, b),
        0x78 => SimdIntegerOps.I8x16MaxS(a, b),
        0x79 => SimdIntegerOps.I8x16MaxU(a, b),
        0x7B => SimdIntegerOps.I8x16AvgrU(a, b),
        0x82 => SimdIntegerOps.I16x8Q15mulrSatS(a, b),
        0x85 => SimdIntegerOps.I16x8NarrowI32x4S(a, b),
        0x86 => SimdIntegerOps.I16x8NarrowI32x4U(a, b),
        0x8E => SimdIntegerOps.I16x8Add(a, b),
        0x8F => SimdIntegerOps.I16x8AddSatS(a, b),
        0x90 => SimdIntegerOps.I16x8AddSatU(a, b),
        0x91 => SimdIntegerOps.I16x8Sub(a, b),
        0x92 => SimdIntegerOps.I16x8SubSatS(a, b),
        0x93 => SimdIntegerOps.I16x8SubSatU(a, b),
        0x95 => SimdIntegerOps.I16x8Mul(a, b),
        0x96 => SimdIntegerOps.I16x8MinS(a, b),
        0x97 => SimdIntegerOps.I16x8MinU(a, b),
        0x98 => SimdIntegerOps.I16x8MaxS(a, b),
        0x99 => SimdIntegerOps.I16x8MaxU(a, b),
        0x9B => SimdIntegerOps.I16x8AvgrU(a, b),
        0x9C => SimdIntegerOps.I16x8ExtmulLowI8x16S(a, b),
        0x9D => SimdIntegerOps.I16x8ExtmulHighI8x16S(a, b),
        0x9E => SimdIntegerOps.I16x8ExtmulLowI8x16U(a, b),
        0x9F => SimdIntegerOps.I16x8ExtmulHighI8x16U(a, b),
        _ => throw UnknownSimd(sub),
    };

    // i32x4 and i64x2 arithmetic and the i64x2 comparisons.
    private static V128 SimdBinaryWide(int sub, V128 a, V128 b) => sub switch
    {
        0xAE => SimdIntegerOps.I32x4Add(a, b),
        0xB1 => SimdIntegerOps.I32x4Sub(a, b),
        0xB5 => SimdIntegerOps.I32x4Mul(a, b),
        0xB6 => SimdIntegerOps.I32x4MinS(a, b),
        0xB7 => SimdIntegerOps.I32x4MinU(a, b),
        0xB8 => SimdIntegerOps.I32x4MaxS(a, b),
        0xB9 => SimdIntegerOps.I32x4MaxU(a, b),
        0xBA => SimdIntegerOps.I32x4DotI16x8S(a, b),
        0xBC => SimdIntegerOps.I32x4ExtmulLowI16x8S(a, b),
        0xBD => SimdIntegerOps.I32x4ExtmulHighI16x8S(a, b),
        0xBE => SimdIntegerOps.I32x4ExtmulLowI16x8U(a, b),
        0xBF => SimdIntegerOps.I32x4ExtmulHighI16x8U(a, b),
        0xCE => SimdIntegerOps.I64x2Add(a, b),
        0xD1 => SimdIntegerOps.I64x2Sub(a, b),
        0xD5 => SimdIntegerOps.I64x2Mul(a, b),
        0xD6 => SimdIntegerOps.I64x2Eq(a, b),
        0xD7 => SimdIntegerOps.I64x2Ne(a, b),
        0xD8 => SimdIntegerOps.I64x2LtS(a, b),
        0xD9 => SimdIntegerOps.I64x2GtS(a, b),
        0xDA => SimdIntegerOps.I64x2LeS(a, b),
        0xDB => SimdIntegerOps.I64x2GeS(a, b),
        0xDC => SimdIntegerOps.I64x2ExtmulLowI32x4S(a, b),
        0xDD => SimdIntegerOps.I64x2ExtmulHighI32x4S(a, b),
        0xDE => SimdIntegerOps.I64x2ExtmulLowI32x4U(a, b),
        0xDF => SimdIntegerOps.I64x2ExtmulHighI32x4U(a, b),
        _ => throw UnknownSimd(sub),
    };

    // f32x4 and f64x2 arithmetic, and the relaxed binary operations.
    private static V128 SimdBinaryFloat(int sub, V128 a, V128 b) => sub switch
    {
        0xE4 => SimdFloatOps.F32x4Add(a, b),
        0xE5 => SimdFloatOps.F32x4Sub(a, b),
        0xE6 => SimdFloatOps.F32x4Mul(a, b),
        0xE7 => SimdFloatOps.F32x4Div(a, b),
        0xE8 or 0x10D => SimdFloatOps.F32x4Min(a, b),
        0xE9 or 0x10E => SimdFloatOps.F32x4Max(a, b),
        0xEA => SimdFloatOps.F32x4Pmin(a, b),
        0xEB => SimdFloatOps.F32x4Pmax(a, b),
        0xF0 => SimdFloatOps.F64x2Add(a, b),
        0xF1 => SimdFloatOps.F64x2Sub(a, b),
        0xF2 => SimdFloatOps.F64x2Mul(a, b),
        0xF3 => SimdFloatOps.F64x2Div(a, b),
        0xF4 or 0x10F => SimdFloatOps.F64x2Min(a, b),
        0xF5 or 0x110 => SimdFloatOps.F64x2Max(a, b),
        0xF6 => SimdFloatOps.F64x2Pmin(a, b),
        0xF7 => SimdFloatOps.F64x2Pmax(a, b),
        0x100 => SimdOps.Swizzle(a, b),
        0x111 => SimdIntegerOps.I16x8Q15mulrSatS(a, b),
        0x112 => RelaxedSimdOps.I16x8DotI8x16I7x16S(a, b),
        _ => throw UnknownSimd(sub),
    };
}

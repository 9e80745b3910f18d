using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// The runtime helper implementing each 0xFD instruction that takes its operands from the stack
/// only (no memory argument, lane or byte immediates). The helper's signature gives the stack
/// effect: it pops one operand per parameter and pushes its result. Relaxed SIMD instructions map
/// to the deterministic choice documented on <see cref="RelaxedSimdOps"/>. The table was written
/// by a throwaway script from the opcode table of WasmSharp.Text; nameof keeps it checked.
/// </summary>
internal static class VectorOpcodes
{
    private static readonly MethodInfo?[] s_cache = new MethodInfo?[0x114];

    /// <summary>The helper of sub-opcode <paramref name="op"/>, or null if it is not a plain stack operation.</summary>
    public static MethodInfo? Helper(uint op)
    {
        if (op >= (uint)s_cache.Length)
        {
            return null;
        }

        return s_cache[op] ??= Lookup(op);
    }

    private static MethodInfo? Lookup(uint op) => op switch
    {
        0x0E => Method(typeof(SimdOps), nameof(SimdOps.Swizzle)), // i8x16.swizzle
        0x0F => Method(typeof(SimdOps), nameof(SimdOps.I8x16Splat)), // i8x16.splat
        0x10 => Method(typeof(SimdOps), nameof(SimdOps.I16x8Splat)), // i16x8.splat
        0x11 => Method(typeof(SimdOps), nameof(SimdOps.I32x4Splat)), // i32x4.splat
        0x12 => Method(typeof(SimdOps), nameof(SimdOps.I64x2Splat)), // i64x2.splat
        0x13 => Method(typeof(SimdOps), nameof(SimdOps.F32x4Splat)), // f32x4.splat
        0x14 => Method(typeof(SimdOps), nameof(SimdOps.F64x2Splat)), // f64x2.splat
        0x23 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I8x16Eq)), // i8x16.eq
        0x24 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I8x16Ne)), // i8x16.ne
        0x25 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I8x16LtS)), // i8x16.lt_s
        0x26 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I8x16LtU)), // i8x16.lt_u
        0x27 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I8x16GtS)), // i8x16.gt_s
        0x28 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I8x16GtU)), // i8x16.gt_u
        0x29 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I8x16LeS)), // i8x16.le_s
        0x2A => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I8x16LeU)), // i8x16.le_u
        0x2B => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I8x16GeS)), // i8x16.ge_s
        0x2C => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I8x16GeU)), // i8x16.ge_u
        0x2D => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8Eq)), // i16x8.eq
        0x2E => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8Ne)), // i16x8.ne
        0x2F => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8LtS)), // i16x8.lt_s
        0x30 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8LtU)), // i16x8.lt_u
        0x31 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8GtS)), // i16x8.gt_s
        0x32 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8GtU)), // i16x8.gt_u
        0x33 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8LeS)), // i16x8.le_s
        0x34 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8LeU)), // i16x8.le_u
        0x35 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8GeS)), // i16x8.ge_s
        0x36 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8GeU)), // i16x8.ge_u
        0x37 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4Eq)), // i32x4.eq
        0x38 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4Ne)), // i32x4.ne
        0x39 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4LtS)), // i32x4.lt_s
        0x3A => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4LtU)), // i32x4.lt_u
        0x3B => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4GtS)), // i32x4.gt_s
        0x3C => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4GtU)), // i32x4.gt_u
        0x3D => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4LeS)), // i32x4.le_s
        0x3E => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4LeU)), // i32x4.le_u
        0x3F => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4GeS)), // i32x4.ge_s
        0x40 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4GeU)), // i32x4.ge_u
        0x41 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F32x4Eq)), // f32x4.eq
        0x42 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F32x4Ne)), // f32x4.ne
        0x43 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F32x4Lt)), // f32x4.lt
        0x44 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F32x4Gt)), // f32x4.gt
        0x45 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F32x4Le)), // f32x4.le
        0x46 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F32x4Ge)), // f32x4.ge
        0x47 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F64x2Eq)), // f64x2.eq
        0x48 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F64x2Ne)), // f64x2.ne
        0x49 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F64x2Lt)), // f64x2.lt
        0x4A => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F64x2Gt)), // f64x2.gt
        0x4B => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F64x2Le)), // f64x2.le
        0x4C => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F64x2Ge)), // f64x2.ge
        0x4D => Method(typeof(SimdOps), nameof(SimdOps.Not)), // v128.not
        0x4E => Method(typeof(SimdOps), nameof(SimdOps.And)), // v128.and
        0x4F => Method(typeof(SimdOps), nameof(SimdOps.AndNot)), // v128.andnot
        0x50 => Method(typeof(SimdOps), nameof(SimdOps.Or)), // v128.or
        0x51 => Method(typeof(SimdOps), nameof(SimdOps.Xor)), // v128.xor
        0x52 => Method(typeof(SimdOps), nameof(SimdOps.Bitselect)), // v128.bitselect
        0x53 => Method(typeof(SimdOps), nameof(SimdOps.AnyTrue)), // v128.any_true
        0x5E => Method(typeof(SimdConversionOps), nameof(SimdConversionOps.F32x4DemoteF64x2Zero)), // f32x4.demote_f64x2_zero
        0x5F => Method(typeof(SimdConversionOps), nameof(SimdConversionOps.F64x2PromoteLowF32x4)), // f64x2.promote_low_f32x4
        0x60 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I8x16Abs)), // i8x16.abs
        0x61 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I8x16Neg)), // i8x16.neg
        0x62 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I8x16Popcnt)), // i8x16.popcnt
        0x63 => Method(typeof(SimdOps), nameof(SimdOps.I8x16AllTrue)), // i8x16.all_true
        0x64 => Method(typeof(SimdOps), nameof(SimdOps.I8x16Bitmask)), // i8x16.bitmask
        0x65 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I8x16NarrowI16x8S)), // i8x16.narrow_i16x8_s
        0x66 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I8x16NarrowI16x8U)), // i8x16.narrow_i16x8_u
        0x67 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F32x4Ceil)), // f32x4.ceil
        0x68 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F32x4Floor)), // f32x4.floor
        0x69 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F32x4Trunc)), // f32x4.trunc
        0x6A => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F32x4Nearest)), // f32x4.nearest
        0x6B => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I8x16Shl)), // i8x16.shl
        0x6C => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I8x16ShrS)), // i8x16.shr_s
        0x6D => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I8x16ShrU)), // i8x16.shr_u
        0x6E => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I8x16Add)), // i8x16.add
        0x6F => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I8x16AddSatS)), // i8x16.add_sat_s
        0x70 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I8x16AddSatU)), // i8x16.add_sat_u
        0x71 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I8x16Sub)), // i8x16.sub
        0x72 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I8x16SubSatS)), // i8x16.sub_sat_s
        0x73 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I8x16SubSatU)), // i8x16.sub_sat_u
        0x74 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F64x2Ceil)), // f64x2.ceil
        0x75 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F64x2Floor)), // f64x2.floor
        0x76 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I8x16MinS)), // i8x16.min_s
        0x77 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I8x16MinU)), // i8x16.min_u
        0x78 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I8x16MaxS)), // i8x16.max_s
        0x79 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I8x16MaxU)), // i8x16.max_u
        0x7A => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F64x2Trunc)), // f64x2.trunc
        0x7B => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I8x16AvgrU)), // i8x16.avgr_u
        0x7C => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8ExtaddPairwiseI8x16S)), // i16x8.extadd_pairwise_i8x16_s
        0x7D => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8ExtaddPairwiseI8x16U)), // i16x8.extadd_pairwise_i8x16_u
        0x7E => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4ExtaddPairwiseI16x8S)), // i32x4.extadd_pairwise_i16x8_s
        0x7F => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4ExtaddPairwiseI16x8U)), // i32x4.extadd_pairwise_i16x8_u
        0x80 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8Abs)), // i16x8.abs
        0x81 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8Neg)), // i16x8.neg
        0x82 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8Q15mulrSatS)), // i16x8.q15mulr_sat_s
        0x83 => Method(typeof(SimdOps), nameof(SimdOps.I16x8AllTrue)), // i16x8.all_true
        0x84 => Method(typeof(SimdOps), nameof(SimdOps.I16x8Bitmask)), // i16x8.bitmask
        0x85 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8NarrowI32x4S)), // i16x8.narrow_i32x4_s
        0x86 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8NarrowI32x4U)), // i16x8.narrow_i32x4_u
        0x87 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8ExtendLowI8x16S)), // i16x8.extend_low_i8x16_s
        0x88 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8ExtendHighI8x16S)), // i16x8.extend_high_i8x16_s
        0x89 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8ExtendLowI8x16U)), // i16x8.extend_low_i8x16_u
        0x8A => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8ExtendHighI8x16U)), // i16x8.extend_high_i8x16_u
        0x8B => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8Shl)), // i16x8.shl
        0x8C => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8ShrS)), // i16x8.shr_s
        0x8D => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8ShrU)), // i16x8.shr_u
        0x8E => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8Add)), // i16x8.add
        0x8F => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8AddSatS)), // i16x8.add_sat_s
        0x90 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8AddSatU)), // i16x8.add_sat_u
        0x91 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8Sub)), // i16x8.sub
        0x92 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8SubSatS)), // i16x8.sub_sat_s
        0x93 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8SubSatU)), // i16x8.sub_sat_u
        0x94 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F64x2Nearest)), // f64x2.nearest
        0x95 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8Mul)), // i16x8.mul
        0x96 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8MinS)), // i16x8.min_s
        0x97 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8MinU)), // i16x8.min_u
        0x98 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8MaxS)), // i16x8.max_s
        0x99 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8MaxU)), // i16x8.max_u
        0x9B => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8AvgrU)), // i16x8.avgr_u
        0x9C => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8ExtmulLowI8x16S)), // i16x8.extmul_low_i8x16_s
        0x9D => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8ExtmulHighI8x16S)), // i16x8.extmul_high_i8x16_s
        0x9E => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8ExtmulLowI8x16U)), // i16x8.extmul_low_i8x16_u
        0x9F => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8ExtmulHighI8x16U)), // i16x8.extmul_high_i8x16_u
        0xA0 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4Abs)), // i32x4.abs
        0xA1 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4Neg)), // i32x4.neg
        0xA3 => Method(typeof(SimdOps), nameof(SimdOps.I32x4AllTrue)), // i32x4.all_true
        0xA4 => Method(typeof(SimdOps), nameof(SimdOps.I32x4Bitmask)), // i32x4.bitmask
        0xA7 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4ExtendLowI16x8S)), // i32x4.extend_low_i16x8_s
        0xA8 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4ExtendHighI16x8S)), // i32x4.extend_high_i16x8_s
        0xA9 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4ExtendLowI16x8U)), // i32x4.extend_low_i16x8_u
        0xAA => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4ExtendHighI16x8U)), // i32x4.extend_high_i16x8_u
        0xAB => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4Shl)), // i32x4.shl
        0xAC => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4ShrS)), // i32x4.shr_s
        0xAD => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4ShrU)), // i32x4.shr_u
        0xAE => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4Add)), // i32x4.add
        0xB1 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4Sub)), // i32x4.sub
        0xB5 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4Mul)), // i32x4.mul
        0xB6 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4MinS)), // i32x4.min_s
        0xB7 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4MinU)), // i32x4.min_u
        0xB8 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4MaxS)), // i32x4.max_s
        0xB9 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4MaxU)), // i32x4.max_u
        0xBA => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4DotI16x8S)), // i32x4.dot_i16x8_s
        0xBC => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4ExtmulLowI16x8S)), // i32x4.extmul_low_i16x8_s
        0xBD => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4ExtmulHighI16x8S)), // i32x4.extmul_high_i16x8_s
        0xBE => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4ExtmulLowI16x8U)), // i32x4.extmul_low_i16x8_u
        0xBF => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I32x4ExtmulHighI16x8U)), // i32x4.extmul_high_i16x8_u
        0xC0 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I64x2Abs)), // i64x2.abs
        0xC1 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I64x2Neg)), // i64x2.neg
        0xC3 => Method(typeof(SimdOps), nameof(SimdOps.I64x2AllTrue)), // i64x2.all_true
        0xC4 => Method(typeof(SimdOps), nameof(SimdOps.I64x2Bitmask)), // i64x2.bitmask
        0xC7 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I64x2ExtendLowI32x4S)), // i64x2.extend_low_i32x4_s
        0xC8 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I64x2ExtendHighI32x4S)), // i64x2.extend_high_i32x4_s
        0xC9 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I64x2ExtendLowI32x4U)), // i64x2.extend_low_i32x4_u
        0xCA => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I64x2ExtendHighI32x4U)), // i64x2.extend_high_i32x4_u
        0xCB => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I64x2Shl)), // i64x2.shl
        0xCC => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I64x2ShrS)), // i64x2.shr_s
        0xCD => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I64x2ShrU)), // i64x2.shr_u
        0xCE => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I64x2Add)), // i64x2.add
        0xD1 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I64x2Sub)), // i64x2.sub
        0xD5 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I64x2Mul)), // i64x2.mul
        0xD6 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I64x2Eq)), // i64x2.eq
        0xD7 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I64x2Ne)), // i64x2.ne
        0xD8 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I64x2LtS)), // i64x2.lt_s
        0xD9 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I64x2GtS)), // i64x2.gt_s
        0xDA => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I64x2LeS)), // i64x2.le_s
        0xDB => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I64x2GeS)), // i64x2.ge_s
        0xDC => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I64x2ExtmulLowI32x4S)), // i64x2.extmul_low_i32x4_s
        0xDD => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I64x2ExtmulHighI32x4S)), // i64x2.extmul_high_i32x4_s
        0xDE => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I64x2ExtmulLowI32x4U)), // i64x2.extmul_low_i32x4_u
        0xDF => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I64x2ExtmulHighI32x4U)), // i64x2.extmul_high_i32x4_u
        0xE0 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F32x4Abs)), // f32x4.abs
        0xE1 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F32x4Neg)), // f32x4.neg
        0xE3 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F32x4Sqrt)), // f32x4.sqrt
        0xE4 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F32x4Add)), // f32x4.add
        0xE5 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F32x4Sub)), // f32x4.sub
        0xE6 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F32x4Mul)), // f32x4.mul
        0xE7 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F32x4Div)), // f32x4.div
        0xE8 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F32x4Min)), // f32x4.min
        0xE9 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F32x4Max)), // f32x4.max
        0xEA => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F32x4Pmin)), // f32x4.pmin
        0xEB => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F32x4Pmax)), // f32x4.pmax
        0xEC => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F64x2Abs)), // f64x2.abs
        0xED => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F64x2Neg)), // f64x2.neg
        0xEF => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F64x2Sqrt)), // f64x2.sqrt
        0xF0 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F64x2Add)), // f64x2.add
        0xF1 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F64x2Sub)), // f64x2.sub
        0xF2 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F64x2Mul)), // f64x2.mul
        0xF3 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F64x2Div)), // f64x2.div
        0xF4 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F64x2Min)), // f64x2.min
        0xF5 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F64x2Max)), // f64x2.max
        0xF6 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F64x2Pmin)), // f64x2.pmin
        0xF7 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F64x2Pmax)), // f64x2.pmax
        0xF8 => Method(typeof(SimdConversionOps), nameof(SimdConversionOps.I32x4TruncSatF32x4S)), // i32x4.trunc_sat_f32x4_s
        0xF9 => Method(typeof(SimdConversionOps), nameof(SimdConversionOps.I32x4TruncSatF32x4U)), // i32x4.trunc_sat_f32x4_u
        0xFA => Method(typeof(SimdConversionOps), nameof(SimdConversionOps.F32x4ConvertI32x4S)), // f32x4.convert_i32x4_s
        0xFB => Method(typeof(SimdConversionOps), nameof(SimdConversionOps.F32x4ConvertI32x4U)), // f32x4.convert_i32x4_u
        0xFC => Method(typeof(SimdConversionOps), nameof(SimdConversionOps.I32x4TruncSatF64x2SZero)), // i32x4.trunc_sat_f64x2_s_zero
        0xFD => Method(typeof(SimdConversionOps), nameof(SimdConversionOps.I32x4TruncSatF64x2UZero)), // i32x4.trunc_sat_f64x2_u_zero
        0xFE => Method(typeof(SimdConversionOps), nameof(SimdConversionOps.F64x2ConvertLowI32x4S)), // f64x2.convert_low_i32x4_s
        0xFF => Method(typeof(SimdConversionOps), nameof(SimdConversionOps.F64x2ConvertLowI32x4U)), // f64x2.convert_low_i32x4_u
        0x100 => Method(typeof(SimdOps), nameof(SimdOps.Swizzle)), // i8x16.relaxed_swizzle
        0x101 => Method(typeof(SimdConversionOps), nameof(SimdConversionOps.I32x4TruncSatF32x4S)), // i32x4.relaxed_trunc_f32x4_s
        0x102 => Method(typeof(SimdConversionOps), nameof(SimdConversionOps.I32x4TruncSatF32x4U)), // i32x4.relaxed_trunc_f32x4_u
        0x103 => Method(typeof(SimdConversionOps), nameof(SimdConversionOps.I32x4TruncSatF64x2SZero)), // i32x4.relaxed_trunc_f64x2_s_zero
        0x104 => Method(typeof(SimdConversionOps), nameof(SimdConversionOps.I32x4TruncSatF64x2UZero)), // i32x4.relaxed_trunc_f64x2_u_zero
        0x105 => Method(typeof(RelaxedSimdOps), nameof(RelaxedSimdOps.F32x4Madd)), // f32x4.relaxed_madd
        0x106 => Method(typeof(RelaxedSimdOps), nameof(RelaxedSimdOps.F32x4Nmadd)), // f32x4.relaxed_nmadd
        0x107 => Method(typeof(RelaxedSimdOps), nameof(RelaxedSimdOps.F64x2Madd)), // f64x2.relaxed_madd
        0x108 => Method(typeof(RelaxedSimdOps), nameof(RelaxedSimdOps.F64x2Nmadd)), // f64x2.relaxed_nmadd
        0x109 => Method(typeof(SimdOps), nameof(SimdOps.Bitselect)), // i8x16.relaxed_laneselect
        0x10A => Method(typeof(SimdOps), nameof(SimdOps.Bitselect)), // i16x8.relaxed_laneselect
        0x10B => Method(typeof(SimdOps), nameof(SimdOps.Bitselect)), // i32x4.relaxed_laneselect
        0x10C => Method(typeof(SimdOps), nameof(SimdOps.Bitselect)), // i64x2.relaxed_laneselect
        0x10D => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F32x4Min)), // f32x4.relaxed_min
        0x10E => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F32x4Max)), // f32x4.relaxed_max
        0x10F => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F64x2Min)), // f64x2.relaxed_min
        0x110 => Method(typeof(SimdFloatOps), nameof(SimdFloatOps.F64x2Max)), // f64x2.relaxed_max
        0x111 => Method(typeof(SimdIntegerOps), nameof(SimdIntegerOps.I16x8Q15mulrSatS)), // i16x8.relaxed_q15mulr_s
        0x112 => Method(typeof(RelaxedSimdOps), nameof(RelaxedSimdOps.I16x8DotI8x16I7x16S)), // i16x8.relaxed_dot_i8x16_i7x16_s
        0x113 => Method(typeof(RelaxedSimdOps), nameof(RelaxedSimdOps.I32x4DotI8x16I7x16AddS)), // i32x4.relaxed_dot_i8x16_i7x16_add_s
        _ => null,
    };

    private static MethodInfo Method([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.NonPublicMethods)] Type owner, string name) => RuntimeMembers.Method(owner, name);
}

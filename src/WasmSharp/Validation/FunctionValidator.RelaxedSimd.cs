using WasmSharp.Types;

namespace WasmSharp.Validation;

/// <summary>Relaxed SIMD instructions, 0xFD 0x100..0x113 (spec valid/instructions.rst "Vector Instructions", relaxed).</summary>
internal sealed partial class FunctionValidator
{
    /// <summary>Relaxed SIMD opcodes: all operate on v128 only.</summary>
    private void ValidateRelaxedSimd(uint op)
    {
        switch (op)
        {
            case 0x100: // i8x16.relaxed_swizzle
            case 0x10D: // f32x4.relaxed_min
            case 0x10E: // f32x4.relaxed_max
            case 0x10F: // f64x2.relaxed_min
            case 0x110: // f64x2.relaxed_max
            case 0x111: // i16x8.relaxed_q15mulr_s
            case 0x112: // i16x8.relaxed_dot_i8x16_i7x16_s
                Binary(ValType.V128, ValType.V128);
                break;
            case 0x101: // i32x4.relaxed_trunc_f32x4_s
            case 0x102: // i32x4.relaxed_trunc_f32x4_u
            case 0x103: // i32x4.relaxed_trunc_f64x2_s_zero
            case 0x104: // i32x4.relaxed_trunc_f64x2_u_zero
                Unary(ValType.V128, ValType.V128);
                break;
            case 0x105: // f32x4.relaxed_madd
            case 0x106: // f32x4.relaxed_nmadd
            case 0x107: // f64x2.relaxed_madd
            case 0x108: // f64x2.relaxed_nmadd
            case 0x109: // i8x16.relaxed_laneselect
            case 0x10A: // i16x8.relaxed_laneselect
            case 0x10B: // i32x4.relaxed_laneselect
            case 0x10C: // i64x2.relaxed_laneselect
            case 0x113: // i32x4.relaxed_dot_i8x16_i7x16_add_s
                Pop(ValType.V128);
                Pop(ValType.V128);
                Pop(ValType.V128);
                Push(ValType.V128);
                break;
            default:
                FailIllegalOpcode(Opcodes.SimdPrefix, op);
                break;
        }
    }
}

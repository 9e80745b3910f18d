using WasmSharp.Binary;
using WasmSharp.Types;

namespace WasmSharp.Validation;

/// <summary>
/// Numeric instructions (spec valid/instructions.rst "Numeric Instructions"): the 0x45..0xC4 block,
/// saturating truncation (0xFC 0..7) and wide arithmetic (0xFC 19..22), plus the 0xFC dispatch.
/// </summary>
internal sealed partial class FunctionValidator
{
    // Per opcode 0x45..0xC4 (index op - 0x45): first operand, second operand (Bottom if unary), result.
    private static readonly ValType[] s_numericFirst = new ValType[0xC4 - 0x45 + 1];
    private static readonly ValType[] s_numericSecond = new ValType[0xC4 - 0x45 + 1];
    private static readonly ValType[] s_numericResult = new ValType[0xC4 - 0x45 + 1];

    static FunctionValidator()
    {
        ValType i32 = ValType.I32, i64 = ValType.I64, f32 = ValType.F32, f64 = ValType.F64, none = ValType.Bottom;

        static void Set(int from, int to, ValType a, ValType b, ValType result)
        {
            for (int op = from; op <= to; op++)
            {
                s_numericFirst[op - 0x45] = a;
                s_numericSecond[op - 0x45] = b;
                s_numericResult[op - 0x45] = result;
            }
        }

        Set(0x45, 0x45, i32, none, i32); // i32.eqz
        Set(0x46, 0x4F, i32, i32, i32);  // i32 comparisons
        Set(0x50, 0x50, i64, none, i32); // i64.eqz
        Set(0x51, 0x5A, i64, i64, i32);  // i64 comparisons
        Set(0x5B, 0x60, f32, f32, i32);  // f32 comparisons
        Set(0x61, 0x66, f64, f64, i32);  // f64 comparisons
        Set(0x67, 0x69, i32, none, i32); // i32 clz ctz popcnt
        Set(0x6A, 0x78, i32, i32, i32);  // i32 binary
        Set(0x79, 0x7B, i64, none, i64); // i64 clz ctz popcnt
        Set(0x7C, 0x8A, i64, i64, i64);  // i64 binary
        Set(0x8B, 0x91, f32, none, f32); // f32 unary
        Set(0x92, 0x98, f32, f32, f32);  // f32 binary
        Set(0x99, 0x9F, f64, none, f64); // f64 unary
        Set(0xA0, 0xA6, f64, f64, f64);  // f64 binary
        Set(0xA7, 0xA7, i64, none, i32); // i32.wrap_i64
        Set(0xA8, 0xA9, f32, none, i32); // i32.trunc_f32_s/u
        Set(0xAA, 0xAB, f64, none, i32); // i32.trunc_f64_s/u
        Set(0xAC, 0xAD, i32, none, i64); // i64.extend_i32_s/u
        Set(0xAE, 0xAF, f32, none, i64); // i64.trunc_f32_s/u
        Set(0xB0, 0xB1, f64, none, i64); // i64.trunc_f64_s/u
        Set(0xB2, 0xB3, i32, none, f32); // f32.convert_i32_s/u
        Set(0xB4, 0xB5, i64, none, f32); // f32.convert_i64_s/u
        Set(0xB6, 0xB6, f64, none, f32); // f32.demote_f64
        Set(0xB7, 0xB8, i32, none, f64); // f64.convert_i32_s/u
        Set(0xB9, 0xBA, i64, none, f64); // f64.convert_i64_s/u
        Set(0xBB, 0xBB, f32, none, f64); // f64.promote_f32
        Set(0xBC, 0xBC, f32, none, i32); // i32.reinterpret_f32
        Set(0xBD, 0xBD, f64, none, i64); // i64.reinterpret_f64
        Set(0xBE, 0xBE, i32, none, f32); // f32.reinterpret_i32
        Set(0xBF, 0xBF, i64, none, f64); // f64.reinterpret_i64
        Set(0xC0, 0xC1, i32, none, i32); // i32.extend8_s/16_s
        Set(0xC2, 0xC4, i64, none, i64); // i64.extend8_s/16_s/32_s
    }

    /// <summary>One of the fixed-signature numeric opcodes 0x45..0xC4.</summary>
    private void ValidateNumeric(byte op)
    {
        if (op >= 0xC0)
        {
            Require(WasmFeatures.SignExtension, "sign extension");
        }

        int i = op - 0x45;
        ValType first = s_numericFirst[i];
        ValType second = s_numericSecond[i];
        int height = _height;

        // Fast path: the operands are exactly the expected number types; the result replaces them in place.
        if (second.Kind == ValKind.Bottom)
        {
            if (_sp > height && _stack[_sp - 1].Kind == first.Kind)
            {
                _stack[_sp - 1] = s_numericResult[i];
                return;
            }
        }
        else if (_sp - 1 > height && _stack[_sp - 1].Kind == second.Kind && _stack[_sp - 2].Kind == first.Kind)
        {
            _sp--;
            _stack[_sp - 1] = s_numericResult[i];
            return;
        }

        if (second.Kind != ValKind.Bottom)
        {
            Pop(second);
        }

        Pop(first);
        Push(s_numericResult[i]);
    }

    /// <summary>The 0xFC prefix: saturating truncation, bulk memory and table operations, wide arithmetic.</summary>
    private void ValidateMisc(ref WasmReader r)
    {
        uint op = r.ReadVarUInt32();
        if (op <= 7)
        {
            Require(WasmFeatures.SaturatingFloatToInt, "saturating float to int conversions");
        }
        else if (op <= 17)
        {
            // table.grow, table.size and table.fill came with reference types, the rest with bulk memory.
            Require(op <= 14 ? WasmFeatures.BulkMemory : WasmFeatures.ReferenceTypes, op <= 14 ? "bulk memory" : "reference types");
        }
        else if (op is >= 19 and <= 22)
        {
            Require(WasmFeatures.WideArithmetic, "wide arithmetic");
        }

        switch (op)
        {
            case 0: case 1: Unary(ValType.F32, ValType.I32); break;
            case 2: case 3: Unary(ValType.F64, ValType.I32); break;
            case 4: case 5: Unary(ValType.F32, ValType.I64); break;
            case 6: case 7: Unary(ValType.F64, ValType.I64); break;
            case 8: ValidateMemoryInit(ref r); break;
            case 9: ReadDataIndex(ref r); break;
            case 10: ValidateMemoryCopy(ref r); break;
            case 11: ValidateMemoryFill(ref r); break;
            case 12: ValidateTableInit(ref r); break;
            case 13: ReadElemIndex(ref r); break;
            case 14: ValidateTableCopy(ref r); break;
            case 15: ValidateTableGrow(ref r); break;
            case 16: ValidateTableSize(ref r); break;
            case 17: ValidateTableFill(ref r); break;
            case 19:
            case 20:
                // i64.add128 / i64.sub128: [i64 i64 i64 i64] -> [i64 i64]
                Pop(ValType.I64);
                Pop(ValType.I64);
                Pop(ValType.I64);
                Pop(ValType.I64);
                Push(ValType.I64);
                Push(ValType.I64);
                break;
            case 21:
            case 22:
                // i64.mul_wide_s / i64.mul_wide_u: [i64 i64] -> [i64 i64]
                Pop(ValType.I64);
                Pop(ValType.I64);
                Push(ValType.I64);
                Push(ValType.I64);
                break;
            default:
                FailIllegalOpcode(Opcodes.MiscPrefix, op);
                break;
        }
    }

    private void Unary(ValType operand, ValType result)
    {
        Pop(operand);
        Push(result);
    }

    private void Binary(ValType operand, ValType result)
    {
        Pop(operand);
        Pop(operand);
        Push(result);
    }
}

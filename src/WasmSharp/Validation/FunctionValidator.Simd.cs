using WasmSharp.Binary;
using WasmSharp.Types;

namespace WasmSharp.Validation;

/// <summary>SIMD instructions under the 0xFD prefix (spec valid/instructions.rst "Vector Instructions").</summary>
internal sealed partial class FunctionValidator
{
    private const byte SimdIllegal = 0;
    private const byte SimdUnary = 1;
    private const byte SimdBinary = 2;
    private const byte SimdTernary = 3;
    private const byte SimdTest = 4;
    private const byte SimdShift = 5;
    private const byte SimdSpecial = 6;

    // Shape of every 0xFD opcode below 256; the special ones (memory, lanes, splats, consts) are switched on.
    private static readonly byte[] s_simdKinds = BuildSimdKinds();

    private static byte[] BuildSimdKinds()
    {
        byte[] kinds = new byte[256];

        void Set(byte kind, params int[] ops)
        {
            foreach (int op in ops)
            {
                kinds[op] = kind;
            }
        }

        void Range(byte kind, int from, int to)
        {
            for (int op = from; op <= to; op++)
            {
                kinds[op] = kind;
            }
        }

        Range(SimdSpecial, 0, 34);             // loads, store, const, shuffle, splats, lanes
        kinds[14] = SimdBinary;                // i8x16.swizzle
        Range(SimdBinary, 35, 76);             // comparisons
        Set(SimdUnary, 77);                    // v128.not
        Range(SimdBinary, 78, 81);             // and andnot or xor
        Set(SimdTernary, 82);                  // bitselect
        Set(SimdTest, 83);                     // any_true
        Range(SimdSpecial, 84, 93);            // lane loads/stores, load zero
        Set(SimdUnary, 94, 95, 96, 97, 98);    // demote, promote, i8x16 abs neg popcnt
        Set(SimdTest, 99, 100);                // i8x16 all_true bitmask
        Set(SimdBinary, 101, 102);             // i8x16 narrow
        Range(SimdUnary, 103, 106);            // f32x4 ceil floor trunc nearest
        Range(SimdShift, 107, 109);            // i8x16 shifts
        Range(SimdBinary, 110, 115);           // i8x16 add/sub (sat)
        Set(SimdUnary, 116, 117);              // f64x2 ceil floor
        Range(SimdBinary, 118, 121);           // i8x16 min/max
        Set(SimdUnary, 122);                   // f64x2.trunc
        Set(SimdBinary, 123);                  // i8x16.avgr_u
        Range(SimdUnary, 124, 129);            // extadd_pairwise, i16x8 abs neg
        Set(SimdBinary, 130);                  // q15mulr_sat_s
        Set(SimdTest, 131, 132);               // i16x8 all_true bitmask
        Set(SimdBinary, 133, 134);             // i16x8 narrow
        Range(SimdUnary, 135, 138);            // i16x8 extend
        Range(SimdShift, 139, 141);            // i16x8 shifts
        Range(SimdBinary, 142, 147);           // i16x8 add/sub (sat)
        Set(SimdUnary, 148);                   // f64x2.nearest
        Range(SimdBinary, 149, 153);           // i16x8 mul min max
        Set(SimdBinary, 155);                  // i16x8.avgr_u
        Range(SimdBinary, 156, 159);           // i16x8 extmul
        Set(SimdUnary, 160, 161);              // i32x4 abs neg
        Set(SimdTest, 163, 164);               // i32x4 all_true bitmask
        Range(SimdUnary, 167, 170);            // i32x4 extend
        Range(SimdShift, 171, 173);            // i32x4 shifts
        Set(SimdBinary, 174, 177);             // i32x4 add sub
        Range(SimdBinary, 181, 186);           // i32x4 mul min max dot
        Range(SimdBinary, 188, 191);           // i32x4 extmul
        Set(SimdUnary, 192, 193);              // i64x2 abs neg
        Set(SimdTest, 195, 196);               // i64x2 all_true bitmask
        Range(SimdUnary, 199, 202);            // i64x2 extend
        Range(SimdShift, 203, 205);            // i64x2 shifts
        Set(SimdBinary, 206, 209, 213);        // i64x2 add sub mul
        Range(SimdBinary, 214, 223);           // i64x2 comparisons, extmul
        Set(SimdUnary, 224, 225, 227);         // f32x4 abs neg sqrt
        Range(SimdBinary, 228, 235);           // f32x4 arithmetic
        Set(SimdUnary, 236, 237, 239);         // f64x2 abs neg sqrt
        Range(SimdBinary, 240, 247);           // f64x2 arithmetic
        Range(SimdUnary, 248, 255);            // conversions
        return kinds;
    }

    /// <summary>The 0xFD prefix.</summary>
    private void ValidateSimd(ref WasmReader r)
    {
        uint op = r.ReadVarUInt32();
        if (op >= 256)
        {
            Require(WasmFeatures.RelaxedSimd, "relaxed SIMD");
            ValidateRelaxedSimd(op);
            return;
        }

        switch (s_simdKinds[op])
        {
            case SimdUnary:
                Unary(ValType.V128, ValType.V128);
                return;
            case SimdBinary:
                Binary(ValType.V128, ValType.V128);
                return;
            case SimdTernary:
                Pop(ValType.V128);
                Pop(ValType.V128);
                Pop(ValType.V128);
                Push(ValType.V128);
                return;
            case SimdTest:
                Unary(ValType.V128, ValType.I32);
                return;
            case SimdShift:
                Pop(ValType.I32);
                Pop(ValType.V128);
                Push(ValType.V128);
                return;
            case SimdSpecial:
                ValidateSimdSpecial(ref r, op);
                return;
            default:
                FailIllegalOpcode(Opcodes.SimdPrefix, op);
                return;
        }
    }

    private void ValidateSimdSpecial(ref WasmReader r, uint op)
    {
        switch (op)
        {
            case 0: SimdLoad(ref r, 4); break;                       // v128.load
            case 1: case 2: case 3: case 4: case 5: case 6:
                SimdLoad(ref r, 3);                                   // v128.loadNxM_s/u
                break;
            case 7: SimdLoad(ref r, 0); break;                       // load8_splat
            case 8: SimdLoad(ref r, 1); break;
            case 9: SimdLoad(ref r, 2); break;
            case 10: SimdLoad(ref r, 3); break;
            case 11:
            {
                ValType address = ReadMemArg(ref r, 4);           // v128.store
                Pop(ValType.V128);
                Pop(address);
                break;
            }

            case 12:
                r.ReadBytes(16);                                      // v128.const
                Push(ValType.V128);
                break;
            case 13:
            {
                ReadOnlySpan<byte> lanes = r.ReadBytes(16);           // i8x16.shuffle
                foreach (byte lane in lanes)
                {
                    if (lane >= 32)
                    {
                        Fail("invalid lane index");
                    }
                }

                Binary(ValType.V128, ValType.V128);
                break;
            }

            case 15: case 16: case 17: Unary(ValType.I32, ValType.V128); break;
            case 18: Unary(ValType.I64, ValType.V128); break;
            case 19: Unary(ValType.F32, ValType.V128); break;
            case 20: Unary(ValType.F64, ValType.V128); break;
            case 21: case 22: ExtractLane(ref r, 16, ValType.I32); break;
            case 23: ReplaceLane(ref r, 16, ValType.I32); break;
            case 24: case 25: ExtractLane(ref r, 8, ValType.I32); break;
            case 26: ReplaceLane(ref r, 8, ValType.I32); break;
            case 27: ExtractLane(ref r, 4, ValType.I32); break;
            case 28: ReplaceLane(ref r, 4, ValType.I32); break;
            case 29: ExtractLane(ref r, 2, ValType.I64); break;
            case 30: ReplaceLane(ref r, 2, ValType.I64); break;
            case 31: ExtractLane(ref r, 4, ValType.F32); break;
            case 32: ReplaceLane(ref r, 4, ValType.F32); break;
            case 33: ExtractLane(ref r, 2, ValType.F64); break;
            case 34: ReplaceLane(ref r, 2, ValType.F64); break;
            case 84: case 85: case 86: case 87:
            {
                int log2 = (int)op - 84;                              // v128.loadN_lane
                ValType address = ReadMemArg(ref r, log2);
                ReadLane(ref r, 16 >> log2);
                Pop(ValType.V128);
                Pop(address);
                Push(ValType.V128);
                break;
            }

            case 88: case 89: case 90: case 91:
            {
                int log2 = (int)op - 88;                              // v128.storeN_lane
                ValType address = ReadMemArg(ref r, log2);
                ReadLane(ref r, 16 >> log2);
                Pop(ValType.V128);
                Pop(address);
                break;
            }

            case 92: SimdLoad(ref r, 2); break;                      // v128.load32_zero
            case 93: SimdLoad(ref r, 3); break;                      // v128.load64_zero
            default:
                FailIllegalOpcode(Opcodes.SimdPrefix, op);
                break;
        }
    }

    private void SimdLoad(ref WasmReader r, int naturalAlignLog2)
    {
        ValType address = ReadMemArg(ref r, naturalAlignLog2);
        Pop(address);
        Push(ValType.V128);
    }

    private void ReadLane(ref WasmReader r, int laneCount)
    {
        if (r.ReadByte() >= laneCount)
        {
            Fail("invalid lane index");
        }
    }

    private void ExtractLane(ref WasmReader r, int laneCount, ValType result)
    {
        ReadLane(ref r, laneCount);
        Pop(ValType.V128);
        Push(result);
    }

    private void ReplaceLane(ref WasmReader r, int laneCount, ValType lane)
    {
        ReadLane(ref r, laneCount);
        Pop(lane);
        Pop(ValType.V128);
        Push(ValType.V128);
    }
}

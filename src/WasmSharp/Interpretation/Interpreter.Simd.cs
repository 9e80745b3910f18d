using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using WasmSharp.Vm;
using V128 = System.Runtime.Intrinsics.Vector128<byte>;

namespace WasmSharp.Interpretation;

/// <summary>
/// The SIMD family of <see cref="Op.Extended"/> instructions (spec 4.4.3 "Vector Instructions" and
/// relaxed SIMD): the operator is <c>(form &lt;&lt; 9) | sub-opcode</c> (<see cref="SimdForm"/>).
/// Every operation calls the helper the compiled tier calls for it (<c>Vm/Simd*Ops</c>,
/// <c>RelaxedSimdOps</c>; see <c>Compilation/VectorOpcodes</c>), so both tiers compute the same
/// bits, NaNs and relaxed choices included. Each handler reads all its inputs before it writes its
/// result, which may be retargeted to one of the inputs' locals.
/// </summary>
internal static partial class Interpreter
{
    // Inlined into ExecuteExtended: one call less per SIMD instruction.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ExecuteSimd(int op, ref int ip, ref ValRaw fp, InstanceContext cx)
    {
        int sub = op & 0x1FF;
        switch ((SimdForm)(op >> 9))
        {
            case SimdForm.Memory:
                return ExecuteSimdMemory(sub, ref ip, ref fp, cx);
            case SimdForm.Lane:
                return ExecuteSimdLane(sub, ref ip, ref fp);
            case SimdForm.Splat:
                WriteV(ref fp, ref ip, SimdSplat(sub, S(ref fp, ref ip, 3).Bits));
                return 4;
            case SimdForm.Unary:
                WriteV(ref fp, ref ip, sub < 0xE0 ? SimdIntegerUnary(sub, ReadV(ref fp, ref ip, 3)) : SimdFloatUnary(sub, ReadV(ref fp, ref ip, 3)));
                return 4;
            case SimdForm.Binary:
                ExecuteSimdBinary(sub, ref ip, ref fp);
                return 5;
            case SimdForm.Ternary:
                WriteV(ref fp, ref ip, SimdTernary(sub, ReadV(ref fp, ref ip, 3), ReadV(ref fp, ref ip, 4), ReadV(ref fp, ref ip, 5)));
                return 6;
            case SimdForm.Shift:
                WriteV(ref fp, ref ip, SimdShift(sub, ReadV(ref fp, ref ip, 3), (int)S(ref fp, ref ip, 4).Bits));
                return 5;
            default:
                S(ref fp, ref ip, 2).Bits = (uint)SimdTest(sub, ReadV(ref fp, ref ip, 3));
                return 4;
        }
    }

    /// <summary>The v128 in the slot named by operand <paramref name="operand"/>.</summary>
    // One inlinee, not three (S, ValRaw.ReadV128): the main loop inlines hundreds of these and
    // must stay within the JIT's inlining budget, past which its helpers become calls.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static V128 ReadV(ref ValRaw fp, ref int ip, int operand) =>
        Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, operand))));

    /// <summary>Writes <paramref name="value"/> to the destination slot, operand 2 of every SIMD form with a result.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void WriteV(ref ValRaw fp, ref int ip, V128 value) => ValRaw.WriteV128(ref S(ref fp, ref ip, 2), value);

    // i8x16.shuffle, extract_lane and replace_lane; scalars keep their bits (f32 zero-extended).
    private static int ExecuteSimdLane(int sub, ref int ip, ref ValRaw fp)
    {
        ref ValRaw dst = ref S(ref fp, ref ip, 2);
        V128 a = ReadV(ref fp, ref ip, 3);
        switch (sub)
        {
            case 0x0D:
            {
                V128 lanes = Vector128.Create(Imm64(ref ip, 5), Imm64(ref ip, 7)).AsByte();
                WriteV(ref fp, ref ip, SimdOps.Shuffle(a, ReadV(ref fp, ref ip, 4), lanes));
                return 9;
            }

            case 0x15: dst.Bits = (uint)SimdOps.I8x16ExtractLaneS(a, Unsafe.Add(ref ip, 4)); return 5;
            case 0x16: dst.Bits = (uint)SimdOps.I8x16ExtractLaneU(a, Unsafe.Add(ref ip, 4)); return 5;
            case 0x18: dst.Bits = (uint)SimdOps.I16x8ExtractLaneS(a, Unsafe.Add(ref ip, 4)); return 5;
            case 0x19: dst.Bits = (uint)SimdOps.I16x8ExtractLaneU(a, Unsafe.Add(ref ip, 4)); return 5;
            case 0x1B: dst.Bits = (uint)SimdOps.I32x4ExtractLane(a, Unsafe.Add(ref ip, 4)); return 5;
            case 0x1D: dst.Bits = (ulong)SimdOps.I64x2ExtractLane(a, Unsafe.Add(ref ip, 4)); return 5;
            case 0x1F: dst.Bits = BitConverter.SingleToUInt32Bits(SimdOps.F32x4ExtractLane(a, Unsafe.Add(ref ip, 4))); return 5;
            case 0x21: dst.Bits = BitConverter.DoubleToUInt64Bits(SimdOps.F64x2ExtractLane(a, Unsafe.Add(ref ip, 4))); return 5;
        }

        ulong x = S(ref fp, ref ip, 4).Bits;
        int lane = Unsafe.Add(ref ip, 5);
        WriteV(ref fp, ref ip, sub switch
        {
            0x17 => SimdOps.I8x16ReplaceLane(a, (int)x, lane),
            0x1A => SimdOps.I16x8ReplaceLane(a, (int)x, lane),
            0x1C => SimdOps.I32x4ReplaceLane(a, (int)x, lane),
            0x1E => SimdOps.I64x2ReplaceLane(a, (long)x, lane),
            0x20 => SimdOps.F32x4ReplaceLane(a, BitConverter.UInt32BitsToSingle((uint)x), lane),
            0x22 => SimdOps.F64x2ReplaceLane(a, BitConverter.UInt64BitsToDouble(x), lane),
            _ => throw UnknownSimd(sub),
        });
        return 6;
    }

    private static V128 SimdSplat(int sub, ulong x) => sub switch
    {
        0x0F => SimdOps.I8x16Splat((int)x),
        0x10 => SimdOps.I16x8Splat((int)x),
        0x11 => SimdOps.I32x4Splat((int)x),
        0x12 => SimdOps.I64x2Splat((long)x),
        0x13 => SimdOps.F32x4Splat(BitConverter.UInt32BitsToSingle((uint)x)),
        0x14 => SimdOps.F64x2Splat(BitConverter.UInt64BitsToDouble(x)),
        _ => throw UnknownSimd(sub),
    };

    private static int SimdTest(int sub, V128 a) => sub switch
    {
        0x53 => SimdOps.AnyTrue(a),
        0x63 => SimdOps.I8x16AllTrue(a),
        0x64 => SimdOps.I8x16Bitmask(a),
        0x83 => SimdOps.I16x8AllTrue(a),
        0x84 => SimdOps.I16x8Bitmask(a),
        0xA3 => SimdOps.I32x4AllTrue(a),
        0xA4 => SimdOps.I32x4Bitmask(a),
        0xC3 => SimdOps.I64x2AllTrue(a),
        0xC4 => SimdOps.I64x2Bitmask(a),
        _ => throw UnknownSimd(sub),
    };

    private static V128 SimdShift(int sub, V128 a, int count) => sub switch
    {
        0x6B => SimdIntegerOps.I8x16Shl(a, count),
        0x6C => SimdIntegerOps.I8x16ShrS(a, count),
        0x6D => SimdIntegerOps.I8x16ShrU(a, count),
        0x8B => SimdIntegerOps.I16x8Shl(a, count),
        0x8C => SimdIntegerOps.I16x8ShrS(a, count),
        0x8D => SimdIntegerOps.I16x8ShrU(a, count),
        0xAB => SimdIntegerOps.I32x4Shl(a, count),
        0xAC => SimdIntegerOps.I32x4ShrS(a, count),
        0xAD => SimdIntegerOps.I32x4ShrU(a, count),
        0xCB => SimdIntegerOps.I64x2Shl(a, count),
        0xCC => SimdIntegerOps.I64x2ShrS(a, count),
        0xCD => SimdIntegerOps.I64x2ShrU(a, count),
        _ => throw UnknownSimd(sub),
    };

    // v128.bitselect and the relaxed lane selects (the same bitwise select, as in the compiled
    // tier), relaxed multiply-add (unfused) and the relaxed dot product with accumulator.
    private static V128 SimdTernary(int sub, V128 a, V128 b, V128 c) => sub switch
    {
        0x52 or >= 0x109 and <= 0x10C => SimdOps.Bitselect(a, b, c),
        0x105 => RelaxedSimdOps.F32x4Madd(a, b, c),
        0x106 => RelaxedSimdOps.F32x4Nmadd(a, b, c),
        0x107 => RelaxedSimdOps.F64x2Madd(a, b, c),
        0x108 => RelaxedSimdOps.F64x2Nmadd(a, b, c),
        0x113 => RelaxedSimdOps.I32x4DotI8x16I7x16AddS(a, b, c),
        _ => throw UnknownSimd(sub),
    };

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static InvalidOperationException UnknownSimd(int sub) =>
        new($"interpreter: unknown SIMD instruction 0xFD 0x{sub:X2}");
}

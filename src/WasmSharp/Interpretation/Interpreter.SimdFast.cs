using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using WasmSharp.Vm;
using V128 = System.Runtime.Intrinsics.Vector128<byte>;

namespace WasmSharp.Interpretation;

/// <summary>
/// Helpers of the first-class vector instructions of the main loop (<see cref="Op.Simd"/>,
/// Translator.SimdFast.cs), whose destination is operand 1 as in the scalar instructions.
/// </summary>
internal static unsafe partial class Interpreter
{
    /// <summary>Writes <paramref name="value"/> to the destination slot, operand 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SetV(ref ValRaw fp, ref int ip, V128 value) =>
        Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), value);

    /// <summary>Writes <paramref name="value"/> to the slot named by operand <paramref name="operand"/> (one inlinee, as <see cref="ReadV"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SetV(ref ValRaw fp, ref int ip, int operand, V128 value) =>
        Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, operand))), value);

    /// <summary>
    /// <c>i8x16.shuffle</c> with the translator's byte-select masks (operands 4–7 select from
    /// <paramref name="a"/>, 8–11 from <paramref name="b"/>, 0x80 where the lane comes from the
    /// other vector): two table lookups that each zero the other vector's lanes, then an or.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static V128 ShuffleMasked(V128 a, V128 b, ref int ip)
    {
        V128 fromA = Vector128.Create(Imm64(ref ip, 4), Imm64(ref ip, 6)).AsByte();
        V128 fromB = Vector128.Create(Imm64(ref ip, 8), Imm64(ref ip, 10)).AsByte();
        if (Ssse3.IsSupported)
        {
            return Ssse3.Shuffle(a, fromA) | Ssse3.Shuffle(b, fromB);
        }

        return SimdOps.Swizzle(a, fromA) | SimdOps.Swizzle(b, fromB);
    }

    /// <summary>Whether first-class vector instruction <paramref name="sub"/> is one of <see cref="ExecuteSimdAccess"/>'s.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSimdAccess(int sub) => sub < 0x23 || sub is >= 0x58 and <= 0x5D;


    // The other loads and stores of memory 0, splats, lanes and swizzle; returns the instruction length.
    // Fully optimized from the first call, as the main loop: a kernel's first run would otherwise
    // spend most of its time in the unoptimized tier-0 code of these switches and their helpers.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ExecuteSimdAccess(ref int ip, ref ValRaw fp, nint memoryBase, ulong memoryLength, InstanceContext cx)
    {
        switch (ip)
        {
            case (int)Op.Simd + 0x0E: SetV(ref fp, ref ip, SimdOps.Swizzle(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x01: SetV(ref fp, ref ip, SimdOps.Load8x8S(Unsafe.ReadUnaligned<long>(Fast(ref fp, ref ip, 2, 8, memoryBase, memoryLength, cx)))); return 4;
            case (int)Op.Simd + 0x02: SetV(ref fp, ref ip, SimdOps.Load8x8U(Unsafe.ReadUnaligned<long>(Fast(ref fp, ref ip, 2, 8, memoryBase, memoryLength, cx)))); return 4;
            case (int)Op.Simd + 0x03: SetV(ref fp, ref ip, SimdOps.Load16x4S(Unsafe.ReadUnaligned<long>(Fast(ref fp, ref ip, 2, 8, memoryBase, memoryLength, cx)))); return 4;
            case (int)Op.Simd + 0x04: SetV(ref fp, ref ip, SimdOps.Load16x4U(Unsafe.ReadUnaligned<long>(Fast(ref fp, ref ip, 2, 8, memoryBase, memoryLength, cx)))); return 4;
            case (int)Op.Simd + 0x05: SetV(ref fp, ref ip, SimdOps.Load32x2S(Unsafe.ReadUnaligned<long>(Fast(ref fp, ref ip, 2, 8, memoryBase, memoryLength, cx)))); return 4;
            case (int)Op.Simd + 0x06: SetV(ref fp, ref ip, SimdOps.Load32x2U(Unsafe.ReadUnaligned<long>(Fast(ref fp, ref ip, 2, 8, memoryBase, memoryLength, cx)))); return 4;
            case (int)Op.Simd + 0x07: SetV(ref fp, ref ip, SimdOps.I8x16Splat(*Fast(ref fp, ref ip, 2, 1, memoryBase, memoryLength, cx))); return 4;
            case (int)Op.Simd + 0x08: SetV(ref fp, ref ip, SimdOps.I16x8Splat(Unsafe.ReadUnaligned<ushort>(Fast(ref fp, ref ip, 2, 2, memoryBase, memoryLength, cx)))); return 4;
            case (int)Op.Simd + 0x09: SetV(ref fp, ref ip, SimdOps.I32x4Splat(Unsafe.ReadUnaligned<int>(Fast(ref fp, ref ip, 2, 4, memoryBase, memoryLength, cx)))); return 4;
            case (int)Op.Simd + 0x0A: SetV(ref fp, ref ip, SimdOps.I64x2Splat(Unsafe.ReadUnaligned<long>(Fast(ref fp, ref ip, 2, 8, memoryBase, memoryLength, cx)))); return 4;
            case (int)Op.Simd + 0x5C: SetV(ref fp, ref ip, SimdOps.Load32Zero(Unsafe.ReadUnaligned<int>(Fast(ref fp, ref ip, 2, 4, memoryBase, memoryLength, cx)))); return 4;
            case (int)Op.Simd + 0x5D: SetV(ref fp, ref ip, SimdOps.Load64Zero(Unsafe.ReadUnaligned<long>(Fast(ref fp, ref ip, 2, 8, memoryBase, memoryLength, cx)))); return 4;
            case (int)Op.Simd + 0x58: *Fast(ref fp, ref ip, 1, 1, memoryBase, memoryLength, cx) = (byte)SimdOps.I8x16ExtractLaneU(ReadV(ref fp, ref ip, 2), Unsafe.Add(ref ip, 4)); return 5;
            case (int)Op.Simd + 0x59: Unsafe.WriteUnaligned(Fast(ref fp, ref ip, 1, 2, memoryBase, memoryLength, cx), (ushort)SimdOps.I16x8ExtractLaneU(ReadV(ref fp, ref ip, 2), Unsafe.Add(ref ip, 4))); return 5;
            case (int)Op.Simd + 0x5B: Unsafe.WriteUnaligned(Fast(ref fp, ref ip, 1, 8, memoryBase, memoryLength, cx), SimdOps.I64x2ExtractLane(ReadV(ref fp, ref ip, 2), Unsafe.Add(ref ip, 4))); return 5;
            case (int)Op.Simd + 0x0F: SetV(ref fp, ref ip, SimdOps.I8x16Splat((int)S(ref fp, ref ip, 2).Bits)); return 3;
            case (int)Op.Simd + 0x10: SetV(ref fp, ref ip, SimdOps.I16x8Splat((int)S(ref fp, ref ip, 2).Bits)); return 3;
            case (int)Op.Simd + 0x11: SetV(ref fp, ref ip, SimdOps.I32x4Splat((int)S(ref fp, ref ip, 2).Bits)); return 3;
            case (int)Op.Simd + 0x12: SetV(ref fp, ref ip, SimdOps.I64x2Splat((long)S(ref fp, ref ip, 2).Bits)); return 3;
            case (int)Op.Simd + 0x13: SetV(ref fp, ref ip, SimdOps.F32x4Splat(BitConverter.UInt32BitsToSingle((uint)S(ref fp, ref ip, 2).Bits))); return 3;
            case (int)Op.Simd + 0x14: SetV(ref fp, ref ip, SimdOps.F64x2Splat(BitConverter.UInt64BitsToDouble(S(ref fp, ref ip, 2).Bits))); return 3;
            case (int)Op.Simd + 0x15: S(ref fp, ref ip, 1).Bits = (uint)SimdOps.I8x16ExtractLaneS(ReadV(ref fp, ref ip, 2), Unsafe.Add(ref ip, 3)); return 4;
            case (int)Op.Simd + 0x16: S(ref fp, ref ip, 1).Bits = (uint)SimdOps.I8x16ExtractLaneU(ReadV(ref fp, ref ip, 2), Unsafe.Add(ref ip, 3)); return 4;
            case (int)Op.Simd + 0x18: S(ref fp, ref ip, 1).Bits = (uint)SimdOps.I16x8ExtractLaneS(ReadV(ref fp, ref ip, 2), Unsafe.Add(ref ip, 3)); return 4;
            case (int)Op.Simd + 0x19: S(ref fp, ref ip, 1).Bits = (uint)SimdOps.I16x8ExtractLaneU(ReadV(ref fp, ref ip, 2), Unsafe.Add(ref ip, 3)); return 4;
            case (int)Op.Simd + 0x1D: S(ref fp, ref ip, 1).Bits = (ulong)SimdOps.I64x2ExtractLane(ReadV(ref fp, ref ip, 2), Unsafe.Add(ref ip, 3)); return 4;
            case (int)Op.Simd + 0x1F: S(ref fp, ref ip, 1).Bits = BitConverter.SingleToUInt32Bits(SimdOps.F32x4ExtractLane(ReadV(ref fp, ref ip, 2), Unsafe.Add(ref ip, 3))); return 4;
            case (int)Op.Simd + 0x21: S(ref fp, ref ip, 1).Bits = BitConverter.DoubleToUInt64Bits(SimdOps.F64x2ExtractLane(ReadV(ref fp, ref ip, 2), Unsafe.Add(ref ip, 3))); return 4;
            case (int)Op.Simd + 0x17: SetV(ref fp, ref ip, SimdOps.I8x16ReplaceLane(ReadV(ref fp, ref ip, 2), (int)S(ref fp, ref ip, 3).Bits, Unsafe.Add(ref ip, 4))); return 5;
            case (int)Op.Simd + 0x1A: SetV(ref fp, ref ip, SimdOps.I16x8ReplaceLane(ReadV(ref fp, ref ip, 2), (int)S(ref fp, ref ip, 3).Bits, Unsafe.Add(ref ip, 4))); return 5;
            case (int)Op.Simd + 0x1C: SetV(ref fp, ref ip, SimdOps.I32x4ReplaceLane(ReadV(ref fp, ref ip, 2), (int)S(ref fp, ref ip, 3).Bits, Unsafe.Add(ref ip, 4))); return 5;
            case (int)Op.Simd + 0x1E: SetV(ref fp, ref ip, SimdOps.I64x2ReplaceLane(ReadV(ref fp, ref ip, 2), (long)S(ref fp, ref ip, 3).Bits, Unsafe.Add(ref ip, 4))); return 5;
            case (int)Op.Simd + 0x20: SetV(ref fp, ref ip, SimdOps.F32x4ReplaceLane(ReadV(ref fp, ref ip, 2), BitConverter.UInt32BitsToSingle((uint)S(ref fp, ref ip, 3).Bits), Unsafe.Add(ref ip, 4))); return 5;
            case (int)Op.Simd + 0x22: SetV(ref fp, ref ip, SimdOps.F64x2ReplaceLane(ReadV(ref fp, ref ip, 2), BitConverter.UInt64BitsToDouble(S(ref fp, ref ip, 3).Bits), Unsafe.Add(ref ip, 4))); return 5;
            default:
                throw UnknownSimd(ip - (int)Op.Simd);
        }
    }

    // The other lane arithmetic, comparisons, shifts and tests, in three methods by sub-opcode so
    // that a program JIT-compiles only the groups it runs: each is fully optimized at its first
    // call, inside the run (all in one method, blake3-simd's few i32x4.gt_s paid ~20 ms of JIT).
    // Where the assembly is compiled ahead (READYTORUN), comparisons and integer arithmetic are the
    // image's code, as Interpreter.Run is: crossgen2 skips AggressiveOptimization methods, and the
    // runtime accepts these two methods' code (measured on an AVX-512 machine). The float family and
    // ExecuteSimdAccess keep AggressiveOptimization: their precompiled code depends on instruction
    // sets beyond the image's baseline, the runtime rejects it there, and without the attribute
    // they would run as tier-0 code.

    // Comparisons, v128.not and any_true (below 0x60); returns the instruction length.
#if !READYTORUN
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
#endif
    private static int ExecuteSimdCompare(ref int ip, ref ValRaw fp)
    {
        switch (ip)
        {
            case (int)Op.Simd + 0x23: SetV(ref fp, ref ip, SimdIntegerOps.I8x16Eq(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x24: SetV(ref fp, ref ip, SimdIntegerOps.I8x16Ne(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x25: SetV(ref fp, ref ip, SimdIntegerOps.I8x16LtS(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x26: SetV(ref fp, ref ip, SimdIntegerOps.I8x16LtU(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x27: SetV(ref fp, ref ip, SimdIntegerOps.I8x16GtS(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x28: SetV(ref fp, ref ip, SimdIntegerOps.I8x16GtU(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x2D: SetV(ref fp, ref ip, SimdIntegerOps.I16x8Eq(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x2E: SetV(ref fp, ref ip, SimdIntegerOps.I16x8Ne(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x2F: SetV(ref fp, ref ip, SimdIntegerOps.I16x8LtS(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x30: SetV(ref fp, ref ip, SimdIntegerOps.I16x8LtU(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x31: SetV(ref fp, ref ip, SimdIntegerOps.I16x8GtS(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x32: SetV(ref fp, ref ip, SimdIntegerOps.I16x8GtU(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x37: SetV(ref fp, ref ip, SimdIntegerOps.I32x4Eq(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x38: SetV(ref fp, ref ip, SimdIntegerOps.I32x4Ne(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x39: SetV(ref fp, ref ip, SimdIntegerOps.I32x4LtS(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x3A: SetV(ref fp, ref ip, SimdIntegerOps.I32x4LtU(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x3B: SetV(ref fp, ref ip, SimdIntegerOps.I32x4GtS(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x3C: SetV(ref fp, ref ip, SimdIntegerOps.I32x4GtU(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x41: SetV(ref fp, ref ip, SimdFloatOps.F32x4Eq(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x42: SetV(ref fp, ref ip, SimdFloatOps.F32x4Ne(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x43: SetV(ref fp, ref ip, SimdFloatOps.F32x4Lt(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x44: SetV(ref fp, ref ip, SimdFloatOps.F32x4Gt(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x45: SetV(ref fp, ref ip, SimdFloatOps.F32x4Le(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x46: SetV(ref fp, ref ip, SimdFloatOps.F32x4Ge(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x4D: SetV(ref fp, ref ip, SimdOps.Not(ReadV(ref fp, ref ip, 2))); return 3;
            case (int)Op.Simd + 0x53: S(ref fp, ref ip, 1).Bits = (uint)SimdOps.AnyTrue(ReadV(ref fp, ref ip, 2)); return 3;
            default:
                throw UnknownSimd(ip - (int)Op.Simd);
        }
    }

    // Integer lane arithmetic, narrowing, extensions, shifts and tests (0x60-0xDF); returns the instruction length.
#if !READYTORUN
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
#endif
    private static int ExecuteSimdInteger(ref int ip, ref ValRaw fp)
    {
        switch (ip)
        {
            case (int)Op.Simd + 0x65: SetV(ref fp, ref ip, SimdIntegerOps.I8x16NarrowI16x8S(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x66: SetV(ref fp, ref ip, SimdIntegerOps.I8x16NarrowI16x8U(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x6F: SetV(ref fp, ref ip, SimdIntegerOps.I8x16AddSatS(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x70: SetV(ref fp, ref ip, SimdIntegerOps.I8x16AddSatU(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x71: SetV(ref fp, ref ip, SimdIntegerOps.I8x16Sub(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x72: SetV(ref fp, ref ip, SimdIntegerOps.I8x16SubSatS(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x73: SetV(ref fp, ref ip, SimdIntegerOps.I8x16SubSatU(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x76: SetV(ref fp, ref ip, SimdIntegerOps.I8x16MinS(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x77: SetV(ref fp, ref ip, SimdIntegerOps.I8x16MinU(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x78: SetV(ref fp, ref ip, SimdIntegerOps.I8x16MaxS(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x79: SetV(ref fp, ref ip, SimdIntegerOps.I8x16MaxU(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x85: SetV(ref fp, ref ip, SimdIntegerOps.I16x8NarrowI32x4S(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x86: SetV(ref fp, ref ip, SimdIntegerOps.I16x8NarrowI32x4U(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x90: SetV(ref fp, ref ip, SimdIntegerOps.I16x8AddSatU(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x91: SetV(ref fp, ref ip, SimdIntegerOps.I16x8Sub(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x92: SetV(ref fp, ref ip, SimdIntegerOps.I16x8SubSatS(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x93: SetV(ref fp, ref ip, SimdIntegerOps.I16x8SubSatU(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x96: SetV(ref fp, ref ip, SimdIntegerOps.I16x8MinS(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x97: SetV(ref fp, ref ip, SimdIntegerOps.I16x8MinU(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x98: SetV(ref fp, ref ip, SimdIntegerOps.I16x8MaxS(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x99: SetV(ref fp, ref ip, SimdIntegerOps.I16x8MaxU(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x9C: SetV(ref fp, ref ip, SimdIntegerOps.I16x8ExtmulLowI8x16S(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x9D: SetV(ref fp, ref ip, SimdIntegerOps.I16x8ExtmulHighI8x16S(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x9E: SetV(ref fp, ref ip, SimdIntegerOps.I16x8ExtmulLowI8x16U(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x9F: SetV(ref fp, ref ip, SimdIntegerOps.I16x8ExtmulHighI8x16U(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0xB6: SetV(ref fp, ref ip, SimdIntegerOps.I32x4MinS(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0xB7: SetV(ref fp, ref ip, SimdIntegerOps.I32x4MinU(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0xB8: SetV(ref fp, ref ip, SimdIntegerOps.I32x4MaxS(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0xB9: SetV(ref fp, ref ip, SimdIntegerOps.I32x4MaxU(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0xBC: SetV(ref fp, ref ip, SimdIntegerOps.I32x4ExtmulLowI16x8S(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0xBD: SetV(ref fp, ref ip, SimdIntegerOps.I32x4ExtmulHighI16x8S(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0xBE: SetV(ref fp, ref ip, SimdIntegerOps.I32x4ExtmulLowI16x8U(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0xBF: SetV(ref fp, ref ip, SimdIntegerOps.I32x4ExtmulHighI16x8U(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0xCE: SetV(ref fp, ref ip, SimdIntegerOps.I64x2Add(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0xD1: SetV(ref fp, ref ip, SimdIntegerOps.I64x2Sub(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0xD5: SetV(ref fp, ref ip, SimdIntegerOps.I64x2Mul(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0x60: SetV(ref fp, ref ip, SimdIntegerOps.I8x16Abs(ReadV(ref fp, ref ip, 2))); return 3;
            case (int)Op.Simd + 0x7C: SetV(ref fp, ref ip, SimdIntegerOps.I16x8ExtaddPairwiseI8x16S(ReadV(ref fp, ref ip, 2))); return 3;
            case (int)Op.Simd + 0x7D: SetV(ref fp, ref ip, SimdIntegerOps.I16x8ExtaddPairwiseI8x16U(ReadV(ref fp, ref ip, 2))); return 3;
            case (int)Op.Simd + 0x7E: SetV(ref fp, ref ip, SimdIntegerOps.I32x4ExtaddPairwiseI16x8S(ReadV(ref fp, ref ip, 2))); return 3;
            case (int)Op.Simd + 0x7F: SetV(ref fp, ref ip, SimdIntegerOps.I32x4ExtaddPairwiseI16x8U(ReadV(ref fp, ref ip, 2))); return 3;
            case (int)Op.Simd + 0x80: SetV(ref fp, ref ip, SimdIntegerOps.I16x8Abs(ReadV(ref fp, ref ip, 2))); return 3;
            case (int)Op.Simd + 0x81: SetV(ref fp, ref ip, SimdIntegerOps.I16x8Neg(ReadV(ref fp, ref ip, 2))); return 3;
            case (int)Op.Simd + 0x89: SetV(ref fp, ref ip, SimdIntegerOps.I16x8ExtendLowI8x16U(ReadV(ref fp, ref ip, 2))); return 3;
            case (int)Op.Simd + 0x8A: SetV(ref fp, ref ip, SimdIntegerOps.I16x8ExtendHighI8x16U(ReadV(ref fp, ref ip, 2))); return 3;
            case (int)Op.Simd + 0xA0: SetV(ref fp, ref ip, SimdIntegerOps.I32x4Abs(ReadV(ref fp, ref ip, 2))); return 3;
            case (int)Op.Simd + 0xA1: SetV(ref fp, ref ip, SimdIntegerOps.I32x4Neg(ReadV(ref fp, ref ip, 2))); return 3;
            case (int)Op.Simd + 0xA7: SetV(ref fp, ref ip, SimdIntegerOps.I32x4ExtendLowI16x8S(ReadV(ref fp, ref ip, 2))); return 3;
            case (int)Op.Simd + 0xA8: SetV(ref fp, ref ip, SimdIntegerOps.I32x4ExtendHighI16x8S(ReadV(ref fp, ref ip, 2))); return 3;
            case (int)Op.Simd + 0xA9: SetV(ref fp, ref ip, SimdIntegerOps.I32x4ExtendLowI16x8U(ReadV(ref fp, ref ip, 2))); return 3;
            case (int)Op.Simd + 0xAA: SetV(ref fp, ref ip, SimdIntegerOps.I32x4ExtendHighI16x8U(ReadV(ref fp, ref ip, 2))); return 3;
            case (int)Op.Simd + 0x6B: SetV(ref fp, ref ip, SimdIntegerOps.I8x16Shl(ReadV(ref fp, ref ip, 2), Unsafe.Add(ref ip, 3))); return 4;
            case (int)Op.Simd + 0x6C: SetV(ref fp, ref ip, SimdIntegerOps.I8x16ShrS(ReadV(ref fp, ref ip, 2), Unsafe.Add(ref ip, 3))); return 4;
            case (int)Op.Simd + 0x6D: SetV(ref fp, ref ip, SimdIntegerOps.I8x16ShrU(ReadV(ref fp, ref ip, 2), Unsafe.Add(ref ip, 3))); return 4;
            case (int)Op.Simd + 0x8B: SetV(ref fp, ref ip, SimdIntegerOps.I16x8Shl(ReadV(ref fp, ref ip, 2), Unsafe.Add(ref ip, 3))); return 4;
            case (int)Op.Simd + 0x8C: SetV(ref fp, ref ip, SimdIntegerOps.I16x8ShrS(ReadV(ref fp, ref ip, 2), Unsafe.Add(ref ip, 3))); return 4;
            case (int)Op.Simd + 0x8D: SetV(ref fp, ref ip, SimdIntegerOps.I16x8ShrU(ReadV(ref fp, ref ip, 2), Unsafe.Add(ref ip, 3))); return 4;
            case (int)Op.Simd + 0xCB: SetV(ref fp, ref ip, SimdIntegerOps.I64x2Shl(ReadV(ref fp, ref ip, 2), Unsafe.Add(ref ip, 3))); return 4;
            case (int)Op.Simd + 0xCC: SetV(ref fp, ref ip, SimdIntegerOps.I64x2ShrS(ReadV(ref fp, ref ip, 2), Unsafe.Add(ref ip, 3))); return 4;
            case (int)Op.Simd + 0xCD: SetV(ref fp, ref ip, SimdIntegerOps.I64x2ShrU(ReadV(ref fp, ref ip, 2), Unsafe.Add(ref ip, 3))); return 4;
            case (int)Op.Simd + 0x63: S(ref fp, ref ip, 1).Bits = (uint)SimdOps.I8x16AllTrue(ReadV(ref fp, ref ip, 2)); return 3;
            case (int)Op.Simd + 0x64: S(ref fp, ref ip, 1).Bits = (uint)SimdOps.I8x16Bitmask(ReadV(ref fp, ref ip, 2)); return 3;
            case (int)Op.Simd + 0x83: S(ref fp, ref ip, 1).Bits = (uint)SimdOps.I16x8AllTrue(ReadV(ref fp, ref ip, 2)); return 3;
            case (int)Op.Simd + 0x84: S(ref fp, ref ip, 1).Bits = (uint)SimdOps.I16x8Bitmask(ReadV(ref fp, ref ip, 2)); return 3;
            case (int)Op.Simd + 0xA3: S(ref fp, ref ip, 1).Bits = (uint)SimdOps.I32x4AllTrue(ReadV(ref fp, ref ip, 2)); return 3;
            case (int)Op.Simd + 0xA4: S(ref fp, ref ip, 1).Bits = (uint)SimdOps.I32x4Bitmask(ReadV(ref fp, ref ip, 2)); return 3;
            case (int)Op.Simd + 0xC3: S(ref fp, ref ip, 1).Bits = (uint)SimdOps.I64x2AllTrue(ReadV(ref fp, ref ip, 2)); return 3;
            case (int)Op.Simd + 0xC4: S(ref fp, ref ip, 1).Bits = (uint)SimdOps.I64x2Bitmask(ReadV(ref fp, ref ip, 2)); return 3;
            default:
                throw UnknownSimd(ip - (int)Op.Simd);
        }
    }

    // Float lane arithmetic and the conversions (0xE0 on); returns the instruction length.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ExecuteSimdFloat(ref int ip, ref ValRaw fp)
    {
        switch (ip)
        {
            case (int)Op.Simd + 0xE5: SetV(ref fp, ref ip, SimdFloatOps.F32x4Sub(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0xE7: SetV(ref fp, ref ip, SimdFloatOps.F32x4Div(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0xE8: SetV(ref fp, ref ip, SimdFloatOps.F32x4Min(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0xE9: SetV(ref fp, ref ip, SimdFloatOps.F32x4Max(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0xEA: SetV(ref fp, ref ip, SimdFloatOps.F32x4Pmin(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0xEB: SetV(ref fp, ref ip, SimdFloatOps.F32x4Pmax(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0xF0: SetV(ref fp, ref ip, SimdFloatOps.F64x2Add(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0xF1: SetV(ref fp, ref ip, SimdFloatOps.F64x2Sub(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0xF2: SetV(ref fp, ref ip, SimdFloatOps.F64x2Mul(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0xF3: SetV(ref fp, ref ip, SimdFloatOps.F64x2Div(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0xF4: SetV(ref fp, ref ip, SimdFloatOps.F64x2Min(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0xF5: SetV(ref fp, ref ip, SimdFloatOps.F64x2Max(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0xF6: SetV(ref fp, ref ip, SimdFloatOps.F64x2Pmin(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0xF7: SetV(ref fp, ref ip, SimdFloatOps.F64x2Pmax(ReadV(ref fp, ref ip, 2), ReadV(ref fp, ref ip, 3))); return 4;
            case (int)Op.Simd + 0xE0: SetV(ref fp, ref ip, SimdFloatOps.F32x4Abs(ReadV(ref fp, ref ip, 2))); return 3;
            case (int)Op.Simd + 0xE1: SetV(ref fp, ref ip, SimdFloatOps.F32x4Neg(ReadV(ref fp, ref ip, 2))); return 3;
            case (int)Op.Simd + 0xE3: SetV(ref fp, ref ip, SimdFloatOps.F32x4Sqrt(ReadV(ref fp, ref ip, 2))); return 3;
            case (int)Op.Simd + 0xEC: SetV(ref fp, ref ip, SimdFloatOps.F64x2Abs(ReadV(ref fp, ref ip, 2))); return 3;
            case (int)Op.Simd + 0xED: SetV(ref fp, ref ip, SimdFloatOps.F64x2Neg(ReadV(ref fp, ref ip, 2))); return 3;
            case (int)Op.Simd + 0xEF: SetV(ref fp, ref ip, SimdFloatOps.F64x2Sqrt(ReadV(ref fp, ref ip, 2))); return 3;
            case (int)Op.Simd + 0xF8: SetV(ref fp, ref ip, SimdConversionOps.I32x4TruncSatF32x4S(ReadV(ref fp, ref ip, 2))); return 3;
            case (int)Op.Simd + 0xF9: SetV(ref fp, ref ip, SimdConversionOps.I32x4TruncSatF32x4U(ReadV(ref fp, ref ip, 2))); return 3;
            case (int)Op.Simd + 0xFB: SetV(ref fp, ref ip, SimdConversionOps.F32x4ConvertI32x4U(ReadV(ref fp, ref ip, 2))); return 3;
            default:
                throw UnknownSimd(ip - (int)Op.Simd);
        }
    }
}

using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using V128 = System.Runtime.Intrinsics.Vector128<byte>;

namespace WasmSharp.Vm;

/// <summary>
/// Lane-shape-independent vector operations called by compiled code (spec 4.4.3 "Vector
/// Instructions"): constants, bitwise operations, tests, splats, lane access, swizzle/shuffle and
/// the helpers of the extending, splatting and zero-filling loads. Every v128 is a
/// <see cref="Vector128{T}"/> of bytes in compiled code; the helpers reinterpret it per shape. They are
/// small and aggressively inlined, so the JIT turns most into one or two instructions.
/// </summary>
internal static class SimdOps
{
#pragma warning disable CA2211 // Mutable on purpose, like OpaqueConstants: the JIT must not see a constant.
    /// <summary>The all-zero vector, loaded from memory so the JIT cannot fold float identities like <c>x + 0</c>.</summary>
    public static V128 Zero = V128.Zero;
#pragma warning restore CA2211

    /// <summary><c>v128.not</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 Not(V128 a) => ~a;

    /// <summary><c>v128.and</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 And(V128 a, V128 b) => a & b;

    /// <summary><c>v128.andnot</c>: <c>a &amp; ~b</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 AndNot(V128 a, V128 b) => Vector128.AndNot(a, b);

    /// <summary><c>v128.or</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 Or(V128 a, V128 b) => a | b;

    /// <summary><c>v128.xor</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 Xor(V128 a, V128 b) => a ^ b;

    /// <summary><c>v128.bitselect</c>: bits of <paramref name="a"/> where <paramref name="mask"/> is set, else of <paramref name="b"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 Bitselect(V128 a, V128 b, V128 mask) => Vector128.ConditionalSelect(mask, a, b);

    /// <summary><c>v128.any_true</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int AnyTrue(V128 a) => a != V128.Zero ? 1 : 0;

    /// <summary><c>i8x16.all_true</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I8x16AllTrue(V128 a) => Vector128.EqualsAny(a, V128.Zero) ? 0 : 1;

    /// <summary><c>i16x8.all_true</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I16x8AllTrue(V128 a) => Vector128.EqualsAny(a.AsUInt16(), Vector128<ushort>.Zero) ? 0 : 1;

    /// <summary><c>i32x4.all_true</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32x4AllTrue(V128 a) => Vector128.EqualsAny(a.AsUInt32(), Vector128<uint>.Zero) ? 0 : 1;

    /// <summary><c>i64x2.all_true</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I64x2AllTrue(V128 a) => Vector128.EqualsAny(a.AsUInt64(), Vector128<ulong>.Zero) ? 0 : 1;

    /// <summary><c>i8x16.bitmask</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I8x16Bitmask(V128 a) => (int)a.ExtractMostSignificantBits();

    /// <summary><c>i16x8.bitmask</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I16x8Bitmask(V128 a) => (int)a.AsUInt16().ExtractMostSignificantBits();

    /// <summary><c>i32x4.bitmask</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32x4Bitmask(V128 a) => (int)a.AsUInt32().ExtractMostSignificantBits();

    /// <summary><c>i64x2.bitmask</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I64x2Bitmask(V128 a) => (int)a.AsUInt64().ExtractMostSignificantBits();

    /// <summary><c>i8x16.swizzle</c>: lanes of <paramref name="a"/> selected by <paramref name="indices"/>; indices ≥ 16 give 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 Swizzle(V128 a, V128 indices)
    {
        if (Ssse3.IsSupported)
        {
            // pshufb zeroes a lane only when the index has its top bit set: saturating-add 0x70 so
            // every index ≥ 16 gets it, while 0-15 keep their low nibble.
            return Ssse3.Shuffle(a, Sse2.AddSaturate(indices, Vector128.Create((byte)0x70)));
        }

        V128 result = default;
        for (int i = 0; i < 16; i++)
        {
            byte index = indices.GetElement(i);
            result = result.WithElement(i, index < 16 ? a.GetElement(index) : (byte)0);
        }

        return result;
    }

    /// <summary><c>i8x16.shuffle</c> with the immediate lane indices (0-31) in <paramref name="indices"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 Shuffle(V128 a, V128 b, V128 indices) =>
        Swizzle(a, indices) | Swizzle(b, indices - Vector128.Create((byte)16));

    /// <summary><c>i8x16.splat</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 I8x16Splat(int x) => Vector128.Create((byte)x);

    /// <summary><c>i16x8.splat</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 I16x8Splat(int x) => Vector128.Create((ushort)x).AsByte();

    /// <summary><c>i32x4.splat</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 I32x4Splat(int x) => Vector128.Create(x).AsByte();

    /// <summary><c>i64x2.splat</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 I64x2Splat(long x) => Vector128.Create(x).AsByte();

    /// <summary><c>f32x4.splat</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 F32x4Splat(float x) => Vector128.Create(x).AsByte();

    /// <summary><c>f64x2.splat</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 F64x2Splat(double x) => Vector128.Create(x).AsByte();

    /// <summary><c>i8x16.extract_lane_s</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I8x16ExtractLaneS(V128 a, int lane) => a.AsSByte().GetElement(lane);

    /// <summary><c>i8x16.extract_lane_u</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I8x16ExtractLaneU(V128 a, int lane) => a.GetElement(lane);

    /// <summary><c>i16x8.extract_lane_s</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I16x8ExtractLaneS(V128 a, int lane) => a.AsInt16().GetElement(lane);

    /// <summary><c>i16x8.extract_lane_u</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I16x8ExtractLaneU(V128 a, int lane) => a.AsUInt16().GetElement(lane);

    /// <summary><c>i32x4.extract_lane</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32x4ExtractLane(V128 a, int lane) => a.AsInt32().GetElement(lane);

    /// <summary><c>i64x2.extract_lane</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long I64x2ExtractLane(V128 a, int lane) => a.AsInt64().GetElement(lane);

    /// <summary><c>f32x4.extract_lane</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32x4ExtractLane(V128 a, int lane) => a.AsSingle().GetElement(lane);

    /// <summary><c>f64x2.extract_lane</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64x2ExtractLane(V128 a, int lane) => a.AsDouble().GetElement(lane);

    /// <summary><c>i8x16.replace_lane</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 I8x16ReplaceLane(V128 a, int x, int lane) => a.WithElement(lane, (byte)x);

    /// <summary><c>i16x8.replace_lane</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 I16x8ReplaceLane(V128 a, int x, int lane) => a.AsUInt16().WithElement(lane, (ushort)x).AsByte();

    /// <summary><c>i32x4.replace_lane</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 I32x4ReplaceLane(V128 a, int x, int lane) => a.AsInt32().WithElement(lane, x).AsByte();

    /// <summary><c>i64x2.replace_lane</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 I64x2ReplaceLane(V128 a, long x, int lane) => a.AsInt64().WithElement(lane, x).AsByte();

    /// <summary><c>f32x4.replace_lane</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 F32x4ReplaceLane(V128 a, float x, int lane) => a.AsSingle().WithElement(lane, x).AsByte();

    /// <summary><c>f64x2.replace_lane</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 F64x2ReplaceLane(V128 a, double x, int lane) => a.AsDouble().WithElement(lane, x).AsByte();

    /// <summary><c>v128.load8_lane</c>: the loaded byte <paramref name="x"/> into lane <paramref name="lane"/> of <paramref name="a"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 LoadLane8(int x, V128 a, int lane) => a.WithElement(lane, (byte)x);

    /// <summary><c>v128.load16_lane</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 LoadLane16(int x, V128 a, int lane) => a.AsUInt16().WithElement(lane, (ushort)x).AsByte();

    /// <summary><c>v128.load32_lane</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 LoadLane32(int x, V128 a, int lane) => a.AsInt32().WithElement(lane, x).AsByte();

    /// <summary><c>v128.load64_lane</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 LoadLane64(long x, V128 a, int lane) => a.AsInt64().WithElement(lane, x).AsByte();

    /// <summary><c>v128.load8x8_s</c> of the 8 loaded bytes <paramref name="bits"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 Load8x8S(long bits) => Vector128.WidenLower(Vector128.CreateScalar(bits).AsSByte()).AsByte();

    /// <summary><c>v128.load8x8_u</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 Load8x8U(long bits) => Vector128.WidenLower(Vector128.CreateScalar(bits).AsByte()).AsByte();

    /// <summary><c>v128.load16x4_s</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 Load16x4S(long bits) => Vector128.WidenLower(Vector128.CreateScalar(bits).AsInt16()).AsByte();

    /// <summary><c>v128.load16x4_u</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 Load16x4U(long bits) => Vector128.WidenLower(Vector128.CreateScalar(bits).AsUInt16()).AsByte();

    /// <summary><c>v128.load32x2_s</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 Load32x2S(long bits) => Vector128.WidenLower(Vector128.CreateScalar(bits).AsInt32()).AsByte();

    /// <summary><c>v128.load32x2_u</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 Load32x2U(long bits) => Vector128.WidenLower(Vector128.CreateScalar(bits).AsUInt32()).AsByte();

    /// <summary><c>v128.load32_zero</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 Load32Zero(int x) => Vector128.CreateScalar(x).AsByte();

    /// <summary><c>v128.load64_zero</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static V128 Load64Zero(long x) => Vector128.CreateScalar(x).AsByte();
}

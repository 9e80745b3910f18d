using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using V128 = System.Runtime.Intrinsics.Vector128<byte>;

namespace WasmSharp.Vm;

/// <summary>
/// Integer vector operations called by compiled code (spec 4.3.2 "Integer Operations" applied
/// lane-wise, 4.4.3 "Vector Instructions"). Wrapping arithmetic, comparisons, min/max and
/// widening map to <see cref="Vector128"/> operators, whose integer semantics equal the spec's;
/// shift counts are masked explicitly to the lane width; saturating, narrowing and the Q15 and
/// dot products use SSE instructions with exact semantics where available and portable
/// sequences otherwise. Names follow the instructions (<c>I8x16AddSatS</c> is
/// <c>i8x16.add_sat_s</c>).
/// </summary>
internal static class SimdIntegerOps
{
    private const MethodImplOptions Inline = MethodImplOptions.AggressiveInlining;

    [MethodImpl(Inline)]
    public static V128 I8x16Eq(V128 a, V128 b) => Vector128.Equals(a.AsSByte(), b.AsSByte()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I8x16Ne(V128 a, V128 b) => ~Vector128.Equals(a.AsSByte(), b.AsSByte()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I8x16LtS(V128 a, V128 b) => Vector128.LessThan(a.AsSByte(), b.AsSByte()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I8x16LtU(V128 a, V128 b) => Vector128.LessThan(a.AsByte(), b.AsByte()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I8x16GtS(V128 a, V128 b) => Vector128.GreaterThan(a.AsSByte(), b.AsSByte()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I8x16GtU(V128 a, V128 b) => Vector128.GreaterThan(a.AsByte(), b.AsByte()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I8x16LeS(V128 a, V128 b) => Vector128.LessThanOrEqual(a.AsSByte(), b.AsSByte()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I8x16LeU(V128 a, V128 b) => Vector128.LessThanOrEqual(a.AsByte(), b.AsByte()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I8x16GeS(V128 a, V128 b) => Vector128.GreaterThanOrEqual(a.AsSByte(), b.AsSByte()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I8x16GeU(V128 a, V128 b) => Vector128.GreaterThanOrEqual(a.AsByte(), b.AsByte()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I8x16Add(V128 a, V128 b) => (a.AsSByte() + b.AsSByte()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I8x16Sub(V128 a, V128 b) => (a.AsSByte() - b.AsSByte()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I8x16Neg(V128 a) => (Vector128<sbyte>.Zero - a.AsSByte()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I8x16Abs(V128 a) => Vector128.ConditionalSelect(Vector128.LessThan(a.AsSByte(), Vector128<sbyte>.Zero), Vector128<sbyte>.Zero - a.AsSByte(), a.AsSByte()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I8x16Shl(V128 a, int count) => Vector128.ShiftLeft(a.AsByte(), count & 7).AsByte();

    [MethodImpl(Inline)]
    public static V128 I8x16ShrS(V128 a, int count) => Vector128.ShiftRightArithmetic(a.AsSByte(), count & 7).AsByte();

    [MethodImpl(Inline)]
    public static V128 I8x16ShrU(V128 a, int count) => Vector128.ShiftRightLogical(a.AsByte(), count & 7).AsByte();

    [MethodImpl(Inline)]
    public static V128 I8x16MinS(V128 a, V128 b) => Vector128.Min(a.AsSByte(), b.AsSByte()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I8x16MinU(V128 a, V128 b) => Vector128.Min(a.AsByte(), b.AsByte()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I8x16MaxS(V128 a, V128 b) => Vector128.Max(a.AsSByte(), b.AsSByte()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I8x16MaxU(V128 a, V128 b) => Vector128.Max(a.AsByte(), b.AsByte()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I8x16AddSatS(V128 a, V128 b) => Vector128.AddSaturate(a.AsSByte(), b.AsSByte()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I8x16AddSatU(V128 a, V128 b) => Vector128.AddSaturate(a.AsByte(), b.AsByte()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I8x16SubSatS(V128 a, V128 b) => Vector128.SubtractSaturate(a.AsSByte(), b.AsSByte()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I8x16SubSatU(V128 a, V128 b) => Vector128.SubtractSaturate(a.AsByte(), b.AsByte()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I8x16AvgrU(V128 a, V128 b) => ((a.AsByte() | b.AsByte()) - Vector128.ShiftRightLogical(a.AsByte() ^ b.AsByte(), 1)).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8Eq(V128 a, V128 b) => Vector128.Equals(a.AsInt16(), b.AsInt16()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8Ne(V128 a, V128 b) => ~Vector128.Equals(a.AsInt16(), b.AsInt16()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8LtS(V128 a, V128 b) => Vector128.LessThan(a.AsInt16(), b.AsInt16()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8LtU(V128 a, V128 b) => Vector128.LessThan(a.AsUInt16(), b.AsUInt16()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8GtS(V128 a, V128 b) => Vector128.GreaterThan(a.AsInt16(), b.AsInt16()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8GtU(V128 a, V128 b) => Vector128.GreaterThan(a.AsUInt16(), b.AsUInt16()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8LeS(V128 a, V128 b) => Vector128.LessThanOrEqual(a.AsInt16(), b.AsInt16()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8LeU(V128 a, V128 b) => Vector128.LessThanOrEqual(a.AsUInt16(), b.AsUInt16()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8GeS(V128 a, V128 b) => Vector128.GreaterThanOrEqual(a.AsInt16(), b.AsInt16()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8GeU(V128 a, V128 b) => Vector128.GreaterThanOrEqual(a.AsUInt16(), b.AsUInt16()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8Add(V128 a, V128 b) => (a.AsInt16() + b.AsInt16()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8Sub(V128 a, V128 b) => (a.AsInt16() - b.AsInt16()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8Neg(V128 a) => (Vector128<short>.Zero - a.AsInt16()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8Abs(V128 a) => Vector128.ConditionalSelect(Vector128.LessThan(a.AsInt16(), Vector128<short>.Zero), Vector128<short>.Zero - a.AsInt16(), a.AsInt16()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8Shl(V128 a, int count) => Vector128.ShiftLeft(a.AsUInt16(), count & 15).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8ShrS(V128 a, int count) => Vector128.ShiftRightArithmetic(a.AsInt16(), count & 15).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8ShrU(V128 a, int count) => Vector128.ShiftRightLogical(a.AsUInt16(), count & 15).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8MinS(V128 a, V128 b) => Vector128.Min(a.AsInt16(), b.AsInt16()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8MinU(V128 a, V128 b) => Vector128.Min(a.AsUInt16(), b.AsUInt16()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8MaxS(V128 a, V128 b) => Vector128.Max(a.AsInt16(), b.AsInt16()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8MaxU(V128 a, V128 b) => Vector128.Max(a.AsUInt16(), b.AsUInt16()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8Mul(V128 a, V128 b) => (a.AsInt16() * b.AsInt16()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8AddSatS(V128 a, V128 b) => Vector128.AddSaturate(a.AsInt16(), b.AsInt16()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8AddSatU(V128 a, V128 b) => Vector128.AddSaturate(a.AsUInt16(), b.AsUInt16()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8SubSatS(V128 a, V128 b) => Vector128.SubtractSaturate(a.AsInt16(), b.AsInt16()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8SubSatU(V128 a, V128 b) => Vector128.SubtractSaturate(a.AsUInt16(), b.AsUInt16()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8AvgrU(V128 a, V128 b) => ((a.AsUInt16() | b.AsUInt16()) - Vector128.ShiftRightLogical(a.AsUInt16() ^ b.AsUInt16(), 1)).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4Eq(V128 a, V128 b) => Vector128.Equals(a.AsInt32(), b.AsInt32()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4Ne(V128 a, V128 b) => ~Vector128.Equals(a.AsInt32(), b.AsInt32()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4LtS(V128 a, V128 b) => Vector128.LessThan(a.AsInt32(), b.AsInt32()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4LtU(V128 a, V128 b) => Vector128.LessThan(a.AsUInt32(), b.AsUInt32()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4GtS(V128 a, V128 b) => Vector128.GreaterThan(a.AsInt32(), b.AsInt32()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4GtU(V128 a, V128 b) => Vector128.GreaterThan(a.AsUInt32(), b.AsUInt32()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4LeS(V128 a, V128 b) => Vector128.LessThanOrEqual(a.AsInt32(), b.AsInt32()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4LeU(V128 a, V128 b) => Vector128.LessThanOrEqual(a.AsUInt32(), b.AsUInt32()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4GeS(V128 a, V128 b) => Vector128.GreaterThanOrEqual(a.AsInt32(), b.AsInt32()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4GeU(V128 a, V128 b) => Vector128.GreaterThanOrEqual(a.AsUInt32(), b.AsUInt32()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4Add(V128 a, V128 b) => (a.AsInt32() + b.AsInt32()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4Sub(V128 a, V128 b) => (a.AsInt32() - b.AsInt32()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4Neg(V128 a) => (Vector128<int>.Zero - a.AsInt32()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4Abs(V128 a) => Vector128.ConditionalSelect(Vector128.LessThan(a.AsInt32(), Vector128<int>.Zero), Vector128<int>.Zero - a.AsInt32(), a.AsInt32()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4Shl(V128 a, int count) => Vector128.ShiftLeft(a.AsUInt32(), count & 31).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4ShrS(V128 a, int count) => Vector128.ShiftRightArithmetic(a.AsInt32(), count & 31).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4ShrU(V128 a, int count) => Vector128.ShiftRightLogical(a.AsUInt32(), count & 31).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4MinS(V128 a, V128 b) => Vector128.Min(a.AsInt32(), b.AsInt32()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4MinU(V128 a, V128 b) => Vector128.Min(a.AsUInt32(), b.AsUInt32()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4MaxS(V128 a, V128 b) => Vector128.Max(a.AsInt32(), b.AsInt32()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4MaxU(V128 a, V128 b) => Vector128.Max(a.AsUInt32(), b.AsUInt32()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4Mul(V128 a, V128 b) => (a.AsInt32() * b.AsInt32()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I64x2Eq(V128 a, V128 b) => Vector128.Equals(a.AsInt64(), b.AsInt64()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I64x2Ne(V128 a, V128 b) => ~Vector128.Equals(a.AsInt64(), b.AsInt64()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I64x2LtS(V128 a, V128 b) => Vector128.LessThan(a.AsInt64(), b.AsInt64()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I64x2GtS(V128 a, V128 b) => Vector128.GreaterThan(a.AsInt64(), b.AsInt64()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I64x2LeS(V128 a, V128 b) => Vector128.LessThanOrEqual(a.AsInt64(), b.AsInt64()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I64x2GeS(V128 a, V128 b) => Vector128.GreaterThanOrEqual(a.AsInt64(), b.AsInt64()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I64x2Add(V128 a, V128 b) => (a.AsInt64() + b.AsInt64()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I64x2Sub(V128 a, V128 b) => (a.AsInt64() - b.AsInt64()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I64x2Neg(V128 a) => (Vector128<long>.Zero - a.AsInt64()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I64x2Abs(V128 a) => Vector128.ConditionalSelect(Vector128.LessThan(a.AsInt64(), Vector128<long>.Zero), Vector128<long>.Zero - a.AsInt64(), a.AsInt64()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I64x2Shl(V128 a, int count) => Vector128.ShiftLeft(a.AsUInt64(), count & 63).AsByte();

    [MethodImpl(Inline)]
    public static V128 I64x2ShrS(V128 a, int count) => Vector128.ShiftRightArithmetic(a.AsInt64(), count & 63).AsByte();

    [MethodImpl(Inline)]
    public static V128 I64x2ShrU(V128 a, int count) => Vector128.ShiftRightLogical(a.AsUInt64(), count & 63).AsByte();

    [MethodImpl(Inline)]
    public static V128 I64x2Mul(V128 a, V128 b) => (a.AsInt64() * b.AsInt64()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8ExtendLowI8x16S(V128 a) => Vector128.WidenLower(a.AsSByte()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8ExtmulLowI8x16S(V128 a, V128 b) => (Vector128.WidenLower(a.AsSByte()) * Vector128.WidenLower(b.AsSByte())).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8ExtendLowI8x16U(V128 a) => Vector128.WidenLower(a.AsByte()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8ExtmulLowI8x16U(V128 a, V128 b) => (Vector128.WidenLower(a.AsByte()) * Vector128.WidenLower(b.AsByte())).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8ExtendHighI8x16S(V128 a) => Vector128.WidenUpper(a.AsSByte()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8ExtmulHighI8x16S(V128 a, V128 b) => (Vector128.WidenUpper(a.AsSByte()) * Vector128.WidenUpper(b.AsSByte())).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8ExtendHighI8x16U(V128 a) => Vector128.WidenUpper(a.AsByte()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8ExtmulHighI8x16U(V128 a, V128 b) => (Vector128.WidenUpper(a.AsByte()) * Vector128.WidenUpper(b.AsByte())).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4ExtendLowI16x8S(V128 a) => Vector128.WidenLower(a.AsInt16()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4ExtmulLowI16x8S(V128 a, V128 b) => (Vector128.WidenLower(a.AsInt16()) * Vector128.WidenLower(b.AsInt16())).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4ExtendLowI16x8U(V128 a) => Vector128.WidenLower(a.AsUInt16()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4ExtmulLowI16x8U(V128 a, V128 b) => (Vector128.WidenLower(a.AsUInt16()) * Vector128.WidenLower(b.AsUInt16())).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4ExtendHighI16x8S(V128 a) => Vector128.WidenUpper(a.AsInt16()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4ExtmulHighI16x8S(V128 a, V128 b) => (Vector128.WidenUpper(a.AsInt16()) * Vector128.WidenUpper(b.AsInt16())).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4ExtendHighI16x8U(V128 a) => Vector128.WidenUpper(a.AsUInt16()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4ExtmulHighI16x8U(V128 a, V128 b) => (Vector128.WidenUpper(a.AsUInt16()) * Vector128.WidenUpper(b.AsUInt16())).AsByte();

    [MethodImpl(Inline)]
    public static V128 I64x2ExtendLowI32x4S(V128 a) => Vector128.WidenLower(a.AsInt32()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I64x2ExtmulLowI32x4S(V128 a, V128 b) => (Vector128.WidenLower(a.AsInt32()) * Vector128.WidenLower(b.AsInt32())).AsByte();

    [MethodImpl(Inline)]
    public static V128 I64x2ExtendLowI32x4U(V128 a) => Vector128.WidenLower(a.AsUInt32()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I64x2ExtmulLowI32x4U(V128 a, V128 b) => (Vector128.WidenLower(a.AsUInt32()) * Vector128.WidenLower(b.AsUInt32())).AsByte();

    [MethodImpl(Inline)]
    public static V128 I64x2ExtendHighI32x4S(V128 a) => Vector128.WidenUpper(a.AsInt32()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I64x2ExtmulHighI32x4S(V128 a, V128 b) => (Vector128.WidenUpper(a.AsInt32()) * Vector128.WidenUpper(b.AsInt32())).AsByte();

    [MethodImpl(Inline)]
    public static V128 I64x2ExtendHighI32x4U(V128 a) => Vector128.WidenUpper(a.AsUInt32()).AsByte();

    [MethodImpl(Inline)]
    public static V128 I64x2ExtmulHighI32x4U(V128 a, V128 b) => (Vector128.WidenUpper(a.AsUInt32()) * Vector128.WidenUpper(b.AsUInt32())).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8ExtaddPairwiseI8x16S(V128 a) => (Vector128.ShiftRightArithmetic(Vector128.ShiftLeft(a.AsInt16(), 8), 8) + Vector128.ShiftRightArithmetic(a.AsInt16(), 8)).AsByte();

    [MethodImpl(Inline)]
    public static V128 I16x8ExtaddPairwiseI8x16U(V128 a) => ((a.AsUInt16() & Vector128.Create((ushort)0xFF)) + Vector128.ShiftRightLogical(a.AsUInt16(), 8)).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4ExtaddPairwiseI16x8S(V128 a) => (Vector128.ShiftRightArithmetic(Vector128.ShiftLeft(a.AsInt32(), 16), 16) + Vector128.ShiftRightArithmetic(a.AsInt32(), 16)).AsByte();

    [MethodImpl(Inline)]
    public static V128 I32x4ExtaddPairwiseI16x8U(V128 a) => ((a.AsUInt32() & Vector128.Create(0xFFFFu)) + Vector128.ShiftRightLogical(a.AsUInt32(), 16)).AsByte();

    /// <summary><c>i8x16.popcnt</c>.</summary>
    [MethodImpl(Inline)]
    public static V128 I8x16Popcnt(V128 a)
    {
        if (Ssse3.IsSupported)
        {
            // Nibble lookup table: popcount of each half byte, added.
            V128 table = Vector128.Create((byte)0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4);
            V128 mask = Vector128.Create((byte)0x0F);
            V128 low = Ssse3.Shuffle(table, a & mask);
            V128 high = Ssse3.Shuffle(table, Vector128.ShiftRightLogical(a.AsUInt16(), 4).AsByte() & mask);
            return low + high;
        }

        V128 result = default;
        for (int i = 0; i < 16; i++)
        {
            result = result.WithElement(i, (byte)System.Numerics.BitOperations.PopCount(a.GetElement(i)));
        }

        return result;
    }

    /// <summary><c>i8x16.narrow_i16x8_s</c>.</summary>
    [MethodImpl(Inline)]
    public static V128 I8x16NarrowI16x8S(V128 a, V128 b)
    {
        if (Sse2.IsSupported)
        {
            return Sse2.PackSignedSaturate(a.AsInt16(), b.AsInt16()).AsByte();
        }

        Vector128<short> lo = Vector128.Create((short)sbyte.MinValue);
        Vector128<short> hi = Vector128.Create((short)sbyte.MaxValue);
        return Vector128.Narrow(Vector128.Clamp(a.AsInt16(), lo, hi), Vector128.Clamp(b.AsInt16(), lo, hi)).AsByte();
    }

    /// <summary><c>i8x16.narrow_i16x8_u</c>: signed inputs saturated to 0-255.</summary>
    [MethodImpl(Inline)]
    public static V128 I8x16NarrowI16x8U(V128 a, V128 b)
    {
        if (Sse2.IsSupported)
        {
            return Sse2.PackUnsignedSaturate(a.AsInt16(), b.AsInt16());
        }

        Vector128<short> lo = Vector128<short>.Zero;
        Vector128<short> hi = Vector128.Create((short)byte.MaxValue);
        return Vector128.Narrow(Vector128.Clamp(a.AsInt16(), lo, hi).AsUInt16(), Vector128.Clamp(b.AsInt16(), lo, hi).AsUInt16());
    }

    /// <summary><c>i16x8.narrow_i32x4_s</c>.</summary>
    [MethodImpl(Inline)]
    public static V128 I16x8NarrowI32x4S(V128 a, V128 b)
    {
        if (Sse2.IsSupported)
        {
            return Sse2.PackSignedSaturate(a.AsInt32(), b.AsInt32()).AsByte();
        }

        return NarrowSaturate(a.AsInt32(), b.AsInt32());
    }

    /// <summary><c>i16x8.narrow_i32x4_u</c>: signed inputs saturated to 0-65535.</summary>
    [MethodImpl(Inline)]
    public static V128 I16x8NarrowI32x4U(V128 a, V128 b)
    {
        if (Sse41.IsSupported)
        {
            return Sse41.PackUnsignedSaturate(a.AsInt32(), b.AsInt32()).AsByte();
        }

        Vector128<int> lo = Vector128<int>.Zero;
        Vector128<int> hi = Vector128.Create((int)ushort.MaxValue);
        return Vector128.Narrow(Vector128.Clamp(a.AsInt32(), lo, hi).AsUInt32(), Vector128.Clamp(b.AsInt32(), lo, hi).AsUInt32()).AsByte();
    }

    /// <summary>
    /// <c>i16x8.q15mulr_sat_s</c>: <c>sat((a * b + 0x4000) >> 15)</c>. Computed in 32-bit lanes
    /// and narrowed with saturation, which turns the one overflowing case (-32768 * -32768) into 32767.
    /// </summary>
    [MethodImpl(Inline)]
    public static V128 I16x8Q15mulrSatS(V128 a, V128 b)
    {
        if (Ssse3.IsSupported)
        {
            // pmulhrsw computes exactly the rounded product but wraps the overflow to 0x8000;
            // flip those lanes to 0x7FFF.
            Vector128<short> product = Ssse3.MultiplyHighRoundScale(a.AsInt16(), b.AsInt16());
            return (product ^ Vector128.Equals(product, Vector128.Create(short.MinValue))).AsByte();
        }

        Vector128<int> round = Vector128.Create(0x4000);
        Vector128<int> low = Vector128.ShiftRightArithmetic(Vector128.WidenLower(a.AsInt16()) * Vector128.WidenLower(b.AsInt16()) + round, 15);
        Vector128<int> high = Vector128.ShiftRightArithmetic(Vector128.WidenUpper(a.AsInt16()) * Vector128.WidenUpper(b.AsInt16()) + round, 15);
        return NarrowSaturate(low, high);
    }

    /// <summary><c>i32x4.dot_i16x8_s</c>: sums of adjacent products, wrapping.</summary>
    [MethodImpl(Inline)]
    public static V128 I32x4DotI16x8S(V128 a, V128 b)
    {
        if (Sse2.IsSupported)
        {
            return Sse2.MultiplyAddAdjacent(a.AsInt16(), b.AsInt16()).AsByte();
        }

        Vector128<int> even = Vector128.ShiftRightArithmetic(Vector128.ShiftLeft(a.AsInt32(), 16), 16) * Vector128.ShiftRightArithmetic(Vector128.ShiftLeft(b.AsInt32(), 16), 16);
        Vector128<int> odd = Vector128.ShiftRightArithmetic(a.AsInt32(), 16) * Vector128.ShiftRightArithmetic(b.AsInt32(), 16);
        return (even + odd).AsByte();
    }

    private static V128 NarrowSaturate(Vector128<int> a, Vector128<int> b)
    {
        Vector128<int> lo = Vector128.Create((int)short.MinValue);
        Vector128<int> hi = Vector128.Create((int)short.MaxValue);
        return Vector128.Narrow(Vector128.Clamp(a, lo, hi), Vector128.Clamp(b, lo, hi)).AsByte();
    }
}

using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using V128 = System.Runtime.Intrinsics.Vector128<byte>;

namespace WasmSharp.Vm;

/// <summary>
/// Relaxed SIMD operations (Wasm 3.0 relaxed-simd) that have no deterministic twin. The spec lets
/// each relaxed instruction return one of a listed set of results; WasmSharp always picks the same
/// one, so results never depend on the host CPU: swizzle, truncation, lane select, min/max and
/// q15mulr behave like their strict versions (mapped directly by the emitter), multiply-add is
/// unfused, and the dot products treat the second operand as signed and wrap (i16x8) or saturate
/// nothing, exactly like the scalar definition with signed bytes.
/// </summary>
internal static class RelaxedSimdOps
{
    private const MethodImplOptions Inline = MethodImplOptions.AggressiveInlining;

    /// <summary><c>f32x4.relaxed_madd</c>: <c>a * b + c</c>, unfused.</summary>
    [MethodImpl(Inline)]
    public static V128 F32x4Madd(V128 a, V128 b, V128 c) => (a.AsSingle() * b.AsSingle() + c.AsSingle()).AsByte();

    /// <summary><c>f32x4.relaxed_nmadd</c>: <c>-(a * b) + c</c>, unfused.</summary>
    [MethodImpl(Inline)]
    public static V128 F32x4Nmadd(V128 a, V128 b, V128 c) => (c.AsSingle() - a.AsSingle() * b.AsSingle()).AsByte();

    /// <summary><c>f64x2.relaxed_madd</c>.</summary>
    [MethodImpl(Inline)]
    public static V128 F64x2Madd(V128 a, V128 b, V128 c) => (a.AsDouble() * b.AsDouble() + c.AsDouble()).AsByte();

    /// <summary><c>f64x2.relaxed_nmadd</c>.</summary>
    [MethodImpl(Inline)]
    public static V128 F64x2Nmadd(V128 a, V128 b, V128 c) => (c.AsDouble() - a.AsDouble() * b.AsDouble()).AsByte();

    /// <summary>
    /// <c>i16x8.relaxed_dot_i8x16_i7x16_s</c>: sums of adjacent signed byte products, wrapping
    /// (only -128 * -128 twice overflows, and then only with a second operand outside 7 bits).
    /// </summary>
    [MethodImpl(Inline)]
    public static V128 I16x8DotI8x16I7x16S(V128 a, V128 b)
    {
        Vector128<short> x = a.AsInt16();
        Vector128<short> y = b.AsInt16();
        Vector128<short> even = Vector128.ShiftRightArithmetic(Vector128.ShiftLeft(x, 8), 8) * Vector128.ShiftRightArithmetic(Vector128.ShiftLeft(y, 8), 8);
        Vector128<short> odd = Vector128.ShiftRightArithmetic(x, 8) * Vector128.ShiftRightArithmetic(y, 8);
        return (even + odd).AsByte();
    }

    /// <summary><c>i32x4.relaxed_dot_i8x16_i7x16_add_s</c>: four signed byte products per lane plus <paramref name="c"/>.</summary>
    [MethodImpl(Inline)]
    public static V128 I32x4DotI8x16I7x16AddS(V128 a, V128 b, V128 c)
    {
        // Pairs as in the i16x8 dot product, then adjacent pairs summed into 32 bits.
        Vector128<short> pairs = I16x8DotI8x16I7x16S(a, b).AsInt16();
        Vector128<int> wide = pairs.AsInt32();
        Vector128<int> sums = Vector128.ShiftRightArithmetic(Vector128.ShiftLeft(wide, 16), 16) + Vector128.ShiftRightArithmetic(wide, 16);
        return (sums + c.AsInt32()).AsByte();
    }
}

using System.Runtime.CompilerServices;

namespace WasmSharp.Vm;

/// <summary>
/// Float operations whose Wasm semantics (spec 4.3.3 "Floating-Point Operations") differ from the
/// CLR's or need bit-level care: <c>fmin</c>/<c>fmax</c> (NaN wins, -0 &lt; +0) and the sign
/// operations <c>fabs</c>/<c>fneg</c>/<c>fcopysign</c>, which must keep NaN payloads and so work
/// on bits rather than on values.
/// </summary>
internal static class FloatOps
{
    /// <summary><c>f32.min</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32Min(float a, float b)
    {
        if (float.IsNaN(a) || float.IsNaN(b))
        {
            // A quieted NaN operand: an arithmetic NaN, as the spec allows. With two NaNs, b's
            // payload: the NaN Wasmtime's x64 code gives (its min/max sequence adds lhs into rhs,
            // and x64 keeps the first operand's), so bits read back agree with it. Chosen
            // explicitly: `b + a` would leave the choice to the JIT, which may commute the add.
            return QuietF32(float.IsNaN(b) ? b : a);
        }

        if (a == b)
        {
            // Equal values differ only in the sign of zero; min prefers -0.
            return BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(a) | BitConverter.SingleToInt32Bits(b));
        }

        return a < b ? a : b;
    }

    /// <summary><c>f32.max</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32Max(float a, float b)
    {
        if (float.IsNaN(a) || float.IsNaN(b))
        {
            return QuietF32(float.IsNaN(b) ? b : a);
        }

        if (a == b)
        {
            return BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(a) & BitConverter.SingleToInt32Bits(b));
        }

        return a > b ? a : b;
    }

    /// <summary><c>f64.min</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64Min(double a, double b)
    {
        if (double.IsNaN(a) || double.IsNaN(b))
        {
            return QuietF64(double.IsNaN(b) ? b : a);
        }

        if (a == b)
        {
            return BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(a) | BitConverter.DoubleToInt64Bits(b));
        }

        return a < b ? a : b;
    }

    /// <summary><c>f64.max</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64Max(double a, double b)
    {
        if (double.IsNaN(a) || double.IsNaN(b))
        {
            return QuietF64(double.IsNaN(b) ? b : a);
        }

        if (a == b)
        {
            return BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(a) & BitConverter.DoubleToInt64Bits(b));
        }

        return a > b ? a : b;
    }

    /// <summary><c>f32.abs</c>: clears the sign bit only.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32Abs(float a) => BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(a) & int.MaxValue);

    /// <summary><c>f32.neg</c>: flips the sign bit only.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32Neg(float a) => BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(a) ^ int.MinValue);

    /// <summary><c>f32.copysign</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32CopySign(float a, float b) => BitConverter.Int32BitsToSingle(
        (BitConverter.SingleToInt32Bits(a) & int.MaxValue) | (BitConverter.SingleToInt32Bits(b) & int.MinValue));

    /// <summary><c>f64.abs</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64Abs(double a) => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(a) & long.MaxValue);

    /// <summary><c>f64.neg</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64Neg(double a) => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(a) ^ long.MinValue);

    /// <summary><c>f64.copysign</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64CopySign(double a, double b) => BitConverter.Int64BitsToDouble(
        (BitConverter.DoubleToInt64Bits(a) & long.MaxValue) | (BitConverter.DoubleToInt64Bits(b) & long.MinValue));

    /// <summary><c>f32.nearest</c>: round half to even, keeping the sign of zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32Nearest(float a) => MathF.Round(a, MidpointRounding.ToEven);

    /// <summary><c>f64.nearest</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64Nearest(double a) => Math.Round(a, MidpointRounding.ToEven);

    // A NaN with its quiet bit set, payload and sign kept (what an arithmetic operation makes of it).
    private static float QuietF32(float nan) => BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(nan) | 0x00400000);

    private static double QuietF64(double nan) => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(nan) | 0x0008000000000000L);
}

using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using V128 = System.Runtime.Intrinsics.Vector128<byte>;

namespace WasmSharp.Vm;

/// <summary>
/// Floating-point vector operations called by compiled code (spec 4.3.3 "Floating-Point
/// Operations" applied lane-wise). Arithmetic, square root and comparisons map to
/// <see cref="Vector128"/> operators: IEEE results are exact and a NaN operand comes back quieted,
/// an arithmetic NaN as the spec allows. <c>abs</c>/<c>neg</c> work on the sign bit only, so NaN
/// payloads survive. <c>min</c>/<c>max</c> are built from comparisons because the hardware
/// instructions neither propagate NaN from both operands nor order -0 below +0; their NaN lanes carry
/// the canonical payload with the sign Wasmtime's x64 code gives. Rounding uses
/// SSE4.1 <c>round</c> (which quiets NaNs) with a scalar fallback.
/// </summary>
internal static class SimdFloatOps
{
    private const MethodImplOptions Inline = MethodImplOptions.AggressiveInlining;

    [MethodImpl(Inline)]
    public static V128 F32x4Eq(V128 a, V128 b) => Vector128.Equals(a.AsSingle(), b.AsSingle()).AsByte();

    [MethodImpl(Inline)]
    public static V128 F32x4Lt(V128 a, V128 b) => Vector128.LessThan(a.AsSingle(), b.AsSingle()).AsByte();

    [MethodImpl(Inline)]
    public static V128 F32x4Gt(V128 a, V128 b) => Vector128.GreaterThan(a.AsSingle(), b.AsSingle()).AsByte();

    [MethodImpl(Inline)]
    public static V128 F32x4Le(V128 a, V128 b) => Vector128.LessThanOrEqual(a.AsSingle(), b.AsSingle()).AsByte();

    [MethodImpl(Inline)]
    public static V128 F32x4Ge(V128 a, V128 b) => Vector128.GreaterThanOrEqual(a.AsSingle(), b.AsSingle()).AsByte();

    [MethodImpl(Inline)]
    public static V128 F32x4Ne(V128 a, V128 b) => ~Vector128.Equals(a.AsSingle(), b.AsSingle()).AsByte();

    [MethodImpl(Inline)]
    public static V128 F32x4Add(V128 a, V128 b) => (a.AsSingle() + b.AsSingle()).AsByte();

    [MethodImpl(Inline)]
    public static V128 F32x4Sub(V128 a, V128 b) => (a.AsSingle() - b.AsSingle()).AsByte();

    [MethodImpl(Inline)]
    public static V128 F32x4Mul(V128 a, V128 b) => (a.AsSingle() * b.AsSingle()).AsByte();

    [MethodImpl(Inline)]
    public static V128 F32x4Div(V128 a, V128 b) => (a.AsSingle() / b.AsSingle()).AsByte();

    [MethodImpl(Inline)]
    public static V128 F32x4Sqrt(V128 a) => Vector128.Sqrt(a.AsSingle()).AsByte();

    [MethodImpl(Inline)]
    public static V128 F32x4Abs(V128 a) => Vector128.AndNot(a.AsUInt32(), Vector128.Create(0x80000000u)).AsByte();

    [MethodImpl(Inline)]
    public static V128 F32x4Neg(V128 a) => (a.AsUInt32() ^ Vector128.Create(0x80000000u)).AsByte();

    [MethodImpl(Inline)]
    public static V128 F32x4Pmin(V128 a, V128 b) => Vector128.ConditionalSelect(Vector128.LessThan(b.AsSingle(), a.AsSingle()), b.AsSingle(), a.AsSingle()).AsByte();

    [MethodImpl(Inline)]
    public static V128 F32x4Pmax(V128 a, V128 b) => Vector128.ConditionalSelect(Vector128.LessThan(a.AsSingle(), b.AsSingle()), b.AsSingle(), a.AsSingle()).AsByte();

    /// <summary><c>f32x4.min</c>: NaN if either lane is NaN, -0 below +0.</summary>
    [MethodImpl(Inline)]
    public static V128 F32x4Min(V128 a, V128 b)
    {
        Vector128<float> x = a.AsSingle();
        Vector128<float> y = b.AsSingle();
        Vector128<float> result = Vector128.ConditionalSelect(Vector128.LessThan(x, y), x, y);
        // Equal lanes differ at most in the sign of zero: OR prefers -0.
        result = Vector128.ConditionalSelect(Vector128.Equals(x, y), x | y, result);
        // A NaN lane is the negative canonical NaN, as Wasmtime's x64 code gives: the spec allows any
        // arithmetic NaN (4.3.3 "NaN Propagation"), and bits read back (extract_lane, a store) must not
        // make the two runtimes differ.
        Vector128<float> nan = ~(Vector128.Equals(x, x) & Vector128.Equals(y, y));
        return Vector128.ConditionalSelect(nan, Vector128.Create(0xFFC00000u).AsSingle(), result).AsByte();
    }

    /// <summary><c>f32x4.max</c>: NaN if either lane is NaN, +0 above -0.</summary>
    [MethodImpl(Inline)]
    public static V128 F32x4Max(V128 a, V128 b)
    {
        Vector128<float> x = a.AsSingle();
        Vector128<float> y = b.AsSingle();
        Vector128<float> result = Vector128.ConditionalSelect(Vector128.GreaterThan(x, y), x, y);
        result = Vector128.ConditionalSelect(Vector128.Equals(x, y), x & y, result);
        // A NaN lane is the canonical NaN signed by the OR of the operands' signs, as Wasmtime's x64 code
        // gives (any arithmetic NaN is allowed, 4.3.3; matching keeps bits read back identical).
        Vector128<float> nan = ~(Vector128.Equals(x, x) & Vector128.Equals(y, y));
        Vector128<float> canonical = ((x | y) & Vector128.Create(0x80000000u).AsSingle()) | Vector128.Create(0x7FC00000u).AsSingle();
        return Vector128.ConditionalSelect(nan, canonical, result).AsByte();
    }

    /// <summary><c>f32x4.ceil</c>.</summary>
    [MethodImpl(Inline)]
    public static V128 F32x4Ceil(V128 a)
    {
        if (Sse41.IsSupported)
        {
            return Sse41.RoundToPositiveInfinity(a.AsSingle()).AsByte();
        }

        Vector128<float> v = a.AsSingle();
        for (int i = 0; i < 4; i++)
        {
            float x = v.GetElement(i);
            v = v.WithElement(i, float.IsNaN(x) ? x + x : MathF.Ceiling(x));
        }

        return v.AsByte();
    }

    /// <summary><c>f32x4.floor</c>.</summary>
    [MethodImpl(Inline)]
    public static V128 F32x4Floor(V128 a)
    {
        if (Sse41.IsSupported)
        {
            return Sse41.RoundToNegativeInfinity(a.AsSingle()).AsByte();
        }

        Vector128<float> v = a.AsSingle();
        for (int i = 0; i < 4; i++)
        {
            float x = v.GetElement(i);
            v = v.WithElement(i, float.IsNaN(x) ? x + x : MathF.Floor(x));
        }

        return v.AsByte();
    }

    /// <summary><c>f32x4.trunc</c>.</summary>
    [MethodImpl(Inline)]
    public static V128 F32x4Trunc(V128 a)
    {
        if (Sse41.IsSupported)
        {
            return Sse41.RoundToZero(a.AsSingle()).AsByte();
        }

        Vector128<float> v = a.AsSingle();
        for (int i = 0; i < 4; i++)
        {
            float x = v.GetElement(i);
            v = v.WithElement(i, float.IsNaN(x) ? x + x : MathF.Truncate(x));
        }

        return v.AsByte();
    }

    /// <summary><c>f32x4.nearest</c>.</summary>
    [MethodImpl(Inline)]
    public static V128 F32x4Nearest(V128 a)
    {
        if (Sse41.IsSupported)
        {
            return Sse41.RoundToNearestInteger(a.AsSingle()).AsByte();
        }

        Vector128<float> v = a.AsSingle();
        for (int i = 0; i < 4; i++)
        {
            float x = v.GetElement(i);
            v = v.WithElement(i, float.IsNaN(x) ? x + x : MathF.Round(x, MidpointRounding.ToEven));
        }

        return v.AsByte();
    }

    [MethodImpl(Inline)]
    public static V128 F64x2Eq(V128 a, V128 b) => Vector128.Equals(a.AsDouble(), b.AsDouble()).AsByte();

    [MethodImpl(Inline)]
    public static V128 F64x2Lt(V128 a, V128 b) => Vector128.LessThan(a.AsDouble(), b.AsDouble()).AsByte();

    [MethodImpl(Inline)]
    public static V128 F64x2Gt(V128 a, V128 b) => Vector128.GreaterThan(a.AsDouble(), b.AsDouble()).AsByte();

    [MethodImpl(Inline)]
    public static V128 F64x2Le(V128 a, V128 b) => Vector128.LessThanOrEqual(a.AsDouble(), b.AsDouble()).AsByte();

    [MethodImpl(Inline)]
    public static V128 F64x2Ge(V128 a, V128 b) => Vector128.GreaterThanOrEqual(a.AsDouble(), b.AsDouble()).AsByte();

    [MethodImpl(Inline)]
    public static V128 F64x2Ne(V128 a, V128 b) => ~Vector128.Equals(a.AsDouble(), b.AsDouble()).AsByte();

    [MethodImpl(Inline)]
    public static V128 F64x2Add(V128 a, V128 b) => (a.AsDouble() + b.AsDouble()).AsByte();

    [MethodImpl(Inline)]
    public static V128 F64x2Sub(V128 a, V128 b) => (a.AsDouble() - b.AsDouble()).AsByte();

    [MethodImpl(Inline)]
    public static V128 F64x2Mul(V128 a, V128 b) => (a.AsDouble() * b.AsDouble()).AsByte();

    [MethodImpl(Inline)]
    public static V128 F64x2Div(V128 a, V128 b) => (a.AsDouble() / b.AsDouble()).AsByte();

    [MethodImpl(Inline)]
    public static V128 F64x2Sqrt(V128 a) => Vector128.Sqrt(a.AsDouble()).AsByte();

    [MethodImpl(Inline)]
    public static V128 F64x2Abs(V128 a) => Vector128.AndNot(a.AsUInt64(), Vector128.Create(0x8000000000000000ul)).AsByte();

    [MethodImpl(Inline)]
    public static V128 F64x2Neg(V128 a) => (a.AsUInt64() ^ Vector128.Create(0x8000000000000000ul)).AsByte();

    [MethodImpl(Inline)]
    public static V128 F64x2Pmin(V128 a, V128 b) => Vector128.ConditionalSelect(Vector128.LessThan(b.AsDouble(), a.AsDouble()), b.AsDouble(), a.AsDouble()).AsByte();

    [MethodImpl(Inline)]
    public static V128 F64x2Pmax(V128 a, V128 b) => Vector128.ConditionalSelect(Vector128.LessThan(a.AsDouble(), b.AsDouble()), b.AsDouble(), a.AsDouble()).AsByte();

    /// <summary><c>f64x2.min</c>: NaN if either lane is NaN, -0 below +0.</summary>
    [MethodImpl(Inline)]
    public static V128 F64x2Min(V128 a, V128 b)
    {
        Vector128<double> x = a.AsDouble();
        Vector128<double> y = b.AsDouble();
        Vector128<double> result = Vector128.ConditionalSelect(Vector128.LessThan(x, y), x, y);
        // Equal lanes differ at most in the sign of zero: OR prefers -0.
        result = Vector128.ConditionalSelect(Vector128.Equals(x, y), x | y, result);
        // A NaN lane is the negative canonical NaN, as Wasmtime's x64 code gives: the spec allows any
        // arithmetic NaN (4.3.3 "NaN Propagation"), and bits read back (extract_lane, a store) must not
        // make the two runtimes differ.
        Vector128<double> nan = ~(Vector128.Equals(x, x) & Vector128.Equals(y, y));
        return Vector128.ConditionalSelect(nan, Vector128.Create(0xFFF8000000000000ul).AsDouble(), result).AsByte();
    }

    /// <summary><c>f64x2.max</c>: NaN if either lane is NaN, +0 above -0.</summary>
    [MethodImpl(Inline)]
    public static V128 F64x2Max(V128 a, V128 b)
    {
        Vector128<double> x = a.AsDouble();
        Vector128<double> y = b.AsDouble();
        Vector128<double> result = Vector128.ConditionalSelect(Vector128.GreaterThan(x, y), x, y);
        result = Vector128.ConditionalSelect(Vector128.Equals(x, y), x & y, result);
        // A NaN lane is the canonical NaN signed by the OR of the operands' signs, as Wasmtime's x64 code
        // gives (any arithmetic NaN is allowed, 4.3.3; matching keeps bits read back identical).
        Vector128<double> nan = ~(Vector128.Equals(x, x) & Vector128.Equals(y, y));
        Vector128<double> canonical = ((x | y) & Vector128.Create(0x8000000000000000ul).AsDouble()) | Vector128.Create(0x7FF8000000000000ul).AsDouble();
        return Vector128.ConditionalSelect(nan, canonical, result).AsByte();
    }

    /// <summary><c>f64x2.ceil</c>.</summary>
    [MethodImpl(Inline)]
    public static V128 F64x2Ceil(V128 a)
    {
        if (Sse41.IsSupported)
        {
            return Sse41.RoundToPositiveInfinity(a.AsDouble()).AsByte();
        }

        Vector128<double> v = a.AsDouble();
        for (int i = 0; i < 2; i++)
        {
            double x = v.GetElement(i);
            v = v.WithElement(i, double.IsNaN(x) ? x + x : Math.Ceiling(x));
        }

        return v.AsByte();
    }

    /// <summary><c>f64x2.floor</c>.</summary>
    [MethodImpl(Inline)]
    public static V128 F64x2Floor(V128 a)
    {
        if (Sse41.IsSupported)
        {
            return Sse41.RoundToNegativeInfinity(a.AsDouble()).AsByte();
        }

        Vector128<double> v = a.AsDouble();
        for (int i = 0; i < 2; i++)
        {
            double x = v.GetElement(i);
            v = v.WithElement(i, double.IsNaN(x) ? x + x : Math.Floor(x));
        }

        return v.AsByte();
    }

    /// <summary><c>f64x2.trunc</c>.</summary>
    [MethodImpl(Inline)]
    public static V128 F64x2Trunc(V128 a)
    {
        if (Sse41.IsSupported)
        {
            return Sse41.RoundToZero(a.AsDouble()).AsByte();
        }

        Vector128<double> v = a.AsDouble();
        for (int i = 0; i < 2; i++)
        {
            double x = v.GetElement(i);
            v = v.WithElement(i, double.IsNaN(x) ? x + x : Math.Truncate(x));
        }

        return v.AsByte();
    }

    /// <summary><c>f64x2.nearest</c>.</summary>
    [MethodImpl(Inline)]
    public static V128 F64x2Nearest(V128 a)
    {
        if (Sse41.IsSupported)
        {
            return Sse41.RoundToNearestInteger(a.AsDouble()).AsByte();
        }

        Vector128<double> v = a.AsDouble();
        for (int i = 0; i < 2; i++)
        {
            double x = v.GetElement(i);
            v = v.WithElement(i, double.IsNaN(x) ? x + x : Math.Round(x, MidpointRounding.ToEven));
        }

        return v.AsByte();
    }
}

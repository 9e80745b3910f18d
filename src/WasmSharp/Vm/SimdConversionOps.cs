using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using V128 = System.Runtime.Intrinsics.Vector128<byte>;

namespace WasmSharp.Vm;

/// <summary>
/// Vector conversions called by compiled code (spec 4.3.4 "Conversions" applied lane-wise):
/// saturating truncation (NaN → 0, out of range → the nearest bound), int → float conversion
/// rounded to nearest-even, and f32/f64 demotion/promotion. The lanes that have an exact SSE
/// instruction use it; the others go lane by lane with explicit saturation, so the result does
/// not depend on the CLR's float → int cast rules.
/// </summary>
internal static class SimdConversionOps
{
    private const MethodImplOptions Inline = MethodImplOptions.AggressiveInlining;

    /// <summary><c>i32x4.trunc_sat_f32x4_s</c>.</summary>
    [MethodImpl(Inline)]
    public static V128 I32x4TruncSatF32x4S(V128 a)
    {
        Vector128<float> v = a.AsSingle();
        if (Sse2.IsSupported)
        {
            // cvttps2dq returns 0x80000000 for NaN and out-of-range lanes: zero the NaNs first,
            // and flip the result of too-large lanes to 0x7FFFFFFF.
            v &= Vector128.Equals(v, v);
            Vector128<int> result = Sse2.ConvertToVector128Int32WithTruncation(v);
            return (result ^ Vector128.GreaterThanOrEqual(v, Vector128.Create(2147483648f)).AsInt32()).AsByte();
        }

        return Vector128.Create(TruncS(v.GetElement(0)), TruncS(v.GetElement(1)), TruncS(v.GetElement(2)), TruncS(v.GetElement(3))).AsByte();
    }

    /// <summary><c>i32x4.trunc_sat_f32x4_u</c>.</summary>
    [MethodImpl(Inline)]
    public static V128 I32x4TruncSatF32x4U(V128 a)
    {
        Vector128<float> v = a.AsSingle();
        if (Avx512F.VL.IsSupported)
        {
            // vcvttps2udq saturates to 0xFFFFFFFF for too-large lanes; NaN and negative lanes
            // (which it would also turn into 0xFFFFFFFF) are zeroed first.
            return Avx512F.VL.ConvertToVector128UInt32WithTruncation(v & Vector128.GreaterThan(v, Vector128<float>.Zero)).AsByte();
        }

        return Vector128.Create(TruncU(v.GetElement(0)), TruncU(v.GetElement(1)), TruncU(v.GetElement(2)), TruncU(v.GetElement(3))).AsByte();
    }

    /// <summary><c>i32x4.trunc_sat_f64x2_s_zero</c>.</summary>
    [MethodImpl(Inline)]
    public static V128 I32x4TruncSatF64x2SZero(V128 a)
    {
        Vector128<double> v = a.AsDouble();
        if (Sse2.IsSupported)
        {
            // Zero NaNs, clamp into range (exact for doubles), then cvttpd2dq, which zeroes lanes 2-3.
            v &= Vector128.Equals(v, v);
            v = Sse2.Min(Sse2.Max(v, Vector128.Create((double)int.MinValue)), Vector128.Create((double)int.MaxValue));
            return Sse2.ConvertToVector128Int32WithTruncation(v).AsByte();
        }

        return Vector128.Create(TruncS(v.GetElement(0)), TruncS(v.GetElement(1)), 0, 0).AsByte();
    }

    /// <summary><c>i32x4.trunc_sat_f64x2_u_zero</c>.</summary>
    [MethodImpl(Inline)]
    public static V128 I32x4TruncSatF64x2UZero(V128 a)
    {
        Vector128<double> v = a.AsDouble();
        if (Avx512F.VL.IsSupported)
        {
            return Avx512F.VL.ConvertToVector128UInt32WithTruncation(v & Vector128.GreaterThan(v, Vector128<double>.Zero)).AsByte();
        }

        return Vector128.Create(TruncU(v.GetElement(0)), TruncU(v.GetElement(1)), 0u, 0u).AsByte();
    }

    /// <summary><c>f32x4.convert_i32x4_s</c>.</summary>
    [MethodImpl(Inline)]
    public static V128 F32x4ConvertI32x4S(V128 a) => Vector128.ConvertToSingle(a.AsInt32()).AsByte();

    /// <summary><c>f32x4.convert_i32x4_u</c>: each lane rounded once (uint → float goes through a 64-bit conversion).</summary>
    [MethodImpl(Inline)]
    public static V128 F32x4ConvertI32x4U(V128 a)
    {
        Vector128<uint> v = a.AsUInt32();
        if (Avx512F.VL.IsSupported)
        {
            return Avx512F.VL.ConvertToVector128Single(v).AsByte();
        }

        return Vector128.Create((float)v.GetElement(0), (float)v.GetElement(1), (float)v.GetElement(2), (float)v.GetElement(3)).AsByte();
    }

    /// <summary><c>f64x2.convert_low_i32x4_s</c> (exact).</summary>
    [MethodImpl(Inline)]
    public static V128 F64x2ConvertLowI32x4S(V128 a)
    {
        Vector128<int> v = a.AsInt32();
        if (Sse2.IsSupported)
        {
            return Sse2.ConvertToVector128Double(v).AsByte();
        }

        return Vector128.Create((double)v.GetElement(0), v.GetElement(1)).AsByte();
    }

    /// <summary><c>f64x2.convert_low_i32x4_u</c> (exact).</summary>
    [MethodImpl(Inline)]
    public static V128 F64x2ConvertLowI32x4U(V128 a)
    {
        Vector128<uint> v = a.AsUInt32();
        if (Avx512F.VL.IsSupported)
        {
            return Avx512F.VL.ConvertToVector128Double(v).AsByte();
        }

        return Vector128.Create((double)v.GetElement(0), v.GetElement(1)).AsByte();
    }

    /// <summary><c>f32x4.demote_f64x2_zero</c>: rounded to nearest, NaNs quieted, upper lanes zero.</summary>
    [MethodImpl(Inline)]
    public static V128 F32x4DemoteF64x2Zero(V128 a)
    {
        if (Sse2.IsSupported)
        {
            return Sse2.ConvertToVector128Single(a.AsDouble()).AsByte();
        }

        Vector128<double> v = a.AsDouble();
        return Vector128.Create((float)v.GetElement(0), (float)v.GetElement(1), 0f, 0f).AsByte();
    }

    /// <summary><c>f64x2.promote_low_f32x4</c>: exact, NaNs quieted.</summary>
    [MethodImpl(Inline)]
    public static V128 F64x2PromoteLowF32x4(V128 a)
    {
        if (Sse2.IsSupported)
        {
            return Sse2.ConvertToVector128Double(a.AsSingle()).AsByte();
        }

        Vector128<float> v = a.AsSingle();
        return Vector128.Create((double)v.GetElement(0), v.GetElement(1)).AsByte();
    }

    [MethodImpl(Inline)]
    private static int TruncS(double x) =>
        double.IsNaN(x) ? 0 : x <= int.MinValue ? int.MinValue : x >= 2147483648.0 ? int.MaxValue : (int)x;

    [MethodImpl(Inline)]
    private static uint TruncU(double x) =>
        double.IsNaN(x) || x <= 0 ? 0u : x >= 4294967296.0 ? uint.MaxValue : (uint)x;
}

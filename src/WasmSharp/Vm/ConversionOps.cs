using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace WasmSharp.Vm;

/// <summary>
/// Conversions of spec 4.3.4 "Conversions" whose CLR counterparts differ: trapping truncation
/// (<c>trunc</c>: NaN → "invalid conversion to integer", out of range → "integer overflow"),
/// saturating truncation (<c>trunc_sat</c>), and correctly rounded unsigned 64-bit → float
/// conversion, where IL's <c>conv.r.un</c> goes through double and can round twice.
/// </summary>
internal static class ConversionOps
{
    private const float TwoPow31F = 2147483648.0f;
    private const float TwoPow32F = 4294967296.0f;
    private const float TwoPow63F = 9223372036854775808.0f;
    private const float TwoPow64F = 18446744073709551616.0f;
    private const double TwoPow31 = 2147483648.0;
    private const double TwoPow32 = 4294967296.0;
    private const double TwoPow63 = 9223372036854775808.0;
    private const double TwoPow64 = 18446744073709551616.0;

    /// <summary>
    /// <c>f32.reinterpret_i32</c> (spec 4.3.4): the float whose bits are <paramref name="bits"/>.
    /// </summary>
    /// <remarks>
    /// Never emit <see cref="BitConverter.Int32BitsToSingle"/> (or <c>Unsafe.As&lt;int, float&gt;</c>) for
    /// this: RyuJIT in .NET 10 folds the bit cast of a narrow load into a 4-byte <c>movss</c>, so
    /// <c>BitConverter.Int32BitsToSingle(*bytePtr)</c> reads three bytes past the byte it was given
    /// (a wrong result, or an access violation at the end of linear memory). Moving the value through
    /// a vector register keeps the load at its own width: <c>movzx eax, byte ptr [p]; vmovd xmm0, eax</c>,
    /// and a plain <c>vmovss</c> when the operand is a full 4-byte load.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float F32ReinterpretI32(int bits) => Vector128.CreateScalarUnsafe(bits).AsSingle().ToScalar();

    /// <summary>
    /// <c>f64.reinterpret_i64</c> (spec 4.3.4): the double whose bits are <paramref name="bits"/>.
    /// </summary>
    /// <remarks>
    /// <see cref="BitConverter.Int64BitsToDouble"/> of a widened narrow load compiles correctly today
    /// (the widening keeps its own node), but the same vector-register form as
    /// <see cref="F32ReinterpretI32"/> is used so that no reinterpretation can meet that JIT bug.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double F64ReinterpretI64(long bits) => Vector128.CreateScalarUnsafe(bits).AsDouble().ToScalar();

    /// <summary>Whether <c>i32.trunc_f32_s</c> of <paramref name="x"/> does not trap (x is a number in the result's range once truncated).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool I32TruncF32SFits(float x) => x >= -TwoPow31F && x < TwoPow31F;

    /// <summary><c>i32.trunc_f32_s</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32TruncF32S(float x)
    {
        if (!I32TruncF32SFits(x))
        {
            ThrowTrunc(double.IsNaN(x));
        }

        return (int)x;
    }

    /// <summary>Whether <c>i32.trunc_f32_u</c> of <paramref name="x"/> does not trap (x is a number in the result's range once truncated).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool I32TruncF32UFits(float x) => x > -1.0f && x < TwoPow32F;

    /// <summary><c>i32.trunc_f32_u</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32TruncF32U(float x)
    {
        if (!I32TruncF32UFits(x))
        {
            ThrowTrunc(double.IsNaN(x));
        }

        return (int)(uint)(long)x;
    }

    /// <summary>Whether <c>i32.trunc_f64_s</c> of <paramref name="x"/> does not trap (x is a number in the result's range once truncated).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool I32TruncF64SFits(double x) => x > -TwoPow31 - 1.0 && x < TwoPow31;

    /// <summary><c>i32.trunc_f64_s</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32TruncF64S(double x)
    {
        if (!I32TruncF64SFits(x))
        {
            ThrowTrunc(double.IsNaN(x));
        }

        return (int)x;
    }

    /// <summary>Whether <c>i32.trunc_f64_u</c> of <paramref name="x"/> does not trap (x is a number in the result's range once truncated).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool I32TruncF64UFits(double x) => x > -1.0 && x < TwoPow32;

    /// <summary><c>i32.trunc_f64_u</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32TruncF64U(double x)
    {
        if (!I32TruncF64UFits(x))
        {
            ThrowTrunc(double.IsNaN(x));
        }

        return (int)(uint)(long)x;
    }

    /// <summary>Whether <c>i64.trunc_f32_s</c> of <paramref name="x"/> does not trap (x is a number in the result's range once truncated).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool I64TruncF32SFits(float x) => x >= -TwoPow63F && x < TwoPow63F;

    /// <summary><c>i64.trunc_f32_s</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long I64TruncF32S(float x)
    {
        if (!I64TruncF32SFits(x))
        {
            ThrowTrunc(double.IsNaN(x));
        }

        return (long)x;
    }

    /// <summary>Whether <c>i64.trunc_f32_u</c> of <paramref name="x"/> does not trap (x is a number in the result's range once truncated).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool I64TruncF32UFits(float x) => x > -1.0f && x < TwoPow64F;

    /// <summary><c>i64.trunc_f32_u</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long I64TruncF32U(float x)
    {
        if (!I64TruncF32UFits(x))
        {
            ThrowTrunc(double.IsNaN(x));
        }

        return (long)DoubleToUInt64(x);
    }

    /// <summary>Whether <c>i64.trunc_f64_s</c> of <paramref name="x"/> does not trap (x is a number in the result's range once truncated).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool I64TruncF64SFits(double x) => x >= -TwoPow63 && x < TwoPow63;

    /// <summary><c>i64.trunc_f64_s</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long I64TruncF64S(double x)
    {
        if (!I64TruncF64SFits(x))
        {
            ThrowTrunc(double.IsNaN(x));
        }

        return (long)x;
    }

    /// <summary>Whether <c>i64.trunc_f64_u</c> of <paramref name="x"/> does not trap (x is a number in the result's range once truncated).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool I64TruncF64UFits(double x) => x > -1.0 && x < TwoPow64;

    /// <summary><c>i64.trunc_f64_u</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long I64TruncF64U(double x)
    {
        if (!I64TruncF64UFits(x))
        {
            ThrowTrunc(double.IsNaN(x));
        }

        return (long)DoubleToUInt64(x);
    }

    /// <summary><c>i32.trunc_sat_f32_s</c>.</summary>
    public static int I32TruncSatF32S(float x) => double.IsNaN(x) ? 0 : x < -TwoPow31F ? int.MinValue : x >= TwoPow31F ? int.MaxValue : (int)x;

    /// <summary><c>i32.trunc_sat_f32_u</c>.</summary>
    public static int I32TruncSatF32U(float x) => double.IsNaN(x) || x <= -1.0f ? 0 : x >= TwoPow32F ? -1 : (int)(uint)(long)x;

    /// <summary><c>i32.trunc_sat_f64_s</c>.</summary>
    public static int I32TruncSatF64S(double x) => double.IsNaN(x) ? 0 : x <= -TwoPow31 - 1.0 ? int.MinValue : x >= TwoPow31 ? int.MaxValue : (int)x;

    /// <summary><c>i32.trunc_sat_f64_u</c>.</summary>
    public static int I32TruncSatF64U(double x) => double.IsNaN(x) || x <= -1.0 ? 0 : x >= TwoPow32 ? -1 : (int)(uint)(long)x;

    /// <summary><c>i64.trunc_sat_f32_s</c>.</summary>
    public static long I64TruncSatF32S(float x) => double.IsNaN(x) ? 0 : x < -TwoPow63F ? long.MinValue : x >= TwoPow63F ? long.MaxValue : (long)x;

    /// <summary><c>i64.trunc_sat_f32_u</c>.</summary>
    public static long I64TruncSatF32U(float x) => double.IsNaN(x) || x <= -1.0f ? 0 : x >= TwoPow64F ? -1 : (long)DoubleToUInt64(x);

    /// <summary><c>i64.trunc_sat_f64_s</c>.</summary>
    public static long I64TruncSatF64S(double x) => double.IsNaN(x) ? 0 : x < -TwoPow63 ? long.MinValue : x >= TwoPow63 ? long.MaxValue : (long)x;

    /// <summary><c>i64.trunc_sat_f64_u</c>.</summary>
    public static long I64TruncSatF64U(double x) => double.IsNaN(x) || x <= -1.0 ? 0 : x >= TwoPow64 ? -1 : (long)DoubleToUInt64(x);

    /// <summary>
    /// <c>f32.demote_f64</c>. Not inlined: RyuJIT folds <c>(float)(double)x</c> to <c>x</c>, which
    /// lets a signalling NaN through where Wasm requires a quiet one.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static float F32DemoteF64(double x) => (float)x;

    /// <summary><c>f32.convert_i32_u</c>: exact to double, then one rounding.</summary>
    public static float F32ConvertI32U(int x) => (float)(double)(uint)x;

    /// <summary><c>f64.convert_i32_u</c> (exact).</summary>
    public static double F64ConvertI32U(int x) => (uint)x;

    /// <summary><c>f32.convert_i64_u</c>, rounded once to nearest even.</summary>
    public static float F32ConvertI64U(long x)
    {
        if (x >= 0)
        {
            return x;
        }

        // Halve, keeping the lost bit as a sticky bit so the single rounding below stays correct.
        ulong u = (ulong)x;
        return (float)(long)((u >> 1) | (u & 1)) * 2.0f;
    }

    /// <summary><c>f64.convert_i64_u</c>, rounded once to nearest even.</summary>
    public static double F64ConvertI64U(long x)
    {
        if (x >= 0)
        {
            return x;
        }

        ulong u = (ulong)x;
        return (double)(long)((u >> 1) | (u & 1)) * 2.0;
    }

    // x is known to be in [0, 2^64): split at 2^63 so every conversion is a signed one.
    private static ulong DoubleToUInt64(double x) =>
        x < TwoPow63 ? (ulong)(long)x : (ulong)(long)(x - TwoPow63) | (1UL << 63);

    /// <summary>The trap of a trapping truncation of <paramref name="x"/>, which does not fit: invalid conversion for NaN, else integer overflow.</summary>
    public static Trap TruncationTrap(double x) => double.IsNaN(x) ? TrapHelpers.BadConversion() : TrapHelpers.IntegerOverflow();

    private static void ThrowTrunc(bool isNaN)
    {
        if (isNaN)
        {
            throw TrapHelpers.BadConversion();
        }

        throw TrapHelpers.IntegerOverflow();
    }
}

namespace WasmSharp.Vm;

/// <summary>
/// The wide-arithmetic proposal's 128-bit operations (0xFC 19-22, "wide-arithmetic" overview):
/// operands and results are pairs of i64 halves, low first. Compiled code stores the returned pair
/// in a local and pushes <c>Item1</c> (low) then <c>Item2</c> (high), the order of the two results.
/// </summary>
internal static class WideArithmeticOps
{
    /// <summary><c>i64.add128</c>: (lhs_lo, lhs_hi) + (rhs_lo, rhs_hi) modulo 2^128.</summary>
    public static ValueTuple<long, long> Add128(long lhsLow, long lhsHigh, long rhsLow, long rhsHigh) =>
        Split(Join(lhsLow, lhsHigh) + Join(rhsLow, rhsHigh));

    /// <summary><c>i64.sub128</c>: (lhs_lo, lhs_hi) - (rhs_lo, rhs_hi) modulo 2^128.</summary>
    public static ValueTuple<long, long> Sub128(long lhsLow, long lhsHigh, long rhsLow, long rhsHigh) =>
        Split(Join(lhsLow, lhsHigh) - Join(rhsLow, rhsHigh));

    /// <summary><c>i64.mul_wide_s</c>: the signed 128-bit product.</summary>
    public static ValueTuple<long, long> MulWideS(long lhs, long rhs)
    {
        long high = Math.BigMul(lhs, rhs, out long low);
        return (low, high);
    }

    /// <summary><c>i64.mul_wide_u</c>: the unsigned 128-bit product.</summary>
    public static ValueTuple<long, long> MulWideU(long lhs, long rhs)
    {
        ulong high = Math.BigMul((ulong)lhs, (ulong)rhs, out ulong low);
        return ((long)low, (long)high);
    }

    private static UInt128 Join(long low, long high) => new((ulong)high, (ulong)low);

    private static ValueTuple<long, long> Split(UInt128 value) => ((long)(ulong)value, (long)(ulong)(value >> 64));
}

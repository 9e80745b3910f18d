namespace WasmSharp.Compilation;

/// <summary>
/// The unsigned interval <c>[Lo, Hi]</c> an i32 value lies in, for <see cref="AddressRangeAnalysis"/>.
/// Every operation over-approximates: its result holds every value the operation can produce from
/// operands in the given intervals, with i32 arithmetic wrapping modulo 2^32 (spec 4.3.2 "Integer
/// Operations"). When the exact set does not fit one interval, the result is <see cref="Top"/>.
/// </summary>
/// <param name="Lo">The least value.</param>
/// <param name="Hi">The greatest value.</param>
internal readonly record struct ValueRange(uint Lo, uint Hi)
{
    private const ulong Wrap = 1UL << 32;

    /// <summary>Every i32 value.</summary>
    public static ValueRange Top => new(0, uint.MaxValue);

    /// <summary>The boolean results of comparisons and tests.</summary>
    public static ValueRange Boolean => new(0, 1);

    /// <summary>Exactly <paramref name="value"/>.</summary>
    public static ValueRange Exactly(uint value) => new(value, value);

    /// <summary>Whether every value of the range is a non-negative i32, so that signed and unsigned order agree.</summary>
    public bool IsSignedNonNegative => Hi <= int.MaxValue;

    /// <summary>The smallest range holding both.</summary>
    public ValueRange Hull(ValueRange other) => new(Math.Min(Lo, other.Lo), Math.Max(Hi, other.Hi));

    /// <summary>Whether every value of <paramref name="other"/> is in this range.</summary>
    public bool Contains(ValueRange other) => Lo <= other.Lo && other.Hi <= Hi;

    /// <summary><c>i32.add</c>: exact while the sums all wrap alike (none, or all once).</summary>
    public static ValueRange Add(ValueRange a, ValueRange b) =>
        FromSpan((ulong)a.Lo + b.Lo, (ulong)a.Hi + b.Hi);

    /// <summary><c>i32.sub</c>: exact while the differences all wrap alike.</summary>
    public static ValueRange Subtract(ValueRange a, ValueRange b) =>
        FromSpan((ulong)a.Lo + (Wrap - b.Hi), (ulong)a.Hi + (Wrap - b.Lo));

    /// <summary><c>i32.mul</c>: exact while no product wraps.</summary>
    public static ValueRange Multiply(ValueRange a, ValueRange b)
    {
        ulong hi = (ulong)a.Hi * b.Hi;
        return hi < Wrap ? new((uint)((ulong)a.Lo * b.Lo), (uint)hi) : Top;
    }

    /// <summary><c>i32.shl</c>: exact for a constant count while no shifted value loses a bit.</summary>
    public static ValueRange ShiftLeft(ValueRange a, ValueRange count)
    {
        if (count.Lo != count.Hi)
        {
            return Top;
        }

        int shift = (int)(count.Lo & 31);
        ulong hi = (ulong)a.Hi << shift;
        return hi < Wrap ? new(a.Lo << shift, (uint)hi) : Top;
    }

    /// <summary><c>i32.shr_u</c>: the count is taken modulo 32, so an unknown count can leave the value as it is.</summary>
    public static ValueRange ShiftRightUnsigned(ValueRange a, ValueRange count)
    {
        if (count.Lo != count.Hi)
        {
            return new(0, a.Hi);
        }

        int shift = (int)(count.Lo & 31);
        return new(a.Lo >> shift, a.Hi >> shift);
    }

    /// <summary><c>i32.and</c>: no greater than either operand.</summary>
    public static ValueRange And(ValueRange a, ValueRange b) => new(0, Math.Min(a.Hi, b.Hi));

    /// <summary><c>i32.or</c> and <c>i32.xor</c>: no bit above the operands' highest.</summary>
    public static ValueRange OrXor(ValueRange a, ValueRange b)
    {
        uint highest = Math.Max(a.Hi, b.Hi);
        uint mask = highest == 0 ? 0 : uint.MaxValue >> System.Numerics.BitOperations.LeadingZeroCount(highest);
        return new(0, mask);
    }

    /// <summary><c>i32.rem_u</c>: less than the divisor (a zero divisor traps) and no greater than the dividend.</summary>
    public static ValueRange RemainderUnsigned(ValueRange a, ValueRange b) =>
        b.Hi == 0 ? Top : new(0, Math.Min(a.Hi, b.Hi - 1));

    /// <summary><c>i32.div_u</c> (a zero divisor traps).</summary>
    public static ValueRange DivideUnsigned(ValueRange a, ValueRange b) =>
        b.Lo == 0 ? new(0, a.Hi) : new(a.Lo / b.Hi, a.Hi / b.Lo);

    // [lo, hi] as 64-bit sums of which each wraps at most once: one interval when all or none wrap.
    private static ValueRange FromSpan(ulong lo, ulong hi)
    {
        if (hi < Wrap)
        {
            return new((uint)lo, (uint)hi);
        }

        if (lo >= Wrap && hi < 2 * Wrap)
        {
            return new((uint)(lo - Wrap), (uint)(hi - Wrap));
        }

        return Top;
    }
}

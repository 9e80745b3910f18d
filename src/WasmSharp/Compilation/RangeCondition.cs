using WasmSharp.Operators;

namespace WasmSharp.Compilation;

/// <summary>
/// What an i32 condition on <see cref="AddressRangeAnalysis"/>'s stack says about locals: it is the
/// comparison <c>left Op right</c> (one of <c>i32.eq</c> .. <c>i32.ge_u</c>), or its negation when
/// <paramref name="Negated"/> (after <c>i32.eqz</c>). A branch on it narrows the range of a compared
/// local on each edge. The analysis drops a condition when a local it names is written before the
/// branch, so the locals still hold the compared values where it is used.
/// </summary>
/// <param name="Op">The comparison.</param>
/// <param name="LeftLocal">The local the left operand was read from, or -1.</param>
/// <param name="Left">The left operand's range.</param>
/// <param name="RightLocal">The local the right operand was read from, or -1.</param>
/// <param name="Right">The right operand's range.</param>
/// <param name="Negated">Whether the condition is the comparison's negation.</param>
internal readonly record struct RangeCondition(Operator Op, int LeftLocal, ValueRange Left, int RightLocal, ValueRange Right, bool Negated)
{
    /// <summary>Whether the condition names local <paramref name="local"/>.</summary>
    public bool Names(int local) => LeftLocal == local || RightLocal == local;

    /// <summary>
    /// Narrows <paramref name="locals"/> to the values for which the condition is
    /// <paramref name="truth"/>: each compared local to the values that compare so with the other
    /// operand's range. An edge the condition cannot take keeps the ranges (it is never taken).
    /// </summary>
    public void Narrow(ValueRange[] locals, bool truth)
    {
        Operator op = truth != Negated ? Op : Negate(Op);
        if (LeftLocal >= 0)
        {
            locals[LeftLocal] = NarrowOperand(locals[LeftLocal], op, Right);
        }

        if (RightLocal >= 0 && RightLocal != LeftLocal)
        {
            locals[RightLocal] = NarrowOperand(locals[RightLocal], Swap(op), Left);
        }
    }

    // The values of x in `x` for which `x op other` can hold, for some value of other.
    private static ValueRange NarrowOperand(ValueRange x, Operator op, ValueRange other)
    {
        switch (op)
        {
            case Operator.I32LtS or Operator.I32LeS or Operator.I32GtS or Operator.I32GeS:
                if (x.IsSignedNonNegative && other.IsSignedNonNegative)
                {
                    // Signed and unsigned order agree on non-negative values.
                    return NarrowOperand(x, Unsigned(op), other);
                }

                if (other.IsSignedNonNegative && op is Operator.I32GtS or Operator.I32GeS)
                {
                    // Greater (signed) than a non-negative value: a non-negative one, below 2^31.
                    uint least = op == Operator.I32GtS ? other.Lo + 1 : other.Lo;
                    return Intersect(x, new ValueRange(least, int.MaxValue));
                }

                return x;
            case Operator.I32LtU:
                return other.Hi == 0 ? x : Intersect(x, new ValueRange(0, other.Hi - 1));
            case Operator.I32LeU:
                return Intersect(x, new ValueRange(0, other.Hi));
            case Operator.I32GtU:
                return other.Lo == uint.MaxValue ? x : Intersect(x, new ValueRange(other.Lo + 1, uint.MaxValue));
            case Operator.I32GeU:
                return Intersect(x, new ValueRange(other.Lo, uint.MaxValue));
            case Operator.I32Eq:
                return Intersect(x, other);
            case Operator.I32Ne:
                if (other.Lo != other.Hi || x.Lo == x.Hi)
                {
                    return x;
                }

                // Not the one value: off an end of the range when it sits there.
                return x.Lo == other.Lo ? new ValueRange(x.Lo + 1, x.Hi)
                    : x.Hi == other.Lo ? new ValueRange(x.Lo, x.Hi - 1)
                    : x;
            default:
                return x;
        }
    }

    // An empty intersection means the edge is never taken: any range is right there, so keep x.
    private static ValueRange Intersect(ValueRange x, ValueRange y)
    {
        uint lo = Math.Max(x.Lo, y.Lo);
        uint hi = Math.Min(x.Hi, y.Hi);
        return lo <= hi ? new ValueRange(lo, hi) : x;
    }

    private static Operator Unsigned(Operator op) => op switch
    {
        Operator.I32LtS => Operator.I32LtU,
        Operator.I32LeS => Operator.I32LeU,
        Operator.I32GtS => Operator.I32GtU,
        _ => Operator.I32GeU,
    };

    // The comparison that holds exactly when op does not.
    private static Operator Negate(Operator op) => op switch
    {
        Operator.I32Eq => Operator.I32Ne,
        Operator.I32Ne => Operator.I32Eq,
        Operator.I32LtS => Operator.I32GeS,
        Operator.I32GeS => Operator.I32LtS,
        Operator.I32GtS => Operator.I32LeS,
        Operator.I32LeS => Operator.I32GtS,
        Operator.I32LtU => Operator.I32GeU,
        Operator.I32GeU => Operator.I32LtU,
        Operator.I32GtU => Operator.I32LeU,
        Operator.I32LeU => Operator.I32GtU,
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "not an i32 comparison"),
    };

    // The comparison with its operands swapped: a op b == b Swap(op) a.
    private static Operator Swap(Operator op) => op switch
    {
        Operator.I32LtS => Operator.I32GtS,
        Operator.I32GtS => Operator.I32LtS,
        Operator.I32LeS => Operator.I32GeS,
        Operator.I32GeS => Operator.I32LeS,
        Operator.I32LtU => Operator.I32GtU,
        Operator.I32GtU => Operator.I32LtU,
        Operator.I32LeU => Operator.I32GeU,
        Operator.I32GeU => Operator.I32LeU,
        _ => op,
    };
}

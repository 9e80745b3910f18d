namespace WasmSharp.Compilation;

/// <summary>
/// One operand on <see cref="AddressRangeAnalysis"/>'s stack: the range of its value (meaningful
/// for i32 operands, <see cref="ValueRange.Top"/> for others), the local it was read from while
/// that local still holds it, and the condition it is, if it is a comparison's result.
/// </summary>
/// <param name="Range">The range of the value.</param>
/// <param name="Local">The local holding the same value, or -1.</param>
/// <param name="Condition">The comparison the value is the result of, if any.</param>
/// <param name="IsConstant">Whether the value is an <c>i32.const</c>'s.</param>
internal readonly record struct RangeSlot(ValueRange Range, int Local, RangeCondition? Condition, bool IsConstant = false)
{
    /// <summary>An operand about which nothing is known.</summary>
    public static RangeSlot Unknown => new(ValueRange.Top, -1, null);

    /// <summary>An operand of range <paramref name="range"/> that no local holds.</summary>
    public static RangeSlot Of(ValueRange range) => new(range, -1, null);

    /// <summary>
    /// The condition a branch on this operand tests: its comparison, or for a value read from a
    /// local, whether that local is non-zero; null when it narrows no local.
    /// </summary>
    public RangeCondition? AsCondition() =>
        Condition ?? (Local >= 0 ? new RangeCondition(Operators.Operator.I32Ne, Local, Range, -1, ValueRange.Exactly(0), false) : null);
}

namespace WasmSharp.Compilation;

/// <summary>
/// Code of a large function compiled as a method of its own (see <see cref="RegionPlanner"/>):
/// a <c>block</c> or <c>loop</c>, a straight-line stretch whose end the compiler chooses, or a
/// span of case bodies of a C <c>switch</c> (<see cref="Span"/>).
/// </summary>
/// <param name="Start">Offset of the region's first instruction within the function's code.</param>
/// <param name="End">Offset just after the block's (or the span's last) <c>end</c>; -1 for a straight-line stretch.</param>
internal sealed record RegionPlan(int Start, int End)
{
    /// <summary>For a span of case bodies: where the function enters it and which of its blocks it closes; null otherwise.</summary>
    public SwitchSpan? Span { get; init; }
}

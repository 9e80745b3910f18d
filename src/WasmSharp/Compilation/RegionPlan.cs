using WasmSharp.Types;

namespace WasmSharp.Compilation;

/// <summary>
/// Code of a large function compiled as a method of its own (see <see cref="RegionPlanner"/>):
/// a <c>block</c> or <c>loop</c>, a straight-line stretch whose end the compiler chooses, or a
/// span of case bodies of a C <c>switch</c> (<see cref="Span"/>).
/// </summary>
/// <param name="Start">Offset of the region's first instruction within the function's code.</param>
/// <param name="End">Offset just after the block's (or the span's last) <c>end</c>; -1 for a straight-line stretch.</param>
/// <param name="EntryTypes">
/// The operands a straight-line stretch starts with, handed over in the frame's value slots: code
/// that keeps a value on the stack for megabytes (a running sum) must still be cut into regions.
/// </param>
internal sealed record RegionPlan(int Start, int End, ValType[]? EntryTypes = null)
{
    /// <summary>For a span of case bodies: where the function enters it and which of its blocks it closes; null otherwise.</summary>
    public SwitchSpan? Span { get; init; }
}

namespace WasmSharp.Compilation;

/// <summary>
/// Code of a large function compiled as a method of its own (see <see cref="RegionPlanner"/>):
/// a <c>block</c> or <c>loop</c>, or a straight-line stretch whose end the compiler chooses.
/// </summary>
/// <param name="Start">Offset of the region's first instruction within the function's code.</param>
/// <param name="End">Offset just after the block's <c>end</c>; -1 for a straight-line stretch.</param>
internal sealed record RegionPlan(int Start, int End);

namespace WasmSharp.Compilation;

/// <summary>
/// A <c>block</c> or <c>loop</c> of a large function compiled as a method of its own (see
/// <see cref="RegionPlanner"/>).
/// </summary>
/// <param name="Start">Offset of the <c>block</c>/<c>loop</c> opcode within the function's code.</param>
/// <param name="End">Offset just after the construct's <c>end</c>.</param>
/// <param name="Locals">The locals the region reads or writes: copied in on entry.</param>
/// <param name="Written">The locals the region writes: copied back on every exit.</param>
internal sealed record RegionPlan(int Start, int End, int[] Locals, int[] Written);

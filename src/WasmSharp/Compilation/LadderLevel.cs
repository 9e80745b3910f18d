namespace WasmSharp.Compilation;

/// <summary>One block of a C switch's ladder of blocks (see <see cref="SwitchSpan"/>).</summary>
/// <param name="End">Offset just after the block's <c>end</c>, where the next case's body starts.</param>
/// <param name="Branches">How many <c>br</c>, <c>br_if</c> and <c>br_on_*</c> instructions target the block.</param>
/// <param name="Plain">
/// Whether the block has no results. A block with results (clang merges the tails of cases that
/// produce a value that way) leaves a value on the stack at its end: no span starts or closes there.
/// </param>
internal readonly record struct LadderLevel(int End, int Branches, bool Plain);

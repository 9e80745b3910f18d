namespace WasmSharp.Compilation;

/// <summary>One block of a C switch's ladder of blocks (see <see cref="SwitchSpan"/>).</summary>
/// <param name="End">Offset just after the block's <c>end</c>, where the next case's body starts.</param>
/// <param name="Branches">How many <c>br</c>, <c>br_if</c> and <c>br_on_*</c> instructions target the block.</param>
/// <param name="Plain">
/// Whether the level is a <c>block</c> without results, which a span can close. A block with results
/// (clang merges the tails of cases that produce a value that way) leaves a value on the stack at
/// its end; an <c>if</c> (clang's guard around a switch) is not a block the span can open again.
/// </param>
/// <param name="Startable">
/// Whether a span can start at the level's end: it has no results, and it is not a <c>loop</c>, whose
/// label (where the table's index for it goes) is its start, not its end.
/// </param>
internal readonly record struct LadderLevel(int End, int Branches, bool Plain, bool Startable);

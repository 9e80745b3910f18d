namespace WasmSharp.Compilation;

/// <summary>
/// A region made of consecutive case bodies of a C <c>switch</c> (see <see cref="RegionPlanner"/>).
/// Such a switch compiles to a ladder of blocks B<sub>0</sub> ⊂ B<sub>1</sub> ⊂ … ⊂ B<sub>n</sub>, all
/// opened together, a <c>br_table</c> in the innermost one, and the body of case k after the
/// <c>end</c> of B<sub>k</sub>, inside B<sub>k+1</sub>. A span starts just after the <c>end</c> of
/// B<sub>s</sub> and ends just after that of B<sub>s+<see cref="Closes"/></sub>: it closes blocks the
/// function opened, and is entered at every label inside it, by the <c>br_table</c> or any other
/// branch, through a selector the function stores before the call (<see cref="RegionEmitter"/>).
/// </summary>
/// <param name="TableOffset">Offset of the ladder's <c>br_table</c> within the function's code.</param>
/// <param name="FirstDepth">s: the branch depth, at the <c>br_table</c>, of B<sub>s</sub>, whose label is the span's start.</param>
/// <param name="Closes">How many blocks of the ladder the span closes (B<sub>s+1</sub> … B<sub>s+Closes</sub>).</param>
/// <param name="FirstIndex">The lowest <c>br_table</c> index whose label is inside the span.</param>
/// <param name="IndexCount">How many consecutive indices from <paramref name="FirstIndex"/> the span's entry dispatch covers; 0 when the table does not enter it directly.</param>
internal sealed record SwitchSpan(int TableOffset, int FirstDepth, int Closes, int FirstIndex, int IndexCount)
{
    /// <summary>The entry selector of the span's label at depth s + <paramref name="entry"/> (0 for its start), when not entered by the table.</summary>
    public int DirectSelector(int entry) => IndexCount + entry;

    /// <summary>How many selectors the span's entry dispatch has.</summary>
    public int SelectorCount => IndexCount + Closes;
}

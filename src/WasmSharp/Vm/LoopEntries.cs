namespace WasmSharp.Vm;

/// <summary>
/// A function's on-stack replacement code (<see cref="LoopEntry"/>) and the loops it can enter, by
/// the module offsets of their <c>loop</c> instructions: those compiled in the function's own
/// method (not in a region method of a split function) with an empty operand stack and outside
/// any <c>try</c>.
/// </summary>
/// <param name="Code">Enters the function at one of <paramref name="Loops"/>.</param>
/// <param name="Loops">The loops it enters, sorted.</param>
internal sealed record LoopEntries(LoopEntry Code, int[] Loops)
{
    /// <summary>Whether <see cref="Code"/> can enter the loop at module offset <paramref name="loop"/>.</summary>
    public bool Enters(int loop) => Array.BinarySearch(Loops, loop) >= 0;
}

namespace WasmSharp.Interpretation;

/// <summary>
/// The translator's state of an open <c>try_table</c> or legacy <c>try</c> (the <see cref="Label.Region"/>
/// of its label): where its protected code starts and the clauses whose
/// <see cref="ExceptionHandler"/> entries it adds to the handler table when it closes.
/// </summary>
internal sealed class HandlerRegion
{
    /// <summary>Creates a region protecting code from <paramref name="start"/> at nesting <paramref name="level"/>.</summary>
    public HandlerRegion(int start, int level)
    {
        Start = start;
        Level = level;
    }

    /// <summary>The first protected code position.</summary>
    public int Start { get; }

    /// <summary>See <see cref="ExceptionHandler.Level"/>.</summary>
    public int Level { get; }

    /// <summary>
    /// Whether the protected code is still being translated. A legacy <c>try</c> leaves its body at
    /// its first <c>catch</c>/<c>catch_all</c>: its own clauses do not protect the catch bodies.
    /// </summary>
    public bool InBody { get; set; } = true;

    /// <summary>The code position after the protected code, once <see cref="InBody"/> is false.</summary>
    public int End { get; set; } = -1;

    /// <summary>
    /// The clauses in order, <see cref="ExceptionHandler.Start"/> and <see cref="ExceptionHandler.End"/>
    /// still unset; <c>Target</c> is the label a <c>try_table</c> clause branches to when that label's
    /// code position is not known yet (a forward label, or the function: a return).
    /// </summary>
    public List<(ExceptionHandler Handler, Label? Target)> Clauses { get; } = [];
}

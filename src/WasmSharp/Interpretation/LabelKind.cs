namespace WasmSharp.Interpretation;

/// <summary>What opened a control frame of the translator (spec 3.3.8 "Control Instructions").</summary>
internal enum LabelKind : byte
{
    /// <summary>The function body: a branch to it returns.</summary>
    Function,

    /// <summary><c>block</c>.</summary>
    Block,

    /// <summary><c>loop</c>: branches go back to its start and carry its parameters.</summary>
    Loop,

    /// <summary><c>if</c>, before or after its <c>else</c>.</summary>
    If,

    /// <summary><c>try_table</c>: a block whose catch clauses are registered handlers.</summary>
    TryTable,

    /// <summary>Legacy <c>try</c> (the exception-handling proposal's first version).</summary>
    Try,
}

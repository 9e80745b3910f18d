namespace WasmSharp.Compilation;

/// <summary>The structured control instruction that opened a <see cref="ControlFrame"/>.</summary>
internal enum FrameKind : byte
{
    /// <summary>The function body itself; branching to it returns.</summary>
    Function,
    /// <summary><c>block</c>.</summary>
    Block,
    /// <summary><c>loop</c>; branching to it continues at its start.</summary>
    Loop,
    /// <summary><c>if</c> (then-branch, possibly followed by <c>else</c>).</summary>
    If,
    /// <summary><c>try_table</c> (exception handling); its catch clauses branch to outer labels.</summary>
    TryTable,
    /// <summary>Legacy <c>try</c>, in its body or (after <c>catch</c>/<c>catch_all</c>) in a handler.</summary>
    Try,
}

using WasmSharp.Text.Binary;

namespace WasmSharp.Text.Parsing;

/// <summary>
/// A structured or folded instruction the parser has opened and not yet closed: one entry of the parser's own stack.
/// Nesting depth lives on the heap rather than on the thread's stack, so text as deeply nested as the binary decoder
/// accepts cannot overflow the stack (which would kill the process).
/// </summary>
internal sealed class OpenInstruction
{
    /// <summary>Creates the entry.</summary>
    /// <param name="state">The part being read first.</param>
    /// <param name="keyword">The instruction's keyword (for branch hints).</param>
    /// <param name="label">The block's label identifier, if any.</param>
    /// <param name="hintToken">The token index a branch hint annotation would be attached to.</param>
    /// <param name="deferred">Bytes emitted when the operands end: a folded instruction, or a folded if's block type.</param>
    public OpenInstruction(OpenInstructionState state, string keyword, string? label, int hintToken, WasmWriter? deferred)
    {
        State = state;
        Keyword = keyword;
        Label = label;
        HintToken = hintToken;
        Deferred = deferred;
    }

    /// <summary>The part being read.</summary>
    public OpenInstructionState State { get; set; }

    /// <summary>The instruction's keyword.</summary>
    public string Keyword { get; }

    /// <summary>The block's label identifier, if any.</summary>
    public string? Label { get; }

    /// <summary>The token index a branch hint annotation would be attached to.</summary>
    public int HintToken { get; }

    /// <summary>Bytes emitted once the folded operands are read (the instruction itself, or an if's block type).</summary>
    public WasmWriter? Deferred { get; }

    /// <summary>Whether a legacy try has a catch or catch_all handler (then delegate is not allowed).</summary>
    public bool HasHandlers { get; set; }
}

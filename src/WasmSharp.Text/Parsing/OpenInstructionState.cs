namespace WasmSharp.Text.Parsing;

/// <summary>
/// Where the parser stands inside an <see cref="OpenInstruction"/>: which part of the instruction's text (spec 6.5
/// "Instructions", plain and folded forms) it is reading, and so what may follow and how that part ends.
/// </summary>
internal enum OpenInstructionState
{
    /// <summary>A folded plain instruction <c>(op imm* folded*)</c> reading its folded operands; <c>)</c> emits the instruction.</summary>
    FoldedOperands,

    /// <summary>A folded <c>if</c> reading its condition operands, up to <c>(then</c>.</summary>
    FoldedIfCondition,

    /// <summary>The instructions of a folded <c>block</c>, <c>loop</c> or <c>try_table</c>, up to <c>)</c>.</summary>
    FoldedBody,

    /// <summary>The instructions of a folded <c>if</c>'s <c>(then ...)</c>.</summary>
    FoldedThen,

    /// <summary>The instructions of a folded <c>if</c>'s <c>(else ...)</c>.</summary>
    FoldedElse,

    /// <summary>The instructions of a folded legacy <c>try</c>'s <c>(do ...)</c>.</summary>
    FoldedTryDo,

    /// <summary>The instructions of a folded legacy <c>try</c>'s <c>(catch tag ...)</c>.</summary>
    FoldedTryCatch,

    /// <summary>The instructions of a folded legacy <c>try</c>'s <c>(catch_all ...)</c>.</summary>
    FoldedTryCatchAll,

    /// <summary>The instructions of a plain <c>block</c>, <c>loop</c> or <c>try_table</c>, up to <c>end</c>.</summary>
    PlainBody,

    /// <summary>The instructions of a plain <c>if</c>, up to <c>else</c> or <c>end</c>.</summary>
    PlainThen,

    /// <summary>The instructions after a plain <c>if</c>'s <c>else</c>, up to <c>end</c>.</summary>
    PlainElse,

    /// <summary>The instructions of a plain legacy <c>try</c>, up to <c>catch</c>, <c>catch_all</c>, <c>delegate</c> or <c>end</c>.</summary>
    PlainTry,

    /// <summary>The instructions of a plain legacy <c>try</c>'s <c>catch</c> handler.</summary>
    PlainTryCatch,

    /// <summary>The instructions of a plain legacy <c>try</c>'s <c>catch_all</c> handler, up to <c>end</c>.</summary>
    PlainTryCatchAll,
}

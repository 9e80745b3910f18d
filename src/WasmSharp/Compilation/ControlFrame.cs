using System.Reflection.Emit;
using WasmSharp.Types;

namespace WasmSharp.Compilation;

/// <summary>
/// One entry of the compiler's control stack (spec 3.3.x "Control Instructions" label contexts).
/// The IL evaluation stack mirrors the Wasm operand stack: at a frame's label it holds the
/// <see cref="BaseHeight"/> values below the frame plus the label's arity values. Branches that
/// leave extra values in between move their arguments through scratch locals and pop the rest.
/// </summary>
internal sealed class ControlFrame
{
    /// <summary>Creates a frame.</summary>
    public ControlFrame(FrameKind kind, Label label, ValType[] parameters, ValType[] results, int baseHeight)
    {
        Kind = kind;
        Label = label;
        Params = parameters;
        Results = results;
        BaseHeight = baseHeight;
    }

    /// <summary>What opened the frame.</summary>
    public FrameKind Kind { get; }

    /// <summary>The branch target: the start of a loop, the end of anything else.</summary>
    public Label Label { get; }

    /// <summary>For <c>if</c>: where the else-branch (or the implicit one) starts.</summary>
    public Label ElseLabel { get; set; }

    /// <summary>For <c>if</c>: whether an <c>else</c> was seen.</summary>
    public bool HasElse { get; set; }

    /// <summary>Block parameters.</summary>
    public ValType[] Params { get; }

    /// <summary>Block results.</summary>
    public ValType[] Results { get; }

    /// <summary>Operand stack height below the frame's parameters.</summary>
    public int BaseHeight { get; }

    /// <summary>Whether some branch targets <see cref="Label"/> (so code after the frame is reachable).</summary>
    public bool Targeted { get; set; }

    /// <summary>
    /// How many IL protected regions (<c>try_table</c>/<c>try</c> bodies and handlers) enclose the
    /// frame's label. A branch from a deeper region cannot jump there directly: it must <c>leave</c>.
    /// </summary>
    public int Region { get; init; }

    /// <summary>For <c>try_table</c>/<c>try</c>: the protected region's own state.</summary>
    public TryRegion? Try { get; init; }

    /// <summary>The types a branch to this frame carries: params for a loop, results otherwise.</summary>
    public ValType[] LabelTypes => Kind == FrameKind.Loop ? Params : Results;
}

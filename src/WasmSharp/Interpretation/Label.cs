namespace WasmSharp.Interpretation;

/// <summary>
/// A control frame of the translator (the validator's control stack, spec appendix "Validation
/// Algorithm"), with what branching to it needs: where its values go and where it jumps.
/// </summary>
internal sealed class Label
{
    /// <summary>Creates a frame of <paramref name="kind"/> whose values start at stack height <paramref name="height"/>.</summary>
    public Label(LabelKind kind, int height, SlotKind[] parameters, SlotKind[] results)
    {
        Kind = kind;
        Height = height;
        Params = parameters;
        Results = results;
    }

    /// <summary>What opened the frame.</summary>
    public LabelKind Kind { get; }

    /// <summary>The operand stack height below the frame's parameters.</summary>
    public int Height { get; }

    /// <summary>The kinds of the parameters.</summary>
    public SlotKind[] Params { get; }

    /// <summary>The kinds of the results.</summary>
    public SlotKind[] Results { get; }

    /// <summary>The values a branch to this label carries: a loop's parameters, otherwise its results.</summary>
    public SlotKind[] BranchKinds => Kind == LabelKind.Loop ? Params : Results;

    /// <summary>For a loop: the code position of its first instruction, the target of its branches.</summary>
    public int Start { get; set; } = -1;

    /// <summary>Positions of forward jump targets to patch with the position after <c>end</c>.</summary>
    public List<int> Patches { get; } = [];

    /// <summary>For an <c>if</c>: the position of the target of its <c>BrIfEqz</c>, patched at <c>else</c> or <c>end</c>; -1 once patched.</summary>
    public int ElsePatch { get; set; } = -1;

    /// <summary>Whether the rest of the frame is unreachable (after a branch, return, throw or trap).</summary>
    public bool Unreachable { get; set; }

    /// <summary>For <c>try_table</c> and legacy <c>try</c>: its protected code and clauses.</summary>
    public HandlerRegion? Region { get; set; }
}

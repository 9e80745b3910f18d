namespace WasmSharp.Compilation;

/// <summary>A control frame of <see cref="RyuJitHazardScan"/>: a block, loop, if or the function body.</summary>
internal sealed class HazardScanFrame
{
    /// <summary>The operand stack height below the frame's parameters.</summary>
    public required int Height { get; init; }

    /// <summary>How many values the frame takes.</summary>
    public required int ParamCount { get; init; }

    /// <summary>How many values the frame leaves.</summary>
    public required int ResultCount { get; init; }

    /// <summary>The module offset of a <c>loop</c>, which keys its header's locals; -1 for other frames.</summary>
    public int LoopOffset { get; init; } = -1;

    /// <summary>Whether a branch to the frame goes back to its start (a <c>loop</c>).</summary>
    public bool IsLoop => LoopOffset >= 0;

    /// <summary>The origins of an <c>if</c>'s parameters, for its <c>else</c> (and an absent else); null for other frames.</summary>
    public ValueOrigins[]? IfParams { get; init; }

    /// <summary>The locals as an <c>if</c> was entered, for its <c>else</c> (and an absent else); null for other frames.</summary>
    public ValueOrigins[]? IfLocals { get; init; }

    /// <summary>Whether the <c>if</c> has had its <c>else</c>.</summary>
    public bool SawElse { get; set; }

    /// <summary>Whether the rest of the frame's current arm is dead code.</summary>
    public bool Unreachable { get; set; }

    /// <summary>The union of the origins of every value carried to the frame's end.</summary>
    public ValueOrigins Results { get; set; }

    /// <summary>The union of the locals at every branch to the frame's end; null while none was seen.</summary>
    public ValueOrigins[]? BranchLocals { get; set; }
}

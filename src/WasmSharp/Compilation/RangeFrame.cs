using WasmSharp.Operators;

namespace WasmSharp.Compilation;

/// <summary>
/// A control frame of <see cref="AddressRangeAnalysis"/> (spec 3.4.8's control stack): where its
/// operands start on the stack and, per local, the ranges joined from the edges that reach its label.
/// </summary>
internal sealed class RangeFrame
{
    /// <summary>Creates a frame of kind <paramref name="kind"/> whose operands start at <paramref name="height"/>.</summary>
    public RangeFrame(Operator kind, int height, int parameters, int results, bool dead)
    {
        Kind = kind;
        Height = height;
        Parameters = parameters;
        Results = results;
        Dead = dead;
    }

    /// <summary><c>block</c>, <c>loop</c> or <c>if</c>; <c>end</c> for the function's own frame.</summary>
    public Operator Kind { get; }

    /// <summary>The stack height below the frame's parameters.</summary>
    public int Height { get; }

    /// <summary>How many parameters the block type has.</summary>
    public int Parameters { get; }

    /// <summary>How many results the block type has.</summary>
    public int Results { get; }

    /// <summary>Whether the frame began in unreachable code, so that all of it is unreachable.</summary>
    public bool Dead { get; }

    /// <summary>The locals' ranges joined over the branches to the frame's end (not a loop's); null while none.</summary>
    public ValueRange[]? AtEnd { get; set; }

    /// <summary>For an <c>if</c> before its <c>else</c>: the locals' ranges where the condition is false.</summary>
    public ValueRange[]? AtElse { get; set; }

    /// <summary>For an <c>if</c>: whether its <c>else</c> has been reached.</summary>
    public bool SawElse { get; set; }

    /// <summary>For a <c>loop</c>: the ranges assumed at its header in this pass over its body.</summary>
    public ValueRange[]? Header { get; set; }

    /// <summary>For a <c>loop</c>: the ranges joined over the branches back to its header in this pass.</summary>
    public ValueRange[]? BackEdges { get; set; }

    /// <summary>For a <c>loop</c>: the reader position of its body's first instruction.</summary>
    public int BodyStart { get; set; }

    /// <summary>For a <c>loop</c>: how many passes over its body this visit has made.</summary>
    public int Passes { get; set; }
}

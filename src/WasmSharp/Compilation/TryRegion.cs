using System.Reflection.Emit;

namespace WasmSharp.Compilation;

/// <summary>
/// The IL protected region of a <c>try_table</c> or legacy <c>try</c> frame. IL enters a try block
/// only with an empty evaluation stack and leaves it only with <c>leave</c>, which empties it
/// (ECMA-335 III.3.46), so the operands below the frame's parameters are spilled into
/// <see cref="Spill"/> on entry, and every exit (branch, return, catch clause, tail call) stores
/// its values in locals and leaves to a pad emitted after the region, where they are reloaded.
/// </summary>
internal sealed class TryRegion
{
    /// <summary>Creates the state of a region entered with <paramref name="outerIlBase"/> operands spilled by outer regions.</summary>
    public TryRegion(int outerIlBase, LocalBuilder[] spill)
    {
        OuterIlBase = outerIlBase;
        Spill = spill;
    }

    /// <summary>The operand index below which values were already held in locals outside the region.</summary>
    public int OuterIlBase { get; }

    /// <summary>The operands from <see cref="OuterIlBase"/> up to the frame's base height, spilled on entry.</summary>
    public LocalBuilder[] Spill { get; }

    /// <summary>
    /// Code to emit after the region, in the enclosing one: each pad is the target of a
    /// <c>leave</c> from inside and receives the frame that just closed.
    /// </summary>
    public List<(Label Pad, Action<ControlFrame> Emit)> Pads { get; } = new();

    /// <summary><c>try_table</c>: the catch clauses, in order: kind (0 catch, 1 catch_ref, 2 catch_all, 3 catch_all_ref), tag, target.</summary>
    public List<(int Kind, int Tag, ControlFrame Target)> Clauses { get; } = new();

    /// <summary>Legacy <c>try</c>: the exception caught by the handler, for <c>rethrow</c> and <c>delegate</c>.</summary>
    public LocalBuilder? Exception { get; set; }

    /// <summary>Legacy <c>try</c>: where the handler continues when the current catch clause's tag does not match.</summary>
    public Label? NextCheck { get; set; }

    /// <summary>Legacy <c>try</c>: whether a handler (<c>catch</c>/<c>catch_all</c>) has begun.</summary>
    public bool InHandler { get; set; }
}

using System.Reflection.Emit;
using WasmSharp.Types;

namespace WasmSharp.Compilation;

/// <summary>
/// Branches of <see cref="FunctionCompiler"/>: moving a branch's values to its target, dropping the
/// operands beneath them, and leaving protected regions through their pads.
/// </summary>
internal sealed partial class FunctionCompiler
{
    /// <summary>
    /// Emits the code that leaves exactly the values of <paramref name="target"/>'s label on the IL
    /// stack above its base: the branch arguments are kept, anything between is dropped.
    /// </summary>
    public void EmitBranchTransfer(ControlFrame target)
    {
        ValType[] types = target.LabelTypes;
        int extra = _stack.Count - types.Length - target.BaseHeight;
        if (extra <= 0)
        {
            return;
        }

        var saved = new LocalBuilder[types.Length];
        for (int i = types.Length - 1; i >= 0; i--)
        {
            saved[i] = RentScratch(ClrTypes.Of(types[i]));
            IL.Emit(OpCodes.Stloc, saved[i]);
        }

        for (int i = 0; i < extra; i++)
        {
            IL.Emit(OpCodes.Pop);
        }

        for (int i = 0; i < types.Length; i++)
        {
            IL.Emit(OpCodes.Ldloc, saved[i]);
            ReturnScratch(saved[i]);
        }
    }

    /// <summary>Whether a branch to <paramref name="target"/> from here needs no stack adjustment.</summary>
    public bool BranchIsDirect(ControlFrame target) =>
        target.Region == TryDepth && _stack.Count - target.LabelTypes.Length - target.BaseHeight <= 0;

    /// <summary>
    /// Emits an unconditional branch to <paramref name="target"/> with its label values on top of
    /// the stack: an IL <c>br</c> within the same protected region, otherwise the values go to
    /// locals and a <c>leave</c> reaches a pad after the region that reloads them (<see cref="TryRegion"/>).
    /// The operand types are not changed.
    /// </summary>
    public void EmitBranch(ControlFrame target)
    {
        target.Targeted = true;
        if (target.Region == TryDepth)
        {
            EmitBranchTransfer(target);
            IL.Emit(OpCodes.Br, target.Label);
            return;
        }

        EmitLeaveTo(target, SpillTop(target.LabelTypes));
    }

    /// <summary>
    /// Emits a <c>leave</c> toward <paramref name="target"/> in an outer protected region, whose
    /// label values are held in <paramref name="values"/>; pads after each region crossed carry
    /// them on, and the last one reloads the operands beneath and branches.
    /// </summary>
    public void EmitLeaveTo(ControlFrame target, LocalBuilder[] values)
    {
        target.Targeted = true;
        EmitLeave(closed => EmitPadBranch(closed, target, values));
    }

    /// <summary>
    /// Stores the top <paramref name="types"/>.Length values of the IL stack into fresh locals (the
    /// operand types are not changed) and returns them in stack order.
    /// </summary>
    public LocalBuilder[] SpillTop(IReadOnlyList<ValType> types)
    {
        var locals = new LocalBuilder[types.Count];
        for (int i = types.Count - 1; i >= 0; i--)
        {
            // Fresh locals: the pads reading them are emitted later, after scratch locals were reused.
            locals[i] = IL.DeclareLocal(ClrTypes.Of(types[i]));
            IL.Emit(OpCodes.Stloc, locals[i]);
        }

        return locals;
    }

    /// <summary>
    /// Emits a <c>leave</c> out of the innermost protected region to a pad emitted after it, where
    /// <paramref name="atPad"/> runs with the region's frame (and may leave further out).
    /// </summary>
    public void EmitLeave(Action<ControlFrame> atPad)
    {
        ControlFrame region = InnermostTry();
        Label pad = IL.DefineLabel();
        region.Try!.Pads.Add((pad, atPad));
        IL.Emit(OpCodes.Leave, pad);
    }

    /// <summary>The innermost frame whose protected region encloses the current position.</summary>
    public ControlFrame InnermostTry()
    {
        for (int i = _control.Count - 1; i >= 0; i--)
        {
            if (_control[i].Try is not null)
            {
                return _control[i];
            }
        }

        throw new InvalidOperationException("no protected region encloses this position");
    }

    // At a pad after `closed`'s region: reload what the target's label expects, or leave further.
    private void EmitPadBranch(ControlFrame closed, ControlFrame target, LocalBuilder[] values)
    {
        if (target.Region != TryDepth)
        {
            EmitLeave(outer => EmitPadBranch(outer, target, values));
            return;
        }

        TryRegion region = closed.Try!;
        for (int i = region.OuterIlBase; i < target.BaseHeight; i++)
        {
            IL.Emit(OpCodes.Ldloc, region.Spill[i - region.OuterIlBase]);
        }

        foreach (LocalBuilder value in values)
        {
            IL.Emit(OpCodes.Ldloc, value);
        }

        IL.Emit(OpCodes.Br, target.Label);
    }

    /// <summary>
    /// Drops the IL values beneath the top <paramref name="keep"/> operands down to the current
    /// region's base (before a tail call, whose IL stack must hold only its arguments). The operand
    /// types are not changed.
    /// </summary>
    public void EmitDropBelow(int keep)
    {
        int extra = _stack.Count - keep - IlBase;
        if (extra <= 0)
        {
            return;
        }

        var saved = new LocalBuilder[keep];
        for (int i = keep - 1; i >= 0; i--)
        {
            saved[i] = RentScratch(ClrTypes.Of(_stack[_stack.Count - keep + i]));
            IL.Emit(OpCodes.Stloc, saved[i]);
        }

        for (int i = 0; i < extra; i++)
        {
            IL.Emit(OpCodes.Pop);
        }

        for (int i = 0; i < keep; i++)
        {
            IL.Emit(OpCodes.Ldloc, saved[i]);
            ReturnScratch(saved[i]);
        }
    }
}

using System.Reflection.Emit;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// On-stack replacement entries (Strategy.Auto's tier-up, see <see cref="Interpretation.TierUp.OnLoopHot"/>):
/// a variant of the function's method, <c>R F(args..., InstanceContext cx, Span&lt;ValRaw&gt; frame)</c>,
/// whose entry loads the locals from the interpreter's frame and jumps to the label of one loop,
/// then runs the rest of the function as its ordinary method does. IL permits the jump: the loop is
/// one with an empty operand stack and no enclosing protected region, so the IL stack is empty at
/// its label and no <c>try</c> is entered. The loop must be compiled in the function's own method,
/// not in a region method of a split function (<see cref="RegionPlanner"/>): where it is not,
/// <see cref="EntersLoop"/> stays false and the entry cannot be used.
/// </summary>
internal sealed partial class FunctionCompiler
{
    private Label _loopEntry;
    private Label _loadFrame;

    /// <summary>
    /// The module offset of the <c>loop</c> instruction at whose label this method starts (an
    /// on-stack replacement entry), or -1 for the function's ordinary method.
    /// </summary>
    public int EntryLoop { get; init; } = -1;

    /// <summary>Whether the label of <see cref="EntryLoop"/> was compiled in this method, so the entry jumps to it.</summary>
    public bool EntersLoop { get; private set; }

    // The index of the frame argument of an on-stack replacement entry: after the parameters and cx.
    private short FrameArgument => (short)(Type.Params.Count + 1);

    // At the start of the body, after the prologue (stack check, frame buffer, memory bases): the
    // entry goes to the loads of the locals, emitted after the body once its IL locals are known.
    private void EmitLoopEntryJump()
    {
        _loopEntry = IL.DefineLabel();
        _loadFrame = IL.DefineLabel();
        IL.Emit(OpCodes.Br, _loadFrame);
    }

    /// <summary>Just after a loop's label is marked: the entry's target when this is <see cref="EntryLoop"/>.</summary>
    public void MarkLoopEntry()
    {
        if (EntryLoop == InstructionOffset && Region is null && !EntersLoop && _stack.Count == 0 && TryDepth == 0)
        {
            IL.MarkLabel(_loopEntry);
            EntersLoop = true;
        }
    }

    // The locals of the method (those it declared: a local only a region method uses reaches it
    // through this method's local too) from the interpreter's frame slots, then the jump to the
    // loop. Parameters came in as arguments, read from the same slots by the entry's invoker.
    private void EmitLoadFrame()
    {
        IL.MarkLabel(_loadFrame);
        Sites.Add(IL.ILOffset, CodeSites.Unknown);
        for (int index = _firstLocal; index < _localTypes.Length; index++)
        {
            if (_locals[index - _firstLocal] is LocalBuilder local)
            {
                InvokerEmitter.EmitElement(IL, FrameArgument, index);
                InvokerEmitter.EmitFromRaw(IL, _localTypes[index]);
                IL.Emit(OpCodes.Stloc, local);
            }
        }

        if (EntersLoop)
        {
            IL.Emit(OpCodes.Br, _loopEntry);
        }
        else
        {
            // The loop is in a region method or never compiled: the caller drops this method, but
            // its IL must still be complete.
            IL.MarkLabel(_loopEntry);
            IL.Emit(OpCodes.Ldnull);
            IL.Emit(OpCodes.Throw);
        }
    }
}

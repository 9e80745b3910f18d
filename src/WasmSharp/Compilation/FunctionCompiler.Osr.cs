using System.Reflection.Emit;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// On-stack replacement entries (Strategy.Auto's tier-up, see <see cref="Interpretation.TierUp.OnLoopHot"/>):
/// a variant of the function's method, <c>R F(args..., InstanceContext cx, Span&lt;ValRaw&gt; frame, int loop)</c>,
/// whose entry loads the locals from the interpreter's frame and jumps to the label of the loop at
/// module offset <c>loop</c>, then runs the rest of the function as its ordinary method does. IL
/// permits the jump: the loops it enters have an empty operand stack and no enclosing protected
/// region, so the IL stack is empty at their labels and no <c>try</c> is entered. A loop must be
/// compiled in the function's own method, not in a region method of a split function
/// (<see cref="RegionPlanner"/>), to be entered (<see cref="EntryLoops"/>): the regions of a
/// split function's entry are planned around the loop that got hot (<see cref="KeptLoop"/>).
/// </summary>
internal sealed partial class FunctionCompiler
{
    private readonly List<(int Loop, Label Label)> _loopEntries = [];
    private Label _loadFrame;

    /// <summary>Whether this compiles the function's on-stack replacement entry rather than its ordinary method.</summary>
    public bool IsLoopEntry { get; init; }

    /// <summary>
    /// The module offset of the loop that got hot, or -1: in a split function, the regions are cut
    /// around it (<see cref="RegionPlanner.Plan"/>), so that it and the constructs enclosing it
    /// stay in this method, where the entry can jump to it.
    /// </summary>
    public int KeptLoop { get; init; } = -1;

    // KeptLoop relative to the body's code, as the region planner counts.
    private int KeptPosition => KeptLoop < 0 ? -1 : KeptLoop - _body.CodeOffset;

    /// <summary>Whether code from <paramref name="start"/> to <paramref name="end"/> (relative to the body) holds the loop this entry keeps.</summary>
    public bool Keeps(int start, int end) => RegionPlanner.Contains(start, end, KeptPosition);

    /// <summary>The module offsets of the loops the on-stack replacement entry can enter, sorted.</summary>
    public int[] EntryLoops
    {
        get
        {
            // A loop, not LINQ over the (loop, label) tuples, whose code no ReadyToRun image holds.
            var loops = new int[_loopEntries.Count];
            for (int i = 0; i < loops.Length; i++)
            {
                loops[i] = _loopEntries[i].Loop;
            }

            Array.Sort(loops);
            return loops;
        }
    }

    // The frame and loop arguments of an on-stack replacement entry: after the parameters and cx.
    private short FrameArgument => (short)(Type.Params.Count + 1);

    private short LoopArgument => (short)(Type.Params.Count + 2);

    // At the start of the body, after the prologue (stack check, frame buffer, memory bases): the
    // entry goes to the loads of the locals, emitted after the body once its IL locals are known.
    private void EmitLoopEntryJump()
    {
        _loadFrame = IL.DefineLabel();
        IL.Emit(OpCodes.Br, _loadFrame);
    }

    /// <summary>Just after a loop's label is marked: a target of the on-stack replacement entry when it can be one.</summary>
    public void MarkLoopEntry()
    {
        if (IsLoopEntry && Region is null && _stack.Count == 0 && TryDepth == 0)
        {
            Label entry = IL.DefineLabel();
            IL.MarkLabel(entry);
            _loopEntries.Add((InstructionOffset, entry));
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

        foreach ((int loop, Label label) in _loopEntries)
        {
            IL.Emit(OpCodes.Ldarg, LoopArgument);
            EmitInt(loop);
            IL.Emit(OpCodes.Beq, label);
        }

        // The interpreter enters only the loops of EntryLoops.
        IL.Emit(OpCodes.Ldnull);
        IL.Emit(OpCodes.Throw);
    }
}

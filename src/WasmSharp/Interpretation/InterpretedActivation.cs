using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>
/// An async call of an interpreted function (see <see cref="Activation"/>): its frames live on an
/// <see cref="InterpreterStack"/> of its own, which the store keeps for its outermost call (a call
/// an async host function makes into its store while the outer one waits gets a fresh one), so it
/// can stop in the middle of the loop and resume later on any thread (Interpreter.Async.cs).
/// </summary>
internal sealed class InterpretedActivation : Activation
{
    // An async store's stack starts small, for stores that wait by the thousand, and grows as
    // deep calls need (InterpreterStack.EnsureSlots).
    private const int InitialSlots = 64;
    private const int InitialFrames = 8;

    /// <summary>Creates the call of <paramref name="function"/> in instance <paramref name="cx"/> with arguments in <paramref name="values"/>.</summary>
    public InterpretedActivation(InterpretedFunction function, InstanceContext cx, ValRaw[] values)
        : base(cx.Store, values)
    {
        Function = function;
        Context = cx;
    }

    /// <summary>The function called.</summary>
    public InterpretedFunction Function { get; }

    /// <summary>The instance it is called in.</summary>
    public InstanceContext Context { get; }

    /// <summary>The stack holding the call's frames from its first slice until it ends; null before and after.</summary>
    public InterpreterStack? Stack { get; private set; }

    /// <summary>What the call waits for since its last slice stopped; null while it runs.</summary>
    public Suspension? Waiting { get; set; }

    /// <summary>Where the results of the async host function it waits for go (slot index and count).</summary>
    public int ResultStart { get; set; }

    /// <summary>The slot count of <see cref="ResultStart"/>.</summary>
    public int ResultSpan { get; set; }

    /// <summary>Whether the frame that called the pending host function returns once it has its results (a tail call).</summary>
    public bool ReturnsAfterResults { get; set; }

    /// <summary>The epoch deadline to set, in ticks beyond the current epoch, once a yield at the deadline resumes.</summary>
    public ulong? DeadlineAfterYield { get; set; }

    /// <inheritdoc/>
    public override Suspension? Run(Suspension? resumed) => Interpreter.RunSlice(this, resumed);

    /// <inheritdoc/>
    public override void Abandon() => ReleaseStack();

    /// <summary>Takes the store's stack when it is free, else a fresh one, for the call's frames.</summary>
    public InterpreterStack AcquireStack()
    {
        AsyncState state = Store.Async!;
        var stack = state.InterpreterStack as InterpreterStack;
        if (stack is null)
        {
            stack = new InterpreterStack(InitialSlots, InitialFrames);
            state.InterpreterStack = stack;
        }
        else if (stack.Activation is not null)
        {
            stack = new InterpreterStack(InitialSlots, InitialFrames);
        }

        stack.Activation = this;
        Stack = stack;
        return stack;
    }

    /// <summary>Drops the call's frames and gives its stack back.</summary>
    public void ReleaseStack()
    {
        if (Stack is InterpreterStack stack)
        {
            stack.FrameCount = 0;
            stack.Top = 0;
            stack.Activation = null;
            Stack = null;
        }

        Waiting = null;
    }
}

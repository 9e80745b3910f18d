using System.Runtime.CompilerServices;
using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>
/// The interpreter's stack on one thread, or of one async call (<see cref="Activation"/>), which
/// keeps it while it is suspended and resumes on it on any thread: value slots of every interpreted
/// frame, and the frames themselves. Interpreted calls push frames here instead of recursing on the .NET stack, so deep
/// wasm recursion costs no native stack and ends in a <see cref="TrapCode.StackOverflow"/> trap at
/// the store's <see cref="StoreContext.MaxWasmStack"/>. Nested activations (a host function calling
/// back into wasm) continue above <see cref="Top"/>.
/// </summary>
internal sealed class InterpreterStack
{
    [ThreadStatic]
    private static InterpreterStack? t_current;

    /// <summary>The stack of the calling thread.</summary>
    public static InterpreterStack Current => t_current ??= new InterpreterStack();

    /// <summary>Creates a stack of <paramref name="slots"/> value slots and <paramref name="frames"/> frames, growing on demand.</summary>
    public InterpreterStack(int slots = 1024, int frames = 64)
    {
        Values = new ValRaw[slots];
        Frames = new Frame[frames];
    }

    /// <summary>
    /// The exception whose innermost interpreted frame's <see cref="Frame.Pc"/> is where it raised or
    /// passed it (<see cref="Interpreter.Positioned"/>, a call out), so that a backtrace can locate
    /// that frame; the position of any other frame that raised an exception itself is not known.
    /// </summary>
    public Exception? Positioned;

    /// <summary>The exception whose frames from <see cref="RecordedEntry"/> up an activation recorded for its backtrace as it left.</summary>
    public Exception? Recorded;

    /// <summary>The first frame of the activation that recorded <see cref="Recorded"/>.</summary>
    public int RecordedEntry;

    /// <summary>The value slots; reallocated (copied) when it grows, so refresh references after calls.</summary>
    public ValRaw[] Values;

    /// <summary>The frames, innermost last.</summary>
    public Frame[] Frames;

    /// <summary>
    /// The async call running on this stack, which may suspend (<see cref="InterpretedActivation"/>),
    /// or null for a thread's stack, whose activations run to their end.
    /// </summary>
    public InterpretedActivation? Activation;

    /// <summary>The number of active frames.</summary>
    public int FrameCount;

    /// <summary>The first slot free for a nested activation.</summary>
    public int Top;

    /// <summary>
    /// The slot budget of a store: the native stack compiled code may use
    /// (<see cref="StoreContext.NativeStackBudget"/>) counted at 8 bytes per slot (a compiled frame
    /// keeps most values in registers, an interpreted one in slots of 24).
    /// </summary>
    /// <remarks>
    /// The same budget as compiled code's, so that a recursion that fits one tier fits the other and
    /// Wasmtime's: a one-parameter function recursed 32,761 levels deep under Wasmtime's default
    /// 512 KiB, 43,680 compiled here, and only 16,384 interpreted when this counted
    /// <see cref="StoreContext.MaxWasmStack"/> alone (docs/tiers.md).
    /// </remarks>
    public static int SlotLimit(StoreContext store) => (int)Math.Min(store.NativeStackBudget >> 3, Array.MaxLength);

    /// <summary>The frame budget of a store: <see cref="StoreContext.NativeStackBudget"/> at 32 bytes per frame.</summary>
    public static int FrameLimit(StoreContext store) => (int)Math.Min(store.NativeStackBudget >> 5, Array.MaxLength);

    /// <summary>Makes room for slots up to <paramref name="end"/> (exclusive), or traps past the store's budget.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void EnsureSlots(int end, StoreContext store)
    {
        if (end > Values.Length)
        {
            Grow(end, store);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int end, StoreContext store)
    {
        if (end > SlotLimit(store))
        {
            throw TrapHelpers.StackOverflow();
        }

        int size = Values.Length;
        while (size < end)
        {
            size *= 2;
        }

        Array.Resize(ref Values, size);
    }

    /// <summary>Pushes a frame, or traps past the store's frame budget.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PushFrame(InterpretedFunction function, InstanceContext context, int fp)
    {
        if (FrameCount == Frames.Length)
        {
            GrowFrames(context.Store);
        }

        // A frame slot is mostly reused by the same function and instance (recursion, a helper
        // called in a loop): comparing first saves the GC write barriers of storing references.
        ref Frame frame = ref Frames[FrameCount++];
        if (!ReferenceEquals(frame.Function, function))
        {
            frame.Function = function;
        }

        if (!ReferenceEquals(frame.Context, context))
        {
            frame.Context = context;
        }

        frame.Fp = fp;
        frame.Pc = 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void GrowFrames(StoreContext store)
    {
        if (FrameCount >= FrameLimit(store))
        {
            throw TrapHelpers.StackOverflow();
        }

        Array.Resize(ref Frames, Frames.Length * 2);
    }
}

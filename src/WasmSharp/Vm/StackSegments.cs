namespace WasmSharp.Vm;

/// <summary>
/// Splits the wasm stack into segments of <see cref="SegmentBytes"/> so that a trap costs time
/// and memory in proportion to the depth, and a bounded backtrace, whatever <c>Config.MaxWasmStack</c>
/// is. Compiled code compares the stack with <see cref="StoreContext.StackLimit"/>, the end of the
/// current segment; a function that finds it passed calls itself again through <see cref="Continue"/>,
/// which opens the next segment. Only at <see cref="StoreContext.HardStackLimit"/> does the stack
/// overflow trap.
/// A trap leaving a segment is caught there and is not thrown again: it is stored in
/// <see cref="StoreContext.PendingTrap"/> (as a new <see cref="Trap"/>, <see cref="Trap.ContinuedFrom"/>,
/// keeping the first exception, one segment deep, for the backtrace) and the outer segments unwind
/// by returning: every compiled call that can reach a continuation is followed by a check of the
/// pending trap that returns at once (<see cref="Compilation.PendingTrapExits"/>), up to the
/// host-to-wasm entry, which throws it. A .NET exception instead visits every frame it passes twice,
/// records each in its stack trace and keeps the GC walking the deep stack while it unwinds: a stack
/// overflow under a 1 GiB budget passes some 33 million frames, which took 87 s and 3.7 GB thrown.
/// Wasm handlers never see the trap either way (spec 4.4.1: traps are not exceptions).
/// </summary>
internal static unsafe class StackSegments
{
    /// <summary>Stack bytes per segment: about 130,000 of the smallest frames.</summary>
    public const uint SegmentBytes = 4 << 20;

    /// <summary>
    /// Stack bytes of the last segment at most (see <see cref="StoreContext.SegmentLimit"/>). A stack
    /// overflow's trap is thrown at its end and caught at its start: the exception records each
    /// frame it passes, and allocating that record can start a garbage collection, which walks the
    /// whole stack, as deep as the budget (measured: a 256 MiB overflow took 2.1 s with a 4 MiB
    /// last segment, 0.4 s with none of these collections). A megabyte still holds the
    /// <see cref="Backtrace.MaxFrames"/> frames a backtrace records of up to 1 KiB each.
    /// </summary>
    public const uint LastSegmentBytes = 1 << 20;

    /// <summary>
    /// Whether stores of an engine allowing <paramref name="maxWasmStack"/> bytes of wasm stack split
    /// it into segments: only when their native budget (<see cref="StoreContext.NativeStackBudgetFor"/>)
    /// is more than one segment. A smaller stack is one segment, which a trap leaves as an exception
    /// (a stack overflow unwinds at most <see cref="SegmentBytes"/> of frames that way), so compiled
    /// code for such an engine needs no check of <see cref="StoreContext.PendingTrap"/> after its
    /// calls: Wasmtime's default 512 KiB (a 2 MiB native budget) is such a stack. The compiler and
    /// the store decide from this one predicate, and saved code records it (<c>CodeSettings</c>).
    /// </summary>
    public static bool AreUsed(int maxWasmStack) => StoreContext.NativeStackBudgetFor(maxWasmStack) > SegmentBytes;

    /// <summary>Whether the stack may grow past the current segment's limit (false: the budget is spent).</summary>
    /// <remarks>
    /// Not inlined: inlined into a function's cold continuation, it made the JIT keep the store and
    /// the limit of the prologue's check in callee-saved registers, which every call then saves.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static bool CanContinue(InstanceContext cx) => cx.Store.StackLimit > cx.Store.HardStackLimit;

    /// <summary>
    /// Moves the limit to the end of a segment starting here, for code that cannot be called again
    /// from its start (a region of a split function); false when the budget is spent. The segment
    /// then merges with the one below: a trap unwinds both at once, still a bounded number of frames.
    /// </summary>
    public static bool TryExtend(InstanceContext cx)
    {
        StoreContext store = cx.Store;
        if (store.StackLimit <= store.HardStackLimit)
        {
            return false;
        }

        byte marker = 0;
        store.StackLimit = store.SegmentLimit((nuint)(&marker));
        return true;
    }

    /// <summary>
    /// <see cref="Continue"/> for a function of at most <see cref="MaxBitsArguments"/> number
    /// parameters, passed as their bit patterns in <paramref name="a0"/>..<paramref name="a3"/>;
    /// returns the array with the results. The arguments go straight to this call, in registers,
    /// so the caller's cold continuation keeps nothing across a call and its prologue saves no
    /// register for it.
    /// </summary>
    public static ValRaw[] ContinueWithBits(InstanceContext cx, int functionIndex, ulong a0, ulong a1, ulong a2, ulong a3)
    {
        Types.FuncType type = cx.Function(functionIndex).Type;
        int parameters = type.Params.Count;
        var values = new ValRaw[Math.Max(parameters, type.Results.Count)];
        ReadOnlySpan<ulong> arguments = [a0, a1, a2, a3];
        for (int i = 0; i < parameters; i++)
        {
            values[i].Bits = arguments[i];
        }

        Continue(cx, functionIndex, values);
        return values;
    }

    /// <summary>The most parameters <see cref="ContinueWithBits"/> takes.</summary>
    public const int MaxBitsArguments = 4;

    /// <summary>
    /// Runs defined function <paramref name="functionIndex"/> of <paramref name="cx"/> again with the
    /// arguments in <paramref name="values"/> (results come back there, as with a
    /// <see cref="RawInvoker"/>) in a new stack segment. Called by a function whose stack check found
    /// the segment's limit passed before it did anything, so the call is the same call. A trap
    /// leaving the segment is not rethrown: it becomes the store's <see cref="StoreContext.PendingTrap"/>
    /// (a new <see cref="Trap"/> with the same code, message and the backtrace of the frames it
    /// unwound so far, minus the frame of the function called again, which stays on the stack) and
    /// this returns with <paramref name="values"/> cleared; the caller returns at once.
    /// </summary>
    public static void Continue(InstanceContext cx, int functionIndex, ValRaw[] values)
    {
        StoreContext store = cx.Store;
        nuint outer = store.StackLimit;
        byte marker = 0;
        store.StackLimit = store.SegmentLimit((nuint)(&marker));
        try
        {
            cx.Function(functionIndex).Invoker(cx, values);
        }
        catch (Trap trap)
        {
            // A trap already continued was thrown by a host-to-wasm entry nested in this segment
            // (wasm -> host -> wasm) and crossed the host's frames as an exception, as a host
            // function must see it; from here on it returns again.
            store.PendingTrap = trap.IsContinued ? trap : trap.ContinuedFrom();
        }
        finally
        {
            store.StackLimit = outer;
        }

        if (store.PendingTrap is not null)
        {
            // The continuation reads its results from here: no stale argument may pose as one.
            Array.Clear(values);
        }
    }
}

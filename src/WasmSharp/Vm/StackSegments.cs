namespace WasmSharp.Vm;

/// <summary>
/// Splits the wasm stack into segments of <see cref="SegmentBytes"/> so that the backtrace of a
/// trap costs bounded time and memory whatever <c>Config.MaxWasmStack</c> is. A .NET exception
/// records every frame it passes, and reading them back (<see cref="System.Diagnostics.StackTrace"/>)
/// materialises an object per frame: a stack overflow under a 1 GiB budget unwinds some 33 million
/// frames, and reading its backtrace took minutes and gigabytes. Compiled code compares the stack
/// with <see cref="StoreContext.StackLimit"/>, the end of the current segment; a function that finds
/// it passed calls itself again through <see cref="Continue"/>, which opens the next segment. A trap
/// leaving the innermost segment is caught there once and rethrown as a new <see cref="Trap"/>
/// (<see cref="Trap.ContinuedFrom"/>), which keeps the first exception, one segment deep, for the
/// backtrace, and passes every outer segment without being caught again (an exception filter) so
/// the rest of the unwinding is one exception. Only at <see cref="StoreContext.HardStackLimit"/>
/// does the stack overflow trap.
/// </summary>
internal static unsafe class StackSegments
{
    /// <summary>Stack bytes per segment: about 130,000 of the smallest frames.</summary>
    public const uint SegmentBytes = 4 << 20;

    /// <summary>Whether the stack may grow past the current segment's limit (false: the budget is spent).</summary>
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
    /// Runs defined function <paramref name="functionIndex"/> of <paramref name="cx"/> again with the
    /// arguments in <paramref name="values"/> (results come back there, as with a
    /// <see cref="RawInvoker"/>) in a new stack segment. Called by a function whose stack check found
    /// the segment's limit passed before it did anything, so the call is the same call. A trap
    /// leaving the segment is rethrown as a new <see cref="Trap"/> with the same code, message and
    /// the backtrace of the frames it unwound so far, minus the frame of the function called again,
    /// which stays on the stack and is recorded by the next segment.
    /// </summary>
    public static void Continue(InstanceContext cx, int functionIndex, ValRaw[] values)
    {
        StoreContext store = cx.Store;
        nuint outer = store.StackLimit;
        byte marker = 0;
        store.StackLimit = store.SegmentLimit((nuint)(&marker));
        Trap? escaped = null;
        try
        {
            cx.Functions[functionIndex].Invoker(cx, values);
        }
        catch (Trap trap) when (!trap.IsContinued)
        {
            escaped = trap;
        }
        finally
        {
            store.StackLimit = outer;
        }

        // Thrown after the handler, not in it: a catch handler runs on top of the frames it
        // catches from, so a throw inside it would keep the segment below on the stack.
        if (escaped is not null)
        {
            throw escaped.ContinuedFrom();
        }
    }
}

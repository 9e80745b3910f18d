using System.Runtime.CompilerServices;
using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>
/// Async calls (Wasmtime's <c>call_async</c>, DESIGN.md decision 14): an
/// <see cref="InterpretedActivation"/> runs the loop in slices. Where the loop meets an async host
/// function whose work is pending, or the fuel or epoch yield point of an async store, it records
/// why in the activation, saves the frame's resume position and returns, leaving its frames on the
/// activation's stack; the next slice completes what it waited for and goes on from there.
/// </summary>
internal static unsafe partial class Interpreter
{
    /// <summary>
    /// Runs a slice of <paramref name="activation"/>: from the start when <paramref name="resumed"/>
    /// is null, else on from the suspension the last slice returned. Returns null when the call has
    /// completed (results in <see cref="Activation.Values"/>), or what it now waits for.
    /// </summary>
    public static Suspension? RunSlice(InterpretedActivation activation, Suspension? resumed)
    {
        StoreContext store = activation.Store;
        byte marker = 0;
        if (NativeStackExhausted((nuint)(&marker), store))
        {
            activation.ReleaseStack();
            throw TrapHelpers.StackOverflow();
        }

        InterpreterStack stack = resumed is null ? Start(activation) : activation.Stack!;
        try
        {
            RunCatching(stack, 0, resumed is null ? null : activation);
        }
        catch (LimiterPendingException pending)
        {
            // A grow suspends: its frame resumes at the grow (GrowInAsyncCall).
            return activation.Waiting = pending.Suspension;
        }
        catch (Exception e) when (RecordBacktrace(e, stack, 0))
        {
            // Never reached: the filter records the interpreted frames and declines the exception.
            throw;
        }
        catch
        {
            activation.ReleaseStack();
            throw;
        }

        if (stack.FrameCount != 0)
        {
            return activation.Waiting;
        }

        int results = activation.Function.Module.Module.GetFunctionType(activation.Function.Index).Results.Count;
        stack.Values.AsSpan(0, results).CopyTo(activation.Values);
        activation.ReleaseStack();
        return null;
    }

    // The call's first frame, at slot 0 of its own stack, as Invoke pushes it on a thread's stack.
    private static InterpreterStack Start(InterpretedActivation activation)
    {
        InterpreterStack stack = activation.AcquireStack();
        try
        {
            InterpretedCode code = activation.Function.Code;
            stack.EnsureSlots(code.FrameSize, activation.Store);
            Span<ValRaw> frame = stack.Values.AsSpan(0, code.FrameSize);
            activation.Values.AsSpan(0, code.ParamCount).CopyTo(frame);
            frame[code.ParamCount..code.LocalCount].Clear();
            stack.PushFrame(activation.Function, activation.Context, 0);
            return stack;
        }
        catch
        {
            activation.ReleaseStack();
            throw;
        }
    }

    /// <summary>
    /// Completes what <paramref name="activation"/> waited for, before the loop goes on: writes the
    /// async host function's results (or throws its failure, in the frame that called it, so that a
    /// wasm handler can catch a wasm exception), or sets the deadline a yield at the epoch deadline
    /// deferred. Returns false when the call has nothing left to run (its last frame made the host
    /// call as a tail call, and now returns).
    /// </summary>
    private static bool Resume(InterpretedActivation activation, InterpreterStack stack)
    {
        Suspension? waited = activation.Waiting;
        activation.Waiting = null;
        if (waited is PendingHostCall pending)
        {
            bool returns = activation.ReturnsAfterResults;
            activation.ReturnsAfterResults = false;
            activation.FinishHostCall(pending, stack.Values.AsSpan(activation.ResultStart, activation.ResultSpan));
            return !returns || --stack.FrameCount != 0;
        }

        if (waited is LimiterSuspension decision)
        {
            decision.Deliver();
        }

        if (activation.DeadlineAfterYield is ulong delta)
        {
            activation.DeadlineAfterYield = null;
            activation.Store.SetEpochDeadline(delta);
        }

        return true;
    }

    /// <summary>
    /// Calls the async host function <paramref name="callee"/> from an async call: true when its
    /// work is pending, so the loop returns and the call suspends until it is done, with the
    /// results going to slots <paramref name="start"/>.. of <paramref name="span"/> then; false when
    /// it completed at once (results already written), the cost of a synchronous host call.
    /// </summary>
    private static bool CallAsyncHost(InterpretedActivation activation, InterpreterStack stack, FuncRef callee, int start, int span)
    {
        AsyncState state = activation.Store.Async!;
        int live = state.LiveCount;
        PendingHostCall? pending = activation.StartHostCall(callee.Context, stack.Values.AsSpan(start, span));
        if (pending is null)
        {
            // Its task completed, but a call it made into the store may not have.
            if (state.LiveCount != live)
            {
                throw new InvalidOperationException(AsyncState.NestedCallRunning);
            }

            return false;
        }

        activation.Waiting = pending;
        activation.ResultStart = start;
        activation.ResultSpan = span;
        activation.ReturnsAfterResults = false;
        return true;
    }

    /// <summary>
    /// The fuel charge went below <see cref="StoreContext.FuelYieldFloor"/>: traps when the fuel is
    /// spent; otherwise it is the yield point of an async store's fuel interval, so the floor moves
    /// to the next one and an async call yields (true: the loop returns); any other activation goes on.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool FuelFloorReached(ref int ip, InterpreterStack stack, StoreContext store)
    {
        if (store.Fuel < 0)
        {
            throw Positioned(ref ip, TrapHelpers.OutOfFuel());
        }

        store.ResetFuelYieldFloor();
        if (stack.Activation is not InterpretedActivation activation)
        {
            return false;
        }

        activation.Waiting = YieldSuspension.Instance;
        return true;
    }

    /// <summary>
    /// The epoch deadline is reached: a canceled async call ends with
    /// <see cref="OperationCanceledException"/>; otherwise the store's callback decides (see
    /// <see cref="TrapHelpers.DecideAtEpochDeadline"/>), and a <see cref="UpdateDeadline.Yield"/>
    /// makes an async call yield (true: the loop returns) and move the deadline when it resumes.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool EpochDeadlineReached(ref int ip, InterpreterStack stack, StoreContext store, InterpretedFunction function)
    {
        if (store.CancelRequests > 0)
        {
            throw new OperationCanceledException(AsyncState.Current?.CancellationToken ?? default);
        }

        if (!function.Module.EpochContinuation || Decide(ref ip, store) is not { DeltaTicks: ulong delta } update)
        {
            throw Positioned(ref ip, TrapHelpers.Interrupt());
        }

        if (update.Yields && stack.Activation is InterpretedActivation activation)
        {
            activation.Waiting = YieldSuspension.Instance;
            activation.DeadlineAfterYield = delta;
            return true;
        }

        store.SetEpochDeadline(delta);
        return false;
    }

    // The store's callback's decision; what it throws stands at the epoch check at `ip`.
    private static UpdateDeadline? Decide(ref int ip, StoreContext store)
    {
        try
        {
            return TrapHelpers.DecideAtEpochDeadline(store);
        }
        catch (Exception e) when (RaisedAt(ref ip, e))
        {
            // Never reached: the filter locates the frame and declines the exception.
            throw;
        }
    }
}

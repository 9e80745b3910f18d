using System.Runtime.CompilerServices;
using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>On-stack replacement: an activation moves into compiled code at a hot loop header.</summary>
internal static partial class Interpreter
{
    /// <summary>
    /// At the header of the loop at module offset <paramref name="loop"/> of the innermost frame
    /// (<paramref name="function"/> at slot <paramref name="fp"/>), whose counter ran out: tells
    /// tier-up, and when compiled code for an entry at this loop exists, runs the rest of the
    /// activation in it (see <see cref="TierUp.OnLoopHot"/>). Returns true when it did: the results
    /// are in the frame's slots from 0 and the frame is to return them.
    /// </summary>
    /// <remarks>
    /// The frame is popped while the compiled code runs: that code is now the function's one frame,
    /// in backtraces (a compiled frame) and for exceptions, which only the caller's handlers may
    /// catch, as after a call out (the caller's position is its call). Not on async stores, whose
    /// compiled code may suspend where the interpreter cannot resume it: there the activation stays
    /// interpreted.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool EnterCompiledLoop(InterpreterStack stack, InterpretedFunction function, InstanceContext cx, int fp, int loop)
    {
        TierUp tierUp = function.Module.TierUp!;
        StoreContext store = cx.Store;
        // The innermost frame is the stack's only one: the host called this function (or compiled
        // code did, through the interpreter's entry).
        bool fromHost = stack.FrameCount == 1;
        if (tierUp.OnLoopHot(function, loop, cx, enter: stack.Activation is null && store.Async is null, fromHost) is not LoopEntry code)
        {
            return false;
        }

        tierUp.NoteLoopEntered();
        function.EnteredLoopEntry = true;
        store.PrepareForCompiledCode();
        InterpretedCode interpreted = function.Code;
        int savedTop = stack.Top;
        stack.Top = fp + interpreted.FrameSize;
        stack.FrameCount--;
        ValRaw[] before = stack.Values;
        try
        {
            code(cx, before.AsSpan(fp, interpreted.FrameSize), loop);
        }
        catch (Exception e) when (CalledOut(stack, e))
        {
            // Never reached: the filter records that the caller's frame stands at its call.
            throw;
        }
        finally
        {
            stack.Top = savedTop;
        }

        // A nested activation grew (and so moved) the slots: the results went to the old array.
        int results = function.Module.Module.GetFunctionType(function.Index).Results.Count;
        if (!ReferenceEquals(stack.Values, before))
        {
            before.AsSpan(fp, results).CopyTo(stack.Values.AsSpan(fp, results));
        }

        if (store.PendingTrap is not null)
        {
            store.ThrowPendingTrap();
        }

        stack.FrameCount++;
        return true;
    }
}

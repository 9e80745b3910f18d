using System.Runtime.CompilerServices;
using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>Calls from interpreted code out to host and compiled functions.</summary>
internal static partial class Interpreter
{
    /// <summary>
    /// Calls a host or compiled function with the arguments in slots <paramref name="start"/>.. .
    /// Returns true when the callee is an async host function whose work is pending and the
    /// activation, an async call's, must suspend (see <see cref="CallAsyncHost"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool CallOut(InterpreterStack stack, FuncRef callee, int start, int span, int top)
    {
        if (callee.Context.AsyncHost is not null && stack.Activation is InterpretedActivation activation)
        {
            return CallAsyncHost(activation, stack, callee, start, span);
        }

        int savedTop = stack.Top;
        stack.Top = top;
        ValRaw[] before = stack.Values;
        try
        {
            callee.Invoker(callee.Context, before.AsSpan(start, span));
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
        if (!ReferenceEquals(stack.Values, before))
        {
            before.AsSpan(start, span).CopyTo(stack.Values.AsSpan(start, span));
        }

        StoreContext store = callee.Context.Store;
        if (store.PendingTrap is not null)
        {
            store.ThrowPendingTrap();
        }

        return false;
    }
}

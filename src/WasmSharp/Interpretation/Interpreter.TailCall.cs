using System.Runtime.CompilerServices;
using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>
/// Tail calls (spec 4.4.8 <c>return_call</c>, <c>return_call_indirect</c>, <c>return_call_ref</c>):
/// the rare parts of <see cref="Op.ReturnCall"/> and its variants, whose frame replacement is in
/// <see cref="Run"/>.
/// </summary>
internal static partial class Interpreter
{
    /// <summary>
    /// The callee of the tail call at <paramref name="ip"/>, trapping as <c>call_indirect</c> and
    /// <c>call_ref</c> do; <paramref name="operands"/> is the index of its <c>base</c> operand
    /// (<c>count</c> and <c>span</c> follow).
    /// </summary>
    private static FuncRef ResolveTailCallee(ref int ip, ref ValRaw fp, InstanceContext cx, out int operands)
    {
        try
        {
            switch (ip)
            {
                case (int)Op.ReturnCall:
                    operands = 2;
                    return cx.Functions[Unsafe.Add(ref ip, 1)];
                case (int)Op.ReturnCallIndirect:
                {
                    operands = 4;
                    ulong index = S(ref fp, ref ip, 3).Bits;
                    return Builtins.ResolveIndirect(index > int.MaxValue ? -1 : (int)index, Unsafe.Add(ref ip, 1), Unsafe.Add(ref ip, 2), cx);
                }

                default:
                    operands = 2;
                    return S(ref fp, ref ip, 1).Ref as FuncRef ?? throw TrapHelpers.NullFunctionReference();
            }
        }
        catch (Exception e) when (RaisedAt(ref ip, e))
        {
            // Never reached: the filter locates the frame and declines the exception.
            throw;
        }
    }

    /// <summary>
    /// Calls a host or compiled function in tail position with the arguments in the frame's first
    /// <paramref name="span"/> slots; its results replace them, and the frame then returns. Returns
    /// true when the activation suspends in an async host function instead: the frame then returns
    /// when the activation resumes with the results.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TailCallOut(InterpreterStack stack, FuncRef callee, int fp, int span, int top)
    {
        // The frame stays while the callee runs, but in the spec it is gone: none of its handlers
        // may catch the callee's exceptions.
        stack.Frames[stack.FrameCount - 1].Pc = 0;
        if (!CallOut(stack, callee, fp, span, top))
        {
            return false;
        }

        ((InterpretedActivation)stack.Activation!).ReturnsAfterResults = true;
        return true;
    }
}

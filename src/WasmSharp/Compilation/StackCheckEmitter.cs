using System.Diagnostics.CodeAnalysis;
using System.Reflection.Emit;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Emits the stack check of functions that may recurse (DESIGN.md decision 5): the address of a
/// local compared with <see cref="StoreContext.StackLimit"/>, the end of the current stack segment.
/// Past it, a function calls itself again in the next segment through
/// <see cref="StackSegments.Continue"/> (nothing has run yet, so it is the same call), or traps when
/// the whole budget is spent. The hot path is the compare and a branch not taken; the continuation
/// is emitted after the body, where a trap block would go.
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal static class StackCheckEmitter
{
    /// <summary>
    /// Emits the check at the start of <paramref name="function"/>'s method; returns the label of
    /// the continuation to emit after the body with <see cref="EmitContinuation"/>.
    /// </summary>
    public static Label EmitCheck(FunctionCompiler function)
    {
        ILGenerator il = function.IL;
        Label continuation = il.DefineLabel();
        EmitCompare(function);
        il.Emit(OpCodes.Blt_Un, continuation);
        return continuation;
    }

    /// <summary>
    /// Emits the continuation of <see cref="EmitCheck"/>: trap if the budget is spent, else pass
    /// the arguments on (as bit patterns, or in a <see cref="ValRaw"/> array), call the function
    /// again in a new segment and return its results.
    /// </summary>
    public static void EmitContinuation(FunctionCompiler function, Label continuation)
    {
        ILGenerator il = function.IL;
        FuncType type = function.Type;
        Label next = il.DefineLabel();
        il.MarkLabel(continuation);
        function.EmitContext();
        il.Emit(OpCodes.Call, RuntimeMembers.StackCanContinue);
        il.Emit(OpCodes.Brtrue, next);
        function.EmitTrap(RuntimeMembers.StackOverflow);

        il.MarkLabel(next);
        LocalBuilder values = il.DeclareLocal(typeof(ValRaw[]));
        int slots = Math.Max(type.Params.Count, type.Results.Count);
        if (type.Params.Count <= StackSegments.MaxBitsArguments && type.Params.All(p => !p.IsRef && p.Kind != ValKind.V128))
        {
            // The arguments go to the helper as they are: were they stored into an array allocated
            // here, they would live across the allocation's call, and the JIT would keep them in
            // callee-saved registers that the prologue of every call then saves (ackermann).
            function.EmitContext();
            il.Emit(OpCodes.Ldc_I4, function.FunctionIndex);
            for (int i = 0; i < StackSegments.MaxBitsArguments; i++)
            {
                if (i < type.Params.Count)
                {
                    il.Emit(OpCodes.Ldarg, (short)i);
                    InvokerEmitter.EmitToBits(il, type.Params[i]);
                }
                else
                {
                    il.Emit(OpCodes.Ldc_I4_0);
                    il.Emit(OpCodes.Conv_U8);
                }
            }

            il.Emit(OpCodes.Call, RuntimeMembers.StackContinueWithBits);
            il.Emit(OpCodes.Stloc, values);
        }
        else
        {
            il.Emit(OpCodes.Ldc_I4, slots);
            il.Emit(OpCodes.Newarr, typeof(ValRaw));
            il.Emit(OpCodes.Stloc, values);
            for (int i = 0; i < type.Params.Count; i++)
            {
                EmitElement(il, values, i);
                il.Emit(OpCodes.Ldarg, (short)i);
                InvokerEmitter.EmitToRaw(il, type.Params[i]);
            }

            function.EmitContext();
            il.Emit(OpCodes.Ldc_I4, function.FunctionIndex);
            il.Emit(OpCodes.Ldloc, values);
            il.Emit(OpCodes.Call, RuntimeMembers.StackContinue);
        }

        for (int i = 0; i < type.Results.Count; i++)
        {
            EmitElement(il, values, i);
            InvokerEmitter.EmitFromRaw(il, type.Results[i]);
        }

        ClrTypes.EmitPack(il, type.Results);
        function.EmitMethodReturn();
    }

    /// <summary>
    /// Emits the check of a region method of a split function, which cannot be called again from
    /// its start: past the segment's limit it extends the segment (<see cref="StackSegments.TryExtend"/>)
    /// or traps when the budget is spent.
    /// </summary>
    public static void EmitRegionCheck(FunctionCompiler function)
    {
        ILGenerator il = function.IL;
        Label ok = il.DefineLabel();
        EmitCompare(function);
        il.Emit(OpCodes.Bge_Un, ok);
        function.EmitContext();
        il.Emit(OpCodes.Call, RuntimeMembers.StackTryExtend);
        il.Emit(OpCodes.Brtrue, ok);
        function.EmitTrap(RuntimeMembers.StackOverflow);
        il.MarkLabel(ok);
    }

    // Pushes the address of a local and the segment's limit. Cheaper than
    // RuntimeHelpers.EnsureSufficientExecutionStack (DESIGN.md decision 5).
    private static void EmitCompare(FunctionCompiler function)
    {
        ILGenerator il = function.IL;
        LocalBuilder marker = il.DeclareLocal(typeof(byte));
        il.Emit(OpCodes.Ldloca, marker);
        il.Emit(OpCodes.Conv_U);
        function.EmitContext();
        il.Emit(OpCodes.Ldfld, RuntimeMembers.Store);
        il.Emit(OpCodes.Ldfld, RuntimeMembers.StackLimit);
    }

    private static void EmitElement(ILGenerator il, LocalBuilder array, int index)
    {
        il.Emit(OpCodes.Ldloc, array);
        il.Emit(OpCodes.Ldc_I4, index);
        il.Emit(OpCodes.Ldelema, typeof(ValRaw));
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Reflection.Emit;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Emits the tail calls of the tail-call proposal (spec 4.4.8 <c>return_call</c>,
/// <c>return_call_indirect</c>, <c>return_call_ref</c>) as IL <c>tail.</c>-prefixed calls followed
/// by <c>ret</c> (ECMA-335 III.2.4), which RyuJIT always honours: as a fast tail call when the
/// arguments fit the caller's incoming area, else through its tail-call helper. Either way the
/// caller's frame is gone, so mutual recursion of any depth runs in constant stack, as Wasmtime
/// guarantees. The IL stack must then hold only the call's operands, so values beneath are dropped
/// first; inside a protected region (where <c>tail.</c> is not allowed) the operands are stored,
/// the regions are left, and the call is made from a pad outside them, which also keeps the
/// caller's handlers from seeing the callee's exceptions, as the spec requires.
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal static class TailCallEmitter
{
    private static readonly MethodInfo s_resolveIndirect = RuntimeMembers.Method(typeof(Builtins), nameof(Builtins.ResolveIndirect));

    /// <summary>Emits <c>return_call</c> of function <paramref name="function"/>.</summary>
    public static void EmitReturnCall(FunctionCompiler c, int function)
    {
        FuncType type = c.Module.GetFunctionType(function);
        EmitTail(c, type.Params.Count, () =>
        {
            ILGenerator il = c.IL;
            c.EmitContext();
            if (c.Compilation.CallsThroughReference(function))
            {
                il.Emit(OpCodes.Ldfld, RuntimeMembers.Functions);
                c.EmitInt(function);
                il.Emit(OpCodes.Ldelem_Ref);
                ControlEmitter.EmitCalliThroughFuncRef(c, type, tail: true);
            }
            else
            {
                il.Emit(OpCodes.Tailcall);
                il.Emit(OpCodes.Call, c.Compilation.Methods[function - c.Module.ImportedFunctionCount]!);
            }
        });
    }

    /// <summary>Emits <c>return_call_indirect</c> through table <paramref name="table"/> with type <paramref name="typeIndex"/>.</summary>
    public static void EmitReturnCallIndirect(FunctionCompiler c, int typeIndex, int table)
    {
        var type = (FuncType)c.Module.Types[typeIndex].Composite;
        int typeId = c.Compilation.TypeIds[typeIndex];
        EmitTail(c, type.Params.Count + 1, () =>
        {
            c.EmitInt(table);
            c.Compilation.EmitTypeId(c.IL, typeId);
            c.EmitContext();
            c.IL.Emit(OpCodes.Call, s_resolveIndirect);
            ControlEmitter.EmitCalliThroughFuncRef(c, type, tail: true);
        });
    }

    /// <summary>Emits <c>return_call_ref</c> with type <paramref name="typeIndex"/>.</summary>
    public static void EmitReturnCallRef(FunctionCompiler c, int typeIndex)
    {
        var type = (FuncType)c.Module.Types[typeIndex].Composite;
        EmitTail(c, type.Params.Count + 1, () =>
        {
            ControlEmitter.EmitNullFunctionCheck(c);
            ControlEmitter.EmitCalliThroughFuncRef(c, type, tail: true);
        });
    }

    // The top `operands` values feed `emitCall`, which ends in a tail-prefixed call; `ret` follows.
    private static void EmitTail(FunctionCompiler c, int operands, Action emitCall)
    {
        if (c.TryDepth == 0 && !c.InAddressMapRegion)
        {
            c.EmitDropBelow(operands);
            emitCall();
            c.IL.Emit(OpCodes.Ret);
        }
        else
        {
            var types = new ValType[operands];
            for (int i = 0; i < operands; i++)
            {
                types[i] = c.StackAt(c.StackHeight - operands + i);
            }

            LocalBuilder[] values = c.SpillTop(types);
            int at = c.InstructionOffset;
            if (c.TryDepth != 0)
            {
                c.EmitLeave(_ => AtPad(c, values, emitCall, at));
            }
            else
            {
                // The IL stack is dropped by the leave.
                c.EmitLeaveToOuterPad(() => AtPad(c, values, emitCall, at));
            }
        }

        c.Pop(operands);
        c.MarkUnreachable();
    }

    // At a pad after a protected region the tail call at module offset `at` left: leave further,
    // or make the call, which can still trap (call_indirect's checks) here, at that instruction.
    private static void AtPad(FunctionCompiler c, LocalBuilder[] values, Action emitCall, int at)
    {
        if (c.TryDepth != 0)
        {
            c.EmitLeave(_ => AtPad(c, values, emitCall, at));
            return;
        }

        if (c.InAddressMapRegion)
        {
            c.EmitLeaveToOuterPad(() => AtPad(c, values, emitCall, at));
            return;
        }

        c.Sites.Add(c.IL.ILOffset, at, CodeSites.AnyCallee);

        foreach (LocalBuilder value in values)
        {
            c.IL.Emit(OpCodes.Ldloc, value);
        }

        emitCall();
        c.IL.Emit(OpCodes.Ret);
    }
}

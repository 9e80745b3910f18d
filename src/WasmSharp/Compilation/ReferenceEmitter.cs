using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Reflection.Emit;
using WasmSharp.Binary;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Emits the reference instructions (spec 4.4.2 "Reference Instructions"): <c>ref.null</c> is a
/// CLR null, <c>ref.is_null</c> a null test, <c>ref.func</c> the instance's <c>FuncRef</c>,
/// <c>ref.eq</c> reference identity; <c>ref.as_non_null</c>, <c>br_on_null</c> and
/// <c>br_on_non_null</c> (typed function references) test for null.
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal static class ReferenceEmitter
{
    private static readonly MethodInfo s_nullReference = RuntimeMembers.Method(typeof(TrapHelpers), nameof(TrapHelpers.NullReference));
    private static readonly MethodInfo s_refFunc = RuntimeMembers.Method(typeof(Builtins), nameof(Builtins.RefFunc));

    /// <summary>Emits instruction <paramref name="op"/> (0xD0-0xD6).</summary>
    public static void Emit(FunctionCompiler c, byte op, ref WasmReader reader)
    {
        ILGenerator il = c.IL;
        switch (op)
        {
            case 0xD0:
                reader.ReadVarInt33();
                il.Emit(OpCodes.Ldnull);
                c.Push(ValType.FuncRef);
                break;
            case 0xD1:
                il.Emit(OpCodes.Ldnull);
                il.Emit(OpCodes.Ceq);
                c.Pop();
                c.Push(ValType.I32);
                break;
            case 0xD3:
                // ref.eq compares i31 values by value, everything else by identity.
                GcEmitter.EmitRefEq(c);
                break;
            case 0xD4:
            {
                Label ok = il.DefineLabel();
                il.Emit(OpCodes.Dup);
                il.Emit(OpCodes.Brtrue, ok);
                c.EmitTrap(s_nullReference);
                il.MarkLabel(ok);
                break;
            }

            case 0xD5:
                EmitBrOnNull(c, c.Control[^(reader.ReadCount() + 1)]);
                break;
            case 0xD6:
                EmitBrOnNonNull(c, c.Control[^(reader.ReadCount() + 1)]);
                break;
            case 0xD2:
                int function = reader.ReadCount();
                c.EmitInt(function);
                c.EmitContext();
                il.Emit(OpCodes.Call, s_refFunc);
                c.Push(ValType.FuncRef);
                break;
            default:
                throw new NotSupportedException($"opcode 0x{op:X2} is not supported by the compiler yet");
        }
    }

    // br_on_null: a null is dropped and the label's values branch; otherwise the reference stays.
    private static void EmitBrOnNull(FunctionCompiler c, ControlFrame target)
    {
        ILGenerator il = c.IL;
        Label notNull = il.DefineLabel();
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Brtrue, notNull);
        il.Emit(OpCodes.Pop);
        ValType reference = c.Pop();
        c.EmitBranch(target);
        c.Push(reference);
        il.MarkLabel(notNull);
    }

    // br_on_non_null: a non-null reference branches with the label's values; a null is dropped.
    private static void EmitBrOnNonNull(FunctionCompiler c, ControlFrame target)
    {
        ILGenerator il = c.IL;
        Label isNull = il.DefineLabel();
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Brfalse, isNull);
        c.EmitBranch(target);
        il.MarkLabel(isNull);
        il.Emit(OpCodes.Pop);
        c.Pop();
    }
}

using System.Reflection;
using System.Reflection.Emit;
using WasmSharp.Binary;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Emits the null tests of typed function references that GC code relies on (spec
/// exec/instructions.rst): <c>ref.as_non_null</c> (0xD4), <c>br_on_null</c> (0xD5) and
/// <c>br_on_non_null</c> (0xD6). References are CLR objects, so each is a null compare and a branch.
/// </summary>
internal static class NullBranchEmitter
{
    private static readonly MethodInfo s_throwNull = RuntimeMembers.Method(typeof(GcTraps), nameof(GcTraps.ThrowNullReference));

    /// <summary>Emits instruction <paramref name="op"/> (0xD4-0xD6).</summary>
    public static void Emit(FunctionCompiler c, byte op, ref WasmReader reader)
    {
        ILGenerator il = c.IL;
        if (op == 0xD4)
        {
            Label ok = il.DefineLabel();
            il.Emit(OpCodes.Dup);
            il.Emit(OpCodes.Brtrue, ok);
            il.Emit(OpCodes.Call, s_throwNull);
            il.MarkLabel(ok);
            c.Push(c.Pop().WithNullable(false));
            return;
        }

        ControlFrame target = c.Control[^(reader.ReadCount() + 1)];
        target.Targeted = true;
        ValType value = c.Pop();
        Label skip = il.DefineLabel();
        il.Emit(OpCodes.Dup);
        if (op == 0xD5)
        {
            // br_on_null: the branch drops the null; the fall-through keeps the value, now non-null.
            il.Emit(OpCodes.Brtrue, skip);
            il.Emit(OpCodes.Pop);
            c.EmitBranchTransfer(target);
            il.Emit(OpCodes.Br, target.Label);
            il.MarkLabel(skip);
            c.Push(value.WithNullable(false));
        }
        else
        {
            // br_on_non_null: the branch carries the value; the fall-through drops the null.
            c.Push(value.WithNullable(false));
            il.Emit(OpCodes.Brfalse, skip);
            c.EmitBranchTransfer(target);
            il.Emit(OpCodes.Br, target.Label);
            il.MarkLabel(skip);
            il.Emit(OpCodes.Pop);
            c.Pop();
        }
    }
}

using System.Reflection.Emit;
using WasmSharp.Binary;
using WasmSharp.Types;

namespace WasmSharp.Compilation;

/// <summary>
/// Emits the reference instructions (spec 4.4.2 "Reference Instructions"): <c>ref.null</c> is a
/// CLR null, <c>ref.is_null</c> a null test, <c>ref.func</c> the instance's <c>FuncRef</c>.
/// </summary>
internal static class ReferenceEmitter
{
    /// <summary>Emits instruction <paramref name="op"/> (0xD0-0xD2).</summary>
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
            default:
                int function = reader.ReadCount();
                c.EmitContext();
                il.Emit(OpCodes.Ldfld, RuntimeMembers.Functions);
                c.EmitInt(function);
                il.Emit(OpCodes.Ldelem_Ref);
                c.Push(ValType.FuncRef);
                break;
        }
    }
}

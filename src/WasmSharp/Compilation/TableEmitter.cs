using System.Reflection;
using System.Reflection.Emit;
using WasmSharp.Binary;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Emits the table instructions (spec 4.4.6 "Table Instructions"): each calls a bounds-checked
/// <see cref="Builtins"/> operation with the table or segment index as an immediate.
/// </summary>
internal static class TableEmitter
{
    private static readonly MethodInfo s_get = RuntimeMembers.Method(typeof(Builtins), nameof(Builtins.TableGet));
    private static readonly MethodInfo s_set = RuntimeMembers.Method(typeof(Builtins), nameof(Builtins.TableSet));
    private static readonly MethodInfo s_size = RuntimeMembers.Method(typeof(Builtins), nameof(Builtins.TableSize));
    private static readonly MethodInfo s_grow = RuntimeMembers.Method(typeof(Builtins), nameof(Builtins.TableGrow));
    private static readonly MethodInfo s_fill = RuntimeMembers.Method(typeof(Builtins), nameof(Builtins.TableFill));
    private static readonly MethodInfo s_copy = RuntimeMembers.Method(typeof(Builtins), nameof(Builtins.TableCopy));
    private static readonly MethodInfo s_init = RuntimeMembers.Method(typeof(Builtins), nameof(Builtins.TableInit));
    private static readonly MethodInfo s_drop = RuntimeMembers.Method(typeof(Builtins), nameof(Builtins.ElemDrop));

    /// <summary>Emits <c>table.get</c> (0x25) or <c>table.set</c> (0x26).</summary>
    public static void Emit(FunctionCompiler c, byte op, ref WasmReader reader)
    {
        int table = reader.ReadCount();
        c.EmitInt(table);
        c.EmitContext();
        if (op == 0x25)
        {
            c.IL.Emit(OpCodes.Call, s_get);
            c.Pop();
            c.Push(c.Module.Tables[table].Type.Element);
        }
        else
        {
            c.IL.Emit(OpCodes.Call, s_set);
            c.Pop(2);
        }
    }

    /// <summary>Emits table instruction 0xFC <paramref name="sub"/> (12-17).</summary>
    public static void EmitBulk(FunctionCompiler c, uint sub, ref WasmReader reader)
    {
        ILGenerator il = c.IL;
        switch (sub)
        {
            case 12:
                c.EmitInt(reader.ReadCount());
                c.EmitInt(reader.ReadCount());
                c.EmitContext();
                il.Emit(OpCodes.Call, s_init);
                c.Pop(3);
                break;
            case 13:
                c.EmitInt(reader.ReadCount());
                c.EmitContext();
                il.Emit(OpCodes.Call, s_drop);
                break;
            case 14:
                c.EmitInt(reader.ReadCount());
                c.EmitInt(reader.ReadCount());
                c.EmitContext();
                il.Emit(OpCodes.Call, s_copy);
                c.Pop(3);
                break;
            case 15:
                c.EmitInt(reader.ReadCount());
                c.EmitContext();
                il.Emit(OpCodes.Call, s_grow);
                c.Pop(2);
                c.Push(ValType.I32);
                break;
            case 16:
                c.EmitInt(reader.ReadCount());
                c.EmitContext();
                il.Emit(OpCodes.Call, s_size);
                c.Push(ValType.I32);
                break;
            case 17:
                c.EmitInt(reader.ReadCount());
                c.EmitContext();
                il.Emit(OpCodes.Call, s_fill);
                c.Pop(3);
                break;
            default:
                throw new NotSupportedException($"instruction 0xFC {sub} is not supported by the compiler yet");
        }
    }
}

using System.Diagnostics.CodeAnalysis;
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
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
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
    private static readonly MethodInfo s_get64 = RuntimeMembers.Method(typeof(Builtins64), nameof(Builtins64.TableGet));
    private static readonly MethodInfo s_set64 = RuntimeMembers.Method(typeof(Builtins64), nameof(Builtins64.TableSet));
    private static readonly MethodInfo s_size64 = RuntimeMembers.Method(typeof(Builtins64), nameof(Builtins64.TableSize));
    private static readonly MethodInfo s_grow64 = RuntimeMembers.Method(typeof(Builtins64), nameof(Builtins64.TableGrow));
    private static readonly MethodInfo s_fill64 = RuntimeMembers.Method(typeof(Builtins64), nameof(Builtins64.TableFill));
    private static readonly MethodInfo s_copy64 = RuntimeMembers.Method(typeof(Builtins64), nameof(Builtins64.TableCopy));
    private static readonly MethodInfo s_init64 = RuntimeMembers.Method(typeof(Builtins64), nameof(Builtins64.TableInit));

    /// <summary>Emits <c>table.get</c> (0x25) or <c>table.set</c> (0x26).</summary>
    public static void Emit(FunctionCompiler c, byte op, ref WasmReader reader)
    {
        int table = reader.ReadCount();
        bool is64 = Is64(c, table);
        c.EmitInt(table);
        c.EmitContext();
        if (op == 0x25)
        {
            c.IL.Emit(OpCodes.Call, is64 ? s_get64 : s_get);
            c.Pop();
            c.Push(c.Module.Tables[table].Type.Element);
        }
        else
        {
            c.IL.Emit(OpCodes.Call, is64 ? s_set64 : s_set);
            c.Pop(2);
        }
    }

    /// <summary>
    /// Emits table instruction 0xFC <paramref name="sub"/> (12-17). Operands indexing a 64-bit table
    /// are i64 and go to <see cref="Builtins64"/>; a copy between a 32-bit and a 64-bit table has its
    /// i32 operands zero-extended first (its length has the smaller index type).
    /// </summary>
    public static void EmitBulk(FunctionCompiler c, uint sub, ref WasmReader reader)
    {
        ILGenerator il = c.IL;
        switch (sub)
        {
            case 12:
            {
                int segment = reader.ReadCount();
                int table = reader.ReadCount();
                c.EmitInt(segment);
                c.EmitInt(table);
                c.EmitContext();
                il.Emit(OpCodes.Call, Is64(c, table) ? s_init64 : s_init);
                c.Pop(3);
                break;
            }

            case 13:
                c.EmitInt(reader.ReadCount());
                c.EmitContext();
                il.Emit(OpCodes.Call, s_drop);
                break;
            case 14:
            {
                int destination = reader.ReadCount();
                int source = reader.ReadCount();
                bool destination64 = Is64(c, destination);
                bool source64 = Is64(c, source);
                if (destination64 || source64)
                {
                    MemoryEmitter.EmitWidenOperands(c, [destination64, source64, destination64 && source64]);
                }

                c.EmitInt(destination);
                c.EmitInt(source);
                c.EmitContext();
                il.Emit(OpCodes.Call, destination64 || source64 ? s_copy64 : s_copy);
                c.Pop(3);
                break;
            }

            case 15:
            {
                int table = reader.ReadCount();
                bool is64 = Is64(c, table);
                c.EmitInt(table);
                c.EmitContext();
                il.Emit(OpCodes.Call, is64 ? s_grow64 : s_grow);
                c.Pop(2);
                c.Push(is64 ? ValType.I64 : ValType.I32);
                break;
            }

            case 16:
            {
                int table = reader.ReadCount();
                bool is64 = Is64(c, table);
                c.EmitInt(table);
                c.EmitContext();
                il.Emit(OpCodes.Call, is64 ? s_size64 : s_size);
                c.Push(is64 ? ValType.I64 : ValType.I32);
                break;
            }

            case 17:
            {
                int table = reader.ReadCount();
                c.EmitInt(table);
                c.EmitContext();
                il.Emit(OpCodes.Call, Is64(c, table) ? s_fill64 : s_fill);
                c.Pop(3);
                break;
            }

            default:
                throw new NotSupportedException($"instruction 0xFC {sub} is not supported by the compiler yet");
        }
    }

    private static bool Is64(FunctionCompiler c, int table) => c.Module.Tables[table].Type.Is64;
}

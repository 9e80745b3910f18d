using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Reflection.Emit;
using WasmSharp.Binary;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Emits the variable instructions (spec 4.4.5 "Variable Instructions"): locals map to IL
/// arguments and locals; globals are read and written through their <see cref="GlobalCell"/>,
/// held in a local where the method uses it in a loop (see <see cref="FunctionCompiler.CachedGlobalCell"/>).
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal static class VariableEmitter
{
    /// <summary>Emits instruction <paramref name="op"/> (0x20-0x24).</summary>
    public static void Emit(FunctionCompiler c, byte op, ref WasmReader reader)
    {
        ILGenerator il = c.IL;
        int index = reader.ReadCount();
        switch (op)
        {
            case 0x20:
                c.Push(c.EmitLocalGet(index));
                c.NoteTopOperand(OperandOrigin.Local, index);
                break;
            case 0x21:
                c.Pop();
                c.EmitLocalSet(index);
                break;
            case 0x22:
                // Stored and read back rather than dup'd: RyuJIT imports a dup of anything but a
                // local or constant into a fresh temp, so every tee of an expression made a second
                // variable holding the same value, live beside the local (blake3's compression: 464
                // tees, a 2 KB frame of spills and 9.8 KB of code; 632 B and 8.8 KB without them).
                c.EmitLocalSet(index);
                c.EmitLocalGet(index);
                c.NoteTopOperand(OperandOrigin.Local, index);
                break;
            case 0x23:
            {
                ValType type = c.Module.Globals[index].Type.Type;
                EmitCell(c, index);
                il.Emit(OpCodes.Ldfld, CellField(type));
                c.Push(type);
                break;
            }

            case 0x24:
            {
                ValType type = c.Pop();
                LocalBuilder value = c.RentScratch(ClrTypes.Of(type));
                il.Emit(OpCodes.Stloc, value);
                EmitCell(c, index);
                il.Emit(OpCodes.Ldloc, value);
                il.Emit(OpCodes.Stfld, CellField(c.Module.Globals[index].Type.Type));
                c.ReturnScratch(value);
                break;
            }
        }
    }

    /// <summary>The <see cref="GlobalCell"/> field holding values of <paramref name="type"/>.</summary>
    public static FieldInfo CellField(ValType type) => RuntimeMembers.Field(typeof(GlobalCell), type.Kind switch
    {
        ValKind.I32 => nameof(GlobalCell.I32),
        ValKind.I64 => nameof(GlobalCell.I64),
        ValKind.F32 => nameof(GlobalCell.F32),
        ValKind.F64 => nameof(GlobalCell.F64),
        ValKind.Ref => nameof(GlobalCell.Ref),
        ValKind.V128 => nameof(GlobalCell.V128),
        _ => throw new NotSupportedException($"globals of type {type} are not supported by the compiler yet"),
    });

    private static void EmitCell(FunctionCompiler c, int index)
    {
        if (c.CachedGlobalCell(index) is LocalBuilder cached)
        {
            c.IL.Emit(OpCodes.Ldloc, cached);
            return;
        }

        EmitCellLookup(c, index);
    }

    /// <summary>Emits <c>cx.Globals[index]</c>: the cell of global <paramref name="index"/>.</summary>
    public static void EmitCellLookup(FunctionCompiler c, int index)
    {
        c.EmitContext();
        c.IL.Emit(OpCodes.Ldfld, RuntimeMembers.Globals);
        c.EmitInt(index);
        c.IL.Emit(OpCodes.Ldelem_Ref);
    }
}

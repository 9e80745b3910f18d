using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Reflection.Emit;
using WasmSharp.Binary;
using WasmSharp.Operators;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Emits the array instructions 0xFB 6-19 (spec exec/instructions.rst "Aggregate Reference
/// Instructions"): calls to the <see cref="GcArrayOps"/> helper instantiated for the element CLR
/// type of the array type (<see cref="GcTypes.ElementClrType"/>). Packed values are narrowed before
/// the call and re-extended (signed or unsigned) after a load.
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal static class GcArrayEmitter
{
    /// <summary>Emits array instruction 0xFB <paramref name="sub"/> (6-19).</summary>
    public static void Emit(FunctionCompiler c, uint sub, ref WasmReader reader)
    {
        ILGenerator il = c.IL;
        if (sub == 15)
        {
            // array.len is the one array instruction without a type immediate.
            il.Emit(OpCodes.Call, RuntimeMembers.Method(typeof(GcArrayOps), nameof(GcArrayOps.Len)));
            c.Pop();
            c.Push(ValType.I32);
            return;
        }

        int typeIndex = reader.ReadCount();
        StorageType storage = GcTypes.For(c.Module).ArrayElement(typeIndex).Storage;
        Type element = GcTypes.ElementClrType(storage);
        int typeId = c.Compilation.TypeIds[typeIndex];
        ValType result = ValType.Ref(HeapType.FromIndex(typeIndex), nullable: false);
        switch (sub)
        {
            case 6:
                EmitNarrowBelow(c, storage);
                c.Compilation.EmitTypeId(c.IL, typeId);
                il.Emit(OpCodes.Call, Generic(nameof(GcArrayOps.New), element));
                c.Pop(2);
                c.Push(result);
                break;
            case 7:
                c.Compilation.EmitTypeId(c.IL, typeId);
                il.Emit(OpCodes.Call, Generic(nameof(GcArrayOps.NewDefault), element));
                c.Pop();
                c.Push(result);
                break;
            case 8:
                EmitNewFixed(c, reader.ReadCount(), storage, element, typeId);
                c.Push(result);
                break;
            case 9:
                c.Compilation.EmitTypeId(c.IL, typeId);
                c.EmitInt(reader.ReadCount());
                c.EmitContext();
                il.Emit(OpCodes.Call, Generic(nameof(GcArrayOps.NewData), element));
                c.Pop(2);
                c.Push(result);
                break;
            case 10:
                c.Compilation.EmitTypeId(c.IL, typeId);
                c.EmitInt(reader.ReadCount());
                c.EmitContext();
                il.Emit(OpCodes.Call, RuntimeMembers.Method(typeof(GcArrayOps), nameof(GcArrayOps.NewElem)));
                c.Pop(2);
                c.Push(result);
                break;
            case 11:
            case 12:
            case 13:
                il.Emit(OpCodes.Call, Generic(nameof(GcArrayOps.Get), element));
                if (sub == 12)
                {
                    il.Emit(storage.Packed == PackedType.I8 ? OpCodes.Conv_I1 : OpCodes.Conv_I2);
                }

                c.Pop(2);
                c.Push(storage.Unpacked);
                break;
            case 14:
                EmitNarrow(il, storage);
                il.Emit(OpCodes.Call, Generic(nameof(GcArrayOps.Set), element));
                c.Pop(3);
                break;
            case 16:
                EmitNarrowBelow(c, storage);
                il.Emit(OpCodes.Call, Generic(nameof(GcArrayOps.Fill), element));
                c.Pop(4);
                break;
            case 17:
                reader.ReadCount();
                il.Emit(OpCodes.Call, RuntimeMembers.Method(typeof(GcArrayOps), nameof(GcArrayOps.Copy)));
                c.Pop(5);
                break;
            case 18:
                c.EmitInt(reader.ReadCount());
                c.EmitContext();
                il.Emit(OpCodes.Call, Generic(nameof(GcArrayOps.InitData), element));
                c.Pop(4);
                break;
            default:
                c.EmitInt(reader.ReadCount());
                c.EmitContext();
                il.Emit(OpCodes.Call, RuntimeMembers.Method(typeof(GcArrayOps), nameof(GcArrayOps.InitElem)));
                c.Pop(4);
                break;
        }
    }

    [UnconditionalSuppressMessage("Trimming", "IL2060", Justification = "The generic methods of GcArrayOps put no trimming requirements on their type parameters.")]
    private static MethodInfo Generic(string name, Type element) =>
        RuntimeMembers.Method(typeof(GcArrayOps), name).MakeGenericMethod(element);

    // Packed element values arrive as i32; the helpers take the narrow CLR type.
    private static void EmitNarrow(ILGenerator il, StorageType storage)
    {
        if (storage.Packed == PackedType.I8)
        {
            il.Emit(OpCodes.Conv_U1);
        }
        else if (storage.Packed == PackedType.I16)
        {
            il.Emit(OpCodes.Conv_U2);
        }
    }

    // Narrows the value just below the i32 on top of the stack.
    private static void EmitNarrowBelow(FunctionCompiler c, StorageType storage)
    {
        if (!storage.IsPacked)
        {
            return;
        }

        LocalBuilder top = c.RentScratch(typeof(int));
        c.IL.Emit(OpCodes.Stloc, top);
        EmitNarrow(c.IL, storage);
        c.IL.Emit(OpCodes.Ldloc, top);
        c.ReturnScratch(top);
    }

    private static void EmitNewFixed(FunctionCompiler c, int count, StorageType storage, Type element, int typeId)
    {
        ILGenerator il = c.IL;
        var values = new LocalBuilder[count];
        Type valueType = ClrTypes.Of(storage.Unpacked);
        for (int i = count - 1; i >= 0; i--)
        {
            values[i] = c.RentScratch(valueType);
            il.Emit(OpCodes.Stloc, values[i]);
        }

        c.Pop(count);
        c.EmitInt(count);
        c.Compilation.EmitTypeId(c.IL, typeId);
        il.Emit(OpCodes.Call, Generic(nameof(GcArrayOps.NewDefault), element));
        MethodInfo set = Generic(nameof(GcArrayOps.Set), element);
        for (int i = 0; i < count; i++)
        {
            il.Emit(OpCodes.Dup);
            c.EmitInt(i);
            il.Emit(OpCodes.Ldloc, values[i]);
            EmitNarrow(il, storage);
            il.Emit(OpCodes.Call, set);
        }

        // Scratch locals go back only now: each value had its own local while others were stored.
        foreach (LocalBuilder value in values)
        {
            c.ReturnScratch(value);
        }
    }
}

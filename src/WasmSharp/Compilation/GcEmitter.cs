using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Reflection.Emit;
using WasmSharp.Binary;
using WasmSharp.Operators;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Emits the 0xFB (GC) instructions (spec exec/instructions.rst "Aggregate Reference
/// Instructions", "Scalar Reference Instructions", "External Reference Instructions", casts) and
/// <c>ref.eq</c>: structs, i31, conversions and casts here, arrays in <see cref="GcArrayEmitter"/>.
/// Each becomes a call to a small <see cref="GcOps"/> helper with the type's canonical id and field
/// slot as constants, so compiled code never needs per-instance type information.
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal static class GcEmitter
{
    private static readonly MethodInfo s_structNew = RuntimeMembers.Method(typeof(GcOps), nameof(GcOps.StructNew));
    private static readonly MethodInfo s_getNum = RuntimeMembers.Method(typeof(GcOps), nameof(GcOps.StructGetNum));
    private static readonly MethodInfo s_getV128 = RuntimeMembers.Method(typeof(GcOps), nameof(GcOps.StructGetV128));
    private static readonly MethodInfo s_getRef = RuntimeMembers.Method(typeof(GcOps), nameof(GcOps.StructGetRef));
    private static readonly MethodInfo s_setNum = RuntimeMembers.Method(typeof(GcOps), nameof(GcOps.StructSetNum));
    private static readonly MethodInfo s_setV128 = RuntimeMembers.Method(typeof(GcOps), nameof(GcOps.StructSetV128));
    private static readonly MethodInfo s_setRef = RuntimeMembers.Method(typeof(GcOps), nameof(GcOps.StructSetRef));
    private static readonly MethodInfo s_i31New = RuntimeMembers.Method(typeof(GcOps), nameof(GcOps.I31New));
    private static readonly MethodInfo s_i31GetS = RuntimeMembers.Method(typeof(GcOps), nameof(GcOps.I31GetS));
    private static readonly MethodInfo s_i31GetU = RuntimeMembers.Method(typeof(GcOps), nameof(GcOps.I31GetU));
    private static readonly MethodInfo s_refEq = RuntimeMembers.Method(typeof(GcOps), nameof(GcOps.RefEq));
    private static readonly MethodInfo s_test = RuntimeMembers.Method(typeof(GcOps), nameof(GcOps.Test));
    private static readonly MethodInfo s_cast = RuntimeMembers.Method(typeof(GcOps), nameof(GcOps.Cast));
    private static readonly MethodInfo s_singleToBits = typeof(BitConverter).GetMethod(nameof(BitConverter.SingleToInt32Bits), [typeof(float)])!;
    private static readonly MethodInfo s_bitsToSingle = typeof(ConversionOps).GetMethod(nameof(ConversionOps.F32ReinterpretI32))!;
    private static readonly MethodInfo s_doubleToBits = typeof(BitConverter).GetMethod(nameof(BitConverter.DoubleToInt64Bits), [typeof(double)])!;
    private static readonly MethodInfo s_bitsToDouble = typeof(ConversionOps).GetMethod(nameof(ConversionOps.F64ReinterpretI64))!;

    /// <summary>Emits the 0xFB instruction whose sub-opcode follows in <paramref name="reader"/>.</summary>
    public static void Emit(FunctionCompiler c, ref WasmReader reader)
    {
        ILGenerator il = c.IL;
        uint sub = reader.ReadVarUInt32();
        switch (sub)
        {
            case 0:
            case 1:
                EmitStructNew(c, reader.ReadCount(), withDefaults: sub == 1);
                break;
            case 2:
            case 3:
            case 4:
                EmitStructGet(c, reader.ReadCount(), reader.ReadCount(), signed: sub == 3);
                break;
            case 5:
                EmitStructSet(c, reader.ReadCount(), reader.ReadCount());
                break;
            case <= 19:
                GcArrayEmitter.Emit(c, sub, ref reader);
                break;
            case 20:
            case 21:
            {
                HeapType heap = GcOperands.ReadHeapType(ref reader);
                EmitTest(c, heap, nullable: sub == 21, s_test);
                c.Pop();
                c.Push(ValType.I32);
                break;
            }

            case 22:
            case 23:
            {
                HeapType heap = GcOperands.ReadHeapType(ref reader);
                EmitTest(c, heap, nullable: sub == 23, s_cast);
                c.Pop();
                c.Push(ValType.Ref(heap, sub == 23));
                break;
            }

            case 24:
            case 25:
                EmitBrOnCast(c, ref reader, onFailure: sub == 25);
                break;
            case 26:
                // any.convert_extern and extern.convert_any change only the static type: a host
                // object and a GC object differ by CLR type, so each stays itself (see EqRef).
                c.Push(ValType.Ref(AbstractHeapType.Any, c.Pop().Nullable));
                break;
            case 27:
                c.Push(ValType.Ref(AbstractHeapType.Extern, c.Pop().Nullable));
                break;
            case 28:
                il.Emit(OpCodes.Call, s_i31New);
                c.Pop();
                c.Push(ValType.Ref(AbstractHeapType.I31, nullable: false));
                break;
            case 29:
            case 30:
                il.Emit(OpCodes.Call, sub == 29 ? s_i31GetS : s_i31GetU);
                c.Pop();
                c.Push(ValType.I32);
                break;
            default:
                throw new NotSupportedException($"instruction 0xFB {sub} is not supported by the compiler yet");
        }
    }

    /// <summary>
    /// Emits <c>ref.eq</c> (0xD3): identity, except that i31 references compare by value (spec
    /// exec "ref.eq"), which a plain <c>ceq</c> would get wrong for separately boxed i31s.
    /// </summary>
    public static void EmitRefEq(FunctionCompiler c)
    {
        c.IL.Emit(OpCodes.Call, s_refEq);
        c.Pop(2);
        c.Push(ValType.I32);
    }

    /// <summary>Converts the unpacked value of <paramref name="storage"/> on the stack to its <c>long</c> slot form.</summary>
    internal static void EmitToSlot(ILGenerator il, StorageType storage)
    {
        switch (storage.Packed)
        {
            case PackedType.I8:
                il.Emit(OpCodes.Conv_U1);
                il.Emit(OpCodes.Conv_U8);
                return;
            case PackedType.I16:
                il.Emit(OpCodes.Conv_U2);
                il.Emit(OpCodes.Conv_U8);
                return;
        }

        switch (storage.Type.Kind)
        {
            case ValKind.I32:
                il.Emit(OpCodes.Conv_I8);
                break;
            case ValKind.F32:
                il.Emit(OpCodes.Call, s_singleToBits);
                il.Emit(OpCodes.Conv_U8);
                break;
            case ValKind.F64:
                il.Emit(OpCodes.Call, s_doubleToBits);
                break;
        }
    }

    private static void EmitFromSlot(ILGenerator il, StorageType storage, bool signed)
    {
        switch (storage.Packed)
        {
            case PackedType.I8:
                il.Emit(signed ? OpCodes.Conv_I1 : OpCodes.Conv_U1);
                return;
            case PackedType.I16:
                il.Emit(signed ? OpCodes.Conv_I2 : OpCodes.Conv_U2);
                return;
        }

        switch (storage.Type.Kind)
        {
            case ValKind.I32:
                il.Emit(OpCodes.Conv_I4);
                break;
            case ValKind.F32:
                il.Emit(OpCodes.Conv_I4);
                il.Emit(OpCodes.Call, s_bitsToSingle);
                break;
            case ValKind.F64:
                il.Emit(OpCodes.Call, s_bitsToDouble);
                break;
        }
    }

    private static GcStructLayout Layout(FunctionCompiler c, int typeIndex) => GcTypes.For(c.Module).Layout(typeIndex);

    private static void EmitStructNew(FunctionCompiler c, int typeIndex, bool withDefaults)
    {
        ILGenerator il = c.IL;
        GcStructLayout layout = Layout(c, typeIndex);
        int count = withDefaults ? 0 : layout.Fields.Length;
        var values = new LocalBuilder[count];
        for (int i = count - 1; i >= 0; i--)
        {
            values[i] = c.RentScratch(ClrTypes.Of(layout.Fields[i].Storage.Unpacked));
            il.Emit(OpCodes.Stloc, values[i]);
        }

        c.Pop(count);
        c.Compilation.EmitTypeId(c.IL, c.Compilation.TypeIds[typeIndex]);
        c.EmitInt(layout.NumSlots);
        c.EmitInt(layout.RefSlots);
        il.Emit(OpCodes.Call, s_structNew);
        for (int i = 0; i < count; i++)
        {
            il.Emit(OpCodes.Dup);
            il.Emit(OpCodes.Ldloc, values[i]);
            c.ReturnScratch(values[i]);
            EmitStore(c, layout, i);
        }

        c.Push(ValType.Ref(HeapType.FromIndex(typeIndex), nullable: false));
    }

    // Stack: struct, value → empty.
    private static void EmitStore(FunctionCompiler c, GcStructLayout layout, int field)
    {
        StorageType storage = layout.Fields[field].Storage;
        EmitToSlot(c.IL, storage);
        c.EmitInt(layout.Slots[field]);
        c.IL.Emit(OpCodes.Call, storage.Type.Kind switch
        {
            ValKind.Ref => s_setRef,
            ValKind.V128 => s_setV128,
            _ => s_setNum,
        });
    }

    private static void EmitStructGet(FunctionCompiler c, int typeIndex, int field, bool signed)
    {
        GcStructLayout layout = Layout(c, typeIndex);
        StorageType storage = layout.Fields[field].Storage;
        c.EmitInt(layout.Slots[field]);
        c.IL.Emit(OpCodes.Call, storage.Type.Kind switch
        {
            ValKind.Ref => s_getRef,
            ValKind.V128 => s_getV128,
            _ => s_getNum,
        });
        EmitFromSlot(c.IL, storage, signed);
        c.Pop();
        c.Push(storage.Unpacked);
    }

    private static void EmitStructSet(FunctionCompiler c, int typeIndex, int field)
    {
        EmitStore(c, Layout(c, typeIndex), field);
        c.Pop(2);
    }

    // Stack: value → ref.test's i32 or ref.cast's value, by the helper.
    private static void EmitTest(FunctionCompiler c, HeapType heap, bool nullable, MethodInfo helper)
    {
        (GcHeapTest test, int typeId) = GcOperands.TestFor(heap, c.Compilation.Module, c.Compilation.TypeIds);
        c.EmitInt((int)test);
        c.Compilation.EmitTypeId(c.IL, typeId);
        c.EmitInt(nullable ? 1 : 0);
        c.IL.Emit(OpCodes.Call, helper);
    }

    /// <summary>
    /// <c>br_on_cast</c> / <c>br_on_cast_fail</c>: the value stays on the stack either way; it is
    /// tested, and the branch taken like <c>br_if</c> when the test succeeds (or fails).
    /// </summary>
    private static void EmitBrOnCast(FunctionCompiler c, ref WasmReader reader, bool onFailure)
    {
        ILGenerator il = c.IL;
        byte flags = reader.ReadByte();
        ControlFrame target = c.Control[^(reader.ReadCount() + 1)];
        HeapType from = GcOperands.ReadHeapType(ref reader);
        HeapType to = GcOperands.ReadHeapType(ref reader);
        bool toNullable = (flags & 2) != 0;
        il.Emit(OpCodes.Dup);
        EmitTest(c, to, toNullable, s_test);

        // The stack below holds the value with the type the branch carries: rt2 on success, the
        // difference on failure (the CLR type is the same object either way).
        c.Pop();
        c.Push(onFailure ? ValType.Ref(from, (flags & 1) != 0 && !toNullable) : ValType.Ref(to, toNullable));
        target.Targeted = true;
        if (c.BranchIsDirect(target))
        {
            il.Emit(onFailure ? OpCodes.Brfalse : OpCodes.Brtrue, target.Label);
        }
        else
        {
            Label skip = il.DefineLabel();
            il.Emit(onFailure ? OpCodes.Brtrue : OpCodes.Brfalse, skip);
            c.EmitBranchTransfer(target);
            il.Emit(OpCodes.Br, target.Label);
            il.MarkLabel(skip);
        }

        c.Pop();
        c.Push(onFailure ? ValType.Ref(to, toNullable) : ValType.Ref(from, (flags & 1) != 0 && !toNullable));
    }
}

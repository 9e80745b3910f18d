using WasmSharp.Binary;
using WasmSharp.Operators;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>
/// The 0xFB (GC) instructions (spec exec/instructions.rst "Aggregate Reference Instructions",
/// "Scalar Reference Instructions", "External Reference Instructions", casts): structs, i31,
/// conversions and casts here, arrays in Translator.GcArray.cs. They become
/// <see cref="ExtendedFamily.Gc"/> instructions (<see cref="GcOp"/>) that call the compiled tier's
/// helpers (<see cref="GcOps"/>, <see cref="GcArrayOps"/>) with the same canonical type ids and
/// field slots, so both tiers make and read the same objects.
/// </summary>
internal sealed partial class Translator
{
    private void TranslateGc(uint sub, ref WasmReader reader)
    {
        switch (sub)
        {
            case 0:
                TranslateStructNew(reader.ReadCount());
                break;
            case 1:
            {
                int typeIndex = reader.ReadCount();
                GcStructLayout layout = GcTypes.For(_module).Layout(typeIndex);
                int dst = Push(SlotKind.Ref);
                EmitGc(GcOp.StructNewDefault);
                EmitResult(dst);
                _code.Add(_owner.TypeIds[typeIndex]);
                _code.Add(layout.NumSlots);
                _code.Add(layout.RefSlots);
                break;
            }

            case 2:
            case 3:
            case 4:
            {
                GcStructLayout layout = GcTypes.For(_module).Layout(reader.ReadCount());
                int field = reader.ReadCount();
                StorageType storage = layout.Fields[field].Storage;
                Operand target = Pop();
                int dst = Push(KindOf(storage.Unpacked));
                EmitGc(sub == 3 ? GcOp.StructGetS : GcOp.StructGet, StorageOf(storage));
                EmitResult(dst);
                _code.Add(target.Slot);
                _code.Add(layout.Slots[field]);
                break;
            }

            case 5:
            {
                GcStructLayout layout = GcTypes.For(_module).Layout(reader.ReadCount());
                int field = reader.ReadCount();
                Operand value = Pop();
                Operand target = Pop();
                EmitGc(GcOp.StructSet, StorageOf(layout.Fields[field].Storage));
                _code.Add(target.Slot);
                _code.Add(value.Slot);
                _code.Add(layout.Slots[field]);
                break;
            }

            case <= 19:
                TranslateGcArray(sub, ref reader);
                break;
            case 20:
            case 21:
            {
                Operand value = Pop();
                int dst = Push(SlotKind.Bits);
                EmitGc(GcOp.RefTest);
                EmitResult(dst);
                _code.Add(value.Slot);
                EmitHeapTest(GcOperands.ReadHeapType(ref reader), nullable: sub == 21);
                break;
            }

            case 22:
            case 23:
                // The value stays in its slot: a cast that does not trap changes only its type.
                EmitGc(GcOp.RefCast);
                _code.Add(Peek().Slot);
                EmitHeapTest(GcOperands.ReadHeapType(ref reader), nullable: sub == 23);
                break;
            case 24:
            case 25:
                TranslateBrOnCast(ref reader, onFailure: sub == 25);
                break;
            case 26:
            case 27:
                // any.convert_extern and extern.convert_any change only the static type: a host
                // object and a GC object differ by CLR type, so each reference stays itself.
                break;
            case 28:
                GcUnary(GcOp.I31New, SlotKind.Ref);
                break;
            case 29:
                GcUnary(GcOp.I31GetS, SlotKind.Bits);
                break;
            case 30:
                GcUnary(GcOp.I31GetU, SlotKind.Bits);
                break;
            default:
                throw new InvalidOperationException($"instruction 0xFB {sub} passed validation but has no translation");
        }
    }

    /// <summary>How a field or element of <paramref name="storage"/> is stored.</summary>
    private static GcStorage StorageOf(StorageType storage) => storage.Packed switch
    {
        PackedType.I8 => GcStorage.I8,
        PackedType.I16 => GcStorage.I16,
        _ => storage.Type.Kind switch
        {
            ValKind.I32 => GcStorage.I32,
            ValKind.F32 => GcStorage.F32,
            ValKind.I64 => GcStorage.I64,
            ValKind.F64 => GcStorage.F64,
            ValKind.V128 => GcStorage.V128,
            _ => GcStorage.Ref,
        },
    };

    /// <summary>Starts a <see cref="ExtendedFamily.Gc"/> instruction; operands follow.</summary>
    private void EmitGc(GcOp op, GcStorage storage = GcStorage.I8) =>
        EmitExtended(ExtendedFamily.Gc, ((int)op << 3) | (int)storage);

    /// <summary>A GC instruction of one operand and one result: <c>dst, a</c>.</summary>
    private void GcUnary(GcOp op, SlotKind result)
    {
        Operand a = Pop();
        int dst = Push(result);
        EmitGc(op);
        EmitResult(dst);
        _code.Add(a.Slot);
    }

    /// <summary>Appends the runtime test of a cast to <paramref name="heap"/>: <c>test, typeId, nullable</c>.</summary>
    private void EmitHeapTest(HeapType heap, bool nullable)
    {
        (GcHeapTest test, int typeId) = GcOperands.TestFor(heap, _module, _owner.TypeIds);
        _code.Add((int)test);
        _code.Add(typeId);
        _code.Add(nullable ? 1 : 0);
    }

    private void TranslateStructNew(int typeIndex)
    {
        GcStructLayout layout = GcTypes.For(_module).Layout(typeIndex);
        int count = layout.Fields.Length;
        int first = Height - count;
        var sources = new int[count];
        for (int i = 0; i < count; i++)
        {
            sources[i] = _stack[first + i].Slot;
        }

        _stack.RemoveRange(first, count);
        int dst = Push(SlotKind.Ref);
        EmitGc(GcOp.StructNew);
        EmitResult(dst);
        _code.Add(_owner.TypeIds[typeIndex]);
        _code.Add(layout.NumSlots);
        _code.Add(layout.RefSlots);
        _code.Add(count);
        for (int i = 0; i < count; i++)
        {
            _code.Add((int)StorageOf(layout.Fields[i].Storage));
            _code.Add(layout.Slots[i]);
            _code.Add(sources[i]);
        }
    }

    /// <summary>
    /// <c>br_on_cast</c> / <c>br_on_cast_fail</c> (spec exec "br_on_cast"): the reference stays on
    /// the stack either way and is the last value the branch carries. Like <c>br_if</c>, a branch
    /// whose values are already in the label's slots jumps directly; otherwise the inverse test
    /// skips a stub that moves them and branches.
    /// </summary>
    private void TranslateBrOnCast(ref WasmReader reader, bool onFailure)
    {
        byte flags = reader.ReadByte();
        int depth = reader.ReadCount();
        GcOperands.ReadHeapType(ref reader);
        HeapType to = GcOperands.ReadHeapType(ref reader);
        bool toNullable = (flags & 2) != 0;
        Operand value = Peek();
        Label label = LabelAt(depth);
        if (label.Kind != LabelKind.Function && !NeedsMoves(label, label.BranchKinds))
        {
            Emit(onFailure ? Op.BrOnCastFail : Op.BrOnCast);
            _code.Add(value.Slot);
            EmitHeapTest(to, toNullable);
            AddTarget(label);
            return;
        }

        Emit(onFailure ? Op.BrOnCast : Op.BrOnCastFail);
        _code.Add(value.Slot);
        EmitHeapTest(to, toNullable);
        int skip = _code.Add(-1);
        Branch(depth);
        _code[skip] = MarkTarget();
    }
}

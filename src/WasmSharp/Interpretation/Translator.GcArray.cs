using WasmSharp.Binary;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>
/// The array instructions 0xFB 6-19 (spec exec/instructions.rst "Aggregate Reference
/// Instructions"), as <see cref="GcOp"/> instructions whose storage selects the element CLR type
/// of <see cref="GcArrayOps"/>, as in the compiled tier's GcArrayEmitter.
/// </summary>
internal sealed partial class Translator
{
    private void TranslateGcArray(uint sub, ref WasmReader reader)
    {
        if (sub == 15)
        {
            // array.len is the one array instruction without a type immediate.
            GcUnary(GcOp.ArrayLen, SlotKind.Bits);
            return;
        }

        int typeIndex = reader.ReadCount();
        StorageType element = GcTypes.For(_module).ArrayElement(typeIndex).Storage;
        GcStorage storage = StorageOf(element);
        int typeId = _owner.TypeIds[typeIndex];
        switch (sub)
        {
            case 6:
                GcArrayResult(GcOp.ArrayNew, storage, 2);
                _code.Add(typeId);
                break;
            case 7:
                GcArrayResult(GcOp.ArrayNewDefault, storage, 1);
                _code.Add(typeId);
                break;
            case 8:
                TranslateArrayNewFixed(storage, typeId, reader.ReadCount());
                break;
            case 9:
                GcArrayResult(GcOp.ArrayNewData, storage, 2);
                _code.Add(typeId);
                _code.Add(reader.ReadCount());
                break;
            case 10:
                GcArrayResult(GcOp.ArrayNewElem, storage, 2);
                _code.Add(typeId);
                _code.Add(reader.ReadCount());
                break;
            case 11:
            case 12:
            case 13:
            {
                Operand index = Pop();
                Operand array = Pop();
                int dst = Push(KindOf(element.Unpacked));
                EmitGc(sub == 12 ? GcOp.ArrayGetS : GcOp.ArrayGet, storage);
                EmitResult(dst);
                _code.Add(array.Slot);
                _code.Add(index.Slot);
                break;
            }

            case 14:
                GcArrayOperands(GcOp.ArraySet, storage, 3);
                break;
            case 16:
                GcArrayOperands(GcOp.ArrayFill, storage, 4);
                break;
            case 17:
                reader.ReadCount();
                GcArrayOperands(GcOp.ArrayCopy, storage, 5);
                break;
            case 18:
                GcArrayOperands(GcOp.ArrayInitData, storage, 4);
                _code.Add(reader.ReadCount());
                break;
            default:
                GcArrayOperands(GcOp.ArrayInitElem, storage, 4);
                _code.Add(reader.ReadCount());
                break;
        }
    }

    /// <summary>An array instruction with one result: <c>dst, operands...</c>; immediates follow.</summary>
    private void GcArrayResult(GcOp op, GcStorage storage, int count)
    {
        int first = Height - count;
        Operand a = _stack[first];
        Operand b = count > 1 ? _stack[first + 1] : default;
        _stack.RemoveRange(first, count);
        int dst = Push(SlotKind.Ref);
        EmitGc(op, storage);
        EmitResult(dst);
        _code.Add(a.Slot);
        if (count > 1)
        {
            _code.Add(b.Slot);
        }
    }

    /// <summary>An array instruction without result: its operands' slots, deepest first; immediates follow.</summary>
    private void GcArrayOperands(GcOp op, GcStorage storage, int count)
    {
        EmitGc(op, storage);
        int first = Height - count;
        for (int i = 0; i < count; i++)
        {
            _code.Add(_stack[first + i].Slot);
        }

        _stack.RemoveRange(first, count);
    }

    private void TranslateArrayNewFixed(GcStorage storage, int typeId, int count)
    {
        int first = Height - count;
        var sources = new int[count];
        for (int i = 0; i < count; i++)
        {
            sources[i] = _stack[first + i].Slot;
        }

        _stack.RemoveRange(first, count);
        int dst = Push(SlotKind.Ref);
        EmitGc(GcOp.ArrayNewFixed, storage);
        EmitResult(dst);
        _code.Add(typeId);
        _code.Add(count);
        foreach (int source in sources)
        {
            _code.Add(source);
        }
    }
}

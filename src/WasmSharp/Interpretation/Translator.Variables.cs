using WasmSharp.Binary;

namespace WasmSharp.Interpretation;

/// <summary>Variable instructions (spec 3.3.5) and constants.</summary>
internal sealed partial class Translator
{
    private void TranslateVariable(byte op, ref WasmReader reader)
    {
        int index = (int)reader.ReadVarUInt32();
        switch (op)
        {
            case 0x20:
                _stack.Add(new Operand(_localKinds[index], index));
                if (_stack.Count > _maxHeight)
                {
                    _maxHeight = _stack.Count;
                }

                break;
            case 0x21:
                SetLocal(index, tee: false);
                break;
            case 0x22:
                SetLocal(index, tee: true);
                break;
            case 0x23:
            {
                SlotKind kind = KindOf(_module.Globals[index].Type.Type);
                int dst = Push(kind);
                Emit(kind switch { SlotKind.V128 => Op.GlobalGet128, SlotKind.Ref => Op.GlobalGetRef, _ => Op.GlobalGet });
                EmitResult(dst);
                _code.Add(index);
                break;
            }

            default:
            {
                Operand value = Pop();
                Emit(value.Kind switch { SlotKind.V128 => Op.GlobalSet128, SlotKind.Ref => Op.GlobalSetRef, _ => Op.GlobalSet });
                _code.Add(index);
                _code.Add(value.Slot);
                break;
            }
        }
    }

    private void SetLocal(int local, bool tee)
    {
        Operand value = Pop();
        bool aliased = false;
        for (int height = 0; height < _stack.Count; height++)
        {
            if (_stack[height].Slot == local)
            {
                aliased = true;
                Materialize(height);
            }
        }

        if (value.Slot != local)
        {
            if (!aliased && _lastResult >= 0 && value.Slot == SlotAt(Height) && _code[_lastResult] == value.Slot)
            {
                // The instruction that computed the value writes the local instead.
                _code[_lastResult] = local;
            }
            else
            {
                EmitCopy(value.Kind, local, value.Slot);
            }
        }

        _lastResult = -1;
        if (tee)
        {
            _stack.Add(new Operand(value.Kind, local));
        }
    }

    private void TranslateConst(byte op, ref WasmReader reader)
    {
        int dst = Push(SlotKind.Bits);
        switch (op)
        {
            case 0x41:
                Emit(Op.Const32);
                EmitResult(dst);
                _code.Add(reader.ReadVarInt32());
                break;
            case 0x42:
                Emit(Op.Const64);
                EmitResult(dst);
                _code.Add64((ulong)reader.ReadVarInt64());
                break;
            case 0x43:
                Emit(Op.Const32);
                EmitResult(dst);
                _code.Add((int)reader.ReadF32Bits());
                break;
            default:
                Emit(Op.Const64);
                EmitResult(dst);
                _code.Add64(reader.ReadF64Bits());
                break;
        }
    }
}

using WasmSharp.Binary;
using WasmSharp.Operators;

namespace WasmSharp.Interpretation;

/// <summary>Memory instructions (spec 3.3.7), tables (3.3.6), references (3.3.2) and the 0xFC prefix.</summary>
internal sealed partial class Translator
{
    private void TranslateLoadStore(byte op, ref WasmReader reader)
    {
        (int memory, _, ulong offset) = OperandReader.ReadMemArg(ref reader);
        if (memory == 0 && !_module.Memories[0].Is64 && offset <= uint.MaxValue)
        {
            Op fast = Op.MemoryZero + (op - 0x28);
            if (op <= 0x35 && LastComputed(Op.I32AddImm, Peek(), Height - 1))
            {
                // The address is `i32.add x c` computed just before: one instruction does both.
                int x = _code[_lastStart + 2];
                int c = _code[_lastStart + 3];
                DropLast();
                Pop();
                int result = Push(SlotKind.Bits);
                Emit(Op.MemoryZeroAddImm + (op - 0x28));
                EmitResult(result);
                _code.Add(x);
                _code.Add(c);
                _code.Add((int)(uint)offset);
                return;
            }

            if (op is 0x28 or 0x29 or 0x2C or 0x2D && LastComputed((Op)0x6A, Peek(), Height - 1))
            {
                // The address is `i32.add x y` computed just before: one instruction does both.
                int x = _code[_lastStart + 2];
                int y = _code[_lastStart + 3];
                DropLast();
                Pop();
                int result = Push(SlotKind.Bits);
                Emit(Op.MemoryZeroAddRegister + op switch { 0x28 => 0, 0x29 => 1, 0x2C => 2, _ => 3 });
                EmitResult(result);
                _code.Add(x);
                _code.Add(y);
                _code.Add((int)(uint)offset);
                return;
            }

            if (op == 0x36 && LastComputed((Op)0x6A, Peek(), Height - 1))
            {
                // A sum computed just before and only stored: the store adds.
                int x = _code[_lastStart + 2];
                int y = _code[_lastStart + 3];
                DropLast();
                Pop();
                Operand address = Pop();
                Emit(Op.I32StoreAdd);
                _code.Add(address.Slot);
                _code.Add(x);
                _code.Add(y);
                _code.Add((int)(uint)offset);
                return;
            }

            if (op >= 0x36 && LastComputed(Op.I32AddImm, Peek(1), Height - 2) && Peek().Slot != SlotAt(Height - 2))
            {
                // A store of a local's value to `i32.add x c` computed just before: one instruction.
                int x = _code[_lastStart + 2];
                int c = _code[_lastStart + 3];
                DropLast();
                Operand value = Pop();
                Pop();
                Emit(Op.MemoryZeroStoreAddImm + StoreWidth(op));
                _code.Add(x);
                _code.Add(c);
                _code.Add(value.Slot);
                _code.Add((int)(uint)offset);
                return;
            }

            if (op is 0x36 or 0x3A or 0x3B && LastComputed(Op.Const32, Peek(), Height - 1) && PriorComputed(Op.I32AddImm, Peek(1), Height - 2))
            {
                // A constant stored to `i32.add x c` (clearing a byte array): one instruction.
                int imm = _code[_lastStart + 2];
                int x = _code[_priorStart + 2];
                int c = _code[_priorStart + 3];
                DropLastTwo();
                Pop();
                Pop();
                Emit(Op.MemoryZeroStoreImmAddImm + StoreWidth(op));
                _code.Add(x);
                _code.Add(c);
                _code.Add(imm);
                _code.Add((int)(uint)offset);
                return;
            }

            if (op is 0x36 or 0x3A or 0x3B && LastComputed(Op.Const32, Peek(), Height - 1)
                || op == 0x37 && LastComputed(Op.Const64, Peek(), Height - 1))
            {
                // A constant stored: the value is an immediate.
                int low = _code[_lastStart + 2];
                int high = op == 0x37 ? _code[_lastStart + 3] : 0;
                DropLast();
                Pop();
                Operand target = Pop();
                Emit(Op.MemoryZeroStoreImm + op switch { 0x36 => 0, 0x37 => 1, 0x3A => 2, _ => 3 });
                _code.Add(target.Slot);
                _code.Add(low);
                if (op == 0x37)
                {
                    _code.Add(high);
                }

                _code.Add((int)(uint)offset);
                return;
            }

            if (op <= 0x35)
            {
                Operand address = Pop();
                int dst = Push(SlotKind.Bits);
                Emit(fast);
                EmitResult(dst);
                _code.Add(address.Slot);
            }
            else
            {
                Operand value = Pop();
                Operand address = Pop();
                Emit(fast);
                _code.Add(address.Slot);
                _code.Add(value.Slot);
            }

            _code.Add((int)(uint)offset);
            return;
        }

        if (op <= 0x35)
        {
            Operand address = Pop();
            int dst = Push(SlotKind.Bits);
            Emit((Op)op);
            EmitResult(dst);
            _code.Add(address.Slot);
        }
        else
        {
            Operand value = Pop();
            Operand address = Pop();
            Emit((Op)op);
            _code.Add(address.Slot);
            _code.Add(value.Slot);
        }

        _code.Add(memory);
        _code.Add64(offset);
    }

    // The variant of a store to memory 0 by the bytes it writes: 4 (+0), 8 (+1), 1 (+2), 2 (+3).
    private static int StoreWidth(byte op) => op switch
    {
        0x36 or 0x38 or 0x3E => 0,
        0x37 or 0x39 => 1,
        0x3A or 0x3C => 2,
        _ => 3,
    };

    private void TranslateMemorySizeGrow(byte op, ref WasmReader reader)
    {
        int memory = (int)reader.ReadVarUInt32();
        if (op == 0x3F)
        {
            int dst = Push(SlotKind.Bits);
            Emit(Op.MemorySize);
            EmitResult(dst);
            _code.Add(memory);
        }
        else
        {
            Unary(Op.MemoryGrow, SlotKind.Bits);
            _code.Add(memory);
        }
    }

    private void TranslateTableAccess(byte op, ref WasmReader reader)
    {
        int table = (int)reader.ReadVarUInt32();
        if (op == 0x25)
        {
            Unary(Op.TableGet, SlotKind.Ref);
            _code.Add(table);
        }
        else
        {
            Operand value = Pop();
            Operand index = Pop();
            Emit(Op.TableSet);
            _code.Add(table);
            _code.Add(index.Slot);
            _code.Add(value.Slot);
        }
    }

    private void TranslateReference(byte op, ref WasmReader reader)
    {
        switch (op)
        {
            case 0xD0:
            {
                reader.ReadVarInt33();
                int dst = Push(SlotKind.Ref);
                Emit(Op.RefNull);
                EmitResult(dst);
                break;
            }

            case 0xD1:
                Unary(Op.RefIsNull, SlotKind.Bits);
                break;
            case 0xD2:
            {
                int function = (int)reader.ReadVarUInt32();
                int dst = Push(SlotKind.Ref);
                Emit(Op.RefFunc);
                EmitResult(dst);
                _code.Add(function);
                break;
            }

            default:
                TranslateTypedReference(op, ref reader);
                break;
        }
    }

    private void TranslateMisc(uint sub, ref WasmReader reader)
    {
        switch (sub)
        {
            case <= 7:
                Unary(Op.I32TruncSatF32S + (int)sub, SlotKind.Bits);
                break;
            case 8:
            {
                int segment = (int)reader.ReadVarUInt32();
                int memory = (int)reader.ReadVarUInt32();
                EmitOperands(Op.MemoryInit, 3);
                _code.Add(segment);
                _code.Add(memory);
                break;
            }

            case 9:
                Emit(Op.DataDrop);
                _code.Add((int)reader.ReadVarUInt32());
                break;
            case 10:
            {
                int destination = (int)reader.ReadVarUInt32();
                int source = (int)reader.ReadVarUInt32();
                EmitOperands(Op.MemoryCopy, 3);
                _code.Add(destination);
                _code.Add(source);
                break;
            }

            case 11:
                EmitOperands(Op.MemoryFill, 3);
                _code.Add((int)reader.ReadVarUInt32());
                break;
            case 12:
            {
                int segment = (int)reader.ReadVarUInt32();
                int table = (int)reader.ReadVarUInt32();
                EmitOperands(Op.TableInit, 3);
                _code.Add(segment);
                _code.Add(table);
                break;
            }

            case 13:
                Emit(Op.ElemDrop);
                _code.Add((int)reader.ReadVarUInt32());
                break;
            case 14:
            {
                int destination = (int)reader.ReadVarUInt32();
                int source = (int)reader.ReadVarUInt32();
                EmitOperands(Op.TableCopy, 3);
                _code.Add(destination);
                _code.Add(source);
                break;
            }

            case 15:
            {
                int table = (int)reader.ReadVarUInt32();
                Operand delta = Pop();
                Operand init = Pop();
                int dst = Push(SlotKind.Bits);
                Emit(Op.TableGrow);
                EmitResult(dst);
                _code.Add(init.Slot);
                _code.Add(delta.Slot);
                _code.Add(table);
                break;
            }

            case 16:
            {
                int dst = Push(SlotKind.Bits);
                Emit(Op.TableSize);
                EmitResult(dst);
                _code.Add((int)reader.ReadVarUInt32());
                break;
            }

            case 17:
                EmitOperands(Op.TableFill, 3);
                _code.Add((int)reader.ReadVarUInt32());
                break;
            default:
                TranslateMiscExtension(sub, ref reader);
                break;
        }
    }

    /// <summary>Pops <paramref name="count"/> operands and emits <paramref name="op"/> with their slots, deepest first.</summary>
    private void EmitOperands(Op op, int count)
    {
        Emit(op);
        int first = Height - count;
        for (int i = 0; i < count; i++)
        {
            _code.Add(_stack[first + i].Slot);
        }

        _stack.RemoveRange(first, count);
    }
}

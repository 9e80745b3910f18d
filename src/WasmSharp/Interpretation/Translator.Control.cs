using WasmSharp.Binary;
using WasmSharp.Operators;
using WasmSharp.Types;

namespace WasmSharp.Interpretation;

/// <summary>Control instructions (spec 3.3.8), calls, <c>drop</c> and <c>select</c>.</summary>
internal sealed partial class Translator
{
    private void TranslateControl(byte op, ref WasmReader reader)
    {
        switch (op)
        {
            case 0x00:
                Emit(Op.Unreachable);
                _pendingFuel = 0;
                SetUnreachable();
                break;
            case 0x01:
                break;
            case 0x02:
                OpenBlock(LabelKind.Block, ref reader);
                break;
            case 0x03:
                OpenLoop(ref reader);
                break;
            case 0x04:
                OpenIf(ref reader);
                break;
            case 0x05:
                TranslateElse();
                break;
            case 0x0B:
                TranslateEnd();
                break;
            case 0x0C:
                Branch((int)reader.ReadVarUInt32());
                SetUnreachable();
                break;
            case 0x0D:
                BranchIf((int)reader.ReadVarUInt32());
                break;
            case 0x0E:
                BranchTable(ref reader);
                SetUnreachable();
                break;
            case 0x0F:
                EmitReturn();
                SetUnreachable();
                break;
            case 0x10:
                TranslateCall((int)reader.ReadVarUInt32());
                break;
            case 0x11:
                TranslateCallIndirect((int)reader.ReadVarUInt32(), (int)reader.ReadVarUInt32());
                break;
            case 0x1A:
                Pop();
                break;
            case 0x1B:
                TranslateSelect();
                break;
            case 0x1C:
                for (int n = reader.ReadCount(); n > 0; n--)
                {
                    OperandReader.ReadValType(ref reader);
                }

                TranslateSelect();
                break;
            default:
                TranslateControlExtension(op, ref reader);
                break;
        }
    }

    private void SetUnreachable()
    {
        Label label = _labels[^1];
        label.Unreachable = true;
        _stack.Truncate(label.Height);
    }

    private Label OpenLabel(LabelKind kind, ref WasmReader reader)
    {
        (ValType[] parameters, ValType[] results) = OperandReader.ReadBlockType(ref reader, _module);

        // Values below and in the block must sit in their own slots: code in the block may be
        // skipped by a branch, so it cannot be where an operand read from a local gets copied.
        MaterializeAll();
        var label = new Label(kind, Height - parameters.Length, KindsOf(parameters), KindsOf(results));
        _labels.Add(label);
        return label;
    }

    private void OpenBlock(LabelKind kind, ref WasmReader reader) => OpenLabel(kind, ref reader);

    private void OpenLoop(ref WasmReader reader)
    {
        int offset = reader.Offset - 1;
        Label label = OpenLabel(LabelKind.Loop, ref reader);
        label.Start = MarkTarget();
        if (_owner.TierUp is not null && Height == 0 && !_labels.Any(l => l.Kind is LabelKind.TryTable or LabelKind.Try))
        {
            // On-stack replacement can enter compiled code here: its IL stack is empty at the
            // loop's label, and no protected region is entered by the jump (see TierUp.OnLoopHot).
            Emit(Op.LoopHot);
            _code.Add(offset);
        }
        else if (_owner.TierUp is not null)
        {
            Emit(Op.Hot);
        }

        if (_owner.EpochInterruption)
        {
            Emit(Op.Epoch);
        }
    }

    private void OpenIf(ref WasmReader reader)
    {
        Operand condition = Pop();
        (ValType[] parameters, ValType[] results) = OperandReader.ReadBlockType(ref reader, _module);

        // The jump to `else` comes first: materializing copies below it would be skipped by it.
        bool clean = true;
        for (int height = 0; height < Height; height++)
        {
            clean &= _stack[height].Slot == SlotAt(height);
        }

        if (!clean)
        {
            MaterializeAll();
        }

        EmitConditionalJump(condition, whenTrue: false);
        int elsePatch = _code.Add(-1);
        var label = new Label(LabelKind.If, Height - parameters.Length, KindsOf(parameters), KindsOf(results));
        _labels.Add(label);
        label.ElsePatch = elsePatch;
    }

    private void TranslateElse()
    {
        Label label = _labels[^1];
        if (!label.Unreachable)
        {
            MoveResults(label, label.Results);
            Emit(Op.Br);
            label.Patches.Add(_code.Add(-1));
        }

        _code[label.ElsePatch] = MarkTarget();
        label.ElsePatch = -1;
        label.Unreachable = false;
        _stack.Truncate(label.Height);
        foreach (SlotKind kind in label.Params)
        {
            Push(kind);
        }
    }

    private void TranslateEnd()
    {
        Label label = _labels[^1];
        if (label.Kind == LabelKind.Function)
        {
            if (!label.Unreachable)
            {
                if (_owner.ConsumeFuel)
                {
                    ChargeFuel();
                }

                EmitReturn();
            }

            _labels.RemoveAt(_labels.Count - 1);
            return;
        }

        if (!label.Unreachable)
        {
            MoveResults(label, label.Results);
        }

        EndHandlers(label);
        _labels.RemoveAt(_labels.Count - 1);
        int end = MarkTarget();
        foreach (int patch in label.Patches)
        {
            _code[patch] = end;
        }

        if (label.ElsePatch >= 0)
        {
            // An `if` without `else`: its parameters are its results, already in place.
            _code[label.ElsePatch] = end;
        }

        _stack.Truncate(label.Height);
        foreach (SlotKind kind in label.Results)
        {
            Push(kind);
        }
    }

    /// <summary>
    /// Copies the top <paramref name="kinds"/>.Length operands into the slots where
    /// <paramref name="label"/> expects them. In increasing order this never overwrites a source
    /// still to be read: a source is a local or a stack slot at least as high as its destination.
    /// </summary>
    private void MoveResults(Label label, SlotKind[] kinds)
    {
        int first = Height - kinds.Length;
        for (int i = 0; i < kinds.Length; i++)
        {
            Operand operand = _stack[first + i];
            int destination = SlotAt(label.Height + i);
            if (operand.Slot != destination)
            {
                EmitCopy(operand.Kind, destination, operand.Slot);
            }
        }
    }

    private bool NeedsMoves(Label label, SlotKind[] kinds)
    {
        int first = Height - kinds.Length;
        for (int i = 0; i < kinds.Length; i++)
        {
            if (_stack[first + i].Slot != SlotAt(label.Height + i))
            {
                return true;
            }
        }

        return false;
    }

    private Label LabelAt(int depth) => _labels[_labels.Count - 1 - depth];

    /// <summary>An unconditional branch to the label <paramref name="depth"/> frames out.</summary>
    private void Branch(int depth)
    {
        Label label = LabelAt(depth);
        if (label.Kind == LabelKind.Function)
        {
            EmitReturn();
            return;
        }

        MoveResults(label, label.BranchKinds);
        Emit(Op.Br);
        AddTarget(label);
    }

    /// <summary>Appends the jump target of a branch to <paramref name="label"/>: its start, or a patch.</summary>
    private void AddTarget(Label label)
    {
        if (label.Kind == LabelKind.Loop)
        {
            _code.Add(label.Start);
        }
        else
        {
            label.Patches.Add(_code.Add(-1));
        }
    }

    private void BranchIf(int depth)
    {
        Operand condition = Pop();
        Label label = LabelAt(depth);
        if (label.Kind != LabelKind.Function && !NeedsMoves(label, label.BranchKinds))
        {
            EmitConditionalJump(condition, whenTrue: true);
            AddTarget(label);
            return;
        }

        EmitConditionalJump(condition, whenTrue: false);
        int skip = _code.Add(-1);
        Branch(depth);
        _code[skip] = MarkTarget();
    }

    private void BranchTable(ref WasmReader reader)
    {
        int count = reader.ReadCount();
        var depths = new int[count + 1];
        for (int i = 0; i <= count; i++)
        {
            depths[i] = (int)reader.ReadVarUInt32();
        }

        Operand index = Pop();
        Emit(Op.BrTable);
        _code.Add(index.Slot);
        _code.Add(count);
        int targets = _code.Length;
        for (int i = 0; i <= count; i++)
        {
            _code.Add(-1);
        }

        // Targets that need no moves jump straight to their label; the others to a stub that moves
        // the values and then branches. Stubs are shared by equal depths.
        var stubs = new Dictionary<int, int>();
        for (int i = 0; i <= count; i++)
        {
            Label label = LabelAt(depths[i]);
            if (label.Kind != LabelKind.Function && !NeedsMoves(label, label.BranchKinds))
            {
                if (label.Kind == LabelKind.Loop)
                {
                    _code[targets + i] = label.Start;
                }
                else
                {
                    label.Patches.Add(targets + i);
                }

                continue;
            }

            if (!stubs.TryGetValue(depths[i], out int stub))
            {
                stub = MarkTarget();
                stubs[depths[i]] = stub;
                Branch(depths[i]);
            }

            _code[targets + i] = stub;
        }
    }

    /// <summary>Moves the results into slots 0.. and returns.</summary>
    private void EmitReturn()
    {
        int count = _type.Results.Count;
        int first = Height - count;

        // A conditional branch (br_if, br_on_*) returns only on its taken path: the copies into
        // the operands' own slots happen there alone, so the code after it must keep reading the
        // operands where they were.
        Span<Operand> before = count <= 8 ? stackalloc Operand[count] : new Operand[count];
        _stack.From(first).CopyTo(before);
        if (count == 1 && _lastResult >= 0 && before[0].Slot == SlotAt(first) && _code[_lastResult] == before[0].Slot)
        {
            // The instruction just emitted computed the only result: it writes slot 0 itself.
            _code[_lastResult] = 0;
            Emit(Op.Return);
            return;
        }

        // Copying straight into slots 0.. is safe unless a result's source is one of those slots
        // that an earlier copy overwrites; only then do the results go to their own slots first.
        bool direct = true;
        for (int i = 0; i < count; i++)
        {
            int slot = _stack[first + i].Slot;
            direct &= slot >= count || slot == i;
        }

        if (!direct)
        {
            MaterializeTop(count);
        }

        if (count == 1 && _stack[first].Kind == SlotKind.Bits && _stack[first].Slot != 0)
        {
            // The common single number result: one instruction copies it and returns.
            Emit(Op.ReturnCopy);
            _code.Add(_stack[first].Slot);
            _stack.RemoveRange(first, count);
            _stack.AddRange(before);
            return;
        }

        for (int i = 0; i < count; i++)
        {
            Operand operand = _stack[first + i];
            if (operand.Slot != i)
            {
                EmitCopy(operand.Kind, i, operand.Slot);
            }
        }

        Emit(Op.Return);
        _stack.RemoveRange(first, count);
        _stack.AddRange(before);
    }

    private void TranslateCall(int function)
    {
        FuncType callee = _module.GetFunctionType(function);
        int start = _code.Length;
        int @base = PrepareCall(callee);
        int span = Math.Max(callee.Params.Count, callee.Results.Count);
        if (_lastStart >= start && _code[_lastStart] == (int)Op.Copy)
        {
            // The one argument copied from a local for this call: the call copies it itself.
            int destination = _code[_lastStart + 1];
            int source = _code[_lastStart + 2];
            DropLast();
            Emit(Op.CallCopy);
            _code.Add(function);
            _code.Add(@base);
            _code.Add(span);
            _code.Add(destination);
            _code.Add(source);
            FinishCall(callee);
            return;
        }

        if (_code.Length == start && callee.Params.Count > 0 && LastComputed(Op.I32AddImm, Peek(), Height - 1))
        {
            // The last argument computed by an add of a constant just before: the call adds it.
            int destination = _code[_lastStart + 1];
            int x = _code[_lastStart + 2];
            int constant = _code[_lastStart + 3];
            DropLast();
            Emit(Op.CallAddImm);
            _code.Add(function);
            _code.Add(@base);
            _code.Add(span);
            _code.Add(destination);
            _code.Add(x);
            _code.Add(constant);
            FinishCall(callee);
            return;
        }

        Emit(Op.Call);
        _code.Add(function);
        _code.Add(@base);
        _code.Add(span);
        FinishCall(callee);
    }

    private void TranslateCallIndirect(int typeIndex, int table)
    {
        var callee = (FuncType)_module.Types[typeIndex].Composite;
        Operand index = Pop();
        int @base = PrepareCall(callee);
        Emit(Op.CallIndirect);
        _code.Add(table);
        _code.Add(_owner.TypeIds[typeIndex]);
        _code.Add(index.Slot);
        _code.Add(@base);
        _code.Add(Math.Max(callee.Params.Count, callee.Results.Count));
        FinishCall(callee);
    }

    /// <summary>Puts the arguments in their own slots (the callee's frame starts at the first) and returns that slot.</summary>
    private int PrepareCall(FuncType callee)
    {
        MaterializeTop(callee.Params.Count);
        int @base = SlotAt(Height - callee.Params.Count);

        // Results may outnumber parameters: the frame must hold them.
        int top = Height - callee.Params.Count + callee.Results.Count;
        if (top > _maxHeight)
        {
            _maxHeight = top;
        }

        return @base;
    }

    private void FinishCall(FuncType callee)
    {
        _stack.RemoveRange(Height - callee.Params.Count, callee.Params.Count);
        foreach (ValType result in callee.Results)
        {
            Push(KindOf(result));
        }
    }

    private void TranslateSelect()
    {
        Operand condition = Pop();
        Operand b = Pop();
        Operand a = Pop();
        int dst = Push(a.Kind);
        Emit(a.Kind switch { SlotKind.V128 => Op.Select128, SlotKind.Ref => Op.SelectRef, _ => Op.Select });
        EmitResult(dst);
        _code.Add(a.Slot);
        _code.Add(b.Slot);
        _code.Add(condition.Slot);
    }
}

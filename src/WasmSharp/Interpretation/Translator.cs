using WasmSharp.Binary;
using WasmSharp.Compilation;
using WasmSharp.Operators;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>
/// Translates one validated function body into the interpreter's register code (DESIGN.md decision
/// 15): every value of the operand stack lives in a fixed frame slot (locals first, then one slot per
/// stack height), so each instruction names the slots it reads and writes instead of pushing and
/// popping. <c>local.get</c> is free until the local is written (<see cref="Operand"/>), and a
/// <c>local.set</c> right after the instruction that computed its value makes that instruction write
/// the local directly. Translation runs once per function, at its first call; validation has already
/// proved the body well typed, so the translator only tracks what it needs: each value's slot kind.
/// </summary>
internal sealed partial class Translator
{
    private readonly InterpretedModule _owner;
    private readonly ModuleInfo _module;
    private readonly FuncType _type;
    private readonly CodeBuffer _code = new();
    private readonly OperandStack _stack = new();
    private readonly List<Label> _labels = [];
    private readonly SlotKind[] _localKinds;
    private readonly int _localCount;
    private int _maxHeight;

    // Position of the destination operand of the last emitted instruction when that instruction
    // computes exactly one value into its own stack slot and nothing jumps to the position after it;
    // -1 otherwise. A local.set that pops that value retargets the instruction to the local.
    private int _lastResult = -1;

    // Position of the last emitted instruction when nothing jumps between it and the current
    // position, so a peephole may replace it; -1 otherwise.
    private int _lastStart = -1;

    // The code position of the instruction being translated: where its code starts, or where the
    // previous instruction's started when it was folded into this one.
    private int _instructionStart;

    // The code positions of the instructions that can trap or call (see CodeSites), when
    // TranslateSites asked for them; null in an ordinary translation.
    private CodeSites.Builder? _sites;

    // Position of the instruction before the last one when nothing jumps between it and the
    // current position; -1 otherwise (read by the two-instruction fusions of Translator.SimdFast.cs).
    private int _priorStart = -1;

    // Position of the instruction before that one under the same condition; -1 otherwise (read by
    // the fusion of a vector add-xor with the rotation of its result, Translator.SimdFast.cs).
    private int _thirdStart = -1;

    // Fuel of the straight-line run being translated, charged where the run ends (as FuelMeter).
    private long _pendingFuel;

    private Translator(InterpretedModule owner, int functionIndex)
    {
        _owner = owner;
        _module = owner.Module;
        _type = _module.GetFunctionType(functionIndex);
        FunctionBody body = _module.Bodies[functionIndex - _module.ImportedFunctionCount];
        _localCount = _type.Params.Count + body.LocalCount;
        _localKinds = new SlotKind[_localCount];
        int next = 0;
        foreach (ValType param in _type.Params)
        {
            _localKinds[next++] = KindOf(param);
        }

        foreach (LocalDecl decl in body.Locals)
        {
            for (uint i = 0; i < decl.Count; i++)
            {
                _localKinds[next++] = KindOf(decl.Type);
            }
        }

        Body = body;
    }

    private FunctionBody Body { get; }

    /// <summary>Translates function <paramref name="functionIndex"/> of <paramref name="owner"/>.</summary>
    public static InterpretedCode Translate(InterpretedModule owner, int functionIndex)
    {
        var translator = new Translator(owner, functionIndex);
        return translator.Run();
    }

    /// <summary>
    /// Translates function <paramref name="functionIndex"/> of <paramref name="owner"/> again, as
    /// <see cref="Translate"/> did, and returns the code positions of its instructions that can trap
    /// or call, with their module offsets (see <see cref="InterpretedFunction.Sites"/>).
    /// </summary>
    public static CodeSites TranslateSites(InterpretedModule owner, int functionIndex)
    {
        var translator = new Translator(owner, functionIndex) { _sites = new CodeSites.Builder() };
        translator.Run();
        return translator._sites.Build();
    }

    /// <summary>The slot kind of a value of type <paramref name="type"/>.</summary>
    public static SlotKind KindOf(ValType type) => type.Kind switch
    {
        ValKind.V128 => SlotKind.V128,
        ValKind.Ref => SlotKind.Ref,
        _ => SlotKind.Bits,
    };

    // The kinds of a single value, shared: most blocks have no type or one result, and labels
    // never change their kinds, so a block need not allocate them (index: SlotKind).
    private static readonly SlotKind[][] s_singleKinds = [[SlotKind.Bits], [SlotKind.V128], [SlotKind.Ref]];

    /// <summary>The slot kinds of <paramref name="types"/> (shared arrays for none or one: never write to the result).</summary>
    public static SlotKind[] KindsOf(IReadOnlyList<ValType> types)
    {
        switch (types.Count)
        {
            case 0:
                return [];
            case 1:
                return s_singleKinds[(int)KindOf(types[0])];
        }

        var kinds = new SlotKind[types.Count];
        for (int i = 0; i < kinds.Length; i++)
        {
            kinds[i] = KindOf(types[i]);
        }

        return kinds;
    }

    private InterpretedCode Run()
    {
        var reader = new WasmReader(_module.Bytes.Span.Slice(Body.CodeOffset, Body.CodeLength), Body.CodeOffset);
        _labels.Add(new Label(LabelKind.Function, 0, [], KindsOf(_type.Results)));
        if (_owner.TierUp is not null)
        {
            _code.Add((int)Op.Hot);
        }

        if (_owner.EpochInterruption)
        {
            // The entry's epoch check, where Wasmtime locates it.
            _sites?.Add(_code.Length, Body.EntryOffset(_module.Bytes.Span));
            _code.Add((int)Op.Epoch);
        }

        while (_labels.Count > 0)
        {
            byte op = reader.ReadByte();
            if (_labels[^1].Unreachable)
            {
                SkipUnreachable(op, ref reader);
                continue;
            }

            if (_sites is null)
            {
                // A plain translation: no code positions (see InterpretedFunction.Sites).
                if (_owner.ConsumeFuel)
                {
                    MeterFuel(op, reader);
                }

                TranslateInstruction(op, ref reader);
                continue;
            }

            int offset = reader.Offset - 1;
            bool site = _owner.ConsumeFuel || (_owner.EpochInterruption && op == 0x03) || FunctionScanner.MayTrapOrCall(op, reader);
            _instructionStart = _code.Length;
            if (_owner.ConsumeFuel)
            {
                // The charge of the run this instruction ends is part of its code: running out of
                // fuel there traps at this instruction.
                MeterFuel(op, reader);
            }

            TranslateInstruction(op, ref reader);
            if (site)
            {
                _sites.Add(_instructionStart, offset);
            }
        }

        FusePairs();
        return new InterpretedCode(_code.Finish(), _type.Params.Count, _localCount, _localCount + _maxHeight, _localKinds, _handlers.ToArray());
    }

    private void TranslateInstruction(byte op, ref WasmReader reader)
    {
        switch (op)
        {
            case <= 0x1C:
            case 0x1F:
                TranslateControl(op, ref reader);
                break;
            case <= 0x24:
                TranslateVariable(op, ref reader);
                break;
            case 0x25:
            case 0x26:
                TranslateTableAccess(op, ref reader);
                break;
            case <= 0x3E:
                TranslateLoadStore(op, ref reader);
                break;
            case 0x3F:
            case 0x40:
                TranslateMemorySizeGrow(op, ref reader);
                break;
            case <= 0x44:
                TranslateConst(op, ref reader);
                break;
            case <= 0xC4:
                TranslateNumeric(op);
                break;
            case >= 0xD0 and <= 0xD6:
                TranslateReference(op, ref reader);
                break;
            case 0xFC:
                TranslateMisc(reader.ReadVarUInt32(), ref reader);
                break;
            default:
                TranslateExtended(op, ref reader);
                break;
        }
    }

    // Dead code after an unconditional transfer: only nesting matters until the frame's `else` or
    // `end` (or a legacy `catch`/`catch_all`/`delegate`) makes code reachable again.
    private int _deadDepth;

    private void SkipUnreachable(byte op, ref WasmReader reader)
    {
        _pendingFuel = 0;
        switch (op)
        {
            case 0x02 or 0x03 or 0x04 or 0x06 or 0x1F:
                _deadDepth++;
                OperandReader.Skip(ref reader, op);
                return;
            case 0x0B when _deadDepth > 0:
                _deadDepth--;
                return;
            case 0x0B:
                TranslateEnd();
                return;
            case 0x05 or 0x07 or 0x19 or 0x18 when _deadDepth == 0:
                TranslateControl(op, ref reader);
                return;
            case 0xFC:
                OperandReader.SkipPrefixed(ref reader, reader.ReadVarUInt32());
                return;
            default:
                OperandReader.Skip(ref reader, op);
                return;
        }
    }

    // --- the operand stack --------------------------------------------------------------------

    /// <summary>The frame slot of the value at stack height <paramref name="height"/>.</summary>
    private int SlotAt(int height) => _localCount + height;

    private int Height => _stack.Count;

    /// <summary>Pushes a value computed into its own stack slot and returns that slot.</summary>
    private int Push(SlotKind kind)
    {
        int slot = SlotAt(_stack.Count);
        _stack.Add(new Operand(kind, slot));
        if (_stack.Count > _maxHeight)
        {
            _maxHeight = _stack.Count;
        }

        return slot;
    }

    private Operand Pop() => _stack.Pop();

    private Operand Peek(int depth = 0) => _stack[_stack.Count - 1 - depth];

    /// <summary>Copies every operand still read from a local into its own stack slot.</summary>
    private void MaterializeAll()
    {
        for (int height = 0; height < _stack.Count; height++)
        {
            Materialize(height);
        }
    }

    /// <summary>Copies the top <paramref name="count"/> operands into their own stack slots.</summary>
    private void MaterializeTop(int count)
    {
        for (int height = _stack.Count - count; height < _stack.Count; height++)
        {
            Materialize(height);
        }
    }

    private void Materialize(int height)
    {
        Operand operand = _stack[height];
        int own = SlotAt(height);
        if (operand.Slot != own)
        {
            EmitCopy(operand.Kind, own, operand.Slot);
            _stack[height] = operand with { Slot = own };
        }
    }

    // --- emission -----------------------------------------------------------------------------

    /// <summary>Appends an instruction code; it ends any chance of retargeting the previous one.</summary>
    private void Emit(Op op)
    {
        _lastResult = -1;
        _thirdStart = _priorStart;
        _priorStart = _lastStart;
        _lastStart = _code.Add((int)op);
        RecordStart(_lastStart);
    }

    /// <summary>Appends the destination of a one-result instruction just started with <see cref="Emit"/>.</summary>
    private void EmitResult(int slot) => _lastResult = _code.Add(slot);

    private void EmitCopy(SlotKind kind, int destination, int source)
    {
        if (kind == SlotKind.Bits && _lastStart >= 0 && _lastStart == _code.Length - 3 && _code[_lastStart] == (int)Op.Copy)
        {
            // Two number copies in a row become one instruction, still copying in order.
            _code[_lastStart] = (int)Op.Copy2;
            _code.Add(destination);
            _code.Add(source);
            _lastResult = -1;
            return;
        }

        Emit(kind switch { SlotKind.V128 => Op.Copy128, SlotKind.Ref => Op.CopyRef, _ => Op.Copy });
        _code.Add(destination);
        _code.Add(source);
    }

    /// <summary>Marks the current position as a jump target: instructions before it cannot be retargeted.</summary>
    private int MarkTarget()
    {
        NoteTarget(_code.Length);
        _lastResult = -1;
        _lastStart = -1;
        _priorStart = -1;
        _thirdStart = -1;
        return _code.Length;
    }

    /// <summary>
    /// Whether the last instruction is <paramref name="op"/> and computed <paramref name="operand"/>
    /// into its own stack slot at height <paramref name="height"/>, so it can be folded into the next.
    /// </summary>
    private bool LastComputed(Op op, Operand operand, int height) =>
        _lastStart >= 0 && _code[_lastStart] == (int)op && _code[_lastStart + 1] == operand.Slot && operand.Slot == SlotAt(height);

    /// <summary>Removes the last instruction (folded into the one about to be emitted).</summary>
    private void DropLast()
    {
        _instructionStart = Math.Min(_instructionStart, _lastStart);
        _code.Truncate(_lastStart);
        _lastStart = -1;
        _priorStart = -1;
        _thirdStart = -1;
        _lastResult = -1;
    }

    /// <summary>Starts an <see cref="Op.Extended"/> instruction of <paramref name="family"/>; operands follow.</summary>
    private void EmitExtended(ExtendedFamily family, int op)
    {
        Emit(Op.Extended);
        _code.Add(((int)family << 12) | op);
    }

    /// <summary>A one-operand, one-result instruction: <c>op dst, a</c>.</summary>
    private void Unary(Op op, SlotKind result)
    {
        Operand a = Pop();
        int dst = Push(result);
        Emit(op);
        EmitResult(dst);
        _code.Add(a.Slot);
    }

    /// <summary>A two-operand, one-result instruction: <c>op dst, a, b</c>.</summary>
    private void Binary(Op op, SlotKind result)
    {
        if (TryBinaryImmediate(op))
        {
            return;
        }

        Operand b = Pop();
        Operand a = Pop();
        int dst = Push(result);
        Emit(op);
        EmitResult(dst);
        _code.Add(a.Slot);
        _code.Add(b.Slot);
    }

    // --- fuel (Operators.FuelCosts, as Compilation.FuelMeter) ---------------------------------

    private void MeterFuel(byte op, WasmReader reader)
    {
        _pendingFuel += FuelCosts.Cost(op);
        if (FuelCosts.EndsRun(op, reader))
        {
            ChargeFuel();
        }
    }

    private void ChargeFuel()
    {
        if (_pendingFuel == 0)
        {
            return;
        }

        Emit(Op.Fuel);
        _code.Add((int)_pendingFuel);
        _pendingFuel = 0;
    }
}

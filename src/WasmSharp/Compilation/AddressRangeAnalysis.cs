using WasmSharp.Binary;
using WasmSharp.Operators;
using WasmSharp.Types;

namespace WasmSharp.Compilation;

/// <summary>
/// Finds the plain loads and stores of a validated function whose every execution stays within the
/// accessed memory's minimum size, so their bounds check can be left out (DESIGN.md decision 3: the
/// JIT removes none of our checks). A memory is never smaller than its type's minimum (an imported
/// one is at least the import's) and never shrinks, so an access whose address plus offset plus
/// size cannot exceed that minimum is always in bounds.
/// </summary>
/// <remarks>
/// An abstract interpretation over unsigned intervals (<see cref="ValueRange"/>) of the i32 locals
/// and operands. Branches narrow the compared locals on each edge (<see cref="RangeCondition"/>), and
/// each loop is analysed until the ranges at its header are stable, widening a growing bound of a
/// local to the next constant it is compared with (minus one, itself or plus one) and, after
/// <see cref="PrecisePasses"/> passes, to the end of the i32 range. So the loop <c>for (k = 2 * i;
/// k &lt; 8193; k += i) flags[k] = 0</c> over a static array needs no check. Every access is
/// decided by the last pass over it, made with stable ranges. Functions with exception handling,
/// GC or typed-reference instructions, or 64-bit memories, are not analysed, and an analysis that
/// runs past its work budget gives up: either way every access keeps its check.
/// </remarks>
internal sealed class AddressRangeAnalysis
{
    /// <summary>Passes over a loop's body that widen a local's growing bound to the next constant it is compared with; later ones widen it to the end of the range.</summary>
    public const int PrecisePasses = 8;

    /// <summary>
    /// The work budget per byte of code: instructions visited, and ranges copied or joined (a unit
    /// per 8 locals), besides a fixed 8,192 units. Loops are analysed until stable, nested ones once
    /// per pass of the enclosing one, so deep nests cost several passes. Measured over seven
    /// Sightglass programs (meshoptimizer, bz2, gcc-loops, intgemm-simd, blake3-scalar,
    /// rust-compression, regex; 3,582 accesses proven in 577 functions): all but 6 functions with
    /// proofs (33 of the accesses) fit in 3 units per byte, and the functions that ran out of a
    /// budget of 5 proved nothing, each after up to 7.4 ms (meshoptimizer's 19.4 KB <c>_start</c>).
    /// </summary>
    public const int WorkPerCodeByte = 3;

    /// <summary>The most widening thresholds kept per local (three per constant it is compared with).</summary>
    public const int MaxThresholds = 192;

    /// <summary>The most locals (parameters included) of an analysed function: the analysis copies their ranges at each branch.</summary>
    public const int MaxLocals = 2048;

    private readonly ModuleInfo _module;
    private readonly ulong[] _minimumBytes;
    private readonly int _localCount;
    private readonly List<RangeSlot> _stack = new();
    private readonly List<RangeFrame> _frames = new();
    private readonly Dictionary<int, bool> _decisions = new();

    // Per loop inside the current outermost loop (by its body's position): the header ranges its
    // last visit ended stable with.
    private readonly Dictionary<int, ValueRange[]> _stableHeaders = new();

    // Per local, sorted: the constants it was compared with so far, with their neighbours.
    private readonly Dictionary<int, List<uint>> _thresholds = new();

    private ValueRange[]? _state;
    private long _work;
    private readonly long _budget;

    private AddressRangeAnalysis(ModuleInfo module, FunctionBody body, ulong[] minimumBytes, int localCount)
    {
        _module = module;
        _minimumBytes = minimumBytes;
        _localCount = localCount;
        _budget = WorkPerCodeByte * body.CodeLength + 8192;
    }

    /// <summary>
    /// Analyses <paramref name="body"/>, of type <paramref name="type"/>, and returns the module
    /// offsets of its loads and stores that are always in bounds; null when there are none or the
    /// function is not analysed.
    /// </summary>
    public static HashSet<int>? Analyze(ModuleInfo module, FunctionBody body, FuncType type)
    {
        int localCount = type.Params.Count + body.LocalCount;
        if (localCount > MaxLocals || module.Memories.Count == 0)
        {
            return null;
        }

        var minimumBytes = new ulong[module.Memories.Count];
        bool anyRoom = false;
        for (int i = 0; i < minimumBytes.Length; i++)
        {
            MemoryType memory = module.Memories[i];
            if (memory.Is64)
            {
                return null;
            }

            // At most 2^16 pages of 64 KiB or 2^32 of one byte: no overflow.
            minimumBytes[i] = memory.Limits.Minimum << memory.PageSizeLog2;
            anyRoom |= minimumBytes[i] != 0;
        }

        if (!anyRoom)
        {
            return null;
        }

        var analysis = new AddressRangeAnalysis(module, body, minimumBytes, localCount);
        var state = new ValueRange[localCount];
        int index = 0;
        for (; index < type.Params.Count; index++)
        {
            state[index] = ValueRange.Top;
        }

        foreach (LocalDecl declared in body.Locals)
        {
            // Declared locals start at zero (spec 4.4.10 "Function Calls"); only i32 ones are tracked.
            ValueRange initial = declared.Type.Kind == ValKind.I32 ? ValueRange.Exactly(0) : ValueRange.Top;
            for (uint i = 0; i < declared.Count; i++)
            {
                state[index++] = initial;
            }
        }

        analysis._state = state;
        return analysis.Run(module.Bytes.Span.Slice(body.CodeOffset, body.CodeLength), body.CodeOffset, type.Results.Count);
    }

    private HashSet<int>? Run(ReadOnlySpan<byte> code, int codeOffset, int results)
    {
        var reader = new WasmReader(code, codeOffset);
        _frames.Add(new RangeFrame(Operator.End, 0, 0, results, dead: false));
        OperatorImmediates imm = default;
        while (!reader.AtEnd)
        {
            if (++_work > _budget)
            {
                return null;
            }

            int at = reader.Offset;
            Operator op = OperatorReader.ReadOperator(ref reader);
            OperatorReader.Validated.ReadImmediates(op, ref reader, at, ref imm);
            bool understood = _state is null ? StepUnreachable(op, at, ref reader) : Step(op, at, ref reader, ref imm);
            if (!understood)
            {
                return null;
            }
        }

        HashSet<int>? inBounds = null;
        foreach ((int access, bool proven) in _decisions)
        {
            if (proven)
            {
                (inBounds ??= new HashSet<int>()).Add(access);
            }
        }

        return inBounds;
    }

    // One instruction of reachable code; false for one the analysis does not model.
    private bool Step(Operator op, int at, ref WasmReader reader, ref OperatorImmediates imm)
    {
        switch (op)
        {
            case Operator.Unreachable:
            case Operator.Return:
                _state = null;
                return true;
            case Operator.Block:
            case Operator.Loop:
            case Operator.If:
                Enter(op, imm.Block, ref reader);
                return true;
            case Operator.Else:
                Else(_frames[^1]);
                return true;
            case Operator.End:
                End(ref reader);
                return true;
            case Operator.Br:
                Branch((int)imm.Index, _state!);
                _state = null;
                return true;
            case Operator.BrIf:
                BranchIf((int)imm.Index, Pop().AsCondition());
                return true;
            case Operator.BrTable:
            {
                Pop();
                var labels = reader;
                labels.Position = imm.VectorPosition;
                for (int i = 0; i < imm.VectorCount; i++)
                {
                    Branch((int)labels.ReadVarUInt32(), _state!);
                }

                Branch((int)imm.Index, _state!);
                _state = null;
                return true;
            }

            case Operator.Call:
                Call(_module.GetFunctionType((int)imm.Index), 0);
                return true;
            case Operator.CallIndirect:
                Call((FuncType)_module.Types[(int)imm.Index].Composite, 1);
                return true;
            case Operator.ReturnCall:
            case Operator.ReturnCallIndirect:
                _state = null;
                return true;
            case Operator.Drop:
            case Operator.GlobalSet:
                Pop();
                return true;
            case Operator.Select:
            case Operator.SelectTyped:
            {
                Pop();
                RangeSlot second = Pop();
                RangeSlot first = Pop();
                Push(RangeSlot.Of(first.Range.Hull(second.Range)));
                return true;
            }

            case Operator.LocalGet:
                Push(new RangeSlot(_state![imm.Index], (int)imm.Index, null));
                return true;
            case Operator.LocalSet:
                Write((int)imm.Index, Pop().Range);
                return true;
            case Operator.LocalTee:
            {
                ValueRange value = Pop().Range;
                Write((int)imm.Index, value);
                Push(new RangeSlot(value, (int)imm.Index, null));
                return true;
            }

            case Operator.GlobalGet:
            case Operator.RefNull:
            case Operator.RefFunc:
            case Operator.TableSize:
                Push(RangeSlot.Unknown);
                return true;
            case Operator.TableGet:
            case Operator.RefIsNull:
                Pop();
                Push(op == Operator.RefIsNull ? RangeSlot.Of(ValueRange.Boolean) : RangeSlot.Unknown);
                return true;
            case Operator.TableSet:
                PopMany(2);
                return true;
            case Operator.TableGrow:
                PopMany(2);
                Push(RangeSlot.Unknown);
                return true;
            case Operator.TableFill:
            case Operator.TableCopy:
            case Operator.TableInit:
            case Operator.MemoryCopy:
                PopMany(3);
                return true;
            default:
                return Fixed(op, at, ref imm);
        }
    }

    // An instruction of fixed type (operators.def); false for the rest, which the analysis does not model.
    private bool Fixed(Operator op, int at, ref OperatorImmediates imm)
    {
        OperatorInfo info = OperatorTable.Info(op);
        if (info.Signature is not OperatorSignature signature)
        {
            return false;
        }

        ValType[] parameters = signature.Params();
        if (op is >= Operator.I32Load and <= Operator.I64Store32)
        {
            // The address is the first operand: below the stored value for a store.
            ValueRange address = _stack[^parameters.Length].Range;
            ulong extent = imm.MemArg.Offset + (1UL << info.Align);
            _decisions[at] = address.Hi + extent <= _minimumBytes[imm.MemArg.Memory];
        }

        ValueRange? result = null;
        RangeCondition? condition = null;
        switch (op)
        {
            case Operator.I32Const:
                Push(new RangeSlot(ValueRange.Exactly((uint)imm.Value), -1, null, IsConstant: true));
                return true;
            case Operator.I32Load8U:
                result = new ValueRange(0, byte.MaxValue);
                break;
            case Operator.I32Load16U:
                result = new ValueRange(0, ushort.MaxValue);
                break;
            case Operator.I32Clz:
            case Operator.I32Ctz:
            case Operator.I32Popcnt:
                result = new ValueRange(0, 32);
                break;
            case Operator.I32Eqz:
            {
                // The negation of what a branch on the operand tests.
                condition = _stack[^1].AsCondition() is RangeCondition tested ? tested with { Negated = !tested.Negated } : null;
                result = ValueRange.Boolean;
                break;
            }

            case >= Operator.I32Eq and <= Operator.I32GeU:
            {
                RangeSlot left = _stack[^2];
                RangeSlot right = _stack[^1];
                // A loop counter's bounds are mostly the constants it is compared with.
                AddThreshold(left.Local, right);
                AddThreshold(right.Local, left);
                if (left.Local >= 0 || right.Local >= 0)
                {
                    condition = new RangeCondition(op, left.Local, left.Range, right.Local, right.Range, false);
                }

                result = ValueRange.Boolean;
                break;
            }

            case Operator.I32Add or Operator.I32Sub or Operator.I32Mul or Operator.I32Shl or Operator.I32ShrU
                or Operator.I32And or Operator.I32Or or Operator.I32Xor or Operator.I32RemU or Operator.I32DivU:
                result = Arithmetic(op, _stack[^2].Range, _stack[^1].Range);
                break;
            default:
                if (info.Operator is >= Operator.I64Eqz and <= Operator.F64Ge)
                {
                    // Comparisons of other types are booleans too.
                    result = ValueRange.Boolean;
                }

                break;
        }

        PopMany(parameters.Length);
        ValType[] results = signature.Results();
        for (int i = 0; i < results.Length; i++)
        {
            Push(result is ValueRange known ? new RangeSlot(known, -1, condition) : RangeSlot.Unknown);
        }

        return true;
    }

    private static ValueRange Arithmetic(Operator op, ValueRange a, ValueRange b) => op switch
    {
        Operator.I32Add => ValueRange.Add(a, b),
        Operator.I32Sub => ValueRange.Subtract(a, b),
        Operator.I32Mul => ValueRange.Multiply(a, b),
        Operator.I32Shl => ValueRange.ShiftLeft(a, b),
        Operator.I32ShrU => ValueRange.ShiftRightUnsigned(a, b),
        Operator.I32And => ValueRange.And(a, b),
        Operator.I32RemU => ValueRange.RemainderUnsigned(a, b),
        Operator.I32DivU => ValueRange.DivideUnsigned(a, b),
        _ => ValueRange.OrXor(a, b),
    };

    // Unreachable code: only the nesting is followed (and its accesses are left checked).
    private bool StepUnreachable(Operator op, int at, ref WasmReader reader)
    {
        switch (op)
        {
            case Operator.Block:
            case Operator.Loop:
            case Operator.If:
                _frames.Add(new RangeFrame(op, _stack.Count, 0, 0, dead: true));
                return true;
            case Operator.Else:
                if (!_frames[^1].Dead)
                {
                    Else(_frames[^1]);
                }

                return true;
            case Operator.End:
                if (_frames[^1].Dead)
                {
                    _frames.RemoveAt(_frames.Count - 1);
                }
                else
                {
                    End(ref reader);
                }

                return true;
            case Operator.Try or Operator.TryTable or Operator.Catch or Operator.CatchAll or Operator.Delegate:
                return false;
            case >= Operator.I32Load and <= Operator.I64Store32:
                _decisions[at] = false;
                return true;
            default:
                return true;
        }
    }

    private void Enter(Operator op, BlockType block, ref WasmReader reader)
    {
        (int parameters, int results) = block.Arity(_module);
        RangeCondition? condition = op == Operator.If ? Pop().AsCondition() : null;
        var frame = new RangeFrame(op, _stack.Count - parameters, parameters, results, dead: false);
        _frames.Add(frame);
        if (op == Operator.If)
        {
            ValueRange[] otherwise = Copy(_state!);
            condition?.Narrow(otherwise, truth: false);
            condition?.Narrow(_state!, truth: true);
            frame.AtElse = otherwise;
        }
        else if (op == Operator.Loop)
        {
            frame.BodyStart = reader.Position;
            if (_stableHeaders.TryGetValue(frame.BodyStart, out ValueRange[]? stable))
            {
                // Ranges the body kept stable on an earlier visit (an enclosing loop's earlier
                // pass) stay stable from any entry they hold: start there, joined with this entry.
                frame.Header = Join(Copy(stable), _state!);
            }
            else
            {
                frame.Header = Copy(_state!);
            }

            // The body is analysed from the header's ranges: those of every iteration, not only the first.
            _state = Copy(frame.Header);

            ResetOperands(frame, parameters);
        }
    }

    private void Else(RangeFrame frame)
    {
        if (_state is not null)
        {
            frame.AtEnd = Join(frame.AtEnd, _state);
        }

        _state = frame.AtElse;
        frame.AtElse = null;
        frame.SawElse = true;
        ResetOperands(frame, frame.Parameters);
    }

    private void End(ref WasmReader reader)
    {
        RangeFrame frame = _frames[^1];
        if (frame.Kind == Operator.Loop && frame.BackEdges is not null && Widen(frame))
        {
            // Branches back bring ranges the header did not assume: analyse the body again.
            frame.Passes++;
            frame.BackEdges = null;
            reader.Position = frame.BodyStart;
            _state = Copy(frame.Header!);
            ResetOperands(frame, frame.Parameters);
            return;
        }

        _frames.RemoveAt(_frames.Count - 1);
        if (frame.Kind == Operator.Loop)
        {
            if (InLoop())
            {
                _stableHeaders[frame.BodyStart] = frame.Header!;
            }
            else
            {
                // Only an enclosing loop's later passes visit it again: none will, and neither
                // will they come back to the loops inside it.
                _stableHeaders.Clear();
            }
        }
        else if (frame.Kind == Operator.Block || frame.Kind == Operator.If)
        {
            if (_state is not null)
            {
                frame.AtEnd = Join(frame.AtEnd, _state);
            }

            if (frame.Kind == Operator.If && !frame.SawElse && frame.AtElse is not null)
            {
                frame.AtEnd = Join(frame.AtEnd, frame.AtElse);
            }

            _state = frame.AtEnd;
        }
        else if (frame.Kind == Operator.End)
        {
            _state = null;
        }

        ResetOperands(frame, frame.Results);
    }

    // Whether a loop encloses the current position.
    private bool InLoop()
    {
        for (int i = _frames.Count - 1; i >= 0; i--)
        {
            if (_frames[i].Kind == Operator.Loop)
            {
                return true;
            }
        }

        return false;
    }

    // Widens the loop's header by its back edges; false when it already holds them (stable).
    private bool Widen(RangeFrame frame)
    {
        ValueRange[] header = frame.Header!;
        ValueRange[] back = frame.BackEdges!;
        bool grew = false;
        bool precise = frame.Passes < PrecisePasses;
        for (int i = 0; i < header.Length; i++)
        {
            ValueRange assumed = header[i];
            if (assumed.Contains(back[i]))
            {
                continue;
            }

            uint lo = back[i].Lo < assumed.Lo ? (precise ? Below(i, back[i].Lo) : 0) : assumed.Lo;
            uint hi = back[i].Hi > assumed.Hi ? (precise ? Above(i, back[i].Hi) : uint.MaxValue) : assumed.Hi;
            header[i] = new ValueRange(lo, hi);
            grew = true;
        }

        _work += header.Length / 8;
        return grew;
    }

    private void BranchIf(int depth, RangeCondition? condition)
    {
        if (condition is not RangeCondition tested)
        {
            Branch(depth, _state!);
            return;
        }

        ValueRange[] taken = Copy(_state!);
        tested.Narrow(taken, truth: true);
        Branch(depth, taken);
        tested.Narrow(_state!, truth: false);
    }

    private void Branch(int depth, ValueRange[] state)
    {
        RangeFrame target = _frames[_frames.Count - 1 - depth];
        if (target.Kind == Operator.Loop)
        {
            target.BackEdges = Join(target.BackEdges, state);
        }
        else if (target.Kind != Operator.End)
        {
            target.AtEnd = Join(target.AtEnd, state);
        }
    }

    private void Call(FuncType type, int extraOperands)
    {
        PopMany(type.Params.Count + extraOperands);
        for (int i = 0; i < type.Results.Count; i++)
        {
            Push(RangeSlot.Unknown);
        }
    }

    // Local `local` now holds a value of `range`: operands read from it earlier, and conditions
    // that name it, no longer say anything about it.
    private void Write(int local, ValueRange range)
    {
        _state![local] = range;

        // Charged to the budget: a function may keep tens of thousands of operands on the stack.
        _work += _stack.Count / 8;
        for (int i = 0; i < _stack.Count; i++)
        {
            RangeSlot slot = _stack[i];
            bool tied = slot.Local == local;
            bool named = slot.Condition is RangeCondition condition && condition.Names(local);
            if (tied || named)
            {
                _stack[i] = new RangeSlot(slot.Range, tied ? -1 : slot.Local, named ? null : slot.Condition);
            }
        }
    }

    // The stack as a frame's label leaves it: its operands below, `count` unknown values above.
    private void ResetOperands(RangeFrame frame, int count)
    {
        _stack.RemoveRange(frame.Height, _stack.Count - frame.Height);
        for (int i = 0; i < count; i++)
        {
            _stack.Add(RangeSlot.Unknown);
        }
    }

    private ValueRange[] Join(ValueRange[]? target, ValueRange[] source)
    {
        _work += _localCount / 8 + 1;
        if (target is null)
        {
            return Copy(source);
        }

        for (int i = 0; i < target.Length; i++)
        {
            target[i] = target[i].Hull(source[i]);
        }

        return target;
    }

    private ValueRange[] Copy(ValueRange[] state)
    {
        _work += _localCount / 8 + 1;
        return (ValueRange[])state.Clone();
    }

    private void AddThreshold(int local, RangeSlot compared)
    {
        if (local < 0 || !compared.IsConstant)
        {
            return;
        }

        if (!_thresholds.TryGetValue(local, out List<uint>? thresholds))
        {
            _thresholds[local] = thresholds = new List<uint>();
        }

        if (thresholds.Count >= MaxThresholds)
        {
            // Enough to reach any loop bound in a few passes; more would make each insertion dear.
            return;
        }

        uint constant = compared.Range.Lo;
        Insert(thresholds, constant);
        if (constant != 0)
        {
            Insert(thresholds, constant - 1);
        }

        if (constant != uint.MaxValue)
        {
            Insert(thresholds, constant + 1);
        }
    }

    private static void Insert(List<uint> thresholds, uint value)
    {
        int at = thresholds.BinarySearch(value);
        if (at < 0)
        {
            thresholds.Insert(~at, value);
        }
    }

    // The least threshold of the local at or above value; the end of the range without one.
    private uint Above(int local, uint value)
    {
        if (!_thresholds.TryGetValue(local, out List<uint>? thresholds))
        {
            return uint.MaxValue;
        }

        int at = thresholds.BinarySearch(value);
        return at >= 0 ? value : ~at < thresholds.Count ? thresholds[~at] : uint.MaxValue;
    }

    // The greatest threshold of the local at or below value; 0 without one.
    private uint Below(int local, uint value)
    {
        if (!_thresholds.TryGetValue(local, out List<uint>? thresholds))
        {
            return 0;
        }

        int at = thresholds.BinarySearch(value);
        return at >= 0 ? value : ~at > 0 ? thresholds[~at - 1] : 0;
    }

    private RangeSlot Pop()
    {
        RangeSlot top = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        return top;
    }

    private void PopMany(int count) => _stack.RemoveRange(_stack.Count - count, count);

    private void Push(RangeSlot slot) => _stack.Add(slot);
}

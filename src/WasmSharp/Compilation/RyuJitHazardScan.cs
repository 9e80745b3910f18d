using WasmSharp.Binary;
using WasmSharp.Operators;
using WasmSharp.Types;

namespace WasmSharp.Compilation;

/// <summary>
/// Follows the values of one validated function body through the operand stack, its locals, block
/// results and calls, to find where RyuJIT's rotate errors could meet its code (<see cref="RyuJitHazards"/>):
/// a rotate's result reaching a test against zero, and an <c>xor</c> of two shifts by variable counts.
/// </summary>
/// <remarks>
/// The JIT substitutes single-use locals and inlinees' arguments into the expressions that use them,
/// propagates constants, and folds identities such as <c>x ^ 0</c>, so a value keeps its origins
/// through locals, through integer operations that may fold back into it, through block results,
/// and through the parameters and results of functions the JIT may inline. It loses them in memory,
/// where the JIT does not follow values. Locals are followed along the control flow, as the JIT sees
/// them in SSA form: a use has the union of the definitions that reach it (compilers reuse a local
/// for unrelated values), and a loop's header has the union over its entry and back edges, found by
/// repeating the pass until no header gains an origin. Anything the scan does not model (exception
/// handling, GC and reference instructions, loops with parameters carrying a watched value) makes
/// every workaround apply.
/// </remarks>
internal sealed class RyuJitHazardScan
{
    // Passes before giving up on the loop headers settling; each pass can only add origins, and
    // one more pass is needed per loop nesting level a new origin flows back through.
    private const int MaxPasses = 12;

    // Above this many locals, copying them at every branch costs more than the workarounds save.
    private const int MaxLocals = 4096;

    private const ValueOrigins Watched = ValueOrigins.Rotated | ValueOrigins.Shifted;

    // 0, 1 and -1, which fold operations into their other operand and comparisons into tests.
    private const ValueOrigins Neutral = ValueOrigins.MaybeZero | ValueOrigins.MaybeOne | ValueOrigins.MaybeMinusOne;

    // A value the JIT may know, of any value.
    private const ValueOrigins Known = ValueOrigins.MaybeConstant | Neutral;

    private readonly ModuleCompilation _compilation;
    private readonly FunctionBody _body;
    private readonly FuncType _type;
    private readonly bool _mayBeInlined;
    private readonly int _localCount;
    private readonly List<ValueOrigins> _stack = new();
    private readonly List<HazardScanFrame> _frames = new();
    private readonly Dictionary<int, ValueOrigins[]> _loopHeaders = new();
    private readonly Stack<ValueOrigins[]> _spareLocals = new();
    private readonly HashSet<int> _xorsOfShifts = new();
    private readonly ValueOrigins[] _locals;
    private bool _rotateTested;
    private bool _headersGrew;

    // The function's instructions, read at the module offsets the compiler reports.
    private ReadOnlySpan<byte> Code => _compilation.Module.Bytes.Span.Slice(_body.CodeOffset, _body.CodeLength);

    private RyuJitHazardScan(ModuleCompilation compilation, int function)
    {
        ModuleInfo module = compilation.Module;
        int defined = function - module.ImportedFunctionCount;
        _compilation = compilation;
        _body = module.Bodies[defined];
        _type = module.GetFunctionType(function);
        _mayBeInlined = compilation.MayInline(defined);
        _localCount = _type.Params.Count + _body.LocalCount;
        _locals = new ValueOrigins[_localCount];
    }

    /// <summary>Finds the hazards of defined function <paramref name="function"/> (a module function index) as <paramref name="compilation"/> compiles it.</summary>
    public static RyuJitHazards Scan(ModuleCompilation compilation, int function)
    {
        var scan = new RyuJitHazardScan(compilation, function);
        if (scan._localCount > MaxLocals)
        {
            return RyuJitHazards.Everywhere;
        }

        for (int pass = 0; pass < MaxPasses; pass++)
        {
            if (!scan.Pass())
            {
                return RyuJitHazards.Everywhere;
            }

            if (!scan._headersGrew)
            {
                return new RyuJitHazards(scan._rotateTested, scan._xorsOfShifts);
            }
        }

        return RyuJitHazards.Everywhere;
    }

    // One pass over the body with the loop headers' locals so far; false where it meets something it does not model.
    private bool Pass()
    {
        _headersGrew = false;
        _stack.Clear();
        _frames.Clear();
        _frames.Add(new HazardScanFrame { Height = 0, ParamCount = 0, ResultCount = _type.Results.Count });

        // An inlined function's parameters are its caller's argument expressions; declared
        // locals start as the constant 0.
        // Loops, not Array.Fill: its code for this byte enum is in no ReadyToRun image.
        int parameters = _type.Params.Count;
        ValueOrigins parameterOrigins = _mayBeInlined ? ValueOrigins.Shifted | Known : ValueOrigins.None;
        for (int i = 0; i < parameters; i++)
        {
            _locals[i] = parameterOrigins;
        }

        for (int i = parameters; i < _localCount; i++)
        {
            _locals[i] = Known;
        }

        var reader = new WasmReader(Code, _body.CodeOffset);
        OperatorReader operators = OperatorReader.Validated;
        OperatorImmediates immediates = default;
        while (!reader.AtEnd)
        {
            int offset = reader.Offset;
            Operator op = OperatorReader.ReadOperator(ref reader);
            operators.ReadImmediates(op, ref reader, offset, ref immediates);
            if (!Step(op, offset, in immediates))
            {
                return false;
            }
        }

        return true;
    }

    private bool Step(Operator op, int offset, in OperatorImmediates immediates)
    {
        switch (op)
        {
            case Operator.Nop:
                return true;
            case Operator.Unreachable:
                SetUnreachable();
                return true;
            case Operator.Block:
            case Operator.Loop:
            case Operator.If:
                return Enter(op, offset, immediates.Block);
            case Operator.Else:
                Else();
                return true;
            case Operator.End:
                End();
                return true;
            case Operator.Br:
                bool carried = Branch((int)immediates.Index);
                SetUnreachable();
                return carried;
            case Operator.BrIf:
                Test(Pop());
                return Branch((int)immediates.Index);
            case Operator.BrTable:
                return BranchTable(in immediates);
            case Operator.Return:
                Return(TopUnion(_type.Results.Count));
                SetUnreachable();
                return true;
            case Operator.Call:
            case Operator.ReturnCall:
                Call((int)immediates.Index);
                if (op == Operator.ReturnCall)
                {
                    SetUnreachable();
                }

                return true;
            case Operator.CallIndirect:
            case Operator.ReturnCallIndirect:
                // The index is checked against the table; the callee is never inlined.
                Test(Pop());
                CallIndirect((FuncType)_compilation.Module.Types[(int)immediates.Index].Composite);
                if (op == Operator.ReturnCallIndirect)
                {
                    SetUnreachable();
                }

                return true;
            case Operator.Drop:
                Pop();
                return true;
            case Operator.Select:
            case Operator.SelectTyped:
                Test(Pop());
                ValueOrigins second = Pop();
                Push((Pop() | second) & ~ValueOrigins.Literal);
                return true;
            case Operator.LocalGet:
                Push(_locals[immediates.Index]);
                return true;
            case Operator.LocalSet:
                _locals[immediates.Index] = Pop() & ~ValueOrigins.Literal;
                return true;
            case Operator.LocalTee:
                ValueOrigins teed = Pop() & ~ValueOrigins.Literal;
                _locals[immediates.Index] = teed;
                Push(teed);
                return true;
            case Operator.GlobalGet:
                // An immutable global's value may be known to the JIT.
                Push(Known);
                return true;
            case Operator.GlobalSet:
                Pop();
                return true;
            case Operator.I32Const:
            case Operator.I64Const:
                Push(ValueOrigins.Literal | ValueOrigins.MaybeConstant | immediates.Value switch
                {
                    0 => ValueOrigins.MaybeZero,
                    1 => ValueOrigins.MaybeOne,
                    -1 => ValueOrigins.MaybeMinusOne,
                    _ => ValueOrigins.None,
                });
                return true;
            default:
                return Fixed(op, offset);
        }
    }

    // br_table: the JIT may lower a small table to compares with 0; values carried to several
    // labels are not followed.
    private bool BranchTable(in OperatorImmediates immediates)
    {
        Test(Pop());
        if ((TopUnion(Arity(Frame((int)immediates.Index))) & Watched) != 0)
        {
            return false;
        }

        var labels = new WasmReader(Code, _body.CodeOffset) { Position = immediates.VectorPosition };
        for (int i = 0; i < immediates.VectorCount; i++)
        {
            BranchLocals(Frame((int)labels.ReadVarUInt32()));
        }

        BranchLocals(Frame((int)immediates.Index));
        SetUnreachable();
        return true;
    }

    // An operator of fixed type: numeric, memory access, vector, bulk, atomic.
    private bool Fixed(Operator op, int offset)
    {
        if (OperatorTable.Info(op).Signature is not OperatorSignature signature)
        {
            return false;
        }

        int operands = signature.Params().Length;
        int results = signature.Results().Length;
        ValueOrigins first = operands > 0 ? Peek(operands - 1) : ValueOrigins.None;
        ValueOrigins last = operands > 0 ? Peek(0) : ValueOrigins.None;
        ValueOrigins result = ValueOrigins.None;
        switch (op)
        {
            case >= Operator.I32Load and <= Operator.I64Store32:
                // Addresses are compared with the memory's limit, which the JIT never knows;
                // stored values go to memory, where it does not follow them.
                break;
            case Operator.I32Rotl or Operator.I32Rotr or Operator.I64Rotl or Operator.I64Rotr:
                // The JIT's error needs a count it knows; by 0 the rotate is its operand.
                result = Binary(first, last, ValueOrigins.MaybeZero, commutes: false) | ((last & ValueOrigins.MaybeConstant) != 0 ? ValueOrigins.Rotated : ValueOrigins.None);
                break;
            case Operator.I32Shl or Operator.I32ShrU or Operator.I64Shl or Operator.I64ShrU:
                result = Binary(first, last, ValueOrigins.MaybeZero, commutes: false) | ((last & ValueOrigins.Literal) != 0 ? ValueOrigins.None : ValueOrigins.Shifted);
                break;
            case Operator.I32ShrS or Operator.I64ShrS or Operator.I32Sub or Operator.I64Sub:
                result = Binary(first, last, ValueOrigins.MaybeZero, commutes: false);
                break;
            case Operator.I32Xor or Operator.I64Xor:
                if ((first & last & ValueOrigins.Shifted) != 0)
                {
                    _xorsOfShifts.Add(offset);
                }

                result = Binary(first, last, ValueOrigins.MaybeZero, commutes: true);
                break;
            case Operator.I32Add or Operator.I32Or or Operator.I64Add or Operator.I64Or:
                result = Binary(first, last, ValueOrigins.MaybeZero, commutes: true);
                break;
            case Operator.I32Mul or Operator.I64Mul:
                result = Binary(first, last, ValueOrigins.MaybeOne, commutes: true);
                break;
            case Operator.I32And or Operator.I64And:
                result = Binary(first, last, ValueOrigins.MaybeMinusOne, commutes: true);
                break;
            case Operator.I32WrapI64 or Operator.I64ExtendI32S or Operator.I64ExtendI32U
                or (>= Operator.I32Extend8S and <= Operator.I64Extend32S):
                result = first & ~ValueOrigins.Literal;
                break;
            case Operator.I32Eqz or Operator.I64Eqz:
                Test(first);
                break;
            case (>= Operator.I32Eq and <= Operator.I32GeU) or (>= Operator.I64Eq and <= Operator.I64GeU):
                // A comparison with 0, 1 or -1 may become a test against zero.
                if (((first & ValueOrigins.Rotated) != 0 && (last & Neutral) != 0)
                    || ((last & ValueOrigins.Rotated) != 0 && (first & Neutral) != 0))
                {
                    _rotateTested = true;
                }

                break;
            default:
                // Helpers and conversions may test their operands (a divisor, a sign).
                Test(TopUnion(operands));
                break;
        }

        Pop(operands);
        Push(result, results);
        return true;
    }

    // A binary integer operation keeps an operand's watched origins where the JIT may fold it
    // into that operand: the other operand may be its `identity` (x + 0, x * 1, x & -1; for
    // operations that do not commute, only the second: x - 0, x << 0), or both operands have
    // them (x & x). Two values the JIT may know fold to one it may know, of any value.
    private static ValueOrigins Binary(ValueOrigins a, ValueOrigins b, ValueOrigins identity, bool commutes)
    {
        ValueOrigins kept = ((b & identity) != 0 ? a : a & b) | (commutes && (a & identity) != 0 ? b : a & b);
        return (kept & Watched) | ((a & b & ValueOrigins.MaybeConstant) != 0 ? Known : ValueOrigins.None);
    }

    private bool Enter(Operator op, int offset, BlockType type)
    {
        (int parameters, int results) = type.Arity(_compilation.Module);
        if (op == Operator.If)
        {
            Test(Pop());
        }

        // A loop's parameters also come from its back edges, later in the code.
        if (op == Operator.Loop && (TopUnion(parameters) & Watched) != 0)
        {
            return false;
        }

        ValueOrigins[]? ifParams = null;
        ValueOrigins[]? ifLocals = null;
        if (op == Operator.If)
        {
            ifParams = new ValueOrigins[parameters];
            for (int i = 0; i < parameters; i++)
            {
                ifParams[i] = Peek(parameters - 1 - i);
            }

            ifLocals = CopyOfLocals();
        }

        bool unreachable = _frames[^1].Unreachable;
        if (op == Operator.Loop)
        {
            // The header has what every entry and back edge brought, in this pass and earlier ones.
            if (!_loopHeaders.TryGetValue(offset, out ValueOrigins[]? header))
            {
                header = new ValueOrigins[_localCount];
                _loopHeaders.Add(offset, header);
            }

            if (!unreachable)
            {
                Merge(header, _locals);
            }

            Array.Copy(header, _locals, _localCount);
        }

        _frames.Add(new HazardScanFrame
        {
            Height = _stack.Count - parameters,
            ParamCount = parameters,
            ResultCount = results,
            LoopOffset = op == Operator.Loop ? offset : -1,
            IfParams = ifParams,
            IfLocals = ifLocals,
            Unreachable = unreachable,
        });
        return true;
    }

    private void Else()
    {
        HazardScanFrame frame = _frames[^1];
        if (!frame.Unreachable)
        {
            frame.Results |= TopUnion(frame.ResultCount);
            BranchLocals(frame);
        }

        Truncate(frame.Height);
        foreach (ValueOrigins parameter in frame.IfParams!)
        {
            Push(parameter);
        }

        Array.Copy(frame.IfLocals!, _locals, _localCount);
        frame.SawElse = true;
        frame.Unreachable = _frames[^2].Unreachable;
    }

    private void End()
    {
        HazardScanFrame frame = _frames[^1];
        bool reachable = !frame.Unreachable;
        if (reachable)
        {
            frame.Results |= TopUnion(frame.ResultCount);
        }

        if (frame.IfParams is { } parameters && !frame.SawElse && !_frames[^2].Unreachable)
        {
            // Without an else, the parameters are the results when the condition is false.
            foreach (ValueOrigins parameter in parameters)
            {
                frame.Results |= parameter;
            }

            JoinAtEnd(frame, frame.IfLocals!);
        }

        // The locals after the end: those falling through, joined with those of the branches to it.
        if (frame.BranchLocals is { } branched)
        {
            if (reachable)
            {
                Merge(_locals, branched);
            }
            else
            {
                Array.Copy(branched, _locals, _localCount);
            }

            reachable = true;
        }

        Release(frame.BranchLocals);
        Release(frame.IfLocals);
        _frames.RemoveAt(_frames.Count - 1);
        if (_frames.Count == 0)
        {
            Return(frame.Results);
            return;
        }

        Truncate(frame.Height);
        Push(frame.Results & ~ValueOrigins.Literal, frame.ResultCount);

        // Code after an end no path reaches is dead, as after a branch.
        _frames[^1].Unreachable |= !reachable;
    }

    // A branch to label `depth`: its values and the locals go there; false for watched values
    // carried to a loop's parameters.
    private bool Branch(int depth)
    {
        HazardScanFrame target = Frame(depth);
        ValueOrigins carried = TopUnion(Arity(target));
        if (target.IsLoop && (carried & Watched) != 0)
        {
            return false;
        }

        if (ReferenceEquals(target, _frames[0]))
        {
            Return(carried);
        }
        else if (!target.IsLoop)
        {
            target.Results |= carried;
        }

        BranchLocals(target);
        return true;
    }

    // The locals as they are here reach the label of `target` (when this code is live).
    private void BranchLocals(HazardScanFrame target)
    {
        if (_frames[^1].Unreachable || ReferenceEquals(target, _frames[0]))
        {
            return;
        }

        if (target.IsLoop)
        {
            if (Merge(_loopHeaders[target.LoopOffset], _locals))
            {
                _headersGrew = true;
            }
        }
        else
        {
            JoinAtEnd(target, _locals);
        }
    }

    // `locals` reach the end of block or if `target`.
    private void JoinAtEnd(HazardScanFrame target, ValueOrigins[] locals)
    {
        if (target.BranchLocals is { } joined)
        {
            Merge(joined, locals);
        }
        else
        {
            target.BranchLocals = CopyOf(locals);
        }
    }

    // Adds `from` into `into`; whether anything was added.
    private bool Merge(ValueOrigins[] into, ValueOrigins[] from)
    {
        bool grew = false;
        for (int i = 0; i < _localCount; i++)
        {
            ValueOrigins joined = into[i] | from[i];
            if (joined != into[i])
            {
                into[i] = joined;
                grew = true;
            }
        }

        return grew;
    }

    private ValueOrigins[] CopyOfLocals() => CopyOf(_locals);

    private ValueOrigins[] CopyOf(ValueOrigins[] locals)
    {
        ValueOrigins[] copy = _spareLocals.Count > 0 ? _spareLocals.Pop() : new ValueOrigins[_localCount];
        Array.Copy(locals, copy, _localCount);
        return copy;
    }

    private void Release(ValueOrigins[]? locals)
    {
        if (locals is not null)
        {
            _spareLocals.Push(locals);
        }
    }

    private void Call(int function)
    {
        FuncType type = _compilation.Module.GetFunctionType(function);
        bool inlined = _compilation.MayInlineCall(function);
        if (inlined)
        {
            // The inlinee's parameters become these arguments, and its tests test them.
            Test(TopUnion(type.Params.Count));
        }

        Pop(type.Params.Count);
        Push(inlined ? ValueOrigins.Shifted | Known : ValueOrigins.None, type.Results.Count);
    }

    private void CallIndirect(FuncType type)
    {
        Pop(type.Params.Count);
        Push(ValueOrigins.None, type.Results.Count);
    }

    // Values leaving the function: a caller that inlines it may test them.
    private void Return(ValueOrigins values)
    {
        if (_mayBeInlined)
        {
            Test(values);
        }
    }

    private void Test(ValueOrigins value)
    {
        if ((value & ValueOrigins.Rotated) != 0)
        {
            _rotateTested = true;
        }
    }

    private HazardScanFrame Frame(int depth) => _frames[_frames.Count - 1 - depth];

    private static int Arity(HazardScanFrame frame) => frame.IsLoop ? frame.ParamCount : frame.ResultCount;

    private void SetUnreachable()
    {
        HazardScanFrame frame = _frames[^1];
        Truncate(frame.Height);
        frame.Unreachable = true;
    }

    private void Truncate(int height)
    {
        if (_stack.Count > height)
        {
            _stack.RemoveRange(height, _stack.Count - height);
        }
    }

    private void Push(ValueOrigins value) => _stack.Add(value);

    private void Push(ValueOrigins value, int count)
    {
        for (int i = 0; i < count; i++)
        {
            Push(value);
        }
    }

    // In dead code the stack is polymorphic: below the frame's height there is nothing to follow.
    private ValueOrigins Pop()
    {
        if (_stack.Count <= _frames[^1].Height)
        {
            return ValueOrigins.None;
        }

        ValueOrigins value = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        return value;
    }

    private void Pop(int count)
    {
        for (int i = 0; i < count; i++)
        {
            Pop();
        }
    }

    // The operand `fromTop` places below the top (0: the top), or None in dead code.
    private ValueOrigins Peek(int fromTop)
    {
        int index = _stack.Count - 1 - fromTop;
        return index >= _frames[^1].Height ? _stack[index] : ValueOrigins.None;
    }

    private ValueOrigins TopUnion(int count)
    {
        ValueOrigins union = ValueOrigins.None;
        for (int i = 0; i < count; i++)
        {
            union |= Peek(i);
        }

        return union;
    }
}

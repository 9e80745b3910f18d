using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using WasmSharp.Binary;
using WasmSharp.Operators;
using WasmSharp.Types;

namespace WasmSharp.Validation;

/// <summary>
/// Validates function bodies (spec valid/instructions.rst, "Instructions" and "Expressions") with
/// the single-pass operand/control stack algorithm of the spec appendix "Validation Algorithm".
/// One instance serves every body of a module: its stacks are reused, so validating a body does
/// not allocate per instruction. The instruction families live in the other parts of this class.
/// </summary>
internal sealed partial class FunctionValidator
{
    private static readonly ValType[] s_empty = [];
    private static readonly ValType[] s_i32 = [ValType.I32];
    private static readonly ValType[] s_i64 = [ValType.I64];
    private static readonly ValType[] s_f32 = [ValType.F32];
    private static readonly ValType[] s_f64 = [ValType.F64];
    private static readonly ValType[] s_v128 = [ValType.V128];

    private readonly ModuleInfo _module;
    private readonly TypeMatcher _types;
    private readonly WasmFeatures _features;
    private readonly bool[] _declaredFunctions;
    private readonly Dictionary<ValType, ValType[]> _singles = new();
    private readonly bool[] _memoryIs64;

    private ValType[] _stack = new ValType[64];
    private int _sp;
    private ControlFrame[] _ctrl = new ControlFrame[16];
    private int _ctrlCount;

    // Operand stack height at entry of the innermost frame (a copy of its Height, read on every pop).
    private int _height;

    private ValType[] _locals = new ValType[16];
    private bool[] _localInit = new bool[16];
    private int[] _inits = new int[16];
    private int _initCount;
    private int _localCount;

    private ValType[] _returnTypes = s_empty;
    private int _funcIndex;
    private int _opOffset;

    // Decodes the operators of the current body, which starts at _codeOffset in the module.
    private OperatorReader _reader;
    private int _codeOffset;
    private int _codeLength;

    /// <summary>Creates a validator for the bodies of <paramref name="module"/>.</summary>
    /// <param name="module">The module, whose index spaces are already validated.</param>
    /// <param name="types">Subtype matching over the module's (validated) types.</param>
    /// <param name="features">Enabled proposals.</param>
    /// <param name="declaredFunctions">
    /// Functions that <c>ref.func</c> may name in a body (spec valid/modules.rst, C.refs): those
    /// referenced outside function bodies.
    /// </param>
    public FunctionValidator(ModuleInfo module, TypeMatcher types, WasmFeatures features, bool[] declaredFunctions)
    {
        _module = module;
        _types = types;
        _features = features;
        _declaredFunctions = declaredFunctions;
        _memoryIs64 = new bool[module.Memories.Count];
        for (int i = 0; i < _memoryIs64.Length; i++)
        {
            _memoryIs64[i] = module.Memories[i].Is64;
        }
    }

    /// <summary>
    /// Validates the body of defined function <paramref name="functionIndex"/> (spec "Functions":
    /// the body is valid with the parameters and locals as locals, the results as label and return type).
    /// </summary>
    /// <exception cref="WasmValidationException">The body is invalid.</exception>
    /// <exception cref="WasmFormatException">The body is malformed (unknown opcode, missing end, ...).</exception>
    public void Validate(int functionIndex, FunctionBody body)
    {
        _funcIndex = functionIndex;
        _opOffset = body.BodyOffset;
        _reader = new OperatorReader(_features, _types.Count, functionIndex);
        _codeOffset = body.CodeOffset;
        _codeLength = body.CodeLength;
        int typeIndex = _module.FunctionTypes[functionIndex];
        ValType[] parameters = _types.FuncParams(typeIndex)!;
        _returnTypes = _types.FuncResults(typeIndex)!;
        SetUpLocals(parameters, body);

        _sp = 0;
        _ctrlCount = 0;
        _initCount = 0;
        PushCtrl(Opcodes.Block, s_empty, _returnTypes);

        ReadOnlySpan<byte> code = _module.Bytes.Span.Slice(body.CodeOffset, body.CodeLength);
        WasmReader reader = new(code, body.CodeOffset);
        Run(ref reader);
    }

    private void SetUpLocals(ValType[] parameters, FunctionBody body)
    {
        long total = parameters.Length + (long)body.LocalCount;
        if (total > int.MaxValue / 2)
        {
            throw new WasmFormatException("too many locals", body.BodyOffset);
        }

        int count = (int)total;
        if (_locals.Length < count)
        {
            int size = Math.Max(count, _locals.Length * 2);
            _locals = new ValType[size];
            _localInit = new bool[size];
            _inits = new int[size];
        }

        _localCount = count;
        int n = 0;
        foreach (ValType p in parameters)
        {
            _locals[n] = p;
            _localInit[n] = true;
            n++;
        }

        foreach (LocalDecl decl in body.Locals)
        {
            bool defaultable = decl.Type.IsDefaultable;
            for (uint i = 0; i < decl.Count; i++)
            {
                _locals[n] = decl.Type;
                _localInit[n] = defaultable;
                n++;
            }
        }
    }

    /// <summary>
    /// The main loop: one operator per iteration, read by the generated <see cref="OperatorReader.Visit"/>
    /// and validated by the <see cref="Visitor"/>, until the function's final <c>end</c>.
    /// </summary>
    private void Run(ref WasmReader r)
    {
        Visitor visitor = new(this);
        while (true)
        {
            if (r.AtEnd)
            {
                // The reference decoder reads on past the body: at the end of the module that is
                // an unexpected end, otherwise it finds whatever follows instead of an END.
                _opOffset = r.Offset;
                FailMalformed(r.Offset >= _module.Bytes.Length ? "unexpected end of section or function" : "END opcode expected");
            }

            _opOffset = r.Offset;
            _reader.Visit(ref r, ref visitor);
            if (_ctrlCount == 0)
            {
                // The end of the function's own block.
                if (!r.AtEnd)
                {
                    FailMalformed("END opcode expected");
                }

                return;
            }
        }
    }

    /// <summary>A reader over the current body at <paramref name="position"/>, to read a vector of immediates again.</summary>
    private WasmReader CodeReaderAt(int position)
    {
        WasmReader r = new(_module.Bytes.Span.Slice(_codeOffset, _codeLength), _codeOffset);
        r.Position = position;
        return r;
    }

    // ---- errors ----

    /// <summary>Raises an invalid-module error at the current instruction.</summary>
    [DoesNotReturn]
    private void Fail(string reason) => throw new WasmValidationException(reason, _opOffset, _funcIndex);

    /// <summary>Creates (for a throw expression) an invalid-module error at the current instruction.</summary>
    private WasmValidationException Error(string reason) => new(reason, _opOffset, _funcIndex);

    /// <summary>Raises a malformed-module error at the current instruction.</summary>
    [DoesNotReturn]
    private void FailMalformed(string reason) => throw new WasmFormatException(reason, _opOffset);

    [DoesNotReturn]
    private void FailTypeMismatch() => Fail("type mismatch");

    // ---- operand stack (spec appendix push_val / pop_val) ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Push(ValType type)
    {
        ValType[] stack = _stack;
        int sp = _sp;
        if ((uint)sp < (uint)stack.Length)
        {
            stack[sp] = type;
            _sp = sp + 1;
            return;
        }

        PushGrow(type);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void PushGrow(ValType type)
    {
        Array.Resize(ref _stack, _stack.Length * 2);
        _stack[_sp++] = type;
    }

    private void PushValues(ValType[] types)
    {
        foreach (ValType t in types)
        {
            Push(t);
        }
    }

    /// <summary>pop_val(): Bot when the current block is unreachable and has no operands left.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ValType Pop()
    {
        if (_sp > _height)
        {
            return _stack[--_sp];
        }

        return PopAtBase();
    }

    /// <summary>Popping at the block's base: Bot if the block is unreachable, else an underflow.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private ValType PopAtBase()
    {
        if (_ctrl[_ctrlCount - 1].Unreachable)
        {
            return ValType.Bottom;
        }

        throw Error("type mismatch");
    }

    /// <summary>pop_val(expect): the actual type must match <paramref name="expected"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ValType Pop(ValType expected)
    {
        // Fast path: the operand is exactly the expected type and above the block's base.
        int sp = _sp;
        if (sp > _height)
        {
            ValType top = _stack[sp - 1];
            if (top == expected)
            {
                _sp = sp - 1;
                return top;
            }
        }

        return PopSlow(expected);
    }

    /// <summary>pop_val(expect) when the top operand is not exactly <paramref name="expected"/>: subtyping, Bot, underflow.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private ValType PopSlow(ValType expected)
    {
        ValType actual = Pop();
        if (!_types.IsSubtype(actual, expected))
        {
            FailTypeMismatch();
        }

        return actual;
    }

    /// <summary>pop_ref(): a reference of any type; Bot becomes <c>(ref bot)</c>.</summary>
    private ValType PopRef()
    {
        ValType actual = Pop();
        if (actual.Kind == ValKind.Bottom)
        {
            return ValType.Ref(TypeMatcher.BottomHeap, nullable: false);
        }

        if (actual.Kind != ValKind.Ref)
        {
            FailTypeMismatch();
        }

        return actual;
    }

    /// <summary>pop_vals(types); a mismatch names the required types and the operands found, like the reference interpreter.</summary>
    private void PopValues(ValType[] types)
    {
        ref ControlFrame frame = ref _ctrl[_ctrlCount - 1];
        int saved = _sp;
        for (int i = types.Length - 1; i >= 0; i--)
        {
            if (_sp > _height)
            {
                ValType actual = _stack[_sp - 1];
                if (_types.IsSubtype(actual, types[i]))
                {
                    _sp--;
                    continue;
                }
            }
            else if (frame.Unreachable)
            {
                continue;
            }

            _sp = saved;
            Fail(DescribeMismatch("instruction", types, Math.Max(saved - types.Length, frame.Height), saved));
        }
    }

    /// <summary>The reference interpreter's wording: "type mismatch: instruction requires [i32] but stack has [i64]".</summary>
    private string DescribeMismatch(string what, ValType[] required, int from, int to)
    {
        System.Text.StringBuilder text = new("type mismatch: ");
        text.Append(what).Append(" requires [");
        for (int i = 0; i < required.Length; i++)
        {
            text.Append(i == 0 ? "" : " ").Append(required[i].ToString());
        }

        text.Append("] but stack has [");
        for (int i = from; i < to; i++)
        {
            text.Append(i == from ? "" : " ").Append(_stack[i].ToString());
        }

        return text.Append(']').ToString();
    }

    // ---- control stack (spec appendix push_ctrl / pop_ctrl / unreachable) ----

    private void PushCtrl(byte opcode, ValType[] startTypes, ValType[] endTypes)
    {
        if (_ctrlCount == _ctrl.Length)
        {
            Array.Resize(ref _ctrl, _ctrl.Length * 2);
        }

        ref ControlFrame frame = ref _ctrl[_ctrlCount++];
        _height = _sp;
        frame.Opcode = opcode;
        frame.StartTypes = startTypes;
        frame.EndTypes = endTypes;
        frame.Height = _sp;
        frame.InitHeight = _initCount;
        frame.Unreachable = false;
        PushValues(startTypes);
    }

    private ControlFrame PopCtrl()
    {
        ControlFrame frame = _ctrl[_ctrlCount - 1];
        int saved = _sp;
        PopValues(frame.EndTypes);
        if (_sp != frame.Height)
        {
            Fail(DescribeMismatch("block", frame.EndTypes, frame.Height, saved));
        }

        ResetLocals(frame.InitHeight);
        _ctrlCount--;
        _height = _ctrlCount > 0 ? _ctrl[_ctrlCount - 1].Height : 0;
        return frame;
    }

    private void SetUnreachable()
    {
        ref ControlFrame frame = ref _ctrl[_ctrlCount - 1];
        _sp = frame.Height;
        frame.Unreachable = true;
    }

    private void ResetLocals(int height)
    {
        while (_initCount > height)
        {
            _localInit[_inits[--_initCount]] = false;
        }
    }

    /// <summary>The frame label index <paramref name="depth"/> names (spec "unknown label").</summary>
    private ref ControlFrame Label(uint depth)
    {
        if (depth >= (uint)_ctrlCount)
        {
            Fail("unknown label");
        }

        return ref _ctrl[_ctrlCount - 1 - (int)depth];
    }

    // ---- types ----

    /// <summary>A one-element result list, cached so block types do not allocate per instruction.</summary>
    private ValType[] Single(ValType type)
    {
        switch (type.Kind)
        {
            case ValKind.I32: return s_i32;
            case ValKind.I64: return s_i64;
            case ValKind.F32: return s_f32;
            case ValKind.F64: return s_f64;
            case ValKind.V128: return s_v128;
        }

        if (!_singles.TryGetValue(type, out ValType[]? array))
        {
            array = [type];
            _singles.Add(type, array);
        }

        return array;
    }

    /// <summary>The block type just read (spec "Block Types"): empty, one value type, or a function type index.</summary>
    private void BlockTypes(BlockType blockType, out ValType[] parameters, out ValType[] results)
    {
        long value = blockType.Code;
        if (value == -64)
        {
            parameters = s_empty;
            results = s_empty;
            return;
        }

        if (value < 0)
        {
            parameters = s_empty;
            results = Single(CheckFeature(blockType.Type));
            return;
        }

        if (value >= _types.Count)
        {
            Fail($"unknown type {value}");
        }

        ValType[]? p = _types.FuncParams((int)value);
        if (p is null)
        {
            Fail($"type mismatch: block type {value} is not a function type");
        }

        parameters = p;
        results = _types.FuncResults((int)value)!;
        if ((parameters.Length > 0 || results.Length > 1) && (_features & WasmFeatures.MultiValue) == 0)
        {
            Fail("multi-value support is not enabled");
        }
    }

    /// <summary>The heap type just read, if its proposal is enabled.</summary>
    private HeapType CheckedHeap(HeapType heap)
    {
        CheckFeature(ValType.Ref(heap, nullable: true));
        return heap;
    }

    /// <summary>Rejects a type immediate of a disabled proposal (e.g. <c>v128</c> without SIMD).</summary>
    private ValType CheckFeature(ValType type)
    {
        if (_features != WasmFeatures.All && FeatureChecker.MissingFor(type, _features) is string proposal)
        {
            Fail($"{proposal} support is not enabled");
        }

        return type;
    }
}

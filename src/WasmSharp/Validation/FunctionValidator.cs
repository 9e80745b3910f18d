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

    /// <summary>The main loop: one opcode per iteration until the function's final <c>end</c>.</summary>
    private void Run(ref WasmReader r)
    {
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
            byte op = r.ReadByte();
            if (_features != WasmFeatures.All)
            {
                RequireOpcode(op);
            }

            if (op >= 0x45 && op <= 0xC4)
            {
                ValidateNumeric(op);
                continue;
            }

            switch (op)
            {
                case 0x00: SetUnreachable(); break;
                case 0x01: break;
                case 0x02:
                case 0x03: ValidateBlock(op, ref r); break;
                case 0x04: ValidateIf(ref r); break;
                case 0x05: ValidateElse(); break;
                case 0x06: ValidateLegacyTry(ref r); break;
                case 0x07: ValidateLegacyCatch(ref r); break;
                case 0x08: ValidateThrow(ref r); break;
                case 0x09: ValidateRethrow(ref r); break;
                case 0x0A: ValidateThrowRef(); break;
                case 0x0B:
                    if (ValidateEnd())
                    {
                        if (!r.AtEnd)
                        {
                            FailMalformed("END opcode expected");
                        }

                        return;
                    }

                    break;
                case 0x0C: ValidateBr(ref r); break;
                case 0x0D: ValidateBrIf(ref r); break;
                case 0x0E: ValidateBrTable(ref r); break;
                case 0x0F: ValidateReturn(); break;
                case 0x10: ValidateCall(ref r, tail: false); break;
                case 0x11: ValidateCallIndirect(ref r, tail: false); break;
                case 0x12: ValidateCall(ref r, tail: true); break;
                case 0x13: ValidateCallIndirect(ref r, tail: true); break;
                case 0x14: ValidateCallRef(ref r, tail: false); break;
                case 0x15: ValidateCallRef(ref r, tail: true); break;
                case 0x18: ValidateDelegate(ref r); break;
                case 0x19: ValidateLegacyCatchAll(); break;
                case 0x1A: Pop(); break;
                case 0x1B: ValidateSelect(); break;
                case 0x1C: ValidateTypedSelect(ref r); break;
                case 0x1F: ValidateTryTable(ref r); break;
                case 0x20: ValidateLocalGet(ref r); break;
                case 0x21: ValidateLocalSet(ref r); break;
                case 0x22: ValidateLocalTee(ref r); break;
                case 0x23: ValidateGlobalGet(ref r); break;
                case 0x24: ValidateGlobalSet(ref r); break;
                case 0x25: ValidateTableGet(ref r); break;
                case 0x26: ValidateTableSet(ref r); break;
                case 0x3F: ValidateMemorySize(ref r); break;
                case 0x40: ValidateMemoryGrow(ref r); break;
                case 0x41:
                    if (!r.AtEnd && r.PeekByte() < 0x80)
                    {
                        // A one-byte LEB128 is always well-formed; the value itself is not needed.
                        r.Position++;
                    }
                    else
                    {
                        r.ReadVarInt32();
                    }

                    Push(ValType.I32);
                    break;
                case 0x42:
                    if (!r.AtEnd && r.PeekByte() < 0x80)
                    {
                        r.Position++;
                    }
                    else
                    {
                        r.ReadVarInt64();
                    }

                    Push(ValType.I64);
                    break;
                case 0x43:
                    r.ReadF32Bits();
                    Push(ValType.F32);
                    break;
                case 0x44:
                    r.ReadF64Bits();
                    Push(ValType.F64);
                    break;
                case 0xD0: ValidateRefNull(ref r); break;
                case 0xD1: ValidateRefIsNull(); break;
                case 0xD2: ValidateRefFunc(ref r); break;
                case 0xD3: ValidateRefEq(); break;
                case 0xD4: ValidateRefAsNonNull(); break;
                case 0xD5: ValidateBrOnNull(ref r); break;
                case 0xD6: ValidateBrOnNonNull(ref r); break;
                case Opcodes.GcPrefix: ValidateGc(ref r); break;
                case Opcodes.MiscPrefix: ValidateMisc(ref r); break;
                case Opcodes.SimdPrefix: ValidateSimd(ref r); break;
                case Opcodes.AtomicPrefix: ValidateAtomic(ref r); break;
                default:
                    if (op >= 0x28 && op <= 0x3E && TryValidateFixed(OperatorTable.Decode(0, op), ref r))
                    {
                        break;
                    }

                    FailIllegalOpcode(op);
                    break;
            }
        }
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
    private void FailIllegalOpcode(int op) => FailMalformed($"illegal opcode {op:x2}");

    [DoesNotReturn]
    private void FailIllegalOpcode(int prefix, uint op) => FailMalformed($"illegal opcode {prefix:x2} {op:x}");

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

    /// <summary>Reads a label index and returns the frame it names (spec "unknown label").</summary>
    private ref ControlFrame ReadLabel(ref WasmReader r)
    {
        uint depth = r.ReadVarUInt32();
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

    /// <summary>Reads a block type (spec "Block Types"): empty, one value type, or a function type index.</summary>
    private void ReadBlockType(ref WasmReader r, out ValType[] parameters, out ValType[] results)
    {
        int start = r.Offset;
        long value = r.ReadVarInt33();
        if (value == -64)
        {
            parameters = s_empty;
            results = s_empty;
            return;
        }

        if (value < 0)
        {
            if (value < -64 || !ImmediateTypeReader.TryFinishValType((byte)(value & 0x7F), ref r, _types.Count, _funcIndex, start, out ValType type))
            {
                throw new WasmFormatException("malformed value type", start);
            }

            parameters = s_empty;
            results = Single(CheckFeature(type));
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

    private ValType ReadValType(ref WasmReader r) => CheckFeature(ImmediateTypeReader.ReadValType(ref r, _types.Count, _funcIndex));

    private HeapType ReadHeapType(ref WasmReader r)
    {
        HeapType heap = ImmediateTypeReader.ReadHeapType(ref r, _types.Count, _funcIndex);
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

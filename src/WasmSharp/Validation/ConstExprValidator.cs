using System.Diagnostics.CodeAnalysis;
using WasmSharp.Binary;
using WasmSharp.Types;

namespace WasmSharp.Validation;

/// <summary>
/// Validates constant expressions (spec valid/instructions.rst "Constant Expressions", with
/// extended-const and GC): only constant instructions, <c>global.get</c> of visible immutable
/// globals, and a single result matching the expected type. Records every <c>ref.func</c> it
/// sees, since functions referenced outside bodies are the declared ones (spec C.refs).
/// </summary>
internal sealed class ConstExprValidator
{
    private readonly ModuleInfo _module;
    private readonly TypeMatcher _types;
    private readonly WasmFeatures _features;
    private readonly bool[] _declaredFunctions;
    private readonly List<ValType> _stack = new();
    private int _opOffset;

    /// <summary>Creates a validator for the constant expressions of <paramref name="module"/>.</summary>
    /// <param name="module">The module.</param>
    /// <param name="types">Subtype matching over the module's types.</param>
    /// <param name="features">Enabled proposals.</param>
    /// <param name="declaredFunctions">Set to true for every function named by <c>ref.func</c>.</param>
    public ConstExprValidator(ModuleInfo module, TypeMatcher types, WasmFeatures features, bool[] declaredFunctions)
    {
        _module = module;
        _types = types;
        _features = features;
        _declaredFunctions = declaredFunctions;
    }

    /// <summary>Validates <paramref name="expr"/> as a constant expression of type <paramref name="expected"/>.</summary>
    /// <param name="expr">The expression's byte range.</param>
    /// <param name="expected">The result type.</param>
    /// <param name="visibleGlobals">How many globals (from index 0) <c>global.get</c> may name.</param>
    public void Validate(ConstExpr expr, ValType expected, int visibleGlobals)
    {
        _stack.Clear();
        ReadOnlySpan<byte> bytes = _module.Bytes.Span.Slice(expr.Offset, expr.Length);
        WasmReader r = new(bytes, expr.Offset);
        while (true)
        {
            if (r.AtEnd)
            {
                throw new WasmFormatException("END opcode expected", r.Offset);
            }

            _opOffset = r.Offset;
            byte op = r.ReadByte();
            switch (op)
            {
                case 0x0B:
                    if (!r.AtEnd)
                    {
                        throw new WasmFormatException("END opcode expected", r.Offset);
                    }

                    if (_stack.Count != 1 || !_types.IsSubtype(_stack[0], expected))
                    {
                        Fail("type mismatch");
                    }

                    return;
                case 0x41:
                    r.ReadVarInt32();
                    _stack.Add(ValType.I32);
                    break;
                case 0x42:
                    r.ReadVarInt64();
                    _stack.Add(ValType.I64);
                    break;
                case 0x43:
                    r.ReadF32Bits();
                    _stack.Add(ValType.F32);
                    break;
                case 0x44:
                    r.ReadF64Bits();
                    _stack.Add(ValType.F64);
                    break;
                case 0x23:
                    GlobalGet(ref r, visibleGlobals);
                    break;
                case 0xD0:
                    _stack.Add(ValType.Ref(ImmediateTypeReader.ReadHeapType(ref r, _types.Count, null), nullable: true));
                    break;
                case 0xD2:
                    RefFunc(ref r);
                    break;
                case 0x6A: case 0x6B: case 0x6C: // i32.add, i32.sub, i32.mul (extended-const)
                    ExtendedBinary(ValType.I32);
                    break;
                case 0x7C: case 0x7D: case 0x7E: // i64.add, i64.sub, i64.mul (extended-const)
                    ExtendedBinary(ValType.I64);
                    break;
                case Opcodes.SimdPrefix:
                    if (r.ReadVarUInt32() != 12)
                    {
                        Fail("constant expression required");
                    }

                    r.ReadBytes(16);
                    _stack.Add(ValType.V128);
                    break;
                case Opcodes.GcPrefix:
                    Gc(ref r);
                    break;
                default:
                    if (IsKnownOpcode(op))
                    {
                        Fail("constant expression required");
                    }

                    throw new WasmFormatException($"illegal opcode {op:x2}", _opOffset);
            }
        }
    }

    /// <summary>Whether <paramref name="op"/> is an instruction (or prefix) of Wasm 3.0, threads or legacy exceptions.</summary>
    private static bool IsKnownOpcode(byte op) =>
        op <= 0x15 || (op >= 0x18 && op <= 0x1C) || op == 0x1F || (op >= 0x20 && op <= 0x26)
        || (op >= 0x28 && op <= 0xC4) || (op >= 0xD0 && op <= 0xD6) || op >= 0xFB && op <= 0xFE;

    [DoesNotReturn]
    private void Fail(string reason) => throw new WasmValidationException(reason, _opOffset);

    private ValType Pop(ValType expected)
    {
        if (_stack.Count == 0)
        {
            Fail("type mismatch");
        }

        ValType actual = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        if (!_types.IsSubtype(actual, expected))
        {
            Fail("type mismatch");
        }

        return actual;
    }

    private void ExtendedBinary(ValType type)
    {
        if ((_features & WasmFeatures.ExtendedConst) == 0)
        {
            Fail("constant expression required");
        }

        Pop(type);
        Pop(type);
        _stack.Add(type);
    }

    /// <summary><c>global.get x</c>: x must be visible here and immutable.</summary>
    private void GlobalGet(ref WasmReader r, int visibleGlobals)
    {
        uint index = r.ReadVarUInt32();
        if (index >= (uint)visibleGlobals)
        {
            Fail($"unknown global {index}");
        }

        GlobalType type = _module.Globals[(int)index].Type;
        if (type.Mutable)
        {
            Fail("constant expression required");
        }

        _stack.Add(type.Type);
    }

    private void RefFunc(ref WasmReader r)
    {
        uint index = r.ReadVarUInt32();
        if (index >= (uint)_module.FunctionTypes.Count)
        {
            Fail($"unknown function {index}");
        }

        _declaredFunctions[index] = true;
        _stack.Add(ValType.Ref(HeapType.FromIndex(_module.FunctionTypes[(int)index]), nullable: false));
    }

    private int ReadTypeIndex(ref WasmReader r)
    {
        uint index = r.ReadVarUInt32();
        if (index >= (uint)_types.Count)
        {
            Fail($"unknown type {index}");
        }

        return (int)index;
    }

    /// <summary>The constant GC instructions: struct.new(_default), array.new(_default/_fixed), ref.i31, extern/any conversion.</summary>
    private void Gc(ref WasmReader r)
    {
        uint op = r.ReadVarUInt32();
        switch (op)
        {
            case 0:
            case 1:
            {
                int index = ReadTypeIndex(ref r);
                StructType type = _types.Types[index].Composite as StructType
                    ?? throw new WasmValidationException($"type mismatch: type {index} is not a struct type", _opOffset);
                for (int i = type.Fields.Count - 1; i >= 0; i--)
                {
                    if (op == 0)
                    {
                        Pop(type.Fields[i].Storage.Unpacked);
                    }
                    else if (!type.Fields[i].Storage.Type.IsDefaultable)
                    {
                        Fail("type mismatch: field type is not defaultable");
                    }
                }

                _stack.Add(ValType.Ref(HeapType.FromIndex(index), nullable: false));
                break;
            }

            case 6:
            case 7:
            case 8:
            {
                int index = ReadTypeIndex(ref r);
                ArrayType type = _types.Types[index].Composite as ArrayType
                    ?? throw new WasmValidationException($"type mismatch: type {index} is not an array type", _opOffset);
                ValType element = type.Element.Storage.Unpacked;
                if (op == 8)
                {
                    uint count = r.ReadVarUInt32();
                    for (uint i = 0; i < count; i++)
                    {
                        Pop(element);
                    }
                }
                else
                {
                    Pop(ValType.I32);
                    if (op == 6)
                    {
                        Pop(element);
                    }
                    else if (!type.Element.Storage.Type.IsDefaultable)
                    {
                        Fail("type mismatch: array type is not defaultable");
                    }
                }

                _stack.Add(ValType.Ref(HeapType.FromIndex(index), nullable: false));
                break;
            }

            case 26:
            {
                ValType type = Pop(ValType.ExternRef);
                _stack.Add(ValType.Ref(AbstractHeapType.Any, type.Nullable));
                break;
            }

            case 27:
            {
                ValType type = Pop(ValType.Ref(AbstractHeapType.Any, nullable: true));
                _stack.Add(ValType.Ref(AbstractHeapType.Extern, type.Nullable));
                break;
            }

            case 28:
                Pop(ValType.I32);
                _stack.Add(ValType.Ref(AbstractHeapType.I31, nullable: false));
                break;
            default:
                Fail("constant expression required");
                break;
        }
    }
}

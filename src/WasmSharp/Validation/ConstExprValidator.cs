using System.Diagnostics.CodeAnalysis;
using WasmSharp.Binary;
using WasmSharp.Operators;
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
        OperatorReader operators = new(_features, _types.Count, null);
        OperatorImmediates immediates = default;
        while (true)
        {
            if (r.AtEnd)
            {
                throw new WasmFormatException("END opcode expected", r.Offset);
            }

            _opOffset = r.Offset;
            Operator op = OperatorReader.ReadOperator(ref r);
            if (!IsConstant(op))
            {
                Fail("constant expression required");
            }

            operators.ReadImmediates(op, ref r, _opOffset, ref immediates);
            switch (op)
            {
                case Operator.End:
                    if (!r.AtEnd)
                    {
                        throw new WasmFormatException("END opcode expected", r.Offset);
                    }

                    if (_stack.Count != 1 || !_types.IsSubtype(_stack[0], expected))
                    {
                        Fail("type mismatch");
                    }

                    return;
                case Operator.I32Const: _stack.Add(ValType.I32); break;
                case Operator.I64Const: _stack.Add(ValType.I64); break;
                case Operator.F32Const: _stack.Add(ValType.F32); break;
                case Operator.F64Const: _stack.Add(ValType.F64); break;
                case Operator.V128Const: _stack.Add(ValType.V128); break;
                case Operator.GlobalGet: GlobalGet(immediates.Index, visibleGlobals); break;
                case Operator.RefNull: _stack.Add(ValType.Ref(immediates.Heap, nullable: true)); break;
                case Operator.RefFunc: RefFunc(immediates.Index); break;
                case Operator.I32Add or Operator.I32Sub or Operator.I32Mul: ExtendedBinary(ValType.I32); break;
                case Operator.I64Add or Operator.I64Sub or Operator.I64Mul: ExtendedBinary(ValType.I64); break;
                default: Gc(op, immediates); break;
            }
        }
    }

    /// <summary>Whether <paramref name="op"/> is one of the instructions a constant expression may hold (extended-const and GC included).</summary>
    private static bool IsConstant(Operator op) => op is Operator.End or Operator.I32Const or Operator.I64Const or Operator.F32Const
        or Operator.F64Const or Operator.V128Const or Operator.GlobalGet or Operator.RefNull or Operator.RefFunc
        or Operator.I32Add or Operator.I32Sub or Operator.I32Mul or Operator.I64Add or Operator.I64Sub or Operator.I64Mul
        or Operator.StructNew or Operator.StructNewDefault or Operator.ArrayNew or Operator.ArrayNewDefault or Operator.ArrayNewFixed
        or Operator.AnyConvertExtern or Operator.ExternConvertAny or Operator.RefI31;

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
    private void GlobalGet(uint index, int visibleGlobals)
    {
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

    private void RefFunc(uint index)
    {
        if (index >= (uint)_module.FunctionTypes.Count)
        {
            Fail($"unknown function {index}");
        }

        _declaredFunctions[index] = true;
        _stack.Add(ValType.Ref(HeapType.FromIndex(_module.FunctionTypes[(int)index]), nullable: false));
    }

    private int TypeIndex(uint index)
    {
        if (index >= (uint)_types.Count)
        {
            Fail($"unknown type {index}");
        }

        return (int)index;
    }

    /// <summary>The constant GC instructions: struct.new(_default), array.new(_default/_fixed), ref.i31, extern/any conversion.</summary>
    private void Gc(Operator op, in OperatorImmediates immediates)
    {
        switch (op)
        {
            case Operator.StructNew:
            case Operator.StructNewDefault:
            {
                int index = TypeIndex(immediates.Index);
                StructType type = _types.Types[index].Composite as StructType
                    ?? throw new WasmValidationException($"type mismatch: type {index} is not a struct type", _opOffset);
                for (int i = type.Fields.Count - 1; i >= 0; i--)
                {
                    if (op == Operator.StructNew)
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

            case Operator.ArrayNew:
            case Operator.ArrayNewDefault:
            case Operator.ArrayNewFixed:
            {
                int index = TypeIndex(immediates.Index);
                ArrayType type = _types.Types[index].Composite as ArrayType
                    ?? throw new WasmValidationException($"type mismatch: type {index} is not an array type", _opOffset);
                ValType element = type.Element.Storage.Unpacked;
                if (op == Operator.ArrayNewFixed)
                {
                    uint count = immediates.Index2;
                    for (uint i = 0; i < count; i++)
                    {
                        Pop(element);
                    }
                }
                else
                {
                    Pop(ValType.I32);
                    if (op == Operator.ArrayNew)
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

            case Operator.AnyConvertExtern:
            {
                ValType type = Pop(ValType.ExternRef);
                _stack.Add(ValType.Ref(AbstractHeapType.Any, type.Nullable));
                break;
            }

            case Operator.ExternConvertAny:
            {
                ValType type = Pop(ValType.Ref(AbstractHeapType.Any, nullable: true));
                _stack.Add(ValType.Ref(AbstractHeapType.Extern, type.Nullable));
                break;
            }

            default:
                // ref.i31
                Pop(ValType.I32);
                _stack.Add(ValType.Ref(AbstractHeapType.I31, nullable: false));
                break;
        }
    }
}

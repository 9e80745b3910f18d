using WasmSharp.Operators;
using WasmSharp.Types;

namespace WasmSharp.Validation;

/// <summary>
/// GC instructions under the 0xFB prefix (spec valid/instructions.rst "Aggregate Reference
/// Instructions", "Scalar Reference Instructions", "External Reference Instructions", casts).
/// </summary>
internal sealed partial class FunctionValidator
{
    /// <summary><c>any.convert_extern</c>: keeps nullability; Bot (unreachable code) is non-null like pop_ref's (ref bot).</summary>
    private void ValidateAnyConvertExtern()
    {
        ValType type = Pop(ValType.ExternRef);
        Push(ValType.Ref(AbstractHeapType.Any, type.Nullable));
    }

    /// <summary><c>extern.convert_any</c>.</summary>
    private void ValidateExternConvertAny()
    {
        ValType type = Pop(ValType.Ref(AbstractHeapType.Any, nullable: true));
        Push(ValType.Ref(AbstractHeapType.Extern, type.Nullable));
    }

    /// <summary><c>ref.i31</c>: [i32] -> [(ref i31)].</summary>
    private void ValidateRefI31()
    {
        Pop(ValType.I32);
        Push(ValType.Ref(AbstractHeapType.I31, nullable: false));
    }

    /// <summary><c>i31.get_s</c> and <c>i31.get_u</c>: [i31ref] -> [i32].</summary>
    private void ValidateI31Get()
    {
        Pop(ValType.Ref(AbstractHeapType.I31, nullable: true));
        Push(ValType.I32);
    }

    /// <summary><c>array.len</c>: [arrayref] -> [i32].</summary>
    private void ValidateArrayLen()
    {
        Pop(ValType.Ref(AbstractHeapType.Array, nullable: true));
        Push(ValType.I32);
    }

    private int StructTypeIndex(uint immediate, out StructType type)
    {
        int index = TypeIndex(immediate);
        type = _types.Types[index].Composite as StructType
            ?? throw Error($"type mismatch: type {index} is not a struct type");
        return index;
    }

    private int ArrayTypeIndex(uint immediate, out FieldType element)
    {
        int index = TypeIndex(immediate);
        ArrayType array = _types.Types[index].Composite as ArrayType
            ?? throw Error($"type mismatch: type {index} is not an array type");
        element = array.Element;
        return index;
    }

    private static ValType RefTo(int typeIndex, bool nullable) => ValType.Ref(HeapType.FromIndex(typeIndex), nullable);

    /// <summary><c>struct.new x</c> and <c>struct.new_default x</c>.</summary>
    private void ValidateStructNew(uint typeIndex, bool withDefaults)
    {
        int index = StructTypeIndex(typeIndex, out StructType type);
        IReadOnlyList<FieldType> fields = type.Fields;
        if (withDefaults)
        {
            for (int i = 0; i < fields.Count; i++)
            {
                if (!fields[i].Storage.Type.IsDefaultable)
                {
                    Fail("type mismatch: field type is not defaultable");
                }
            }
        }
        else
        {
            for (int i = fields.Count - 1; i >= 0; i--)
            {
                Pop(fields[i].Storage.Unpacked);
            }
        }

        Push(RefTo(index, nullable: false));
    }

    private FieldType Field(uint field, StructType type)
    {
        if (field >= (uint)type.Fields.Count)
        {
            Fail($"unknown field {field}");
        }

        return type.Fields[(int)field];
    }

    /// <summary><c>struct.get</c>, <c>struct.get_s</c>, <c>struct.get_u</c>: the signed variants exactly for packed fields.</summary>
    private void ValidateStructGet(uint typeIndex, uint fieldIndex, bool signedVariant)
    {
        int index = StructTypeIndex(typeIndex, out StructType type);
        FieldType field = Field(fieldIndex, type);
        CheckPacking(field, signedVariant);
        Pop(RefTo(index, nullable: true));
        Push(field.Storage.Unpacked);
    }

    private void CheckPacking(FieldType field, bool signedVariant)
    {
        if (field.Storage.IsPacked != signedVariant)
        {
            Fail(signedVariant ? "type mismatch: field is not packed" : "type mismatch: field is packed");
        }
    }

    /// <summary><c>struct.set x f</c>: the field must be mutable.</summary>
    private void ValidateStructSet(uint typeIndex, uint fieldIndex)
    {
        int index = StructTypeIndex(typeIndex, out StructType type);
        FieldType field = Field(fieldIndex, type);
        if (!field.Mutable)
        {
            Fail("immutable field");
        }

        Pop(field.Storage.Unpacked);
        Pop(RefTo(index, nullable: true));
    }

    /// <summary><c>array.new x</c>: [t i32] -> [(ref x)].</summary>
    private void ValidateArrayNew(uint typeIndex)
    {
        int index = ArrayTypeIndex(typeIndex, out FieldType element);
        Pop(ValType.I32);
        Pop(element.Storage.Unpacked);
        Push(RefTo(index, nullable: false));
    }

    /// <summary><c>array.new_default x</c>: the element type must be defaultable.</summary>
    private void ValidateArrayNewDefault(uint typeIndex)
    {
        int index = ArrayTypeIndex(typeIndex, out FieldType element);
        if (!element.Storage.Type.IsDefaultable)
        {
            Fail("type mismatch: array type is not defaultable");
        }

        Pop(ValType.I32);
        Push(RefTo(index, nullable: false));
    }

    /// <summary><c>array.new_fixed x n</c>: n operands of the element type.</summary>
    private void ValidateArrayNewFixed(uint typeIndex, uint count)
    {
        int index = ArrayTypeIndex(typeIndex, out FieldType element);
                ValType unpacked = element.Storage.Unpacked;
        for (uint i = 0; i < count; i++)
        {
            Pop(unpacked);
        }

        Push(RefTo(index, nullable: false));
    }

    private void CheckNumericOrVector(FieldType element)
    {
        if (element.Storage.IsRef())
        {
            Fail("array type is not numeric or vector");
        }
    }

    private void CheckElemSegmentFits(int segment, FieldType element)
    {
        if (!_types.IsSubtype(_module.Elements[segment].ElementType, element.Storage.Unpacked) || element.Storage.IsPacked)
        {
            FailTypeMismatch();
        }
    }

    private void CheckMutableArray(FieldType element)
    {
        if (!element.Mutable)
        {
            Fail("immutable array");
        }
    }

    /// <summary><c>array.new_data x d</c>: numeric or vector elements.</summary>
    private void ValidateArrayNewData(uint typeIndex, uint data)
    {
        int index = ArrayTypeIndex(typeIndex, out FieldType element);
        CheckNumericOrVector(element);
        CheckDataIndex(data);
        Pop(ValType.I32);
        Pop(ValType.I32);
        Push(RefTo(index, nullable: false));
    }

    /// <summary><c>array.new_elem x e</c>: the segment's references must match the element type.</summary>
    private void ValidateArrayNewElem(uint typeIndex, uint elem)
    {
        int index = ArrayTypeIndex(typeIndex, out FieldType element);
        int segment = CheckElemIndex(elem);
        CheckElemSegmentFits(segment, element);
        Pop(ValType.I32);
        Pop(ValType.I32);
        Push(RefTo(index, nullable: false));
    }

    /// <summary><c>array.get</c>, <c>array.get_s</c>, <c>array.get_u</c>.</summary>
    private void ValidateArrayGet(uint typeIndex, bool signedVariant)
    {
        int index = ArrayTypeIndex(typeIndex, out FieldType element);
        CheckPacking(element, signedVariant);
        Pop(ValType.I32);
        Pop(RefTo(index, nullable: true));
        Push(element.Storage.Unpacked);
    }

    /// <summary><c>array.set x</c>.</summary>
    private void ValidateArraySet(uint typeIndex)
    {
        int index = ArrayTypeIndex(typeIndex, out FieldType element);
        CheckMutableArray(element);
        Pop(element.Storage.Unpacked);
        Pop(ValType.I32);
        Pop(RefTo(index, nullable: true));
    }

    /// <summary><c>array.fill x</c>: [(ref null x) i32 t i32] -> [].</summary>
    private void ValidateArrayFill(uint typeIndex)
    {
        int index = ArrayTypeIndex(typeIndex, out FieldType element);
        CheckMutableArray(element);
        Pop(ValType.I32);
        Pop(element.Storage.Unpacked);
        Pop(ValType.I32);
        Pop(RefTo(index, nullable: true));
    }

    /// <summary><c>array.copy x y</c>: x mutable, y's element storage type matching x's.</summary>
    private void ValidateArrayCopy(uint destinationIndex, uint sourceIndex)
    {
        int destination = ArrayTypeIndex(destinationIndex, out FieldType destinationElement);
        int source = ArrayTypeIndex(sourceIndex, out FieldType sourceElement);
        CheckMutableArray(destinationElement);
        bool matches = sourceElement.Storage.Packed == destinationElement.Storage.Packed
            && (sourceElement.Storage.IsPacked || _types.IsSubtype(sourceElement.Storage.Type, destinationElement.Storage.Type));
        if (!matches)
        {
            Fail("array types do not match");
        }

        Pop(ValType.I32);
        Pop(ValType.I32);
        Pop(RefTo(source, nullable: true));
        Pop(ValType.I32);
        Pop(RefTo(destination, nullable: true));
    }

    /// <summary><c>array.init_data x d</c>.</summary>
    private void ValidateArrayInitData(uint typeIndex, uint data)
    {
        int index = ArrayTypeIndex(typeIndex, out FieldType element);
        CheckMutableArray(element);
        CheckNumericOrVector(element);
        CheckDataIndex(data);
        Pop(ValType.I32);
        Pop(ValType.I32);
        Pop(ValType.I32);
        Pop(RefTo(index, nullable: true));
    }

    /// <summary><c>array.init_elem x e</c>.</summary>
    private void ValidateArrayInitElem(uint typeIndex, uint elem)
    {
        int index = ArrayTypeIndex(typeIndex, out FieldType element);
        CheckMutableArray(element);
        int segment = CheckElemIndex(elem);
        CheckElemSegmentFits(segment, element);
        Pop(ValType.I32);
        Pop(ValType.I32);
        Pop(ValType.I32);
        Pop(RefTo(index, nullable: true));
    }

    /// <summary><c>ref.test rt</c>: the operand may be any reference of rt's hierarchy.</summary>
    private void ValidateRefTest(HeapType heap)
    {
        heap = CheckedHeap(heap);
        Pop(ValType.Ref(_types.TopOf(heap), nullable: true));
        Push(ValType.I32);
    }

    /// <summary><c>ref.cast rt</c>.</summary>
    private void ValidateRefCast(HeapType heap, bool nullable)
    {
        heap = CheckedHeap(heap);
        Pop(ValType.Ref(_types.TopOf(heap), nullable: true));
        Push(ValType.Ref(heap, nullable));
    }

    /// <summary>
    /// <c>br_on_cast l rt1 rt2</c> / <c>br_on_cast_fail l rt1 rt2</c>: rt2 must match rt1; the
    /// branch carries rt2 (or rt1 minus rt2 on failure), the fall-through the other.
    /// </summary>
    private void ValidateBrOnCast(uint depth, byte flags, HeapType heap1, HeapType heap2, bool fail)
    {
        ValType[] label = Label(depth).LabelTypes;
        heap1 = CheckedHeap(heap1);
        heap2 = CheckedHeap(heap2);
        ValType rt1 = ValType.Ref(heap1, (flags & 1) != 0);
        ValType rt2 = ValType.Ref(heap2, (flags & 2) != 0);
        if (!_types.IsSubtype(rt2, rt1))
        {
            FailTypeMismatch();
        }

        // The difference rt1 \ rt2: only null can be excluded.
        ValType difference = ValType.Ref(heap1, rt1.Nullable && !rt2.Nullable);
        if (label.Length == 0)
        {
            FailTypeMismatch();
        }

        Pop(rt1);
        Push(fail ? difference : rt2);
        PopValues(label);
        PushPrefix(label);
        Push(fail ? rt2 : difference);
    }
}

using WasmSharp.Binary;
using WasmSharp.Types;

namespace WasmSharp.Validation;

/// <summary>
/// GC instructions under the 0xFB prefix (spec valid/instructions.rst "Aggregate Reference
/// Instructions", "Scalar Reference Instructions", "External Reference Instructions", casts).
/// </summary>
internal sealed partial class FunctionValidator
{
    /// <summary>The 0xFB prefix.</summary>
    private void ValidateGc(ref WasmReader r)
    {
        uint op = r.ReadVarUInt32();
        switch (op)
        {
            case 0: ValidateStructNew(ref r, withDefaults: false); break;
            case 1: ValidateStructNew(ref r, withDefaults: true); break;
            case 2: case 3: case 4: ValidateStructGet(ref r, op); break;
            case 5: ValidateStructSet(ref r); break;
            case 6: ValidateArrayNew(ref r); break;
            case 7: ValidateArrayNewDefault(ref r); break;
            case 8: ValidateArrayNewFixed(ref r); break;
            case 9: ValidateArrayNewData(ref r); break;
            case 10: ValidateArrayNewElem(ref r); break;
            case 11: case 12: case 13: ValidateArrayGet(ref r, op); break;
            case 14: ValidateArraySet(ref r); break;
            case 15:
                Pop(ValType.Ref(AbstractHeapType.Array, nullable: true));
                Push(ValType.I32);
                break;
            case 16: ValidateArrayFill(ref r); break;
            case 17: ValidateArrayCopy(ref r); break;
            case 18: ValidateArrayInitData(ref r); break;
            case 19: ValidateArrayInitElem(ref r); break;
            case 20: case 21: ValidateRefTest(ref r, nullable: op == 21); break;
            case 22: case 23: ValidateRefCast(ref r, nullable: op == 23); break;
            case 24: case 25: ValidateBrOnCast(ref r, fail: op == 25); break;
            case 26:
            {
                // any.convert_extern keeps nullability; Bot (unreachable code) is non-null like pop_ref's (ref bot).
                ValType type = Pop(ValType.ExternRef);
                Push(ValType.Ref(AbstractHeapType.Any, type.Nullable));
                break;
            }

            case 27:
            {
                ValType type = Pop(ValType.Ref(AbstractHeapType.Any, nullable: true));
                Push(ValType.Ref(AbstractHeapType.Extern, type.Nullable));
                break;
            }

            case 28:
                Pop(ValType.I32);
                Push(ValType.Ref(AbstractHeapType.I31, nullable: false));
                break;
            case 29:
            case 30:
                Pop(ValType.Ref(AbstractHeapType.I31, nullable: true));
                Push(ValType.I32);
                break;
            default:
                FailIllegalOpcode(Opcodes.GcPrefix, op);
                break;
        }
    }

    private int ReadStructTypeIndex(ref WasmReader r, out StructType type)
    {
        int index = ReadTypeIndex(ref r);
        type = _types.Types[index].Composite as StructType
            ?? throw Error($"type mismatch: type {index} is not a struct type");
        return index;
    }

    private int ReadArrayTypeIndex(ref WasmReader r, out FieldType element)
    {
        int index = ReadTypeIndex(ref r);
        ArrayType array = _types.Types[index].Composite as ArrayType
            ?? throw Error($"type mismatch: type {index} is not an array type");
        element = array.Element;
        return index;
    }

    private static ValType RefTo(int typeIndex, bool nullable) => ValType.Ref(HeapType.FromIndex(typeIndex), nullable);

    /// <summary><c>struct.new x</c> and <c>struct.new_default x</c>.</summary>
    private void ValidateStructNew(ref WasmReader r, bool withDefaults)
    {
        int index = ReadStructTypeIndex(ref r, out StructType type);
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

    private FieldType ReadField(ref WasmReader r, StructType type)
    {
        uint field = r.ReadVarUInt32();
        if (field >= (uint)type.Fields.Count)
        {
            Fail($"unknown field {field}");
        }

        return type.Fields[(int)field];
    }

    /// <summary><c>struct.get</c>, <c>struct.get_s</c>, <c>struct.get_u</c>: the signed variants exactly for packed fields.</summary>
    private void ValidateStructGet(ref WasmReader r, uint op)
    {
        int index = ReadStructTypeIndex(ref r, out StructType type);
        FieldType field = ReadField(ref r, type);
        CheckPacking(field, op != 2);
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
    private void ValidateStructSet(ref WasmReader r)
    {
        int index = ReadStructTypeIndex(ref r, out StructType type);
        FieldType field = ReadField(ref r, type);
        if (!field.Mutable)
        {
            Fail("immutable field");
        }

        Pop(field.Storage.Unpacked);
        Pop(RefTo(index, nullable: true));
    }

    /// <summary><c>array.new x</c>: [t i32] -> [(ref x)].</summary>
    private void ValidateArrayNew(ref WasmReader r)
    {
        int index = ReadArrayTypeIndex(ref r, out FieldType element);
        Pop(ValType.I32);
        Pop(element.Storage.Unpacked);
        Push(RefTo(index, nullable: false));
    }

    /// <summary><c>array.new_default x</c>: the element type must be defaultable.</summary>
    private void ValidateArrayNewDefault(ref WasmReader r)
    {
        int index = ReadArrayTypeIndex(ref r, out FieldType element);
        if (!element.Storage.Type.IsDefaultable)
        {
            Fail("type mismatch: array type is not defaultable");
        }

        Pop(ValType.I32);
        Push(RefTo(index, nullable: false));
    }

    /// <summary><c>array.new_fixed x n</c>: n operands of the element type.</summary>
    private void ValidateArrayNewFixed(ref WasmReader r)
    {
        int index = ReadArrayTypeIndex(ref r, out FieldType element);
        uint count = r.ReadVarUInt32();
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
    private void ValidateArrayNewData(ref WasmReader r)
    {
        int index = ReadArrayTypeIndex(ref r, out FieldType element);
        CheckNumericOrVector(element);
        ReadDataIndex(ref r);
        Pop(ValType.I32);
        Pop(ValType.I32);
        Push(RefTo(index, nullable: false));
    }

    /// <summary><c>array.new_elem x e</c>: the segment's references must match the element type.</summary>
    private void ValidateArrayNewElem(ref WasmReader r)
    {
        int index = ReadArrayTypeIndex(ref r, out FieldType element);
        int segment = ReadElemIndex(ref r);
        CheckElemSegmentFits(segment, element);
        Pop(ValType.I32);
        Pop(ValType.I32);
        Push(RefTo(index, nullable: false));
    }

    /// <summary><c>array.get</c>, <c>array.get_s</c>, <c>array.get_u</c>.</summary>
    private void ValidateArrayGet(ref WasmReader r, uint op)
    {
        int index = ReadArrayTypeIndex(ref r, out FieldType element);
        CheckPacking(element, op != 11);
        Pop(ValType.I32);
        Pop(RefTo(index, nullable: true));
        Push(element.Storage.Unpacked);
    }

    /// <summary><c>array.set x</c>.</summary>
    private void ValidateArraySet(ref WasmReader r)
    {
        int index = ReadArrayTypeIndex(ref r, out FieldType element);
        CheckMutableArray(element);
        Pop(element.Storage.Unpacked);
        Pop(ValType.I32);
        Pop(RefTo(index, nullable: true));
    }

    /// <summary><c>array.fill x</c>: [(ref null x) i32 t i32] -> [].</summary>
    private void ValidateArrayFill(ref WasmReader r)
    {
        int index = ReadArrayTypeIndex(ref r, out FieldType element);
        CheckMutableArray(element);
        Pop(ValType.I32);
        Pop(element.Storage.Unpacked);
        Pop(ValType.I32);
        Pop(RefTo(index, nullable: true));
    }

    /// <summary><c>array.copy x y</c>: x mutable, y's element storage type matching x's.</summary>
    private void ValidateArrayCopy(ref WasmReader r)
    {
        int destination = ReadArrayTypeIndex(ref r, out FieldType destinationElement);
        int source = ReadArrayTypeIndex(ref r, out FieldType sourceElement);
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
    private void ValidateArrayInitData(ref WasmReader r)
    {
        int index = ReadArrayTypeIndex(ref r, out FieldType element);
        CheckMutableArray(element);
        CheckNumericOrVector(element);
        ReadDataIndex(ref r);
        Pop(ValType.I32);
        Pop(ValType.I32);
        Pop(ValType.I32);
        Pop(RefTo(index, nullable: true));
    }

    /// <summary><c>array.init_elem x e</c>.</summary>
    private void ValidateArrayInitElem(ref WasmReader r)
    {
        int index = ReadArrayTypeIndex(ref r, out FieldType element);
        CheckMutableArray(element);
        int segment = ReadElemIndex(ref r);
        CheckElemSegmentFits(segment, element);
        Pop(ValType.I32);
        Pop(ValType.I32);
        Pop(ValType.I32);
        Pop(RefTo(index, nullable: true));
    }

    /// <summary><c>ref.test rt</c>: the operand may be any reference of rt's hierarchy.</summary>
    private void ValidateRefTest(ref WasmReader r, bool nullable)
    {
        HeapType heap = ReadHeapType(ref r);
        Pop(ValType.Ref(_types.TopOf(heap), nullable: true));
        Push(ValType.I32);
    }

    /// <summary><c>ref.cast rt</c>.</summary>
    private void ValidateRefCast(ref WasmReader r, bool nullable)
    {
        HeapType heap = ReadHeapType(ref r);
        Pop(ValType.Ref(_types.TopOf(heap), nullable: true));
        Push(ValType.Ref(heap, nullable));
    }

    /// <summary>
    /// <c>br_on_cast l rt1 rt2</c> / <c>br_on_cast_fail l rt1 rt2</c>: rt2 must match rt1; the
    /// branch carries rt2 (or rt1 minus rt2 on failure), the fall-through the other.
    /// </summary>
    private void ValidateBrOnCast(ref WasmReader r, bool fail)
    {
        byte flags = r.ReadByte();
        if (flags > 3)
        {
            FailMalformed("malformed br_on_cast flags");
        }

        ValType[] label = ReadLabel(ref r).LabelTypes;
        HeapType heap1 = ReadHeapType(ref r);
        HeapType heap2 = ReadHeapType(ref r);
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

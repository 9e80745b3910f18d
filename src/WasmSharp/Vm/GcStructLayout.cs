using WasmSharp.Types;

namespace WasmSharp.Vm;

/// <summary>
/// Where each field of a struct type lives in a <see cref="StructRef"/>: references get a slot of
/// <see cref="StructRef.Refs"/>, everything else one slot of <see cref="StructRef.Nums"/> (two for
/// v128). Computed from the type alone, so the compiler, the constant evaluator and the host agree.
/// </summary>
internal sealed class GcStructLayout
{
    /// <summary>Lays out <paramref name="type"/>.</summary>
    public GcStructLayout(StructType type)
    {
        Fields = type.Fields.ToArray();
        Slots = new int[Fields.Length];
        for (int i = 0; i < Fields.Length; i++)
        {
            ValType storage = Fields[i].Storage.Type;
            if (storage.IsRef)
            {
                Slots[i] = RefSlots++;
            }
            else
            {
                Slots[i] = NumSlots;
                NumSlots += storage.Kind == ValKind.V128 ? 2 : 1;
            }
        }
    }

    /// <summary>The field types in declaration order.</summary>
    public FieldType[] Fields { get; }

    /// <summary>The slot of each field in its storage array.</summary>
    public int[] Slots { get; }

    /// <summary>Number of <c>long</c> slots.</summary>
    public int NumSlots { get; }

    /// <summary>Number of reference slots.</summary>
    public int RefSlots { get; }

    /// <summary>Stores untyped <paramref name="value"/> into field <paramref name="field"/> of <paramref name="target"/>.</summary>
    public void SetRaw(StructRef target, int field, in ValRaw value)
    {
        int slot = Slots[field];
        StorageType storage = Fields[field].Storage;
        switch (storage.Type.Kind)
        {
            case ValKind.Ref:
                target.Refs[slot] = value.Ref;
                break;
            case ValKind.V128:
                target.Nums[slot] = (long)value.Bits;
                target.Nums[slot + 1] = (long)value.Hi;
                break;
            case ValKind.I32 or ValKind.F32:
                // Packed fields keep the zero-extended low bits; loads re-extend them.
                target.Nums[slot] = storage.Packed switch
                {
                    PackedType.I8 => (byte)value.Bits,
                    PackedType.I16 => (ushort)value.Bits,
                    _ => (int)(uint)value.Bits,
                };
                break;
            default:
                target.Nums[slot] = (long)value.Bits;
                break;
        }
    }
}

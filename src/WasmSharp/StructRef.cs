namespace WasmSharp;

/// <summary>
/// A GC structure (spec "Aggregate Reference Instructions", <c>struct.new</c>); mirrors Wasmtime's
/// <c>StructRef</c>. Numeric fields (i8/i16 zero-extended, floats as bit patterns, v128 in two
/// consecutive slots) live in one <c>long[]</c> and reference fields in one <c>object?[]</c>, at
/// slots fixed per type by <c>Vm.GcStructLayout</c>, so compiled code reaches a field with one array
/// access. The object carries the canonical id of its type for casts.
/// </summary>
public sealed class StructRef : EqRef
{
    /// <summary>Canonical type id (see <c>Vm.FuncTypeRegistry</c>) of the structure's type.</summary>
    internal readonly int TypeId;

    /// <summary>Numeric field storage.</summary>
    internal readonly long[] Nums;

    /// <summary>Reference field storage.</summary>
    internal readonly object?[] Refs;

    internal StructRef(int typeId, int numSlots, int refSlots)
    {
        TypeId = typeId;
        Nums = numSlots == 0 ? [] : new long[numSlots];
        Refs = refSlots == 0 ? [] : new object?[refSlots];
    }

    /// <inheritdoc/>
    public override string ToString() => "struct";
}

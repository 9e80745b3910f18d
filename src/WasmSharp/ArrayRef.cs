namespace WasmSharp;

/// <summary>
/// A GC array (spec "Aggregate Reference Instructions", <c>array.new</c>); mirrors Wasmtime's
/// <c>ArrayRef</c>. Elements live in one typed CLR array chosen by the element storage type
/// (byte[] for i8, ushort[] for i16, int[], long[], float[], double[], Vector128&lt;byte&gt;[],
/// object?[] for references), so i8 arrays take one byte per element. The object carries the
/// canonical id of its type for casts.
/// </summary>
public sealed class ArrayRef : EqRef
{
    /// <summary>Canonical type id (see <c>Vm.FuncTypeRegistry</c>) of the array's type.</summary>
    internal readonly int TypeId;

    /// <summary>The typed element storage.</summary>
    internal readonly Array Data;

    internal ArrayRef(int typeId, Array data)
    {
        TypeId = typeId;
        Data = data;
    }

    /// <summary>The number of elements (<c>array.len</c>; Wasmtime's <c>ArrayRef::len</c>).</summary>
    public int Length => Data.Length;

    /// <inheritdoc/>
    public override string ToString() => $"array[{Data.Length}]";
}

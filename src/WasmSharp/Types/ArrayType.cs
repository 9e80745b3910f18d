namespace WasmSharp.Types;

/// <summary>A GC array type (spec "Aggregate Types", arraytype).</summary>
public sealed class ArrayType : CompositeType
{
    /// <summary>Creates an array type.</summary>
    public ArrayType(FieldType element) => Element = element;

    /// <inheritdoc/>
    public override CompositeKind Kind => CompositeKind.Array;

    /// <summary>The element type.</summary>
    public FieldType Element { get; }
}

namespace WasmSharp.Types;

/// <summary>A GC struct type (spec "Aggregate Types", structtype).</summary>
public sealed class StructType : CompositeType
{
    /// <summary>Creates a struct type.</summary>
    public StructType(IEnumerable<FieldType> fields) => Fields = fields.ToArray();

    /// <inheritdoc/>
    public override CompositeKind Kind => CompositeKind.Struct;

    /// <summary>The fields in declaration order.</summary>
    public IReadOnlyList<FieldType> Fields { get; }
}

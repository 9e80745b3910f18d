namespace WasmSharp.Types;

/// <summary>A composite type (spec comptype): <see cref="FuncType"/>, <see cref="StructType"/> or <see cref="ArrayType"/>.</summary>
public abstract class CompositeType
{
    private protected CompositeType()
    {
    }

    /// <summary>Which kind of composite type this is.</summary>
    public abstract CompositeKind Kind { get; }
}

namespace WasmSharp.Types;

/// <summary>
/// A type definition with its declared supertypes (spec subtype: <c>sub final? typeidx* comptype</c>).
/// A plain composite type in the type section is a final subtype with no supertypes.
/// </summary>
public sealed class SubType
{
    /// <summary>Creates a subtype.</summary>
    public SubType(bool isFinal, IEnumerable<int> supertypes, CompositeType composite)
    {
        IsFinal = isFinal;
        Supertypes = supertypes.ToArray();
        Composite = composite;
    }

    /// <summary>Whether no type may declare this one as its supertype.</summary>
    public bool IsFinal { get; }

    /// <summary>Declared supertype indices (at most one is valid in Wasm 3.0).</summary>
    public IReadOnlyList<int> Supertypes { get; }

    /// <summary>The structure of the type.</summary>
    public CompositeType Composite { get; }
}

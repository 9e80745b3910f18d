using WasmSharp.Types;

namespace WasmSharp.Vm;

/// <summary>
/// A tag instance (spec 4.2 "Tag Instances", Wasmtime's <c>VMTagDefinition</c>): the identity that
/// <c>catch</c> clauses compare. Each instantiation allocates one per defined tag, and imports share
/// the exporter's object, so two instances of one module have distinct tags of equal type.
/// </summary>
internal sealed class TagInstance
{
    /// <summary>Creates a tag whose payload is the parameters of <paramref name="signature"/>.</summary>
    public TagInstance(FuncType signature, int typeId)
    {
        Signature = signature;
        TypeId = typeId;
    }

    /// <summary>The function type whose parameters are the payload.</summary>
    public FuncType Signature { get; }

    /// <summary>Canonical id of <see cref="Signature"/>, for import matching.</summary>
    public int TypeId { get; }
}

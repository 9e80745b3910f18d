using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// An exception tag (exception-handling proposal, "Tag Instances"); mirrors <c>wasmtime::Tag</c>.
/// Only the type is modelled until exceptions are compiled; a tag is not tied to a store yet.
/// </summary>
public sealed class Tag : Extern
{
    /// <summary>Creates a tag whose payload has the parameters of <paramref name="signature"/> (<c>Tag::new</c>).</summary>
    public Tag(Store store, FuncType signature)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(signature);
        Signature = signature;
        TypeId = FuncTypeRegistry.GetId(signature);
    }

    internal Tag(FuncType signature, int typeId)
    {
        Signature = signature;
        TypeId = typeId;
    }

    /// <summary>The canonical id of the tag's type, for import matching.</summary>
    internal int TypeId { get; }

    /// <summary>The function type whose parameters are the payload (<c>TagType::ty</c>).</summary>
    public FuncType Signature { get; }

    /// <inheritdoc/>
    public override ExternKind Kind => ExternKind.Tag;

    /// <inheritdoc/>
    internal override StoreContext? Owner => null;

    /// <inheritdoc/>
    internal override ExternType GetExternType() => ExternType.FromTag(new TagType(0), Signature);
}

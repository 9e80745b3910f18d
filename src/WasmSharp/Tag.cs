using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// An exception tag (exception-handling proposal, spec 4.2 "Tag Instances"); mirrors
/// <c>wasmtime::Tag</c>. Tags have identity: a <c>catch</c> clause matches exceptions thrown with
/// the very same tag, so two instances of one module have different tags, while an imported tag is
/// the exporter's. Two <see cref="Tag"/> objects are equal when they denote the same tag
/// (<c>Tag::eq</c>).
/// </summary>
public sealed class Tag : Extern
{
    /// <summary>Creates a new tag whose payload has the parameters of <paramref name="signature"/> (<c>Tag::new</c>).</summary>
    public Tag(Store store, FuncType signature)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(signature);
        Instance = new TagInstance(signature, FuncTypeRegistry.GetId(signature));
    }

    internal Tag(TagInstance instance) => Instance = instance;

    /// <summary>The tag's identity, shared by every import of it.</summary>
    internal TagInstance Instance { get; }

    /// <summary>The canonical id of the tag's type, for import matching.</summary>
    internal int TypeId => Instance.TypeId;

    /// <summary>The function type whose parameters are the payload (<c>TagType::ty</c>).</summary>
    public FuncType Signature => Instance.Signature;

    /// <inheritdoc/>
    public override ExternKind Kind => ExternKind.Tag;

    /// <inheritdoc/>
    internal override StoreContext? Owner => null;

    /// <summary>Whether <paramref name="obj"/> is a <see cref="Tag"/> denoting the same tag (<c>Tag::eq</c>).</summary>
    public override bool Equals(object? obj) => obj is Tag other && ReferenceEquals(other.Instance, Instance);

    /// <inheritdoc/>
    public override int GetHashCode() => Instance.GetHashCode();

    /// <inheritdoc/>
    internal override ExternType GetExternType() => ExternType.FromTag(new TagType(0), Signature);
}

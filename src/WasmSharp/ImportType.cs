namespace WasmSharp;

/// <summary>One import of a <see cref="WasmSharp.Module"/>: where it comes from and its type; mirrors Wasmtime's <c>ImportType</c>.</summary>
public sealed class ImportType
{
    internal ImportType(string module, string name, ExternType type)
    {
        Module = module;
        Name = name;
        Type = type;
    }

    /// <summary>The module name of the import (<c>ImportType::module</c>).</summary>
    public string Module { get; }

    /// <summary>The item name of the import (<c>ImportType::name</c>).</summary>
    public string Name { get; }

    /// <summary>The type the import must have (<c>ImportType::ty</c>).</summary>
    public ExternType Type { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Module}::{Name}: {Type}";
}

namespace WasmSharp;

/// <summary>One export of a <see cref="Module"/>: its name and type; mirrors Wasmtime's <c>ExportType</c>.</summary>
public sealed class ExportType
{
    internal ExportType(string name, ExternType type)
    {
        Name = name;
        Type = type;
    }

    /// <summary>The export name (<c>ExportType::name</c>).</summary>
    public string Name { get; }

    /// <summary>The type of the exported entity (<c>ExportType::ty</c>).</summary>
    public ExternType Type { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Name}: {Type}";
}

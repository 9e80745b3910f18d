using WasmSharp.Types;

namespace WasmSharp;

/// <summary>
/// A pre-resolved handle to one export of a <see cref="Module"/>, for looking the export up in an
/// instance without hashing its name again; mirrors Wasmtime's <c>ModuleExport</c> from
/// <c>Module::get_export_index</c>. Only valid with instances of the module that produced it.
/// </summary>
public readonly struct ModuleExport : IEquatable<ModuleExport>
{
    internal ModuleExport(Module module, int exportIndex, ExternKind kind, int entityIndex)
    {
        Module = module;
        ExportIndex = exportIndex;
        Kind = kind;
        EntityIndex = entityIndex;
    }

    /// <summary>The kind of the exported entity.</summary>
    public ExternKind Kind { get; }

    /// <summary>The module whose export this is.</summary>
    internal Module Module { get; }

    /// <summary>Position of the export in the module's export list.</summary>
    internal int ExportIndex { get; }

    /// <summary>Index of the entity in its kind's index space.</summary>
    internal int EntityIndex { get; }

    /// <inheritdoc/>
    public bool Equals(ModuleExport other) => ReferenceEquals(Module, other.Module) && ExportIndex == other.ExportIndex;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ModuleExport other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Module, ExportIndex);

    /// <summary>Whether both handles denote the same export of the same module.</summary>
    public static bool operator ==(ModuleExport left, ModuleExport right) => left.Equals(right);

    /// <summary>Whether the handles denote different exports.</summary>
    public static bool operator !=(ModuleExport left, ModuleExport right) => !left.Equals(right);
}

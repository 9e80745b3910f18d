namespace WasmSharp.Vm;

/// <summary>
/// The resolved imports of one instantiation, per kind in import order (what Wasmtime's
/// <c>Imports</c> holds after <c>InstancePre</c> resolution). Type checking is the linker's job.
/// </summary>
internal sealed class InstanceImports
{
    /// <summary>No imports.</summary>
    public static InstanceImports None => new();

    /// <summary>Imported functions.</summary>
    public FuncRef[] Functions { get; init; } = [];

    /// <summary>Imported tables.</summary>
    public TableStorage[] Tables { get; init; } = [];

    /// <summary>Imported memories.</summary>
    public LinearMemory[] Memories { get; init; } = [];

    /// <summary>Imported globals.</summary>
    public GlobalCell[] Globals { get; init; } = [];

    /// <summary>Imported tags.</summary>
    public TagInstance[] Tags { get; init; } = [];
}

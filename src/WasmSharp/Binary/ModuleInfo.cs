using WasmSharp.Types;

namespace WasmSharp.Binary;

/// <summary>
/// The decoded structure of a module, with every index space laid out imports first (like
/// <c>wasmtime_environ::Module</c>). Function bodies and constant expressions stay as ranges of
/// <see cref="Bytes"/>; the validator and compiler read them in place.
/// </summary>
internal sealed class ModuleInfo
{
    /// <summary>Creates an empty module over its binary.</summary>
    public ModuleInfo(ReadOnlyMemory<byte> bytes) => Bytes = bytes;

    /// <summary>The module's binary encoding.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>The type index space.</summary>
    public List<SubType> Types { get; } = new();

    /// <summary>Recursion groups covering <see cref="Types"/> in order.</summary>
    public List<RecGroup> RecGroups { get; } = new();

    /// <summary>Imports in declaration order.</summary>
    public List<ImportInfo> Imports { get; } = new();

    /// <summary>Type index of every function, imported ones first.</summary>
    public List<int> FunctionTypes { get; } = new();

    /// <summary>Number of imported functions (they come first in <see cref="FunctionTypes"/>).</summary>
    public int ImportedFunctionCount { get; set; }

    /// <summary>Tables, imported ones first.</summary>
    public List<TableInfo> Tables { get; } = new();

    /// <summary>Number of imported tables.</summary>
    public int ImportedTableCount { get; set; }

    /// <summary>Memories, imported ones first.</summary>
    public List<MemoryType> Memories { get; } = new();

    /// <summary>Number of imported memories.</summary>
    public int ImportedMemoryCount { get; set; }

    /// <summary>Globals, imported ones first.</summary>
    public List<GlobalInfo> Globals { get; } = new();

    /// <summary>Number of imported globals.</summary>
    public int ImportedGlobalCount { get; set; }

    /// <summary>Exception tags, imported ones first.</summary>
    public List<TagType> Tags { get; } = new();

    /// <summary>Number of imported tags.</summary>
    public int ImportedTagCount { get; set; }

    /// <summary>Exports in declaration order.</summary>
    public List<ExportInfo> Exports { get; } = new();

    /// <summary>The start function, if any.</summary>
    public int? StartFunction { get; set; }

    /// <summary>Element segments.</summary>
    public List<ElementSegment> Elements { get; } = new();

    /// <summary>Data segments.</summary>
    public List<DataSegment> Data { get; } = new();

    /// <summary>The data count section's value, if present.</summary>
    public uint? DataCount { get; set; }

    /// <summary>Bodies of the defined functions (function index minus <see cref="ImportedFunctionCount"/>).</summary>
    public List<FunctionBody> Bodies { get; } = new();

    /// <summary>Custom sections in order.</summary>
    public List<CustomSection> CustomSections { get; } = new();

    /// <summary>The decoded name section, if present and well-formed.</summary>
    public NameSection? Names { get; set; }

    /// <summary>The function type of function <paramref name="functionIndex"/>.</summary>
    public FuncType GetFunctionType(int functionIndex) => (FuncType)Types[FunctionTypes[functionIndex]].Composite;
}

namespace WasmSharp.Binary;

/// <summary>
/// Names from the "name" custom section (spec appendix "Name Section", with the subsections of the
/// extended name section that Wasm 3.0 adopted): the module's, its functions' (used in
/// backtraces), and those of locals, labels, types, tables, memories, globals, segments, fields
/// and tags.
/// </summary>
internal sealed class NameSection
{
    /// <summary>The module name, if given (subsection 0).</summary>
    public string? ModuleName { get; set; }

    /// <summary>Function names by function index (subsection 1).</summary>
    public IReadOnlyDictionary<int, string> FunctionNames => Map(NameSubsection.Functions);

    /// <summary>Local names by function index, then local index (subsection 2).</summary>
    public IReadOnlyDictionary<int, Dictionary<int, string>> LocalNames => IndirectMap(NameSubsection.Locals);

    /// <summary>The name maps (subsections 1 and 4 to 9 and 11) read so far, by subsection id.</summary>
    public Dictionary<byte, Dictionary<int, string>> Maps { get; } = new();

    /// <summary>The indirect name maps (locals 2, labels 3, fields 10) read so far, by subsection id.</summary>
    public Dictionary<byte, Dictionary<int, Dictionary<int, string>>> IndirectMaps { get; } = new();

    /// <summary>The name map of subsection <paramref name="id"/>, empty when absent (never added: names are read by any thread).</summary>
    public IReadOnlyDictionary<int, string> Map(byte id) =>
        Maps.TryGetValue(id, out Dictionary<int, string>? map) ? map : s_noNames;

    /// <summary>The indirect name map of subsection <paramref name="id"/>, empty when absent.</summary>
    public IReadOnlyDictionary<int, Dictionary<int, string>> IndirectMap(byte id) =>
        IndirectMaps.TryGetValue(id, out Dictionary<int, Dictionary<int, string>>? map) ? map : s_noMaps;

    private static readonly Dictionary<int, string> s_noNames = new();
    private static readonly Dictionary<int, Dictionary<int, string>> s_noMaps = new();
}

namespace WasmSharp.Binary;

/// <summary>Names from the "name" custom section (spec appendix "Name Section"), used in backtraces.</summary>
internal sealed class NameSection
{
    /// <summary>The module name, if given.</summary>
    public string? ModuleName { get; set; }

    /// <summary>Function names by function index.</summary>
    public Dictionary<int, string> FunctionNames { get; } = new();

    /// <summary>Local names by function index, then local index.</summary>
    public Dictionary<int, Dictionary<int, string>> LocalNames { get; } = new();
}

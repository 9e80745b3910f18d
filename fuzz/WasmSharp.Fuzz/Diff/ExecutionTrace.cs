namespace WasmSharp.Fuzz.Diff;

/// <summary>
/// What one runtime did with a module, as comparable lines: instantiation, each export's results or trap, each
/// logged value, and the final memory hash. A line marked as bounded (out of fuel, interrupted, stack
/// exhausted) ends the comparable prefix: the two runtimes' resource limits differ, the spec's semantics don't.
/// </summary>
internal sealed class ExecutionTrace
{
    private readonly List<string> _lines = new();

    /// <summary>The recorded lines.</summary>
    public IReadOnlyList<string> Lines => _lines;

    /// <summary>The index of the first resource-bounded line, or null if execution was never bounded.</summary>
    public int? BoundedAt { get; private set; }

    /// <summary>Set when the module was rejected at compilation; the message says why.</summary>
    public string? Rejected { get; set; }

    /// <summary>Set when the runtime failed in a way no module may cause (an unexpected host exception).</summary>
    public string? Crash { get; set; }

    public void Add(string line) => _lines.Add(line);

    /// <summary>Records a resource-bounded event; lines after the first are not compared.</summary>
    public void AddBounded(string line)
    {
        BoundedAt ??= _lines.Count;
        _lines.Add(line);
    }

    /// <summary>The lines compared with the other runtime: all of them, or those before the first bounded event.</summary>
    public IReadOnlyList<string> ComparablePrefix(int? otherBoundedAt)
    {
        int? end = (BoundedAt, otherBoundedAt) switch
        {
            (int a, int b) => Math.Min(a, b),
            (int a, null) => a,
            (null, int b) => b,
            _ => null,
        };
        return end is int count ? _lines.Take(count).ToList() : _lines;
    }
}

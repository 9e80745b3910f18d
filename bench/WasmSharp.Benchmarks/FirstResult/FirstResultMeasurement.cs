namespace WasmSharp.Benchmarks.FirstResult;

/// <summary>Every timed run of one program, by variant label, and the runs that did not count.</summary>
internal sealed class FirstResultMeasurement(FirstResultProgram program)
{
    private readonly Dictionary<string, List<ProcessRun>> _runs = new(StringComparer.Ordinal);

    public FirstResultProgram Program { get; } = program;

    /// <summary>The module's size in bytes.</summary>
    public long Bytes { get; } = new FileInfo(program.WasmPath).Length;

    /// <summary>The functions the module defines.</summary>
    public int Functions { get; } = ModuleShape.DefinedFunctions(program.WasmPath);

    /// <summary>What went wrong, by variant label: a failed preparation or run (such runs are not counted).</summary>
    public Dictionary<string, string> Failures { get; } = new(StringComparer.Ordinal);

    /// <summary>One-off preparation time by variant label (priming the cache, <c>wasmsharp compile</c>).</summary>
    public Dictionary<string, double> PreparationMs { get; } = new(StringComparer.Ordinal);

    public void Add(string label, ProcessRun run)
    {
        if (!_runs.TryGetValue(label, out List<ProcessRun>? runs))
        {
            _runs[label] = runs = [];
        }

        runs.Add(run);
    }

    /// <summary>The median wall time of <paramref name="label"/>'s counted runs, NaN if none.</summary>
    public double MedianMs(string label) => Harness.Statistics.Median(Runs(label).Select(r => r.WallMs));

    /// <summary>The fastest wall time of <paramref name="label"/>'s counted runs, NaN if none.</summary>
    public double MinMs(string label) => Runs(label).Select(r => r.WallMs).DefaultIfEmpty(double.NaN).Min();

    /// <summary>The median CPU time (all threads) of <paramref name="label"/>'s counted runs, NaN if none.</summary>
    public double MedianCpuMs(string label) => Harness.Statistics.Median(Runs(label).Select(r => r.CpuMs));

    /// <summary>How many runs of <paramref name="label"/> counted.</summary>
    public int Count(string label) => Runs(label).Count;

    /// <summary>Median of <paramref name="numerator"/> over median of <paramref name="denominator"/>; NaN when either is missing.</summary>
    public double Ratio(string numerator, string denominator) => MedianMs(numerator) / MedianMs(denominator);

    private List<ProcessRun> Runs(string label) => _runs.TryGetValue(label, out List<ProcessRun>? runs) ? runs : [];
}

namespace WasmSharp.Benchmarks.Harness;

/// <summary>Every run of one program, by runtime, and the medians the report shows.</summary>
internal sealed class ProgramResult
{
    private readonly Dictionary<string, List<RunMeasurement>> _runs = new(StringComparer.Ordinal);

    public ProgramResult(BenchProgram program)
    {
        Program = program;
    }

    public BenchProgram Program { get; }

    /// <summary>The methods RyuJIT compiled with MinOpts when WasmSharp compiled the program (<see cref="MinOptsCensus"/>); null if unknown.</summary>
    public IReadOnlyList<string>? MinOpts { get; set; }

    public void Add(string runtime, RunMeasurement run)
    {
        if (!_runs.TryGetValue(runtime, out List<RunMeasurement>? list))
        {
            list = [];
            _runs[runtime] = list;
        }

        list.Add(run);
    }

    /// <summary>The median of <paramref name="selector"/> over the runtime's successful runs (NaN if none).</summary>
    public double Median(string runtime, Func<RunMeasurement, double> selector) =>
        Statistics.Median(Successful(runtime).Select(selector));

    /// <summary>The minimum of <paramref name="selector"/> over the runtime's successful runs (NaN if none).</summary>
    public double Minimum(string runtime, Func<RunMeasurement, double> selector) =>
        Successful(runtime).Select(selector).DefaultIfEmpty(double.NaN).Min();

    /// <summary>The median of a mixbench kernel's printed time.</summary>
    public double KernelMedian(string runtime, string kernel) =>
        Statistics.Median(Successful(runtime).Where(r => r.Kernels.ContainsKey(kernel)).Select(r => r.Kernels[kernel]));

    /// <summary>The first failure of the runtime, if any run failed.</summary>
    public string? FirstFailure(string runtime) =>
        _runs.TryGetValue(runtime, out List<RunMeasurement>? list) ? list.Select(r => r.Failure).FirstOrDefault(f => f is not null) : null;

    /// <summary>How many runs of the runtime failed.</summary>
    public int FailureCount(string runtime) =>
        _runs.TryGetValue(runtime, out List<RunMeasurement>? list) ? list.Count(r => r.Failure is not null) : 0;

    /// <summary>WasmSharp's median execution time over Wasmtime's (NaN when either has no successful run).</summary>
    public double ExecutionRatio(string runtime, string baseline) =>
        Median(runtime, r => r.Raw.ExecuteMs) / Median(baseline, r => r.Raw.ExecuteMs);

    /// <summary>
    /// The median time from the start of <c>Module</c> creation to the program's result (compile, first
    /// instantiation and execute of one run, summed per run) over the baseline's (NaN when unknown).
    /// </summary>
    public double ToResultRatio(string runtime, string baseline) =>
        Median(runtime, ToResultMs) / Median(baseline, ToResultMs);

    /// <summary>Compile, first instantiation and execute of one run: the time to the program's result.</summary>
    public static double ToResultMs(RunMeasurement run) => run.Raw.CompileMs + run.Raw.FirstInstantiateMs + run.Raw.ExecuteMs;

    /// <summary>The median CPU time of the guest's thread in the execute window over the baseline's (NaN when unknown).</summary>
    public double CpuRatio(string runtime, string baseline) =>
        Median(runtime, r => r.Raw.ExecuteCpuMs) / Median(baseline, r => r.Raw.ExecuteCpuMs);

    /// <summary>WasmSharp's fastest execution time over Wasmtime's (NaN when either has no successful run).</summary>
    public double MinimumRatio(string runtime, string baseline) =>
        Minimum(runtime, r => r.Raw.ExecuteMs) / Minimum(baseline, r => r.Raw.ExecuteMs);

    private IEnumerable<RunMeasurement> Successful(string runtime) =>
        _runs.TryGetValue(runtime, out List<RunMeasurement>? list) ? list.Where(r => r.Failure is null) : [];
}

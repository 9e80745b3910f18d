namespace WasmSharp.Benchmarks.Harness;

/// <summary>One checked run of one program under one runtime.</summary>
/// <param name="Raw">The runtime's own timings.</param>
/// <param name="PeakMemoryBytes">Peak resident memory above the level before the run (in-process runtimes only).</param>
/// <param name="Kernels">Mixbench's printed kernel times; empty for other programs.</param>
/// <param name="Failure">Why the run does not count (trap, exit code, wrong output), or null.</param>
internal sealed record RunMeasurement(
    RawRun Raw,
    long PeakMemoryBytes,
    IReadOnlyDictionary<string, double> Kernels,
    string? Failure);

namespace WasmSharp.Benchmarks.Harness;

/// <summary>Steady-state instantiation times of one program (see <see cref="InstantiationTimes"/>), per runtime and allocator.</summary>
/// <param name="Program">The program whose module was instantiated.</param>
/// <param name="Times">Median and minimum milliseconds per variant (<see cref="InstantiationTimes.Variants"/>), NaN where it failed.</param>
/// <param name="JitCompiledMethods">Methods the JIT compiled on the measuring thread during WasmSharp's timed instantiations (both variants).</param>
/// <param name="Error">Why a variant failed, or null.</param>
internal sealed record InstantiationMeasurement(
    BenchProgram Program,
    IReadOnlyDictionary<string, (double MedianMs, double MinMs)> Times,
    long JitCompiledMethods,
    string? Error)
{
    /// <summary>Median of <paramref name="variant"/>, NaN if it was not measured.</summary>
    public double Median(string variant) => Times.TryGetValue(variant, out var t) ? t.MedianMs : double.NaN;

    /// <summary>Minimum of <paramref name="variant"/>, NaN if it was not measured.</summary>
    public double Min(string variant) => Times.TryGetValue(variant, out var t) ? t.MinMs : double.NaN;
}

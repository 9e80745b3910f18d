namespace WasmSharp.Benchmarks.Harness;

/// <summary>What one runtime reports about one run, before its output is checked.</summary>
/// <param name="CompileMs">Module creation (decode, validate and, for Wasmtime, Cranelift).</param>
/// <param name="FirstInstantiateMs">The first instantiation of the module (WasmSharp emits IL lazily here).</param>
/// <param name="InstantiateMs">A second instantiation of the same module into a fresh store: the steady-state cost.</param>
/// <param name="ExecuteMs">bench.start to bench.end, or the whole <c>_start</c> call where the program has no bench imports.</param>
/// <param name="ExitCode">The guest's exit code (0 when <c>_start</c> returns).</param>
/// <param name="Error">A trap, link error or crash, if the run failed.</param>
internal sealed record RawRun(
    double CompileMs,
    double FirstInstantiateMs,
    double InstantiateMs,
    double ExecuteMs,
    int ExitCode,
    string? Error)
{
    /// <summary>CPU time of the guest's thread over the same window as <see cref="ExecuteMs"/> (NaN where unknown).</summary>
    public double ExecuteCpuMs { get; init; } = double.NaN;
}

namespace WasmSharp.Benchmarks.Harness;

/// <summary>How fast the interpreter translated one program's module (see <see cref="TranslationThroughput"/>).</summary>
/// <param name="Program">The program whose module was translated.</param>
/// <param name="FunctionCount">Defined functions translated per repeat.</param>
/// <param name="CodeSectionBytes">Size of the module's code section (its payload, without the section header).</param>
/// <param name="FirstMs">The first translation of the module in this measurement, before the warm-up.</param>
/// <param name="MedianMs">Median time to translate every defined function, over the repeats after the warm-up.</param>
/// <param name="Error">Why translation failed, or null.</param>
internal sealed record TranslationMeasurement(
    BenchProgram Program,
    int FunctionCount,
    long CodeSectionBytes,
    double FirstMs,
    double MedianMs,
    string? Error)
{
    /// <summary>Megabytes (10^6 bytes) of code section translated per second after the warm-up; NaN if translation failed.</summary>
    public double MegabytesPerSecond => Error is null ? CodeSectionBytes / 1e6 / (MedianMs / 1e3) : double.NaN;

    /// <summary>As <see cref="MegabytesPerSecond"/>, for the first translation, before the warm-up.</summary>
    public double FirstMegabytesPerSecond => Error is null ? CodeSectionBytes / 1e6 / (FirstMs / 1e3) : double.NaN;
}

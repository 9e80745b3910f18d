using System.Globalization;

namespace WasmSharp.Benchmarks.Harness;

/// <summary>The <c>instantiation</c> mode: <see cref="InstantiationTimes"/> for every program, printed as it goes.</summary>
internal static class InstantiationMain
{
    public static int Run(string? filter)
    {
        IReadOnlyList<BenchProgram> programs = ProgramCatalog.Discover(filter);
        var ratios = new List<double>();
        foreach (BenchProgram program in programs)
        {
            InstantiationMeasurement m = InstantiationTimes.Measure(program, File.ReadAllBytes(program.WasmPath));
            Print(m);
            ratios.Add(m.Median("WasmSharp pooled") / m.Median("Wasmtime pooled"));
        }

        double[] finite = ratios.Where(double.IsFinite).ToArray();
        Console.WriteLine(FormattableString.Invariant(
            $"instantiation: WasmSharp pooled / Wasmtime pooled, medians: geomean {Statistics.GeometricMean(finite):F2}, worst {(finite.Length == 0 ? double.NaN : finite.Max()):F2} over {finite.Length} programs"));
        return 0;
    }

    /// <summary>One line per program: median (min) per variant, the pooled ratio and the JIT count.</summary>
    public static void Print(InstantiationMeasurement m)
    {
        string cells = string.Join("  ", InstantiationTimes.Variants.Select(v => FormattableString.Invariant($"{v} {m.Median(v):F3} ({m.Min(v):F3})")));
        string ratio = (m.Median("WasmSharp pooled") / m.Median("Wasmtime pooled")).ToString("F2", CultureInfo.InvariantCulture);
        Console.WriteLine($"{m.Program.Name,-28} inst. ms median (min): {cells}  pooled ratio {ratio}  JIT'd {m.JitCompiledMethods}{(m.Error is null ? "" : $"  FAILED: {m.Error}")}");
    }
}

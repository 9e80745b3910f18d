namespace WasmSharp.Benchmarks.Harness;

/// <summary>Medians and geometric means: medians because the machine is shared and noisy.</summary>
internal static class Statistics
{
    /// <summary>The median, or NaN for no values.</summary>
    public static double Median(IEnumerable<double> values)
    {
        double[] sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>The geometric mean of the positive finite values, or NaN if there are none.</summary>
    public static double GeometricMean(IEnumerable<double> values)
    {
        double[] usable = values.Where(v => v > 0 && double.IsFinite(v)).ToArray();
        return usable.Length == 0 ? double.NaN : Math.Exp(usable.Average(Math.Log));
    }
}

using BenchmarkDotNet.Reports;

namespace WasmSharp.Benchmarks.Harness;

/// <summary>Turns <see cref="DecodeValidateBenchmarks"/> medians into MB/s of the module it reads.</summary>
internal static class DecodeThroughput
{
    public static IEnumerable<string> Describe(Summary summary)
    {
        foreach (BenchmarkReport report in summary.Reports)
        {
            if (report.BenchmarkCase.Descriptor.Type == typeof(DecodeValidateBenchmarks) && report.ResultStatistics is { } stats)
            {
                string path = BenchmarkInputs.LargestSightglassModule();
                long size = new FileInfo(path).Length;
                double megabytesPerSecond = size / 1e6 / (stats.Median / 1e9);
                yield return FormattableString.Invariant(
                    $"decode+validate {Path.GetFileName(path)} ({size} bytes), {report.BenchmarkCase.Descriptor.WorkloadMethod.Name}: median {stats.Median / 1e6:F2} ms = {megabytesPerSecond:F0} MB/s");
            }
        }
    }
}

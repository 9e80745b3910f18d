using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using WasmSharp.Benchmarks;

// `dotnet run -c Release --project bench/WasmSharp.Benchmarks -- --filter '*'` runs everything;
// BenchmarkDotNet's switches (--filter, --job short, ...) apply.
IEnumerable<Summary> summaries = BenchmarkSwitcher.FromAssembly(typeof(DecodeValidateBenchmarks).Assembly).Run(args);
foreach (Summary summary in summaries)
{
    foreach (BenchmarkReport report in summary.Reports)
    {
        if (report.BenchmarkCase.Descriptor.Type == typeof(DecodeValidateBenchmarks) && report.ResultStatistics is { } stats)
        {
            string module = Path.GetFileName(BenchmarkInputs.LargestSightglassModule());
            long size = new FileInfo(BenchmarkInputs.LargestSightglassModule()).Length;
            double megabytesPerSecond = size / 1e6 / (stats.Median / 1e9);
            Console.WriteLine($"decode+validate {module} ({size} bytes): median {stats.Median / 1e6:F2} ms = {megabytesPerSecond:F0} MB/s");
        }
    }
}

using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace WasmSharp.Benchmarks.Harness;

/// <summary>
/// Runs the BenchmarkDotNet classes the page quotes (host↔wasm calls, async host calls, instantiation, decode+validate)
/// with <c>--job short</c> and returns their summaries as GitHub markdown.
/// </summary>
internal static class MicroBenchmarks
{
    /// <summary>The command that reproduces the section.</summary>
    public const string Command =
        "dotnet run -c Release --project bench/WasmSharp.Benchmarks -- --filter '*CallBenchmarks*' '*AsyncHostCallBenchmarks*' '*InstantiationBenchmarks*' '*DecodeValidateBenchmarks*' --job short";

    public static string RunAll()
    {
        IEnumerable<Summary> summaries = BenchmarkSwitcher
            .FromTypes([typeof(CallBenchmarks), typeof(AsyncHostCallBenchmarks), typeof(InstantiationBenchmarks), typeof(DecodeValidateBenchmarks)])
            .Run(["--filter", "*", "--job", "short"]);
        var markdown = new System.Text.StringBuilder();
        foreach (Summary summary in summaries)
        {
            var logger = new AccumulationLogger();
            MarkdownExporter.GitHub.ExportToLog(summary, logger);
            markdown.AppendLine(logger.GetLog().Trim());
            markdown.AppendLine();
            foreach (string line in DecodeThroughput.Describe(summary))
            {
                markdown.AppendLine(line);
                markdown.AppendLine();
            }
        }

        return markdown.ToString();
    }
}

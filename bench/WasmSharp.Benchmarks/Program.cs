using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using WasmSharp.Benchmarks;
using WasmSharp.Benchmarks.Harness;

// `dotnet run -c Release --project bench/WasmSharp.Benchmarks -- harness [--rounds N] [--quick]` runs
// the whole-program harness and regenerates docs/performance.md (see HarnessOptions for all switches).
if (args.Length > 0 && args[0] == "harness")
{
    return HarnessMain.Run(args[1..]);
}

// `... -- instantiation [NAME-FILTER]` measures only steady-state instantiation per program (WasmSharp's
// InstancePre and Wasmtime, each on demand and pooled), as the harness page's instantiation section.
if (args.Length > 0 && args[0] == "instantiation")
{
    return InstantiationMain.Run(args.Length > 1 ? args[1] : null);
}

// `dotnet run -c Release --project bench/WasmSharp.Benchmarks -- --filter '*'` runs everything;
// BenchmarkDotNet's switches (--filter, --job short, ...) apply.
IEnumerable<Summary> summaries = BenchmarkSwitcher.FromAssembly(typeof(DecodeValidateBenchmarks).Assembly).Run(args);
foreach (Summary summary in summaries)
{
    foreach (string line in DecodeThroughput.Describe(summary))
    {
        Console.WriteLine(line);
    }
}

return 0;

using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using WasmSharp.Benchmarks;
using WasmSharp.Benchmarks.FirstResult;
using WasmSharp.Benchmarks.Harness;

// `... -- empty` starts and exits: the first-result mode times it as the floor of a .NET process start.
if (args.Length > 0 && args[0] == "empty")
{
    return 0;
}

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

// `... -- first-result [--rounds N] [--filter TEXT] [--docs DIR]` times whole processes, start to exit:
// wasmsharp run (auto, compiler, warm cache, precompiled) against Wasmtime on large programs and
// Sightglass (see FirstResultOptions for all switches). `... -- wasmtime-run ...` is its Wasmtime host.
if (args.Length > 0 && args[0] == "first-result")
{
    return FirstResultMain.Run(args[1..]);
}

if (args.Length > 0 && args[0] == WasmtimeHost.Command)
{
    return WasmtimeHost.Run(args[1..]);
}

return RunBenchmarkDotNet(args);

// `dotnet run -c Release --project bench/WasmSharp.Benchmarks -- --filter '*'` runs everything;
// BenchmarkDotNet's switches (--filter, --job short, ...) apply. A method of its own, so that the
// other modes never load BenchmarkDotNet.
static int RunBenchmarkDotNet(string[] args)
{
    IEnumerable<Summary> summaries = BenchmarkSwitcher.FromAssembly(typeof(DecodeValidateBenchmarks).Assembly).Run(args);
    foreach (Summary summary in summaries)
    {
        foreach (string line in DecodeThroughput.Describe(summary))
        {
            Console.WriteLine(line);
        }
    }

    return 0;
}

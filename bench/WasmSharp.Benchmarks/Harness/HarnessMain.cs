using System.Globalization;

namespace WasmSharp.Benchmarks.Harness;

/// <summary>
/// The <c>harness</c> mode: runs every program under WasmSharp (compiled and interpreted) and Wasmtime
/// (and node when present), alternating runtimes round by round so that noise from the shared machine
/// falls on all of them, measures the interpreter's translation throughput, then regenerates
/// docs/performance.md and its chart.
/// </summary>
internal static class HarnessMain
{
    /// <summary>The runtime every ratio divides by.</summary>
    public const string Baseline = "Wasmtime";

    /// <summary>The runtime under test: WasmSharp's compiled tier (<see cref="Strategy.Compiler"/>).</summary>
    public const string Subject = "WasmSharp";

    /// <summary>WasmSharp's interpreter (<see cref="Strategy.Interpreter"/>), measured in the same rounds.</summary>
    public const string Interpreter = "WasmSharp interpreter";

    /// <summary>WasmSharp tiering (<see cref="Strategy.Auto"/>: interpreted at once, hot functions compiled in the background), measured in the same rounds.</summary>
    public const string Auto = "WasmSharp auto";

    public static int Run(string[] args)
    {
        HarnessOptions options;
        try
        {
            options = HarnessOptions.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            Console.Error.WriteLine($"harness: {e.Message}");
            return 2;
        }

        IReadOnlyList<BenchProgram> programs = ProgramCatalog.Discover(options.Filter);
        var runners = new List<IRuntimeRunner> { new WasmSharpRunner(Strategy.Compiler, Subject), new WasmtimeRunner() };
        if (options.Interpreter)
        {
            runners.Add(new WasmSharpRunner(Strategy.Interpreter, Interpreter));
        }

        if (options.Auto)
        {
            runners.Add(new WasmSharpRunner(Strategy.Auto, Auto));
        }

        string? nodeVersion = null;
        NodeRunner? node = options.Node ? NodeRunner.TryCreate(out nodeVersion) : null;
        string nodeNote = !options.Node ? "node not run (--no-node)."
            : node is null ? "node not found on PATH: its column is omitted."
            : $"node {nodeVersion} (V8, `node:wasi`) runs as a subprocess per run, so it has no memory column.";
        string interpreterNote = options.Interpreter ? "with the interpreter" : "interpreter not run (--no-interpreter)";
        Console.WriteLine($"harness: {programs.Count} programs, {options.Rounds} round(s), {interpreterNote}; memory: {(PeakMemory.Supported ? "peak RSS via /proc/self/clear_refs" : "unavailable")}; {nodeNote}");

        var results = new List<ProgramResult>();
        var translations = new List<TranslationMeasurement>();
        var instantiations = new List<InstantiationMeasurement>();
        DateTimeOffset started = DateTimeOffset.UtcNow;
        try
        {
            foreach (BenchProgram program in programs)
            {
                byte[] wasm = File.ReadAllBytes(program.WasmPath);
                var result = new ProgramResult(program);

                // One untimed run under each compiling runtime first: a program's first run in the
                // process also runs, and JIT-compiles at tier 0, the host code it is the first to
                // call (WasmSharp's WASI functions, such as a first path_open or fd_filestat_get),
                // which is not the guest's execution (regex: 23 ms in its first run, 11 ms after).
                foreach (IRuntimeRunner runner in runners.Where(r => r.Name is Subject or Baseline))
                {
                    RunOnce(runner, program, wasm);
                }

                for (int round = 0; round < options.Rounds; round++)
                {
                    // Alternate who goes first, so neither always runs on a warmer (or busier) machine.
                    IEnumerable<IRuntimeRunner> order = round % 2 == 0 ? runners : Enumerable.Reverse(runners);
                    foreach (IRuntimeRunner runner in order)
                    {
                        result.Add(runner.Name, RunOnce(runner, program, wasm));
                    }

                    if (node is not null)
                    {
                        result.Add(node.Name, RunOnce(node, program, wasm));
                    }
                }

                InstantiationMeasurement instantiation = InstantiationTimes.Measure(program, wasm);
                instantiations.Add(instantiation);
                InstantiationMain.Print(instantiation);
                result.MinOpts = MinOptsCensus.Compile(wasm);
                results.Add(result);
                PrintProgress(result, options.Interpreter, options.Auto, node is not null);
                if (options.Interpreter)
                {
                    TranslationMeasurement translation = TranslationThroughput.Measure(program, wasm);
                    translations.Add(translation);
                    PrintTranslation(translation);
                }
            }
        }
        finally
        {
            node?.Dispose();
        }

        string? micro = null;
        if (options.Micro)
        {
            Console.WriteLine("harness: running BenchmarkDotNet micro-benchmarks (--job short)...");
            micro = MicroBenchmarks.RunAll();
        }

        var report = new HarnessReport(options, started, MachineInfo.Describe(), results, node is not null, nodeNote, options.Interpreter, options.Auto, translations, micro, instantiations);
        string page = ReportWriter.Write(report);
        double geomean = Statistics.GeometricMean(results.Select(r => r.ExecutionRatio(Subject, Baseline)));
        Console.WriteLine($"harness: geometric mean of execution-time ratios {Subject}/{Baseline} = {geomean.ToString("F2", CultureInfo.InvariantCulture)}; wrote {page}");
        if (options.Interpreter)
        {
            double interpreted = Statistics.GeometricMean(results.Select(r => r.ExecutionRatio(Interpreter, Baseline)));
            Console.WriteLine(FormattableString.Invariant(
                $"harness: geometric mean of execution-time ratios {Interpreter}/{Baseline} = {interpreted:F2}; translation {TranslationThroughput.Overall(translations):F1} MB/s of code section overall ({TranslationThroughput.OverallFirst(translations):F1} MB/s before the warm-up)"));
        }
        return 0;
    }

    private static RunMeasurement RunOnce(IRuntimeRunner runner, BenchProgram program, byte[] wasm)
    {
        string work = Directory.CreateTempSubdirectory("wasmsharp-harness-").FullName;
        try
        {
            CopyDirectory(program.Directory, work);
            string stdout = Path.Combine(work, ".harness.stdout");
            string stderr = Path.Combine(work, ".harness.stderr");
            long before = runner.InProcess ? PeakMemory.Reset() : 0;
            RawRun raw = runner.Run(program, wasm, work, stdout, stderr);
            long peak = runner.InProcess && PeakMemory.Supported ? Math.Max(0, PeakMemory.Peak() - before) : 0;

            string? failure = raw.Error ?? (raw.ExitCode != 0 ? $"exit code {raw.ExitCode}" : null);
            IReadOnlyDictionary<string, double> kernels = new Dictionary<string, double>();
            if (failure is null && program.IsMixbench)
            {
                Dictionary<string, double> times = OutputCheck.MixbenchKernels(stdout, out failure);
                kernels = times;
                if (failure is null && times.TryGetValue("total", out double total))
                {
                    // Mixbench times its kernels itself; the sum of those is its execution time.
                    raw = raw with { ExecuteMs = total };
                }
            }
            else if (failure is null)
            {
                failure = OutputCheck.Compare(program, stdout, stderr);
            }

            if (failure is not null)
            {
                Console.WriteLine($"  {runner.Name} {program.Name}: FAILED: {failure}");
            }

            return new RunMeasurement(raw, peak, kernels, failure);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void PrintProgress(ProgramResult result, bool withInterpreter, bool withAuto, bool withNode)
    {
        string Ms(string runtime) => result.Median(runtime, r => r.Raw.ExecuteMs).ToString("F1", CultureInfo.InvariantCulture);
        string Min(string runtime) => result.Minimum(runtime, r => r.Raw.ExecuteMs).ToString("F1", CultureInfo.InvariantCulture);
        string minOpts = result.MinOpts is null ? "?" : result.MinOpts.Count.ToString(CultureInfo.InvariantCulture);
        string line = $"{result.Program.Name,-28} {Subject} {Ms(Subject),9} ms (min {Min(Subject)})  {Baseline} {Ms(Baseline),9} ms (min {Min(Baseline)})  ratio {result.ExecutionRatio(Subject, Baseline).ToString("F2", CultureInfo.InvariantCulture)} (of minimums {result.MinimumRatio(Subject, Baseline).ToString("F2", CultureInfo.InvariantCulture)}, of thread CPU {result.CpuRatio(Subject, Baseline).ToString("F2", CultureInfo.InvariantCulture)})  MinOpts {minOpts}";
        if (withInterpreter)
        {
            line += $"  interpreter {Ms(Interpreter),9} ms  ratio {result.ExecutionRatio(Interpreter, Baseline).ToString("F2", CultureInfo.InvariantCulture)}";
        }

        if (withAuto)
        {
            line += $"  auto {Ms(Auto),9} ms  ratio {result.ExecutionRatio(Auto, Baseline).ToString("F2", CultureInfo.InvariantCulture)}  to result ratio {result.ToResultRatio(Auto, Baseline).ToString("F2", CultureInfo.InvariantCulture)} (compiler {result.ToResultRatio(Subject, Baseline).ToString("F2", CultureInfo.InvariantCulture)})";
        }

        Console.WriteLine(withNode ? $"{line}  node {Ms("node")} ms" : line);
    }

    private static void PrintTranslation(TranslationMeasurement translation)
    {
        Console.WriteLine(translation.Error is string error
            ? $"  {Interpreter} {translation.Program.Name}: translation FAILED: {error}"
            : FormattableString.Invariant(
                $"  translation: {translation.FunctionCount} functions, {translation.CodeSectionBytes} bytes of code in {translation.MedianMs:F2} ms = {translation.MegabytesPerSecond:F1} MB/s (first, before the warm-up: {translation.FirstMs:F2} ms = {translation.FirstMegabytesPerSecond:F1} MB/s)"));
    }

    /// <summary>Copies the files and folders under <paramref name="source"/> into the existing, empty <paramref name="destination"/>.</summary>
    internal static void CopyDirectory(string source, string destination)
    {
        foreach (string dir in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(destination, Path.GetRelativePath(source, dir)));
        }

        foreach (string file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(destination, Path.GetRelativePath(source, file)));
        }
    }
}

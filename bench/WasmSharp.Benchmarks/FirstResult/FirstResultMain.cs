using System.Globalization;

namespace WasmSharp.Benchmarks.FirstResult;

/// <summary>
/// The <c>first-result</c> mode (issue #10, time to first result): runs large real programs (Yosys,
/// Ruby; fetched from npm) and the Sightglass suite as whole processes, from process start to exit,
/// under <c>wasmsharp run</c> (Auto, the compiler, a warm cache, a precompiled module) and under
/// Wasmtime hosted in a .NET process, interleaved over rounds; checks every run's exit code and
/// output; prints the medians and minimums and writes them as first-result.md to the docs folder.
/// </summary>
internal static class FirstResultMain
{
    /// <summary>The label of an empty .NET process start (this benchmark host, doing nothing).</summary>
    public const string EmptyProcess = ".NET empty process";

    /// <summary>The label of <c>wasmsharp --version</c>: the CLI's own start-up.</summary>
    public const string CliVersion = "wasmsharp --version";

    public static int Run(string[] args)
    {
        FirstResultOptions options;
        try
        {
            options = FirstResultOptions.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            Console.Error.WriteLine($"first-result: {e.Message}");
            return 2;
        }

        string scratch = Directory.CreateTempSubdirectory("wasmsharp-first-result-").FullName;
        try
        {
            return Measure(options, scratch);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static int Measure(FirstResultOptions options, string scratch)
    {
        IReadOnlyList<FirstResultProgram> programs = FirstResultCatalog.Discover(options.CacheDirectory, scratch, options.Filter, options.Large, options.Sightglass);
        var variants = new List<WholeProcessVariant>();
        variants.AddRange(WholeProcessVariant.ForCli(options.Cli, options.BaselineCli is null ? null : "new", options.Variants, scratch));
        if (options.BaselineCli is string baseline)
        {
            variants.AddRange(WholeProcessVariant.ForCli(baseline, "baseline", options.Variants, scratch));
        }

        variants.AddRange(WholeProcessVariant.ForWasmtime(options.Variants, scratch));
        Console.WriteLine($"first-result: {programs.Count} programs, {options.Rounds} round(s), variants {string.Join(", ", variants.Select(v => v.Label))}; CLI {options.Cli}{(options.BaselineCli is null ? "" : $", baseline {options.BaselineCli}")}");

        string[] host = WholeProcessVariant.BenchHost();
        string[] cli = ProcessRun.Launcher(options.Cli);
        var startups = new FirstResultMeasurement(new FirstResultProgram("process start", "", typeof(FirstResultMain).Assembly.Location, [], [], null, null, null, null, null));
        var results = new List<FirstResultMeasurement>();
        DateTimeOffset started = DateTimeOffset.UtcNow;
        foreach (FirstResultProgram program in programs)
        {
            var m = new FirstResultMeasurement(program);
            foreach (WholeProcessVariant variant in variants)
            {
                if (variant.Prepare(program) is string failure)
                {
                    m.Failures[variant.Label] = $"preparation failed: {failure}";
                }

                if (variant.PreparationMs.TryGetValue(program.Name, out double ms))
                {
                    m.PreparationMs[variant.Label] = ms;
                }
            }

            for (int round = 0; round < options.Rounds; round++)
            {
                // Alternate who goes first, so that no variant always runs on a warmer (or busier) machine.
                IEnumerable<WholeProcessVariant> order = round % 2 == 0 ? variants : Enumerable.Reverse(variants);
                foreach (WholeProcessVariant variant in order.Where(v => !m.Failures.ContainsKey(v.Label)))
                {
                    ProcessRun run = ProcessRun.Start(variant.Command(program), scratch);
                    if (WholeProcessVariant.Check(program, run) is string failure)
                    {
                        m.Failures[variant.Label] = failure;
                        Console.WriteLine($"  {variant.Label} {program.Name}: FAILED: {failure}");
                    }
                    else
                    {
                        m.Add(variant.Label, run);
                    }
                }

                // The start-up floor, measured among the programs so it sees the same machine load.
                startups.Add(EmptyProcess, ProcessRun.Start([.. host, "empty"], scratch));
                startups.Add(CliVersion, ProcessRun.Start([.. cli, "--version"], scratch));
            }

            results.Add(m);
            Console.WriteLine(FirstResultReport.ProgressLine(m, variants));

            // Rewritten after every program, so that a run cut short (a full one takes hours on a busy machine) leaves its tables.
            new FirstResultReport(options, started, variants, startups, results).Write();
        }

        var report = new FirstResultReport(options, started, variants, startups, results);
        string page = report.Write();
        foreach (string line in report.Summary())
        {
            Console.WriteLine(line);
        }

        Console.WriteLine($"first-result: wrote {page}");
        return results.Any(r => r.Failures.Count > 0) ? 1 : 0;
    }

    /// <summary>Milliseconds as the tables print them.</summary>
    public static string Ms(double ms) => double.IsNaN(ms) ? "–" : ms.ToString(ms < 100 ? "F1" : "F0", CultureInfo.InvariantCulture);
}

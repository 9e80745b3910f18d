using System.Diagnostics;
using WasmSharp.Benchmarks.Harness;

namespace WasmSharp.Benchmarks.FirstResult;

/// <summary>
/// The programs of the <c>first-result</c> mode: YoWASP Yosys 0.55 (34,004 functions, 31 MB) and
/// ruby.wasm 3.4 (17,825 functions, 16.6 MB), fetched from npm by scripts/fetch-large-programs.sh
/// into a cache folder, then the Sightglass suite of ../shared/bench.
/// </summary>
internal static class FirstResultCatalog
{
    /// <summary>A small design for Yosys to synthesise: reading, elaborating and mapping it runs a good part of Yosys.</summary>
    private const string CounterVerilog = """
        module counter(input clk, input rst, output reg [7:0] q);
          always @(posedge clk) if (rst) q <= 0; else q <= q + 1;
        endmodule

        """;

    /// <summary>
    /// Every program, filtered by substring of name; the large ones are fetched into
    /// <paramref name="cacheDirectory"/> first if missing, and each program gets a scratch folder
    /// under <paramref name="scratch"/> for its preopens.
    /// </summary>
    public static IReadOnlyList<FirstResultProgram> Discover(string cacheDirectory, string scratch, string? filter, bool large, bool sightglass)
    {
        var programs = new List<FirstResultProgram>();
        if (large)
        {
            Fetch(cacheDirectory);
            programs.AddRange(Large(cacheDirectory, scratch));
        }

        if (sightglass)
        {
            programs.AddRange(Sightglass(scratch));
        }

        return filter is null ? programs : programs.Where(p => p.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)).ToList();
    }

    private static IEnumerable<FirstResultProgram> Large(string cache, string scratch)
    {
        string yosysHome = Path.Combine(cache, "yosys-0.55.944");
        string yosys = Path.Combine(yosysHome, "yosys.core.wasm");
        yield return new FirstResultProgram("yosys --version", FirstResultProgram.LargeGroup, yosys, ["--version"], [], null, null, "Yosys 0.55", null, null);

        string design = Directory.CreateDirectory(Path.Combine(scratch, "yosys-design")).FullName;
        string tmp = Directory.CreateDirectory(Path.Combine(scratch, "yosys-tmp")).FullName;
        File.WriteAllText(Path.Combine(design, "counter.v"), CounterVerilog);
        yield return new FirstResultProgram(
            "yosys synth counter.v",
            FirstResultProgram.LargeGroup,
            yosys,
            ["-p", "read_verilog /ys/counter.v; synth -top counter -noabc; stat"],
            [(Path.Combine(yosysHome, "share"), "/share"), (design, "/ys"), (tmp, "/tmp")],
            null,
            null,
            "End of script",
            null,
            null);

        // ruby.wasm is a reactor for the JS wrapper: its exports carry their WIT signature in the name,
        // and imports beyond WASI (for the JS side) are never called by `ruby-show-version`.
        yield return new FirstResultProgram(
            "ruby --version",
            FirstResultProgram.LargeGroup,
            Path.Combine(cache, "ruby-3.4-2.10.1", "ruby.wasm"),
            [],
            [],
            "ruby-show-version: func() -> ()",
            "trap",
            "ruby 3.4",
            null,
            null);
    }

    // As the harness runs them (ProgramCatalog), with bench.start/bench.end as default-valued
    // imports since `run` does not define them: each program's folder is copied and preopened as `.`.
    private static IEnumerable<FirstResultProgram> Sightglass(string scratch)
    {
        foreach (BenchProgram program in ProgramCatalog.Discover(null).Where(p => !p.IsMixbench))
        {
            string work = Path.Combine(scratch, "sightglass", program.Name);
            Directory.CreateDirectory(work);
            HarnessMain.CopyDirectory(program.Directory, work);
            yield return new FirstResultProgram(
                program.Name,
                FirstResultProgram.SightglassGroup,
                Path.Combine(work, Path.GetFileName(program.WasmPath)),
                program.Args,
                [(work, ".")],
                null,
                "default",
                null,
                program.ExpectedStdout,
                program.ExpectedStderr);
        }
    }

    private static void Fetch(string cacheDirectory)
    {
        if (File.Exists(Path.Combine(cacheDirectory, "yosys-0.55.944", "complete")) && File.Exists(Path.Combine(cacheDirectory, "ruby-3.4-2.10.1", "complete")))
        {
            return;
        }

        string script = Path.Combine(HarnessOptions.RepositoryRoot(), "scripts", "fetch-large-programs.sh");
        Console.WriteLine($"first-result: fetching the large programs into {cacheDirectory} ({script})");
        var info = new ProcessStartInfo("bash") { UseShellExecute = false };
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(cacheDirectory);
        using Process process = Process.Start(info) ?? throw new InvalidOperationException("bash did not start");
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} exited with {process.ExitCode}: npm and node are needed to fetch the large programs");
        }
    }
}

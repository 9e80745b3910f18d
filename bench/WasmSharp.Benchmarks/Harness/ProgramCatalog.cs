namespace WasmSharp.Benchmarks.Harness;

/// <summary>Finds the programs to run under <see cref="BenchmarkInputs.Root"/>.</summary>
internal static class ProgramCatalog
{
    /// <summary>The scale mixbench runs at; expected-scale10.txt holds its checksums.</summary>
    public const int MixbenchScale = 10;

    /// <summary>Every Sightglass .wasm (sorted by name), then mixbench, optionally filtered by substring.</summary>
    public static IReadOnlyList<BenchProgram> Discover(string? filter)
    {
        string root = BenchmarkInputs.Root;
        string sightglass = Path.Combine(root, "sightglass");
        var programs = new List<BenchProgram>();
        foreach (string wasm in Directory.EnumerateFiles(sightglass, "*.wasm", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string dir = Path.GetDirectoryName(wasm)!;
            string stem = Path.GetFileNameWithoutExtension(wasm);
            string name = Path.GetRelativePath(sightglass, Path.Combine(dir, stem)).Replace('\\', '/');
            programs.Add(new BenchProgram(
                name,
                wasm,
                [],
                ExistingOrNull(Path.Combine(dir, stem + ".stdout.expected")),
                ExistingOrNull(Path.Combine(dir, stem + ".stderr.expected")),
                IsMixbench: false));
        }

        programs.Add(new BenchProgram(
            "mixbench",
            Path.Combine(root, "mixbench", "mixbench.wasm"),
            [MixbenchScale.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            null,
            null,
            IsMixbench: true));

        return filter is null ? programs : programs.Where(p => p.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)).ToList();
    }

    private static string? ExistingOrNull(string path) => File.Exists(path) ? path : null;
}

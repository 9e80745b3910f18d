namespace WasmSharp.Benchmarks;

/// <summary>Locates the shared benchmark programs: <c>WASMSHARP_BENCH</c>, else <c>../shared/bench</c> beside the repository.</summary>
internal static class BenchmarkInputs
{
    /// <summary>The folder holding <c>sightglass/</c> and <c>mixbench/</c>.</summary>
    public static string Root
    {
        get
        {
            string? fromEnvironment = Environment.GetEnvironmentVariable("WASMSHARP_BENCH");
            if (!string.IsNullOrEmpty(fromEnvironment))
            {
                return fromEnvironment;
            }

            for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "WasmSharp.slnx")))
                {
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "bench"));
                }
            }

            throw new DirectoryNotFoundException("benchmark inputs not found: set WASMSHARP_BENCH");
        }
    }

    /// <summary>The largest .wasm program of the Sightglass suite.</summary>
    public static string LargestSightglassModule() =>
        new DirectoryInfo(Path.Combine(Root, "sightglass"))
            .EnumerateFiles("*.wasm", SearchOption.AllDirectories)
            .MaxBy(f => f.Length)?.FullName
        ?? throw new FileNotFoundException("no .wasm under sightglass/");
}

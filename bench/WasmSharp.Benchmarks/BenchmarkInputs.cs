using WasmSharp.TestSupport;

namespace WasmSharp.Benchmarks;

/// <summary>Locates the shared benchmark programs: <c>WASMSHARP_BENCH</c>, else <c>../shared/bench</c> beside the repository.</summary>
internal static class BenchmarkInputs
{
    /// <summary>The folder holding <c>sightglass/</c> and <c>mixbench/</c>.</summary>
    public static string Root =>
        SharedFolder.Find("WASMSHARP_BENCH", "bench")
        ?? throw new DirectoryNotFoundException("benchmark inputs not found: set WASMSHARP_BENCH");

    /// <summary>The largest .wasm program of the Sightglass suite.</summary>
    public static string LargestSightglassModule() =>
        new DirectoryInfo(Path.Combine(Root, "sightglass"))
            .EnumerateFiles("*.wasm", SearchOption.AllDirectories)
            .MaxBy(f => f.Length)?.FullName
        ?? throw new FileNotFoundException("no .wasm under sightglass/");

    /// <summary>The import-free mixbench kernels module.</summary>
    public static string MixbenchCore => Path.Combine(Root, "mixbench", "mixbench-core.wasm");

    /// <summary>The expected checksum of <paramref name="kernel"/> at <paramref name="scale"/> (1 or 10), from expected-scale*.txt.</summary>
    public static long MixbenchChecksum(string kernel, int scale)
    {
        foreach (string line in File.ReadLines(Path.Combine(Root, "mixbench", $"expected-scale{scale}.txt")))
        {
            string[] parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2 && parts[0] == kernel)
            {
                // Checksums are printed as unsigned 64-bit numbers; the export returns them as i64.
                return unchecked((long)ulong.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        throw new InvalidOperationException($"no expected checksum for {kernel} at scale {scale}");
    }
}

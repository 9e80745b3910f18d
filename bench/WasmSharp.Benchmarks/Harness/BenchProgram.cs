namespace WasmSharp.Benchmarks.Harness;

/// <summary>One WASI program the harness runs: a Sightglass benchmark or mixbench.</summary>
/// <param name="Name">Display name, e.g. <c>shootout/shootout-fib2</c>.</param>
/// <param name="WasmPath">The .wasm file; its directory is copied and preopened as <c>.</c> for every run.</param>
/// <param name="Args">Guest arguments after argv[0].</param>
/// <param name="ExpectedStdout">The file stdout must equal, if any.</param>
/// <param name="ExpectedStderr">The file stderr must equal, if any.</param>
/// <param name="IsMixbench">Mixbench prints its own kernel times and checksums instead of calling bench.start/end.</param>
internal sealed record BenchProgram(
    string Name,
    string WasmPath,
    IReadOnlyList<string> Args,
    string? ExpectedStdout,
    string? ExpectedStderr,
    bool IsMixbench)
{
    /// <summary>The folder copied into each run's sandbox.</summary>
    public string Directory => Path.GetDirectoryName(WasmPath)!;

    /// <summary>argv[0] as the guest sees it: the file name, as <c>wasmtime run</c> passes it.</summary>
    public string Argv0 => Path.GetFileName(WasmPath);
}

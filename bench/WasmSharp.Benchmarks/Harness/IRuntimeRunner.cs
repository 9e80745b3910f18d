namespace WasmSharp.Benchmarks.Harness;

/// <summary>Runs one WASI program once under one runtime.</summary>
internal interface IRuntimeRunner
{
    /// <summary>The runtime's name in tables.</summary>
    string Name { get; }

    /// <summary>True for runtimes inside this process, whose memory the harness can measure.</summary>
    bool InProcess { get; }

    /// <summary>
    /// Runs <paramref name="program"/> with <paramref name="workDir"/> (a fresh copy of its directory)
    /// preopened as <c>.</c>, writing the guest's stdout and stderr to the given files.
    /// </summary>
    RawRun Run(BenchProgram program, byte[] wasm, string workDir, string stdoutPath, string stderrPath);
}

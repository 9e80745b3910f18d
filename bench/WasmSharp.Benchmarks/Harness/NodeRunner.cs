using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace WasmSharp.Benchmarks.Harness;

/// <summary>
/// Runs a program under node's V8 with <c>node:wasi</c>, one node process per run. The script times
/// the same phases as the in-process runners and prints them as JSON on node's own stdout (the
/// guest's stdout goes to the file). V8 compiles lazily (Liftoff, then TurboFan when hot), so its
/// "compile" is only the eager part.
/// </summary>
internal sealed class NodeRunner : IRuntimeRunner, IDisposable
{
    private const string Script = """
        import { readFileSync, openSync, closeSync } from 'node:fs';
        import { WASI } from 'node:wasi';
        import { performance } from 'node:perf_hooks';
        const [wasmPath, workDir, stdoutPath, stderrPath, argv0, ...args] = process.argv.slice(2);
        process.chdir(workDir);
        const bytes = readFileSync(wasmPath);
        let t0 = performance.now();
        const module = await WebAssembly.compile(bytes);
        const compileMs = performance.now() - t0;
        const out = openSync(stdoutPath, 'w'), err = openSync(stderrPath, 'w');
        const wasi = new WASI({ version: 'preview1', args: [argv0, ...args], env: {}, preopens: { '.': workDir }, stdout: out, stderr: err, returnOnExit: true });
        let start = 0, end = 0;
        const bench = { start() { if (start === 0) start = performance.now(); }, end() { end = performance.now(); } };
        const imports = { wasi_snapshot_preview1: wasi.wasiImport, bench };
        t0 = performance.now();
        const instance = await WebAssembly.instantiate(module, imports);
        const firstInstantiateMs = performance.now() - t0;
        t0 = performance.now();
        let exitCode = 0, error = null;
        try { exitCode = wasi.start(instance); } catch (e) { error = String(e); exitCode = -1; }
        const wholeMs = performance.now() - t0;
        closeSync(out); closeSync(err);
        t0 = performance.now();
        await WebAssembly.instantiate(module, imports);
        const instantiateMs = performance.now() - t0;
        const executeMs = start !== 0 && end !== 0 ? end - start : wholeMs;
        console.log(JSON.stringify({ compileMs, firstInstantiateMs, instantiateMs, executeMs, exitCode, error }));
        """;

    private readonly string _scriptPath;

    private NodeRunner(string scriptPath)
    {
        _scriptPath = scriptPath;
    }

    public string Name => "node";

    public bool InProcess => false;

    /// <summary>The runner, or null (with the reason) when <c>node</c> is not on PATH.</summary>
    public static NodeRunner? TryCreate(out string? version)
    {
        version = null;
        try
        {
            using Process? probe = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, UseShellExecute = false });
            if (probe is null)
            {
                return null;
            }

            version = probe.StandardOutput.ReadToEnd().Trim();
            probe.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }

        string path = Path.Combine(Path.GetTempPath(), $"wasmsharp-harness-{Environment.ProcessId}.mjs");
        File.WriteAllText(path, Script);
        return new NodeRunner(path);
    }

    public RawRun Run(BenchProgram program, byte[] wasm, string workDir, string stdoutPath, string stderrPath)
    {
        var info = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in (string[])["--no-warnings", _scriptPath, program.WasmPath, workDir, stdoutPath, stderrPath, program.Argv0, .. program.Args])
        {
            info.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(info) ?? throw new InvalidOperationException("node did not start");
        Task<string> errors = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        string line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        try
        {
            using JsonDocument json = JsonDocument.Parse(line);
            JsonElement r = json.RootElement;
            string? error = r.GetProperty("error").ValueKind == JsonValueKind.String ? r.GetProperty("error").GetString() : null;
            return new RawRun(
                r.GetProperty("compileMs").GetDouble(),
                r.GetProperty("firstInstantiateMs").GetDouble(),
                r.GetProperty("instantiateMs").GetDouble(),
                r.GetProperty("executeMs").GetDouble(),
                r.GetProperty("exitCode").GetInt32(),
                error);
        }
        catch (JsonException)
        {
            // The end of node's stderr holds the error itself; the start is only its internal frames.
            string all = errors.Result.ReplaceLineEndings(" ").Trim();
            string detail = all.Length > 300 ? all[^300..] : all;
            return new RawRun(0, 0, 0, 0, process.ExitCode, string.Create(CultureInfo.InvariantCulture, $"node exited {process.ExitCode}: {detail}"));
        }
    }

    public void Dispose() => File.Delete(_scriptPath);
}

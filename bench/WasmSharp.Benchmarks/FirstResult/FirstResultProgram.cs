namespace WasmSharp.Benchmarks.FirstResult;

/// <summary>
/// One program run whole, from process start to exit, as <c>wasmsharp run</c> (or the Wasmtime host)
/// is given it: module, guest arguments, preopened folders, an export to invoke, what to do with
/// unknown imports, and what its output must show for the run to count.
/// </summary>
/// <param name="Name">Display name, e.g. <c>yosys synth</c> or <c>shootout/shootout-fib2</c>.</param>
/// <param name="Group">The table the program is reported in: <see cref="LargeGroup"/> or <see cref="SightglassGroup"/>.</param>
/// <param name="WasmPath">The module file.</param>
/// <param name="Args">Guest arguments after argv[0] (or the invoked export's arguments).</param>
/// <param name="Dirs">Preopened folders as <c>--dir HOST::GUEST</c> takes them.</param>
/// <param name="Invoke">The export to call instead of <c>_start</c>, or null.</param>
/// <param name="UnknownImports">How to satisfy imports WASI does not provide: <c>trap</c>, <c>default</c> or null (none).</param>
/// <param name="ExpectedStdoutText">Text stdout must contain, or null.</param>
/// <param name="ExpectedStdoutFile">A file stdout must equal byte for byte, or null.</param>
/// <param name="ExpectedStderrFile">A file stderr must equal byte for byte, or null.</param>
internal sealed record FirstResultProgram(
    string Name,
    string Group,
    string WasmPath,
    IReadOnlyList<string> Args,
    IReadOnlyList<(string Host, string Guest)> Dirs,
    string? Invoke,
    string? UnknownImports,
    string? ExpectedStdoutText,
    string? ExpectedStdoutFile,
    string? ExpectedStderrFile)
{
    /// <summary>Real programs with tens of thousands of functions, fetched from npm.</summary>
    public const string LargeGroup = "large";

    /// <summary>The Sightglass suite of ../shared/bench.</summary>
    public const string SightglassGroup = "sightglass";

    /// <summary>argv[0] as the guest sees it: the module's file name, as <c>wasmtime run</c> passes it.</summary>
    public string Argv0 => Path.GetFileName(WasmPath);

    /// <summary>
    /// The options both hosts take before the module (<c>--dir</c>, <c>--invoke</c>, <c>-W unknown-imports-*</c>,
    /// <c>--argv0</c>), the module <paramref name="module"/> (the .wasm, or a precompiled .cwasm) and the guest arguments.
    /// </summary>
    public IEnumerable<string> RunArguments(string module)
    {
        foreach ((string host, string guest) in Dirs)
        {
            yield return "--dir";
            yield return $"{host}::{guest}";
        }

        if (Invoke is string invoke)
        {
            yield return "--invoke";
            yield return invoke;
        }

        if (UnknownImports is string unknown)
        {
            yield return "-W";
            yield return $"unknown-imports-{unknown}";
        }

        // The guest's argv[0] stays the .wasm's name when a .cwasm runs.
        yield return "--argv0";
        yield return Argv0;
        yield return module;
        foreach (string arg in Args)
        {
            yield return arg;
        }
    }

    /// <summary>Null when the captured output is what the program must print, else what is wrong.</summary>
    public string? CheckOutput(string stdout, string stderr)
    {
        if (ExpectedStdoutText is string text && !stdout.Contains(text, StringComparison.Ordinal))
        {
            return $"stdout lacks `{text}`: {Preview(stdout)}";
        }

        if (ExpectedStdoutFile is string outFile && File.ReadAllText(outFile) != stdout)
        {
            return $"stdout differs from {Path.GetFileName(outFile)}: {Preview(stdout)}";
        }

        if (ExpectedStderrFile is string errFile && File.ReadAllText(errFile) != stderr)
        {
            return $"stderr differs from {Path.GetFileName(errFile)}: {Preview(stderr)}";
        }

        return null;
    }

    /// <summary>The start of <paramref name="text"/> on one line, for failure messages.</summary>
    public static string Preview(string text)
    {
        string line = text.ReplaceLineEndings(" ").Trim();
        return line.Length > 200 ? line[..200] + "..." : line;
    }
}

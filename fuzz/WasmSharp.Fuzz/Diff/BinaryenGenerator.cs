using System.Diagnostics;

namespace WasmSharp.Fuzz.Diff;

/// <summary>
/// Makes random valid modules with binaryen's translate-to-fuzz mode (<c>wasm-opt -ttf</c>), which reads random
/// bytes and emits a module that logs through <c>fuzzing-support</c> imports and bounds its loops and
/// recursion with a hang-limit global.
/// </summary>
internal static class BinaryenGenerator
{
    /// <summary>The features every diff case enables: what Wasm 2.0 has, which both runtimes support.</summary>
    public static readonly string[] DefaultFlags =
    [
        "--enable-sign-ext", "--enable-mutable-globals", "--enable-nontrapping-float-to-int", "--enable-simd",
        "--enable-bulk-memory", "--enable-multivalue",
    ];

    /// <summary>The extra features selectable with --features, by name, and the binaryen flags each adds.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> ExtraFeatures = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["reference-types"] = ["--enable-reference-types"],
        ["gc"] = ["--enable-gc", "--enable-reference-types", "--enable-typed-function-references"],
        ["exceptions"] = ["--enable-exception-handling"],
        ["tail-call"] = ["--enable-tail-call"],
        ["threads"] = ["--enable-threads"],
        ["memory64"] = ["--enable-memory64"],
        ["extended-const"] = ["--enable-extended-const"],
    };

    /// <summary>Whether <c>wasm-opt</c> is on the PATH.</summary>
    public static bool IsAvailable()
    {
        try
        {
            using Process? process = Process.Start(new ProcessStartInfo("wasm-opt", "--version") { RedirectStandardOutput = true, RedirectStandardError = true });
            process?.WaitForExit();
            return process?.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>Generates a module from <paramref name="input"/>; returns null with the tool's message when it fails.</summary>
    public static byte[]? Generate(byte[] input, IEnumerable<string> flags, string workDir, out string message)
    {
        string inputPath = Path.Combine(workDir, "ttf-input.dat");
        string outputPath = Path.Combine(workDir, "ttf-output.wasm");
        File.WriteAllBytes(inputPath, input);
        File.Delete(outputPath);
        var start = new ProcessStartInfo("wasm-opt") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { "-ttf", inputPath, "-o", outputPath }.Concat(flags))
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException("could not start wasm-opt");
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        message = stderr.Result.Trim();
        return process.ExitCode == 0 && File.Exists(outputPath) ? File.ReadAllBytes(outputPath) : null;
    }

    /// <summary>
    /// <paramref name="wasm"/> after binaryen's <c>--denan</c> pass, which makes every float value that
    /// would be a NaN 0 at run time (binaryen's own fuzzer uses it for differential runs): NaN payloads
    /// are nondeterministic (spec 4.3.3), so two correct runtimes may store different NaN bits. Null if
    /// wasm-opt fails.
    /// </summary>
    public static byte[]? DeNaN(byte[] wasm, IEnumerable<string> flags, string workDir)
    {
        string inputPath = Path.Combine(workDir, "denan-input.wasm");
        string outputPath = Path.Combine(workDir, "denan-output.wasm");
        File.WriteAllBytes(inputPath, wasm);
        File.Delete(outputPath);
        var start = new ProcessStartInfo("wasm-opt") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { inputPath, "--denan", "-o", outputPath }.Concat(flags))
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException("could not start wasm-opt");
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        _ = stderr.Result;
        return process.ExitCode == 0 && File.Exists(outputPath) ? File.ReadAllBytes(outputPath) : null;
    }

    /// <summary>The text form of a module (for reproductions), or the tool's error.</summary>
    public static string Print(byte[] wasm, IEnumerable<string> flags, string workDir)
    {
        string path = Path.Combine(workDir, "print.wasm");
        File.WriteAllBytes(path, wasm);
        var start = new ProcessStartInfo("wasm-opt") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { path, "--print" }.Concat(flags))
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException("could not start wasm-opt");
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        string text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? text : ";; wasm-opt --print failed: " + stderr.Result;
    }
}

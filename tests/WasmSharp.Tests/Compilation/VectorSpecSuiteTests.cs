using Xunit;

namespace WasmSharp.Tests.Compilation;

/// <summary>
/// Runs the SIMD spec scripts (<c>wasm-2.0/simd/*.wast</c> and the Wasm 3.0 revision in <c>wasm-3.0/core/simd</c>) and the relaxed SIMD scripts
/// (<c>wasm-3.0/core/relaxed-simd/*.wast</c>) through the compiler's internal API.
/// </summary>
public class VectorSpecSuiteTests
{
    public static TheoryData<string> SimdFiles() => Files(Path.Combine("wasm-2.0", "simd"));

    public static TheoryData<string> Simd3Files() => Files(Path.Combine("wasm-3.0", "core", "simd"));

    public static TheoryData<string> RelaxedFiles() => Files(Path.Combine("wasm-3.0", "core", "relaxed-simd"));

    [Theory]
    [MemberData(nameof(SimdFiles))]
    public void RunsSimdScript(string file) => Run(Path.Combine("wasm-2.0", "simd"), file);

    [Theory]
    [MemberData(nameof(Simd3Files))]
    public void RunsWasm3SimdScript(string file) => Run(Path.Combine("wasm-3.0", "core", "simd"), file);

    [Theory]
    [MemberData(nameof(RelaxedFiles))]
    public void RunsRelaxedSimdScript(string file) => Run(Path.Combine("wasm-3.0", "core", "relaxed-simd"), file);

    private static TheoryData<string> Files(string folder)
    {
        var data = new TheoryData<string>();
        string? root = FindSuite();
        string? dir = root is null ? null : Path.Combine(root, folder);
        if (dir is null || !Directory.Exists(dir))
        {
            data.Add("");
            return data;
        }

        foreach (string file in Directory.GetFiles(dir, "*.wast").OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    private static void Run(string folder, string file)
    {
        string? root = FindSuite();
        if (root is null || file.Length == 0)
        {
            return;
        }

        var runner = new SpecScriptRunner();
        runner.RunFile(Path.Combine(root, folder, file));
        Assert.True(runner.Passed > 0, "no command ran");
        Assert.True(runner.Failures.Count == 0, $"{runner.Failures.Count} failures, {runner.Passed} passed:\n" + string.Join("\n", runner.Failures.Take(30)));
    }

    private static string? FindSuite()
    {
        string? env = Environment.GetEnvironmentVariable("WASMSHARP_TESTSUITE");
        if (env is not null)
        {
            return env;
        }

        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WasmSharp.slnx")))
            {
                string candidate = Path.Combine(dir.FullName, "..", "shared", "testsuite");
                return Directory.Exists(candidate) ? Path.GetFullPath(candidate) : null;
            }
        }

        return null;
    }
}

using WasmSharp.TestSupport;

namespace WasmSharp.Wasi.Tests;

/// <summary>
/// Finds WebAssembly/wasi-testsuite's wasm32-wasip1 programs: <c>WASMSHARP_WASI_TESTSUITE</c>,
/// else <c>../shared/wasi-testsuite/wasm32-wasip1</c> beside the repository.
/// </summary>
internal static class WasiSuite
{
    /// <summary>The folder holding the c/, rust/ and assemblyscript/ programs, or null.</summary>
    public static string? Root { get; } = SharedFolder.Find("WASMSHARP_WASI_TESTSUITE", Path.Combine("wasi-testsuite", "wasm32-wasip1"));

    /// <summary>Why the suite's tests are skipped, or null when it is present.</summary>
    public static string? SkipReason => Root is null
        ? "wasi-testsuite not found: set WASMSHARP_WASI_TESTSUITE or place it at ../shared/wasi-testsuite beside the repository"
        : null;

    /// <summary>Theory rows: every program's path relative to <see cref="Root"/>, sorted; a placeholder when absent.</summary>
    public static IEnumerable<object[]> Programs()
    {
        if (Root is null)
        {
            yield return new object[] { "(suite missing)" };
            yield break;
        }

        foreach (string file in Directory.EnumerateFiles(Root, "*.wasm", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            yield return new object[] { Path.GetRelativePath(Root, file).Replace('\\', '/') };
        }
    }
}

using WasmSharp.TestSupport;

namespace WasmSharp.SpecTests;

/// <summary>Finds the official spec test suite: <c>WASMSHARP_TESTSUITE</c>, else <c>../shared/testsuite</c> beside the repository.</summary>
internal static class SpecSuite
{
    /// <summary>The suite's root folder, or null when it cannot be found.</summary>
    public static string? Root { get; } = SharedFolder.Find("WASMSHARP_TESTSUITE", "testsuite");

    private const string Missing = "spec test suite not found: set WASMSHARP_TESTSUITE or place it at ../shared/testsuite beside the repository";

    /// <summary>
    /// Why the suite's tests are skipped, or null when the suite is present or required
    /// (<see cref="SharedFolder.TestSuiteRequired"/>: then they run and fail).
    /// </summary>
    public static string? SkipReason => Root is null && !SharedFolder.TestSuiteRequired ? Missing : null;

    /// <summary>The full path of <paramref name="script"/> (relative to the suite root).</summary>
    /// <exception cref="DirectoryNotFoundException">The suite is missing (and required, or the test would be skipped).</exception>
    public static string ScriptPath(string script) =>
        Path.Combine(Root ?? throw new DirectoryNotFoundException(Missing + "; WASMSHARP_REQUIRE_TESTSUITE=1 requires it"), script);

    /// <summary>The repository root (the folder holding WasmSharp.slnx), or null.</summary>
    public static string? RepositoryRoot => SharedFolder.RepositoryRoot;

    /// <summary>
    /// Theory rows: the path of every .wast under <paramref name="folders"/> (relative to the suite
    /// root), sorted; one placeholder row when the suite is missing, where the theory is skipped.
    /// </summary>
    public static IEnumerable<object[]> Files(params string[] folders) => Files(SearchOption.AllDirectories, folders);

    /// <summary>
    /// Theory rows like <see cref="Files(string[])"/>, searching subfolders only with
    /// <see cref="SearchOption.AllDirectories"/>.
    /// </summary>
    public static IEnumerable<object[]> Files(SearchOption search, params string[] folders)
    {
        if (Root is null)
        {
            yield return new object[] { "(suite missing)" };
            yield break;
        }

        foreach (string folder in folders)
        {
            string full = Path.Combine(Root, folder);
            if (!Directory.Exists(full))
            {
                throw new DirectoryNotFoundException($"spec suite folder missing: {full}");
            }

            foreach (string file in Directory.EnumerateFiles(full, "*.wast", search).Order(StringComparer.Ordinal))
            {
                yield return new object[] { Path.GetRelativePath(Root, file).Replace('\\', '/') };
            }
        }
    }
}

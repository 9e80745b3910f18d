namespace WasmSharp.TestSupport;

/// <summary>
/// Finds the repository and the read-only material beside it (<c>../shared</c>): the one place
/// the test and benchmark projects learn where the spec suite, the WASI suite and the benchmark
/// programs live. Linked into each of those projects as source.
/// </summary>
internal static class SharedFolder
{
    /// <summary>The repository root (the folder holding WasmSharp.slnx, found upwards from the binary), or null.</summary>
    public static string? RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>
    /// Whether the spec test suite must be present (<c>WASMSHARP_REQUIRE_TESTSUITE=1</c>, set by <c>.ci/run</c>): then
    /// tests over the suite fail when it is missing instead of skipping, so a CI run without it cannot be green.
    /// </summary>
    public static bool TestSuiteRequired => Environment.GetEnvironmentVariable("WASMSHARP_REQUIRE_TESTSUITE") == "1";

    /// <summary>
    /// The folder named by environment variable <paramref name="variable"/> when it is set, else
    /// <c>../shared/<paramref name="relativePath"/></c> beside the repository; null when that
    /// folder does not exist.
    /// </summary>
    public static string? Find(string variable, string relativePath)
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        }

        if (RepositoryRoot is null)
        {
            return null;
        }

        string candidate = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", relativePath));
        return Directory.Exists(candidate) ? candidate : null;
    }

    private static string? FindRepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WasmSharp.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}

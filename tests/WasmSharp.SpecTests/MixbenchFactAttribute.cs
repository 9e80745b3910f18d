namespace WasmSharp.SpecTests;

/// <summary>
/// A fact over <c>mixbench-core.wast</c> from <c>../shared/bench/mixbench</c> beside the repository,
/// skipped with the reason when the file is absent.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MixbenchFactAttribute : FactAttribute
{
    /// <summary>The script's path, or null when it cannot be found.</summary>
    public static string? Script { get; } = Find();

    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the script is absent.</summary>
    public MixbenchFactAttribute()
    {
        if (Script is null)
        {
            Skip = "mixbench-core.wast not found: place the shared bench folder at ../shared/bench beside the repository";
        }
    }

    private static string? Find()
    {
        if (SpecSuite.RepositoryRoot is not string root)
        {
            return null;
        }

        string path = Path.GetFullPath(Path.Combine(root, "..", "shared", "bench", "mixbench", "mixbench-core.wast"));
        return File.Exists(path) ? path : null;
    }
}

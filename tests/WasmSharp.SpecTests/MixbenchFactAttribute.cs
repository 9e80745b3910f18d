using System.Runtime.CompilerServices;
using WasmSharp.TestSupport;

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
    public MixbenchFactAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        if (Script is null)
        {
            Skip = "mixbench-core.wast not found: set WASMSHARP_BENCH or place the shared bench folder at ../shared/bench beside the repository";
        }
    }

    private static string? Find() =>
        SharedFolder.Find("WASMSHARP_BENCH", "bench") is string bench
        && File.Exists(Path.Combine(bench, "mixbench", "mixbench-core.wast"))
            ? Path.Combine(bench, "mixbench", "mixbench-core.wast")
            : null;
}

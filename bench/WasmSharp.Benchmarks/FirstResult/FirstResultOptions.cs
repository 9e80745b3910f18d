using System.Globalization;
using WasmSharp.Benchmarks.Harness;

namespace WasmSharp.Benchmarks.FirstResult;

/// <summary>
/// <c>first-result [--rounds N] [--filter TEXT] [--no-large] [--no-sightglass] [--variants A,B,...]
/// [--cli PATH] [--baseline-cli PATH] [--cache DIR] [--docs DIR]</c>.
/// </summary>
/// <param name="Rounds">Interleaved rounds: each round runs every variant once per program.</param>
/// <param name="Filter">Only programs whose name contains this text.</param>
/// <param name="Large">Whether to run the large npm programs.</param>
/// <param name="Sightglass">Whether to run the Sightglass suite.</param>
/// <param name="Variants">The variant names to run (<see cref="WholeProcessVariant"/>), or null for all.</param>
/// <param name="Cli">The <c>wasmsharp</c> executable (apphost) or WasmSharp.Cli.dll under test.</param>
/// <param name="BaselineCli">Another build of the CLI whose WasmSharp variants run in the same rounds (A/B), or null.</param>
/// <param name="CacheDirectory">Where the large programs are fetched to and kept.</param>
/// <param name="DocsDirectory">Where first-result.md is written.</param>
/// <param name="CommandLine">The command that reproduces the run, for the page.</param>
internal sealed record FirstResultOptions(
    int Rounds,
    string? Filter,
    bool Large,
    bool Sightglass,
    IReadOnlySet<string>? Variants,
    string Cli,
    string? BaselineCli,
    string CacheDirectory,
    string DocsDirectory,
    string CommandLine)
{
    /// <summary>Parses the arguments after <c>first-result</c>; throws <see cref="ArgumentException"/> on a bad one.</summary>
    public static FirstResultOptions Parse(string[] args)
    {
        int rounds = 5;
        string? filter = null;
        bool large = true;
        bool sightglass = true;
        HashSet<string>? variants = null;
        string cli = Path.Combine(HarnessOptions.RepositoryRoot(), "src", "WasmSharp.Cli", "bin", "Release", "net10.0", OperatingSystem.IsWindows() ? "wasmsharp.exe" : "wasmsharp");
        string? baseline = null;
        string cache = DefaultCacheDirectory();
        // Never docs/ by default: that page is written only on purpose, from a full run.
        string docs = Path.Combine(Path.GetTempPath(), "wasmsharp-first-result");
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--rounds":
                    rounds = int.Parse(HarnessOptions.Value(args, ref i), CultureInfo.InvariantCulture);
                    if (rounds < 1)
                    {
                        throw new ArgumentException("--rounds must be at least 1");
                    }

                    break;
                case "--filter":
                    filter = HarnessOptions.Value(args, ref i);
                    break;
                case "--no-large":
                    large = false;
                    break;
                case "--no-sightglass":
                    sightglass = false;
                    break;
                case "--variants":
                    variants = HarnessOptions.Value(args, ref i).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
                    if (variants.FirstOrDefault(v => !WholeProcessVariant.Names.Contains(v)) is string unknown)
                    {
                        throw new ArgumentException($"unknown variant `{unknown}`: expected some of {string.Join(',', WholeProcessVariant.Names)}");
                    }

                    break;
                case "--cli":
                    cli = Path.GetFullPath(HarnessOptions.Value(args, ref i));
                    break;
                case "--baseline-cli":
                    baseline = Path.GetFullPath(HarnessOptions.Value(args, ref i));
                    break;
                case "--cache":
                    cache = Path.GetFullPath(HarnessOptions.Value(args, ref i));
                    break;
                case "--docs":
                    docs = Path.GetFullPath(HarnessOptions.Value(args, ref i));
                    break;
                default:
                    throw new ArgumentException($"unknown first-result option `{args[i]}`");
            }
        }

        foreach (string? executable in (string?[])[cli, baseline])
        {
            if (executable is not null && !File.Exists(executable))
            {
                throw new ArgumentException($"`{executable}` does not exist: build the CLI first (dotnet build WasmSharp.slnx -c Release)");
            }
        }

        string command = "dotnet run -c Release --project bench/WasmSharp.Benchmarks -- first-result" + (args.Length > 0 ? " " + string.Join(' ', args.Select(Quote)) : "");
        return new FirstResultOptions(rounds, filter, large, sightglass, variants, cli, baseline, cache, docs, command);
    }

    /// <summary>The folder holding WasmSharp.slnx, found upwards from the binary.</summary>
    // Beside the user's other caches, like the CLI's own compilation cache: the programs are 55 MB.
    private static string DefaultCacheDirectory() =>
        Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? Path.Combine(xdg, "wasmsharp-bench")
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "wasmsharp-bench");

    private static string Quote(string arg) => arg.Contains(' ', StringComparison.Ordinal) ? $"'{arg}'" : arg;
}

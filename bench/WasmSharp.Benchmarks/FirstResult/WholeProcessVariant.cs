using System.Globalization;

namespace WasmSharp.Benchmarks.FirstResult;

/// <summary>
/// One way of running a program as a whole process: <c>wasmsharp run</c> under the default
/// <see cref="Strategy.Auto"/> (<see cref="Auto"/>), with <c>-C strategy=compiler</c>
/// (<see cref="Compiler"/>), with a warm compilation cache (<see cref="Cache"/>), from a
/// <c>wasmsharp compile</c> artifact (<see cref="Precompiled"/>), or under Wasmtime
/// (<see cref="Wasmtime"/>: the Wasmtime NuGet package hosted by <see cref="WasmtimeHost"/> in a
/// .NET process, so its time includes a .NET process start).
/// </summary>
internal sealed class WholeProcessVariant
{
    public const string Auto = "auto";
    public const string Compiler = "compiler";
    public const string Cache = "cache";
    public const string Precompiled = "precompiled";
    public const string Wasmtime = "wasmtime";

    /// <summary>Every variant name, in table order.</summary>
    public static readonly IReadOnlyList<string> Names = [Auto, Compiler, Cache, Precompiled, Wasmtime];

    private readonly string[] _launcher;
    private readonly string _scratch;
    private readonly Dictionary<string, string> _precompiled = new(StringComparer.Ordinal);
    private string? _cacheConfig;

    private WholeProcessVariant(string name, string label, string[] launcher, string scratch)
    {
        Name = name;
        Label = label;
        _launcher = launcher;
        _scratch = scratch;
    }

    /// <summary>One of <see cref="Names"/>.</summary>
    public string Name { get; }

    /// <summary>The column heading: the name, with the CLI's tag when an A/B baseline runs too.</summary>
    public string Label { get; }

    /// <summary>Milliseconds of the one-off preparation per program: priming the cache, or <c>wasmsharp compile</c>.</summary>
    public Dictionary<string, double> PreparationMs { get; } = new(StringComparer.Ordinal);

    /// <summary>The WasmSharp variants of <paramref name="cli"/> (named with <paramref name="tag"/> when not null) among <paramref name="wanted"/>.</summary>
    public static IEnumerable<WholeProcessVariant> ForCli(string cli, string? tag, IReadOnlySet<string>? wanted, string scratch)
    {
        foreach (string name in Names.Where(n => n != Wasmtime && (wanted is null || wanted.Contains(n))))
        {
            string folder = Directory.CreateDirectory(Path.Combine(scratch, tag is null ? name : $"{name}-{tag}")).FullName;
            yield return new WholeProcessVariant(name, tag is null ? name : $"{name} [{tag}]", ProcessRun.Launcher(cli), folder);
        }
    }

    /// <summary>Wasmtime in a subprocess of this benchmark host, or none when not among <paramref name="wanted"/>.</summary>
    public static IEnumerable<WholeProcessVariant> ForWasmtime(IReadOnlySet<string>? wanted, string scratch)
    {
        if (wanted is null || wanted.Contains(Wasmtime))
        {
            yield return new WholeProcessVariant(Wasmtime, Wasmtime, [.. BenchHost(), WasmtimeHost.Command], scratch);
        }
    }

    /// <summary>The executable (and leading arguments) that starts this benchmark host again.</summary>
    public static string[] BenchHost()
    {
        string assembly = typeof(WholeProcessVariant).Assembly.Location;
        string apphost = Path.Combine(AppContext.BaseDirectory, Path.GetFileNameWithoutExtension(assembly) + (OperatingSystem.IsWindows() ? ".exe" : ""));
        return File.Exists(apphost) ? [apphost] : ["dotnet", assembly];
    }

    /// <summary>
    /// What must happen once before <paramref name="program"/> is timed: one run to fill the cache
    /// (checked like a timed run), or <c>wasmsharp compile</c>. Null on success, else what failed.
    /// </summary>
    public string? Prepare(FirstResultProgram program)
    {
        switch (Name)
        {
            case Cache:
            {
                // A cache folder of its own, empty at first: the priming run is this variant's cold start.
                string folder = Path.Combine(_scratch, "cache");
                if (_cacheConfig is null)
                {
                    _cacheConfig = Path.Combine(_scratch, "cache.toml");
                    File.WriteAllText(_cacheConfig, $"[cache]\ndirectory = \"{folder.Replace("\\", "\\\\", StringComparison.Ordinal)}\"\n");
                }

                ProcessRun primed = ProcessRun.Start(Command(program), _scratch);
                PreparationMs[program.Name] = primed.WallMs;
                return Check(program, primed);
            }

            case Precompiled:
            {
                string artifact = Path.Combine(_scratch, string.Create(CultureInfo.InvariantCulture, $"{_precompiled.Count}-{Path.GetFileNameWithoutExtension(program.WasmPath)}.cwasm"));
                ProcessRun compiled = ProcessRun.Start([.. _launcher, "compile", "-o", artifact, program.WasmPath], _scratch);
                PreparationMs[program.Name] = compiled.WallMs;
                if (compiled.ExitCode != 0 || !File.Exists(artifact))
                {
                    return $"compile exited with {compiled.ExitCode}: {FirstResultProgram.Preview(compiled.Stderr)}";
                }

                _precompiled[program.Name] = artifact;
                return null;
            }

            default:
                return null;
        }
    }

    /// <summary>The command line of one timed run of <paramref name="program"/>.</summary>
    public IReadOnlyList<string> Command(FirstResultProgram program) => Name switch
    {
        Auto => [.. _launcher, "run", .. program.RunArguments(program.WasmPath)],
        Compiler => [.. _launcher, "run", "-C", "strategy=compiler", .. program.RunArguments(program.WasmPath)],
        Cache => [.. _launcher, "run", "-C", $"cache-config={_cacheConfig}", .. program.RunArguments(program.WasmPath)],
        Precompiled => [.. _launcher, "run", "--allow-precompiled", .. program.RunArguments(_precompiled[program.Name])],
        _ => [.. _launcher, .. program.RunArguments(program.WasmPath)],
    };

    /// <summary>Null when <paramref name="run"/> exited 0 with the output <paramref name="program"/> must print, else what is wrong.</summary>
    public static string? Check(FirstResultProgram program, ProcessRun run) =>
        run.ExitCode != 0
            ? $"exit code {run.ExitCode}: {FirstResultProgram.Preview(run.Stderr)}"
            : program.CheckOutput(run.Stdout, run.Stderr);
}

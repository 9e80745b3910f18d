using System.CommandLine;
using WasmSharp.Cli.Options;

namespace WasmSharp.Cli;

/// <summary>
/// <c>wasmsharp [run] [OPTIONS] FILE [ARGS...]</c>: runs a WASI command (or invokes an export) with
/// the flags of <c>wasmtime run</c>, so that switching runtimes is a rename. Options before FILE
/// belong to wasmsharp; FILE and everything after it belong to the guest (see
/// <see cref="WasmsharpCommandLine"/>). The symbols are shared by the <c>run</c> subcommand and the
/// root command, which runs a module without <c>run</c> as <c>wasmtime FILE</c> does.
/// </summary>
internal sealed class RunCommand
{
    /// <summary>Creates the symbols.</summary>
    public RunCommand()
    {
        File = new Argument<string>("file") { Description = "The WebAssembly module to run, binary or text." };
        GuestArguments = new Argument<string[]>("args")
        {
            Description = "Arguments passed to the guest (or to the --invoke export), even ones starting with '-'.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        Dirs = new Option<string[]>("--dir") { Description = "Grant access to a host directory: HOST[::GUEST].", AllowMultipleArgumentsPerToken = false };
        Envs = new Option<string[]>("--env") { Description = "Pass an environment variable: NAME=VAL, or NAME to pass the host's value.", AllowMultipleArgumentsPerToken = false };
        Invoke = new Option<string?>("--invoke") { Description = "Call this export instead of _start, with ARGS as its arguments, and print its results." };
        Argv0 = new Option<string?>("--argv0") { Description = "The guest's argv[0] (default: the file name of FILE)." };
        AllowPrecompiled = new Option<bool>("--allow-precompiled")
        {
            Description = "Allow running a precompiled module (from `wasmsharp compile`): its code is trusted as is, not validated.",
        };
        Preloads = new Option<string[]>("--preload")
        {
            Description = "Instantiate this module first and define its exports under NAME: NAME=PATH.",
            HelpName = "NAME=PATH",
            AllowMultipleArgumentsPerToken = false,
        };
    }

    /// <summary>The module to run.</summary>
    public Argument<string> File { get; }

    /// <summary>Everything after the module.</summary>
    public Argument<string[]> GuestArguments { get; }

    /// <summary><c>--dir HOST[::GUEST]</c>.</summary>
    public Option<string[]> Dirs { get; }

    /// <summary><c>--env NAME[=VAL]</c>.</summary>
    public Option<string[]> Envs { get; }

    /// <summary><c>--invoke NAME</c>.</summary>
    public Option<string?> Invoke { get; }

    /// <summary><c>--argv0 NAME</c>.</summary>
    public Option<string?> Argv0 { get; }

    /// <summary><c>--allow-precompiled</c>.</summary>
    public Option<bool> AllowPrecompiled { get; }

    /// <summary><c>--preload NAME=PATH</c>.</summary>
    public Option<string[]> Preloads { get; }

    /// <summary>The option groups and <c>--config</c>.</summary>
    public GroupOptions Groups { get; } = new();

    /// <summary>
    /// Adds the symbols and the run action to <paramref name="command"/>. The implicit run of the
    /// root command hides FILE and ARGS from help: System.CommandLine shows a command's arguments in
    /// the usage line of every subcommand (<c>wasmsharp &lt;file&gt; [&lt;args&gt;...] compile &lt;file&gt;</c>),
    /// and the root's help says that <c>wasmsharp FILE</c> is <c>wasmsharp run FILE</c>, as Wasmtime's does.
    /// </summary>
    public void AddTo(Command command, bool implicitRun = false)
    {
        File.Hidden = implicitRun;
        GuestArguments.Hidden = implicitRun;
        command.Arguments.Add(File);
        command.Arguments.Add(GuestArguments);
        command.Options.Add(Dirs);
        command.Options.Add(Envs);
        command.Options.Add(Invoke);
        command.Options.Add(Argv0);
        command.Options.Add(Preloads);
        command.Options.Add(AllowPrecompiled);
        Groups.AddTo(command);
        command.SetAction(parsed => new ModuleRunner(
            parsed.GetValue(File)!,
            parsed.GetValue(GuestArguments) ?? [],
            Groups.Read(parsed),
            parsed.GetValue(Dirs) ?? [],
            parsed.GetValue(Envs) ?? [],
            parsed.GetValue(Invoke),
            parsed.GetValue(Argv0),
            ParsePreloads(parsed.GetValue(Preloads) ?? []),
            parsed.GetValue(AllowPrecompiled)).Run());
    }

    // NAME=PATH, split at the first '=' as Wasmtime's parse_preloads does.
    private static IReadOnlyList<(string Name, string Path)> ParsePreloads(string[] values) =>
        values.Select(value =>
        {
            int equals = value.IndexOf('=');
            return equals > 0 && equals < value.Length - 1
                ? (value[..equals], value[(equals + 1)..])
                : throw new UsageException($"invalid value '{value}' for '--preload <NAME=PATH>': must be NAME=PATH");
        }).ToArray();
}

using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace WasmSharp.Cli;

/// <summary>
/// The <c>wasmsharp</c> command line on System.CommandLine, shaped like <c>wasmtime</c>'s clap
/// definition: subcommands <c>run</c>, <c>compile</c>, <c>validate</c>, <c>wast</c>, <c>settings</c>, <c>config</c>,
/// and the root itself runs a module (<c>wasmsharp FILE</c>). In <c>run</c>, clap's
/// <c>trailing_var_arg</c> gives the guest every token after the module path; System.CommandLine
/// has no such mode, so <see cref="Parse"/> asks System.CommandLine itself where the module path
/// is (the shortest prefix of the arguments in which it binds the FILE argument) and parses the
/// rest after a <c>--</c>, which System.CommandLine reads as "arguments only".
/// </summary>
internal sealed class WasmsharpCommandLine
{
    private static readonly ParserConfiguration s_parserConfiguration = new()
    {
        // `@file` is an ordinary argument for wasmtime (and for the guest).
        ResponseFileTokenReplacer = null,
    };

    private readonly Command _root;
    private readonly RunCommand _rootRun = new();
    private readonly RunCommand _run = new();
    private readonly SettingsCommand _settings = new();
    private readonly CompileCommand _compile = new();

    /// <summary>Builds the command tree.</summary>
    public WasmsharpCommandLine()
    {
        // Named `wasmsharp` in help whatever launched it: a RootCommand takes its name from
        // argv[0], which is WasmSharp.Cli.dll under the apphost, `dotnet` and the installed tool.
        _root = new Command("wasmsharp", "WasmSharp: a WebAssembly runtime in pure C#. `wasmsharp FILE` is `wasmsharp run FILE`.")
        {
            Options = { new HelpOption(), new VersionOption() },
        };
        _rootRun.AddTo(_root, implicitRun: true);
        var run = new Command("run", "Run a WebAssembly module (a WASI command, or one export with --invoke).");
        _run.AddTo(run);
        _root.Subcommands.Add(run);
        _root.Subcommands.Add(_compile.Create());
        _root.Subcommands.Add(ValidateCommand.Create());
        _root.Subcommands.Add(WastCliCommand.Create());
        _root.Subcommands.Add(_settings.Create());
        _root.Subcommands.Add(ConfigCommand.Create());
    }

    /// <summary>
    /// Parses <paramref name="args"/>; in <c>run</c> (or the implicit run) everything after the
    /// module path is the guest's.
    /// </summary>
    /// <exception cref="UsageException">An unknown option comes before the module path.</exception>
    public ParseResult Parse(string[] args)
    {
        for (int count = 1; count <= args.Length; count++)
        {
            ParseResult prefix = _root.Parse(args[..count], s_parserConfiguration);
            Token? module = ModuleToken(prefix);
            if (module is null)
            {
                continue;
            }

            // A token starting with '-' lands in FILE only when no option of ours has that name.
            bool afterDoubleDash = prefix.Tokens.Any(t => t.Type == TokenType.DoubleDash);
            if (!afterDoubleDash && LooksLikeOption(module.Value))
            {
                throw new UsageException($"unexpected argument '{module.Value}' found");
            }

            return afterDoubleDash
                ? _root.Parse(args, s_parserConfiguration)
                : _root.Parse([.. args[..count], "--", .. args[count..]], s_parserConfiguration);
        }

        ParseResult parsed = _root.Parse(args, s_parserConfiguration);
        if (UnknownOption(parsed) is string unknown)
        {
            throw new UsageException($"unexpected argument '{unknown}' found");
        }

        return parsed;
    }

    /// <summary>The text of <c>-W help</c> (or another group's) when it was asked for.</summary>
    public string? RequestedGroupHelp(ParseResult parsed) =>
        _rootRun.Groups.RequestedHelp(parsed) ?? _run.Groups.RequestedHelp(parsed) ?? _settings.Groups.RequestedHelp(parsed) ?? _compile.Groups.RequestedHelp(parsed);

    private Token? ModuleToken(ParseResult parsed) =>
        (parsed.GetResult(_run.File) ?? parsed.GetResult(_rootRun.File)) is { Tokens.Count: > 0 } result ? result.Tokens[0] : null;

    private static bool LooksLikeOption(string token) => token.Length > 1 && token.StartsWith('-');

    // An argument token that looks like an option, is not an option's value and comes before any
    // `--`: an option none of the commands has.
    private static string? UnknownOption(ParseResult parsed)
    {
        var optionValues = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        CollectOptionValues(parsed.RootCommandResult, optionValues);
        foreach (Token token in parsed.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                return null;
            }

            if (token.Type == TokenType.Argument && LooksLikeOption(token.Value) && !optionValues.Contains(token))
            {
                return token.Value;
            }
        }

        return null;
    }

    private static void CollectOptionValues(SymbolResult result, HashSet<Token> optionValues)
    {
        if (result is OptionResult option)
        {
            optionValues.UnionWith(option.Tokens);
        }

        if (result is CommandResult command)
        {
            foreach (SymbolResult child in command.Children)
            {
                CollectOptionValues(child, optionValues);
            }
        }
    }
}

using System.CommandLine;

namespace WasmSharp.Cli.Options;

/// <summary>
/// The command-line symbols of the option groups (<c>-O</c>, <c>-C</c>, <c>-D</c>, <c>-W</c>, <c>-S</c>)
/// and <c>--config FILE</c>, shared by every command that builds an engine.
/// </summary>
internal sealed class GroupOptions
{
    private readonly List<(OptionGroup Group, Option<string[]> Option)> _groups = [];

    /// <summary>Creates the symbols.</summary>
    public GroupOptions()
    {
        foreach (OptionGroup group in OptionGroups.All)
        {
            var option = new Option<string[]>($"-{group.Letter}", $"--{group.LongName}")
            {
                Description = $"{char.ToUpperInvariant(group.Title[0])}{group.Title[1..]} options; `-{group.Letter} help` lists them.",
                HelpName = "KEY[=VAL[,..]]",
                AllowMultipleArgumentsPerToken = false,
            };
            _groups.Add((group, option));
        }

        ConfigPath = new Option<string?>("--config") { Description = "Read -O/-C/-D/-W/-S settings from this TOML file (see `config new`); flags override it.", HelpName = "FILE" };
    }

    /// <summary><c>--config FILE</c>.</summary>
    public Option<string?> ConfigPath { get; }

    /// <summary>Adds the symbols to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach ((_, Option<string[]> option) in _groups)
        {
            command.Options.Add(option);
        }

        command.Options.Add(ConfigPath);
    }

    /// <summary>
    /// The help text of the first group given <c>help</c> as its value (<c>-W help</c>), as Wasmtime
    /// prints it; null when none was.
    /// </summary>
    public string? RequestedHelp(ParseResult parsed)
    {
        foreach ((OptionGroup group, Option<string[]> option) in _groups)
        {
            if (parsed.GetResult(option) is { } result && result.Tokens.Any(t => t.Value == "help"))
            {
                return group.Help();
            }
        }

        return null;
    }

    /// <summary>The settings of the <c>--config</c> file, then of each group's flags in order.</summary>
    /// <exception cref="UsageException">A key is unknown or unsupported, or a value malformed.</exception>
    public RunSettings Read(ParseResult parsed)
    {
        var settings = new RunSettings();
        if (parsed.GetValue(ConfigPath) is string path)
        {
            ConfigFile.Apply(path, settings);
        }

        foreach ((OptionGroup group, Option<string[]> option) in _groups)
        {
            foreach (string value in parsed.GetValue(option) ?? [])
            {
                group.Apply(value, settings);
            }
        }

        return settings;
    }
}

using System.Text;

namespace WasmSharp.Cli.Options;

/// <summary>
/// An option group such as <c>-W</c>/<c>--wasm</c>: comma-separated <c>KEY[=VAL]</c> items, parsed as
/// Wasmtime's <c>CommaSeparatedParser</c> parses them, with its error messages.
/// </summary>
internal sealed class OptionGroup
{
    private readonly Dictionary<string, OptionKey> _keys;

    /// <summary>Creates the group.</summary>
    public OptionGroup(char letter, string longName, string title, string tomlSection, IReadOnlyList<OptionKey> keys)
    {
        Letter = letter;
        LongName = longName;
        Title = title;
        TomlSection = tomlSection;
        Keys = keys;
        _keys = keys.ToDictionary(k => k.Name, StringComparer.Ordinal);
    }

    /// <summary>The short flag letter (<c>W</c>).</summary>
    public char Letter { get; }

    /// <summary>The long flag name without dashes (<c>wasm</c>).</summary>
    public string LongName { get; }

    /// <summary>What the group configures, for help.</summary>
    public string Title { get; }

    /// <summary>The section of a <c>--config</c> file holding this group's keys, as in Wasmtime's TOML.</summary>
    public string TomlSection { get; }

    /// <summary>Every key, in help order.</summary>
    public IReadOnlyList<OptionKey> Keys { get; }

    /// <summary>
    /// Applies one command-line value, e.g. <c>fuel=1000,simd=n</c>, to <paramref name="settings"/>.
    /// </summary>
    /// <exception cref="UsageException">A key is unknown or unsupported, or a value is malformed.</exception>
    public void Apply(string text, RunSettings settings)
    {
        foreach (string item in text.Split(','))
        {
            int equals = item.IndexOf('=');
            string key = equals < 0 ? item : item[..equals];
            string? value = equals < 0 ? null : item[(equals + 1)..];
            ApplyKey(key, value, item, settings);
        }
    }

    /// <summary>Applies one key with its value (null: the bare key); the config file's entry point.</summary>
    /// <exception cref="UsageException">The key is unknown or unsupported, or the value malformed.</exception>
    public void ApplyKey(string key, string? value, string item, RunSettings settings)
    {
        if (!_keys.TryGetValue(key, out OptionKey? option))
        {
            throw new UsageException(PrefixedKeyIsUnsupported(key)
                ? $"not supported: -{Letter} {key}"
                : $"unknown -{Letter} / --{LongName} option: {key}");
        }

        try
        {
            option.Apply(settings, value);
        }
        catch (NotSupportedException e)
        {
            throw new UsageException($"not supported: -{Letter} {item}{(e.Message.Length > 0 ? $" ({e.Message})" : "")}");
        }
        catch (FormatException e)
        {
            throw new UsageException($"failed to parse -{Letter} option `{item}`: {e.Message}");
        }
    }

    /// <summary>The text of <c>-W help</c>: every key with its value syntax and description.</summary>
    public string Help()
    {
        var text = new StringBuilder();
        text.AppendLine($"Available {LongName} options ({Title}):").AppendLine();
        int width = Keys.Max(k => k.Name.Length + k.ValueHelp.Length);
        foreach (OptionKey key in Keys)
        {
            string syntax = key.Name + key.ValueHelp;
            text.AppendLine($"  -{Letter} {syntax.PadRight(width)} -- {key.Description}");
        }

        return text.ToString();
    }

    // Wasmtime's `-C cranelift-<KEY>` passes any Cranelift flag through; WasmSharp has no Cranelift.
    private bool PrefixedKeyIsUnsupported(string key) => Letter == 'C' && key.StartsWith("cranelift-", StringComparison.Ordinal);
}

using System.Globalization;
using System.Text;

namespace WasmSharp.Cli.Options;

/// <summary>
/// The <c>--config FILE</c> format of <c>wasmtime run</c>: TOML with one section per option group
/// (<c>[optimize]</c>, <c>[codegen]</c>, <c>[debug]</c>, <c>[wasm]</c>, <c>[wasi]</c>) holding the group's
/// keys. Reads the subset those sections need: comments, section headers, and <c>key = value</c> with
/// a boolean, an integer, a basic string, or an array of strings. Also writes the file
/// <c>wasmsharp config new</c> creates.
/// </summary>
internal static class ConfigFile
{
    /// <summary>Where <c>config new</c> writes without a path: the user's configuration folder.</summary>
    public static string DefaultPath => Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify),
        "wasmsharp", "config.toml");

    /// <summary>Applies every setting of the file at <paramref name="path"/>.</summary>
    /// <exception cref="UsageException">The file is unreadable, not in the format, or sets an unknown or unsupported key.</exception>
    public static void Apply(string path, RunSettings settings)
    {
        string[] lines = ReadLines(path, "config file");

        OptionGroup? group = null;
        for (int number = 1; number <= lines.Length; number++)
        {
            string line = StripComment(lines[number - 1]).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                if (line.StartsWith('['))
                {
                    string section = line.EndsWith(']') ? line[1..^1].Trim() : throw new FormatException("unterminated section header");
                    group = OptionGroups.All.FirstOrDefault(g => g.TomlSection == section)
                        ?? throw new FormatException($"unknown section [{section}]");
                    continue;
                }

                int equals = line.IndexOf('=');
                if (equals <= 0)
                {
                    throw new FormatException("expected `key = value`");
                }

                if (group is null)
                {
                    throw new FormatException("a key outside any section");
                }

                string key = line[..equals].Trim();
                foreach (string value in Values(line[(equals + 1)..].Trim()))
                {
                    group.ApplyKey(key, value, $"{key}={value}", settings);
                }
            }
            catch (FormatException e)
            {
                throw new UsageException($"failed to parse config file `{path}`: line {number}: {e.Message}");
            }
            catch (UsageException e)
            {
                throw new UsageException($"config file `{path}`: line {number}: {e.Message}");
            }
        }
    }

    /// <summary>
    /// The file <c>config new</c> writes: every key WasmSharp implements that has a default, commented
    /// out with that default, under its group's section (as Wasmtime's <c>config new</c> writes its
    /// defaults).
    /// </summary>
    public static string Template()
    {
        var text = new StringBuilder();
        text.AppendLine("# WasmSharp configuration: the settings of the -O, -C, -D, -W and -S flags,");
        text.AppendLine("# read by `wasmsharp run --config FILE`. Uncomment a line to change its setting;");
        text.AppendLine("# flags on the command line override this file. `wasmsharp run -W help` lists every key.");
        foreach (OptionGroup group in OptionGroups.All)
        {
            OptionKey[] keys = group.Keys.Where(k => k.Default is not null).ToArray();
            if (keys.Length == 0)
            {
                continue;
            }

            text.AppendLine().AppendLine($"[{group.TomlSection}]");
            foreach (OptionKey key in keys)
            {
                text.AppendLine($"# {key.Description}");
                text.AppendLine($"# {key.Name} = {key.Default}");
            }
        }

        return text.ToString();
    }

    /// <summary>The lines of the <paramref name="what"/> at <paramref name="path"/>.</summary>
    /// <exception cref="UsageException">The file cannot be read.</exception>
    internal static string[] ReadLines(string path, string what)
    {
        try
        {
            return File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"failed to read {what} `{path}`: {e.Message}");
        }
    }

    // A `#` outside a string starts a comment.
    internal static string StripComment(string line)
    {
        bool inString = false;
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] == '"' && (i == 0 || line[i - 1] != '\\'))
            {
                inString = !inString;
            }
            else if (line[i] == '#' && !inString)
            {
                return line[..i];
            }
        }

        return line;
    }

    // The values of one entry as option text: booleans and integers as written, strings unquoted,
    // each string of an array separately (repeatable keys such as tcplisten).
    internal static IEnumerable<string> Values(string text)
    {
        if (text is "true" or "false")
        {
            return [text];
        }

        if (text.StartsWith('"'))
        {
            return [BasicString(text)];
        }

        if (text.StartsWith('['))
        {
            if (!text.EndsWith(']'))
            {
                throw new FormatException("unterminated array (arrays must be on one line)");
            }

            string inner = text[1..^1].Trim();
            return inner.Length == 0 ? [] : inner.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0).Select(BasicString).ToArray();
        }

        string digits = text.Replace("_", "");
        bool integer = digits.StartsWith("0x", StringComparison.Ordinal)
            ? ulong.TryParse(digits.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _)
            : ulong.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out _);
        return integer ? [digits] : throw new FormatException($"`{text}` is not a boolean, integer, string or array of strings");
    }

    private static string BasicString(string text)
    {
        if (text.Length < 2 || !text.StartsWith('"') || !text.EndsWith('"'))
        {
            throw new FormatException($"`{text}` is not a string");
        }

        var value = new StringBuilder();
        for (int i = 1; i < text.Length - 1; i++)
        {
            if (text[i] != '\\')
            {
                value.Append(text[i]);
                continue;
            }

            i++;
            value.Append(i < text.Length - 1 ? text[i] switch
            {
                '"' => '"',
                '\\' => '\\',
                'n' => '\n',
                't' => '\t',
                _ => throw new FormatException($"unsupported escape `\\{text[i]}`"),
            } : throw new FormatException("a string ends with `\\`"));
        }

        return value.ToString();
    }
}

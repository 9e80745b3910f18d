namespace WasmSharp.Cli;

/// <summary>
/// The <c>-W</c> settings of <c>wasmsharp run</c>, spelled as <c>wasmtime run</c> spells them
/// (<c>-W max-memory-size=N,max-wasm-stack=N,unknown-imports-trap,unknown-imports-default</c>).
/// </summary>
internal sealed class RunSettings
{
    /// <summary>Maximum bytes any linear memory may grow to.</summary>
    public long? MaxMemorySize { get; private set; }

    /// <summary>The wasm stack budget in bytes.</summary>
    public int? MaxWasmStack { get; private set; }

    /// <summary>Undefined function imports trap when called.</summary>
    public bool UnknownImportsTrap { get; private set; }

    /// <summary>Undefined function imports return default values.</summary>
    public bool UnknownImportsDefault { get; private set; }

    /// <summary>Parses every <c>-W</c> value; each may hold several comma-separated settings.</summary>
    /// <exception cref="FormatException">A setting is unknown or its value malformed.</exception>
    public static RunSettings Parse(IEnumerable<string> values)
    {
        var settings = new RunSettings();
        foreach (string value in values)
        {
            foreach (string item in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                settings.Apply(item);
            }
        }

        return settings;
    }

    private void Apply(string item)
    {
        int equals = item.IndexOf('=');
        string name = equals < 0 ? item : item[..equals];
        string? value = equals < 0 ? null : item[(equals + 1)..];
        switch (name)
        {
            case "max-memory-size":
                MaxMemorySize = ParseSize(name, value);
                break;
            case "max-wasm-stack":
                long stack = ParseSize(name, value);
                MaxWasmStack = stack is > 0 and <= int.MaxValue ? (int)stack : throw new FormatException($"-W {name}: out of range");
                break;
            case "unknown-imports-trap":
                UnknownImportsTrap = ParseFlag(name, value);
                break;
            case "unknown-imports-default":
                UnknownImportsDefault = ParseFlag(name, value);
                break;
            default:
                throw new FormatException($"unknown -W setting `{name}`");
        }
    }

    private static long ParseSize(string name, string? value)
    {
        if (value is null || !long.TryParse(value.Replace("_", ""), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long size))
        {
            throw new FormatException($"-W {name} needs a size in bytes, e.g. {name}=65536");
        }

        return size;
    }

    private static bool ParseFlag(string name, string? value) => value switch
    {
        null or "y" or "yes" or "true" => true,
        "n" or "no" or "false" => false,
        _ => throw new FormatException($"-W {name}: expected y or n, got `{value}`"),
    };
}

using System.Globalization;

namespace WasmSharp.Cli.Options;

/// <summary>
/// Parses the <c>VAL</c> of <c>KEY=VAL</c> in an option group, with the spellings of Wasmtime's
/// <c>WasmtimeOptionValue</c> implementations (crates/cli-flags/src/opt.rs). Every method throws
/// <see cref="FormatException"/> with a message that the caller prefixes with the key.
/// </summary>
internal static class OptionValue
{
    private static readonly (string Suffix, long Multiplier)[] s_sizeUnits =
    [
        ("KiB", 1L << 10), ("MiB", 1L << 20), ("GiB", 1L << 30), ("TiB", 1L << 40),
    ];

    /// <summary>A boolean: absent (bare key), <c>y</c>, <c>yes</c>, <c>true</c>, <c>n</c>, <c>no</c>, <c>false</c>.</summary>
    public static bool Boolean(string? value) => value switch
    {
        null or "y" or "yes" or "true" => true,
        "n" or "no" or "false" => false,
        _ => throw new FormatException($"unknown boolean flag `{value}`, only yes,no,<nothing> accepted"),
    };

    /// <summary>
    /// A count: decimal or <c>0x</c> hexadecimal, <c>_</c> ignored, as Wasmtime's <c>u64</c>/<c>usize</c>
    /// options are parsed.
    /// </summary>
    public static ulong Count(string? value)
    {
        string digits = Required(value).Replace("_", "");
        bool ok = digits.StartsWith("0x", StringComparison.Ordinal)
            ? ulong.TryParse(digits.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong parsed)
            : ulong.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out parsed);
        return ok ? parsed : throw new FormatException($"`{value}` is not a non-negative integer");
    }

    /// <summary>A count that must fit an <see cref="int"/>.</summary>
    public static int Int32Count(string? value)
    {
        ulong count = Count(value);
        return count <= int.MaxValue ? (int)count : throw new FormatException($"`{value}` is larger than {int.MaxValue}");
    }

    /// <summary>
    /// A size in bytes: a count as <see cref="Count"/> reads it, optionally followed by <c>KiB</c>,
    /// <c>MiB</c>, <c>GiB</c> or <c>TiB</c> (a WasmSharp extension: Wasmtime reads plain numbers).
    /// </summary>
    public static long Size(string? value)
    {
        string text = Required(value);
        foreach ((string suffix, long multiplier) in s_sizeUnits)
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                ulong units = CountOrSizeError(text[..^suffix.Length], value);
                return units <= (ulong)(long.MaxValue / multiplier)
                    ? (long)units * multiplier
                    : throw new FormatException($"`{value}` is too large");
            }
        }

        ulong bytes = CountOrSizeError(text, value);
        return bytes <= long.MaxValue ? (long)bytes : throw new FormatException($"`{value}` is too large");
    }

    /// <summary>
    /// A duration as Wasmtime reads <c>-W timeout</c>: a plain integer is seconds, otherwise
    /// humantime's <c>parse_duration</c> syntax: integers each followed by a unit
    /// (<c>ns</c>, <c>us</c>, <c>ms</c>, <c>s</c>, <c>m</c>, <c>h</c>, <c>d</c>, <c>w</c>, <c>M</c>, <c>y</c>
    /// and their long spellings), optionally separated by spaces, summed: <c>1m 30s</c>, <c>500ms</c>.
    /// </summary>
    public static TimeSpan Duration(string? value)
    {
        string text = Required(value);
        if (ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ulong seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        decimal totalNanoseconds = 0;
        int i = 0;
        bool any = false;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            int numberStart = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            int unitStart = i;
            while (i < text.Length && char.IsAsciiLetter(text[i]))
            {
                i++;
            }

            if (unitStart == numberStart || !ulong.TryParse(text.AsSpan(numberStart, unitStart - numberStart), NumberStyles.None, CultureInfo.InvariantCulture, out ulong amount))
            {
                throw new FormatException($"`{value}` is not a duration: expected a number at position {numberStart}");
            }

            string unit = text[unitStart..i];
            try
            {
                totalNanoseconds += amount * NanosecondsPer(unit, value!);
            }
            catch (OverflowException)
            {
                throw new FormatException($"`{value}` is too long");
            }

            any = true;
        }

        if (!any)
        {
            throw new FormatException("value must not be empty");
        }

        decimal ticks = totalNanoseconds / 100;
        return ticks <= TimeSpan.MaxValue.Ticks ? TimeSpan.FromTicks((long)ticks) : throw new FormatException($"`{value}` is too long");
    }

    /// <summary>A value that must be present (<c>key=val</c>), as Wasmtime's <c>String</c> options.</summary>
    public static string Required(string? value) =>
        value ?? throw new FormatException("value must be specified with `key=val` syntax");

    private static ulong CountOrSizeError(string number, string? whole)
    {
        try
        {
            return Count(number);
        }
        catch (FormatException)
        {
            throw new FormatException($"`{whole}` is not a size: expected bytes as N or 0xN, optionally followed by KiB, MiB, GiB or TiB");
        }
    }

    // humantime 2's unit table (parse_duration).
    private static decimal NanosecondsPer(string unit, string whole) => unit switch
    {
        "nanos" or "nsec" or "ns" => 1m,
        "usec" or "us" => 1_000m,
        "millis" or "msec" or "ms" => 1_000_000m,
        "seconds" or "second" or "secs" or "sec" or "s" => 1_000_000_000m,
        "minutes" or "minute" or "min" or "mins" or "m" => 60m * 1_000_000_000m,
        "hours" or "hour" or "hr" or "hrs" or "h" => 3_600m * 1_000_000_000m,
        "days" or "day" or "d" => 86_400m * 1_000_000_000m,
        "weeks" or "week" or "w" => 604_800m * 1_000_000_000m,
        "months" or "month" or "M" => 2_630_016m * 1_000_000_000m,
        "years" or "year" or "y" => 31_557_600m * 1_000_000_000m,
        "" => throw new FormatException($"`{whole}` is not a duration: a time unit is needed after each number (e.g. 1s, 500ms, 2m)"),
        _ => throw new FormatException($"`{whole}` is not a duration: unknown time unit `{unit}`"),
    };
}

namespace WasmSharp.Text;

/// <summary>
/// Thrown when WebAssembly text is malformed (spec 6 "Text Format"). <see cref="Reason"/> uses the wording of the
/// spec test suite's <c>assert_malformed</c> messages where one exists.
/// </summary>
public sealed class WatParseException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="line">1-based line.</param>
    /// <param name="column">1-based column.</param>
    /// <param name="reason">What is wrong.</param>
    public WatParseException(int line, int column, string reason)
        : base($"{line}:{column}: {reason}")
    {
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>1-based line of the offending token.</summary>
    public int Line { get; }

    /// <summary>1-based column of the offending token.</summary>
    public int Column { get; }

    /// <summary>The reason without position, e.g. <c>unknown operator</c>.</summary>
    public string Reason { get; }
}

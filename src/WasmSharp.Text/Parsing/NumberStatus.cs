namespace WasmSharp.Text.Parsing;

/// <summary>Outcome of parsing a numeric literal.</summary>
internal enum NumberStatus
{
    /// <summary>Parsed successfully.</summary>
    Ok,

    /// <summary>Not a well-formed literal of the requested kind (reported as "unknown operator", as the reference lexer does).</summary>
    Malformed,

    /// <summary>Well formed but not representable (spec 6.3.1/6.3.2: "constant out of range").</summary>
    OutOfRange,
}

namespace WasmSharp;

/// <summary>
/// Raised for a malformed binary module (spec "Binary Format"). <see cref="Exception.Message"/>
/// starts with the spec test suite's wording ("unexpected end", "integer too large", ...) and
/// names the byte offset.
/// </summary>
public sealed class WasmFormatException : Exception
{
    /// <summary>Creates the exception for a malformation found at <paramref name="offset"/>.</summary>
    /// <param name="reason">The spec's wording, e.g. "malformed section id".</param>
    /// <param name="offset">The byte offset in the module where decoding failed.</param>
    public WasmFormatException(string reason, long offset)
        : base($"{reason} (at offset 0x{offset:x})")
    {
        Reason = reason;
        Offset = offset;
    }

    /// <summary>The reason alone, in the spec's wording.</summary>
    public string Reason { get; }

    /// <summary>The byte offset in the module where decoding failed.</summary>
    public long Offset { get; }
}

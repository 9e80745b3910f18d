namespace WasmSharp;

/// <summary>
/// Raised for a module that is well-formed but invalid (spec "Validation"). <see cref="Exception.Message"/>
/// starts with the spec test suite's wording ("type mismatch", "unknown local", ...) and names the
/// function index and the instruction's byte offset when the error is inside a function body.
/// </summary>
public sealed class WasmValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">The spec's wording, e.g. "type mismatch".</param>
    /// <param name="offset">The byte offset of the offending instruction or entity in the module.</param>
    /// <param name="functionIndex">The function whose body is invalid, if any.</param>
    public WasmValidationException(string reason, long offset, int? functionIndex = null)
        : base(functionIndex is int f
            ? $"{reason} (in function {f} at offset 0x{offset:x})"
            : $"{reason} (at offset 0x{offset:x})")
    {
        Reason = reason;
        Offset = offset;
        FunctionIndex = functionIndex;
    }

    /// <summary>The reason alone, in the spec's wording.</summary>
    public string Reason { get; }

    /// <summary>The byte offset in the module of the offending instruction or entity.</summary>
    public long Offset { get; }

    /// <summary>The index of the function whose body is invalid, if the error is in a body.</summary>
    public int? FunctionIndex { get; }
}

using WasmSharp.Text;

namespace WasmSharp.Fuzz.Mutation;

/// <summary>
/// The exceptions a malformed, invalid, unlinkable or misbehaving module may raise: each is a documented
/// outcome of the public API. Anything else (NullReferenceException, IndexOutOfRangeException,
/// InvalidProgramException, OutOfMemoryException, ...) is a runtime bug.
/// </summary>
internal static class AllowedOutcome
{
    /// <summary>Whether <paramref name="exception"/> is a documented outcome of decoding, validating, linking or running a module.</summary>
    public static bool IsAllowed(Exception exception) => exception is
        WasmFormatException or WasmValidationException or WasmLinkException or Trap or WasmException or WasmResourceLimitException or WatParseException;

    /// <summary>A short name of an allowed outcome, for tallies.</summary>
    public static string Name(Exception exception) => exception switch
    {
        Trap trap => "trap " + trap.Code,
        _ => exception.GetType().Name,
    };
}

namespace WasmSharp.Text.Wast;

/// <summary>Parses WebAssembly scripts (<c>.wast</c>) into <see cref="WastScript"/> commands.</summary>
public static class WastParser
{
    /// <summary>
    /// Parses a whole script. Modules are not encoded here (see <see cref="WastModule.ToBinary"/>), so a malformed
    /// module only fails when it is encoded.
    /// </summary>
    /// <param name="text">The script source.</param>
    /// <param name="fileName">The file name, for diagnostics.</param>
    /// <returns>The parsed script.</returns>
    /// <exception cref="WatParseException">The script structure itself is malformed.</exception>
    public static WastScript ParseScript(string text, string? fileName = null)
    {
        throw new WatParseException(1, 1, "scripts are being implemented");
    }
}

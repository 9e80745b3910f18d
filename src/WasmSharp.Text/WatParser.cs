using WasmSharp.Text.Lexing;
using WasmSharp.Text.Parsing;

namespace WasmSharp.Text;

/// <summary>Parses WebAssembly text modules (spec 6 "Text Format") and encodes them in the binary format (spec 5).</summary>
public static class WatParser
{
    /// <summary>
    /// Parses a text module — <c>(module $id? field*)</c>, a bare sequence of module fields (spec 6.6.13 abbreviation),
    /// <c>(module binary "...")</c> or <c>(module quote "...")</c> — and returns its binary encoding.
    /// </summary>
    /// <param name="text">The source text.</param>
    /// <returns>The binary module.</returns>
    /// <exception cref="WatParseException">The text is malformed.</exception>
    public static byte[] ParseModule(string text) => ParseModuleAt(text, 1, 1);

    /// <summary>Parses a module whose first character is at <paramref name="line"/>:<paramref name="column"/> of a larger file.</summary>
    internal static byte[] ParseModuleAt(string text, int line, int column) => ModuleParser.Parse(Lexer.Lex(text, line, column));

    /// <summary>Parses quoted module text, which the reference interpreter treats as module fields.</summary>
    internal static byte[] ParseModuleFields(string text) => ModuleParser.Parse(Lexer.Lex(text));
}

namespace WasmSharp.Text.Lexing;

/// <summary>A token with its source range and 1-based position.</summary>
/// <param name="Kind">The token class.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset after the last character.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
internal readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column);

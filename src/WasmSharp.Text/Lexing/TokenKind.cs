namespace WasmSharp.Text.Lexing;

/// <summary>Token classes of the lexical format (spec 6.2.2 "Tokens").</summary>
internal enum TokenKind
{
    /// <summary><c>(</c>.</summary>
    LParen,

    /// <summary><c>)</c>.</summary>
    RParen,

    /// <summary>A keyword: starts with a lower-case letter.</summary>
    Keyword,

    /// <summary>An idchar sequence starting with a digit or sign: a numeric literal candidate.</summary>
    Number,

    /// <summary>An identifier <c>$name</c> or <c>$"name"</c>.</summary>
    Id,

    /// <summary>A string literal.</summary>
    String,

    /// <summary>Any other character sequence (spec "reserved" tokens); never valid.</summary>
    Reserved,

    /// <summary>End of input.</summary>
    Eof,
}

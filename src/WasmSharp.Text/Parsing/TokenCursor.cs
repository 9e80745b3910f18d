using WasmSharp.Text.Lexing;

namespace WasmSharp.Text.Parsing;

/// <summary>A position in a token list with the look-ahead and error helpers shared by the WAT and WAST parsers.</summary>
internal sealed class TokenCursor
{
    private readonly IReadOnlyList<Token> _tokens;

    public TokenCursor(Lexer lexer)
    {
        Lexer = lexer;
        _tokens = lexer.Tokens;
    }

    /// <summary>The lexer that produced the tokens.</summary>
    public Lexer Lexer { get; }

    /// <summary>Index of the next token.</summary>
    public int Pos { get; set; }

    public Token Peek(int k = 0) => _tokens[Math.Min(Pos + k, _tokens.Count - 1)];

    public Token Next()
    {
        var t = Peek();
        if (Pos < _tokens.Count - 1)
        {
            Pos++;
        }

        return t;
    }

    public string Text(Token t) => Lexer.Text(t);

    public bool AtLParen => Peek().Kind == TokenKind.LParen;

    public bool AtRParen => Peek().Kind == TokenKind.RParen;

    public bool PeekKeyword(string kw, int k = 0)
    {
        var t = Peek(k);
        return t.Kind == TokenKind.Keyword && Lexer.Is(t, kw);
    }

    /// <summary>True when the next tokens are <c>(</c> followed by keyword <paramref name="kw"/>.</summary>
    public bool PeekSexpr(string kw) => AtLParen && PeekKeyword(kw, 1);

    public string? PeekKeywordText(int k = 0)
    {
        var t = Peek(k);
        return t.Kind == TokenKind.Keyword ? Lexer.Text(t) : null;
    }

    public void ExpectLParen()
    {
        if (!AtLParen)
        {
            throw Unexpected(Peek());
        }

        Next();
    }

    public void ExpectRParen()
    {
        if (!AtRParen)
        {
            throw Unexpected(Peek());
        }

        Next();
    }

    public void ExpectKeyword(string kw)
    {
        if (!PeekKeyword(kw))
        {
            throw Unexpected(Peek());
        }

        Next();
    }

    public bool TryKeyword(string kw)
    {
        if (PeekKeyword(kw))
        {
            Next();
            return true;
        }

        return false;
    }

    public string ExpectKeyword()
    {
        var t = Peek();
        if (t.Kind != TokenKind.Keyword)
        {
            throw Unexpected(t);
        }

        Next();
        return Lexer.Text(t);
    }

    /// <summary>Consumes an optional identifier and returns its canonical text (with <c>$</c>).</summary>
    public string? TryId()
    {
        var t = Peek();
        if (t.Kind != TokenKind.Id)
        {
            return null;
        }

        Next();
        return Lexer.IdName(t);
    }

    public bool AtString => Peek().Kind == TokenKind.String;

    public byte[] ExpectString()
    {
        var t = Peek();
        if (t.Kind != TokenKind.String)
        {
            throw Unexpected(t);
        }

        Next();
        return Lexer.StringBytes(t);
    }

    /// <summary>Reads a string used as a name (must be valid UTF-8).</summary>
    public string ExpectName()
    {
        var t = Peek();
        if (t.Kind != TokenKind.String)
        {
            throw Unexpected(t);
        }

        Next();
        return Lexer.NameString(t);
    }

    /// <summary>Skips a balanced s-expression starting at <c>(</c>.</summary>
    public void SkipSexpr()
    {
        int depth = 0;
        do
        {
            var t = Next();
            if (t.Kind == TokenKind.LParen)
            {
                depth++;
            }
            else if (t.Kind == TokenKind.RParen)
            {
                depth--;
            }
            else if (t.Kind == TokenKind.Eof)
            {
                throw Unexpected(t);
            }
        }
        while (depth > 0);
    }

    public WatParseException Error(Token t, string reason) => new(t.Line, t.Column, reason);

    /// <summary>
    /// The error for a token that cannot appear here. Like the reference parser, unrecognised words are reported as
    /// "unknown operator" and recognised tokens in the wrong place as "unexpected token".
    /// </summary>
    public WatParseException Unexpected(Token t)
    {
        switch (t.Kind)
        {
            case TokenKind.Eof:
                return Error(t, "unexpected end of input");
            case TokenKind.Keyword when !Keywords.IsKnown(Lexer.Text(t)):
            case TokenKind.Reserved:
                return Error(t, "unknown operator " + Lexer.Text(t));
            default:
                return Error(t, "unexpected token " + Lexer.Text(t));
        }
    }

    public ulong ExpectU32() => ExpectUnsigned(32);

    public ulong ExpectU64() => ExpectUnsigned(64);

    public bool AtNumber => Peek().Kind == TokenKind.Number;

    public ulong ExpectUnsigned(int bits) => ExpectUnsigned(bits, "constant out of range");

    public ulong ExpectUnsigned(int bits, string rangeReason)
    {
        var t = Peek();
        if (t.Kind != TokenKind.Number)
        {
            throw Unexpected(t);
        }

        Next();
        return Check(t, NumberParser.ParseUnsigned(Lexer.Text(t), bits, out var v), rangeReason, v);
    }

    public ulong ExpectInt(int bits, string rangeReason)
    {
        var t = Peek();
        if (t.Kind != TokenKind.Number)
        {
            throw Unexpected(t);
        }

        Next();
        return Check(t, NumberParser.ParseInt(Lexer.Text(t), bits, out var v), rangeReason, v);
    }

    public uint ExpectF32()
    {
        var t = Peek();
        if (t.Kind != TokenKind.Number && !IsFloatKeyword(t))
        {
            throw Unexpected(t);
        }

        Next();
        return (uint)Check(t, NumberParser.ParseF32(Lexer.Text(t), out var v), "constant out of range", v);
    }

    public ulong ExpectF64()
    {
        var t = Peek();
        if (t.Kind != TokenKind.Number && !IsFloatKeyword(t))
        {
            throw Unexpected(t);
        }

        Next();
        return Check(t, NumberParser.ParseF64(Lexer.Text(t), out var v), "constant out of range", v);
    }

    private bool IsFloatKeyword(Token t) =>
        t.Kind == TokenKind.Keyword && (Lexer.Is(t, "inf") || Lexer.Is(t, "nan") || Lexer.Text(t).StartsWith("nan:", StringComparison.Ordinal));

    private ulong Check(Token t, NumberStatus st, string rangeReason, ulong v) => st switch
    {
        NumberStatus.Ok => v,
        NumberStatus.OutOfRange => throw Error(t, rangeReason),
        _ when Lexer.Is(t, "nan:canonical") || Lexer.Is(t, "nan:arithmetic") => throw Error(t, "unexpected token " + Lexer.Text(t)),
        _ => throw Error(t, "unknown operator " + Lexer.Text(t)),
    };
}

using System.Text;

namespace WasmSharp.Text.Lexing;

/// <summary>
/// Splits source text into tokens (spec 6.2 "Lexical Format"): parentheses, keywords, numbers, identifiers,
/// strings and reserved tokens, skipping white space, comments and annotations (the latter are recorded).
/// </summary>
internal sealed class Lexer
{
    private readonly string _src;
    private readonly int _baseLine;
    private readonly int _baseColumn;
    private readonly List<Token> _tokens = new();
    private readonly List<Annotation> _annotations = new();
    private int _pos;
    private int _line;
    private int _lineStart;

    private Lexer(string src, int baseLine, int baseColumn)
    {
        _src = src;
        _baseLine = baseLine;
        _baseColumn = baseColumn;
        _line = baseLine;
    }

    /// <summary>The source text.</summary>
    public string Source => _src;

    /// <summary>The tokens, ending with <see cref="TokenKind.Eof"/>.</summary>
    public IReadOnlyList<Token> Tokens => _tokens;

    /// <summary>Annotations found, in source order.</summary>
    public IReadOnlyList<Annotation> Annotations => _annotations;

    /// <summary>Tokenizes <paramref name="src"/>; positions are offset so that offset 0 is at <paramref name="baseLine"/>:<paramref name="baseColumn"/>.</summary>
    public static Lexer Lex(string src, int baseLine = 1, int baseColumn = 1)
    {
        var lexer = new Lexer(src, baseLine, baseColumn);
        lexer.Run();
        return lexer;
    }

    /// <summary>The raw text of a token.</summary>
    public string Text(Token t) => _src.Substring(t.Start, t.End - t.Start);

    /// <summary>Compares a token's text with <paramref name="s"/> without allocating.</summary>
    public bool Is(Token t, string s) => t.End - t.Start == s.Length && string.CompareOrdinal(_src, t.Start, s, 0, s.Length) == 0;

    private int Column(int pos) => pos - _lineStart + 1 + (_line == _baseLine ? _baseColumn - 1 : 0);

    private WatParseException Error(int pos, string reason) => new(_line, Column(pos), reason);

    private static bool IsIdChar(char c) =>
        (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
        c is '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '/' or ':' or '<' or '=' or '>' or '?' or '@' or '\\' or '^' or '_' or '`' or '|' or '~';

    private void NewLine(int posAfter)
    {
        _line++;
        _lineStart = posAfter;
    }

    private void Run()
    {
        // Annotation nesting: each entry is (paren depth at which it closes, token list being collected, open token, name).
        var annotStack = new Stack<(int Depth, List<Token> Tokens, Token Open, string Name)>();
        int depth = 0;
        while (true)
        {
            SkipSpace();
            if (_pos >= _src.Length)
            {
                if (annotStack.Count > 0)
                {
                    var open = annotStack.Peek().Open;
                    throw new WatParseException(open.Line, open.Column, "unclosed annotation");
                }

                _tokens.Add(new Token(TokenKind.Eof, _pos, _pos, _line, Column(_pos)));
                return;
            }

            int start = _pos;
            int col = Column(start);
            char c = _src[_pos];
            Token tok;
            if (c == '(')
            {
                _pos++;
                tok = new Token(TokenKind.LParen, start, _pos, _line, col);
                if (_pos < _src.Length && _src[_pos] == '@')
                {
                    // Annotation: "(@" immediately followed by an id (spec 6.2.5).
                    _pos++;
                    int idStart = _pos;
                    string name;
                    if (_pos < _src.Length && _src[_pos] == '"')
                    {
                        byte[] bytes;
                        try
                        {
                            bytes = ScanString();
                        }
                        catch (WatParseException)
                        {
                            throw Error(start, "empty annotation id");
                        }

                        name = DecodeName(bytes, idStart);
                    }
                    else
                    {
                        while (_pos < _src.Length && IsIdChar(_src[_pos]))
                        {
                            _pos++;
                        }

                        name = _src.Substring(idStart, _pos - idStart);
                    }

                    if (name.Length == 0)
                    {
                        if (annotStack.Count == 0)
                        {
                            throw Error(start, "empty annotation id");
                        }

                        // Inside an annotation "(@" without an id is just a parenthesis followed by a reserved token.
                        _pos = start + 1;
                        depth++;
                        annotStack.Peek().Tokens.Add(tok);
                        continue;
                    }

                    depth++;

                    // A nested annotation is kept as plain tokens of the outermost one: it collects into the same list,
                    // so closing it copies nothing (copying made deep nesting quadratic).
                    List<Token> collected;
                    if (annotStack.Count > 0)
                    {
                        collected = annotStack.Peek().Tokens;
                        collected.Add(tok);
                    }
                    else
                    {
                        collected = new List<Token>();
                    }

                    annotStack.Push((depth, collected, tok, name));
                    continue;
                }

                depth++;
            }
            else if (c == ')')
            {
                _pos++;
                tok = new Token(TokenKind.RParen, start, _pos, _line, col);
                if (annotStack.Count > 0 && annotStack.Peek().Depth == depth)
                {
                    var a = annotStack.Pop();
                    depth--;
                    if (annotStack.Count > 0)
                    {
                        // Nested: its opening and tokens are already in the enclosing annotation's list.
                        a.Tokens.Add(tok);
                    }
                    else
                    {
                        _annotations.Add(new Annotation(a.Name, a.Tokens, a.Open, _tokens.Count));
                    }

                    continue;
                }

                depth--;
            }
            else
            {
                tok = ScanAtom(start, col);
            }

            if (annotStack.Count > 0)
            {
                annotStack.Peek().Tokens.Add(tok);
            }
            else
            {
                _tokens.Add(tok);
            }
        }
    }

    private void SkipSpace()
    {
        while (_pos < _src.Length)
        {
            char c = _src[_pos];
            if (c == ' ' || c == '\t')
            {
                _pos++;
            }
            else if (c == '\n' || c == '\r')
            {
                // newline ::= U+0A | U+0D | U+0D U+0A (spec 6.2.3 "White Space").
                _pos += c == '\r' && _pos + 1 < _src.Length && _src[_pos + 1] == '\n' ? 2 : 1;
                NewLine(_pos);
            }
            else if (c == ';' && _pos + 1 < _src.Length && _src[_pos + 1] == ';')
            {
                // A line comment ends at any newline, including a lone carriage return.
                while (_pos < _src.Length && _src[_pos] != '\n' && _src[_pos] != '\r')
                {
                    _pos++;
                }
            }
            else if (c == '(' && _pos + 1 < _src.Length && _src[_pos + 1] == ';')
            {
                SkipBlockComment();
            }
            else
            {
                return;
            }
        }
    }

    private void SkipBlockComment()
    {
        int start = _pos;
        int startLine = _line;
        int startCol = Column(start);
        int nesting = 0;
        while (_pos < _src.Length)
        {
            char c = _src[_pos];
            if (c == '(' && _pos + 1 < _src.Length && _src[_pos + 1] == ';')
            {
                nesting++;
                _pos += 2;
            }
            else if (c == ';' && _pos + 1 < _src.Length && _src[_pos + 1] == ')')
            {
                nesting--;
                _pos += 2;
                if (nesting == 0)
                {
                    return;
                }
            }
            else
            {
                _pos++;
                if (c == '\n')
                {
                    NewLine(_pos);
                }
            }
        }

        throw new WatParseException(startLine, startCol, "unclosed comment");
    }

    private Token ScanAtom(int start, int col)
    {
        int strings = 0;
        bool other = false;
        while (_pos < _src.Length)
        {
            char c = _src[_pos];
            if (IsIdChar(c))
            {
                _pos++;
                other = true;
            }
            else if (c == '"')
            {
                if (_pos == start + 1 && _src[start] == '$')
                {
                    ScanQuotedId(start);
                }
                else
                {
                    ScanString();
                }

                strings++;
            }
            else if (c is ',' or '[' or ']' or '{' or '}' || (c == ';' && !(_pos + 1 < _src.Length && _src[_pos + 1] == ';')))
            {
                _pos++;
                other = true;
            }
            else if (c is ' ' or '\t' or '\n' or '\r' or '(' or ')' or ';')
            {
                break;
            }
            else
            {
                throw Error(_pos, "illegal character");
            }
        }

        char first = _src[start];
        TokenKind kind;
        if (strings == 1 && !other)
        {
            kind = TokenKind.String;
        }
        else if (first == '$')
        {
            if (_pos - start == 1)
            {
                throw Error(start, "empty identifier");
            }

            if (strings == 0)
            {
                kind = TokenKind.Id;
            }
            else if (strings == 1 && _src[start + 1] == '"' && _src[_pos - 1] == '"')
            {
                kind = TokenKind.Id;
            }
            else
            {
                kind = TokenKind.Reserved;
            }
        }
        else if (strings > 0)
        {
            kind = TokenKind.Reserved;
        }
        else if (first >= 'a' && first <= 'z')
        {
            kind = TokenKind.Keyword;
        }
        else if ((first >= '0' && first <= '9') || first == '+' || first == '-')
        {
            kind = TokenKind.Number;
        }
        else
        {
            kind = TokenKind.Reserved;
        }

        return new Token(kind, start, _pos, _line, col);
    }

    /// <summary>Scans a string literal at <see cref="_pos"/> and returns its decoded bytes (spec 6.3.3 "Strings").</summary>
    private byte[] ScanString()
    {
        int open = _pos;
        _pos++;
        var bytes = new List<byte>();
        while (true)
        {
            if (_pos >= _src.Length)
            {
                throw Error(open, "unclosed string");
            }

            char c = _src[_pos];
            if (c == '"')
            {
                _pos++;
                return bytes.ToArray();
            }

            if (c == '\n')
            {
                throw Error(open, "unclosed string");
            }

            if (c < 0x20 || c == 0x7f)
            {
                throw Error(_pos, "illegal control character");
            }

            if (c == '\\')
            {
                _pos++;
                if (_pos >= _src.Length)
                {
                    throw Error(open, "unclosed string");
                }

                char e = _src[_pos];
                switch (e)
                {
                    case 't': bytes.Add(9); _pos++; break;
                    case 'n': bytes.Add(10); _pos++; break;
                    case 'r': bytes.Add(13); _pos++; break;
                    case '"': bytes.Add((byte)'"'); _pos++; break;
                    case '\'': bytes.Add((byte)'\''); _pos++; break;
                    case '\\': bytes.Add((byte)'\\'); _pos++; break;
                    case 'u':
                        {
                            int escStart = _pos - 1;
                            _pos++;
                            if (_pos >= _src.Length || _src[_pos] != '{')
                            {
                                throw Error(escStart, "illegal escape");
                            }

                            _pos++;
                            long cp = 0;
                            int digits = 0;
                            while (_pos < _src.Length && (HexVal(_src[_pos]) >= 0 || (_src[_pos] == '_' && digits > 0)))
                            {
                                if (_src[_pos] != '_')
                                {
                                    cp = Math.Min(cp * 16 + HexVal(_src[_pos]), 0x7FFFFFFF);
                                    digits++;
                                }

                                _pos++;
                            }

                            if (digits == 0 || _pos >= _src.Length || _src[_pos] != '}')
                            {
                                throw Error(escStart, "illegal escape");
                            }

                            _pos++;
                            if (cp >= 0x110000 || (cp >= 0xD800 && cp < 0xE000))
                            {
                                throw Error(escStart, "illegal escape");
                            }

                            AppendUtf8(bytes, (int)cp);
                            break;
                        }

                    default:
                        {
                            int h1 = HexVal(e);
                            int h2 = _pos + 1 < _src.Length ? HexVal(_src[_pos + 1]) : -1;
                            if (h1 < 0 || h2 < 0)
                            {
                                throw Error(_pos - 1, "illegal escape");
                            }

                            bytes.Add((byte)(h1 * 16 + h2));
                            _pos += 2;
                            break;
                        }
                }

                continue;
            }

            if (char.IsHighSurrogate(c) && _pos + 1 < _src.Length && char.IsLowSurrogate(_src[_pos + 1]))
            {
                AppendUtf8(bytes, char.ConvertToUtf32(c, _src[_pos + 1]));
                _pos += 2;
                continue;
            }

            AppendUtf8(bytes, c);
            _pos++;
        }
    }

    /// <summary>Scans the string of a quoted identifier <c>$"..."</c>, which must be non-empty valid UTF-8 (spec 6.3.5).</summary>
    private void ScanQuotedId(int start)
    {
        byte[] bytes;
        try
        {
            bytes = ScanString();
        }
        catch (WatParseException)
        {
            throw Error(start, "empty identifier");
        }

        if (bytes.Length == 0)
        {
            throw Error(start, "empty identifier");
        }

        DecodeName(bytes, start);
    }

    private static int HexVal(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static void AppendUtf8(List<byte> bytes, int cp)
    {
        if (cp < 0x80)
        {
            bytes.Add((byte)cp);
        }
        else if (cp < 0x800)
        {
            bytes.Add((byte)(0xC0 | (cp >> 6)));
            bytes.Add((byte)(0x80 | (cp & 0x3F)));
        }
        else if (cp < 0x10000)
        {
            bytes.Add((byte)(0xE0 | (cp >> 12)));
            bytes.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
            bytes.Add((byte)(0x80 | (cp & 0x3F)));
        }
        else
        {
            bytes.Add((byte)(0xF0 | (cp >> 18)));
            bytes.Add((byte)(0x80 | ((cp >> 12) & 0x3F)));
            bytes.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
            bytes.Add((byte)(0x80 | (cp & 0x3F)));
        }
    }

    private WatParseException ErrorAt(Token t, string reason) => new(t.Line, t.Column, reason);

    private string DecodeName(byte[] bytes, int pos)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw Error(pos, "malformed UTF-8 encoding");
        }
    }

    /// <summary>The decoded bytes of a <see cref="TokenKind.String"/> token.</summary>
    public byte[] StringBytes(Token t)
    {
        int save = _pos;
        _pos = t.Start;
        var bytes = ScanString();
        _pos = save;
        return bytes;
    }

    /// <summary>The decoded text of a string used as a name; names must be valid UTF-8 (spec 6.3.4 "Names").</summary>
    public string NameString(Token t)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(StringBytes(t));
        }
        catch (DecoderFallbackException)
        {
            throw ErrorAt(t, "malformed UTF-8 encoding");
        }
    }

    /// <summary>
    /// The canonical text of an identifier token including <c>$</c>; <c>$"x"</c> and <c>$x</c> denote the same identifier
    /// (spec 6.3.5 "Identifiers").
    /// </summary>
    public string IdName(Token t)
    {
        if (_src[t.Start + 1] != '"')
        {
            return Text(t);
        }

        int save = _pos;
        _pos = t.Start + 1;
        var bytes = ScanString();
        _pos = save;
        if (bytes.Length == 0)
        {
            throw ErrorAt(t, "empty identifier");
        }

        try
        {
            return "$" + new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw ErrorAt(t, "malformed UTF-8 encoding");
        }
    }
}

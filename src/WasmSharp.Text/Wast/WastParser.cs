using WasmSharp.Text.Lexing;
using WasmSharp.Text.Parsing;

namespace WasmSharp.Text.Wast;

/// <summary>Parses WebAssembly scripts (<c>.wast</c>) into <see cref="WastScript"/> commands.</summary>
public static class WastParser
{
    /// <summary>
    /// Parses a whole script (reference interpreter script grammar). Modules are not encoded here
    /// (see <see cref="WastModule.ToBinary"/>), so a malformed module only fails when it is encoded.
    /// </summary>
    /// <param name="text">The script source.</param>
    /// <param name="fileName">The file name, for diagnostics.</param>
    /// <returns>The parsed script.</returns>
    /// <exception cref="WatParseException">The script structure itself is malformed.</exception>
    public static WastScript ParseScript(string text, string? fileName = null)
    {
        var c = new TokenCursor(Lexer.Lex(text));
        var commands = new List<WastCommand>();
        if (c.AtLParen && c.PeekKeywordText(1) is string first && !IsCommand(first))
        {
            // A script may consist of a single inline module given as bare module fields.
            var t = c.Peek();
            commands.Add(new WastModuleCommand(t.Line, WastModule.FromText(null, false, text, 1, 1)));
            return new WastScript(fileName, commands);
        }

        // Threads nest (a thread's commands may be threads): the open ones are kept on a stack of our own, so
        // nesting depth cannot overflow the thread's stack.
        var threads = new Stack<OpenThread>();
        while (true)
        {
            List<WastCommand> into = threads.Count > 0 ? threads.Peek().Commands : commands;
            if (threads.Count > 0 && c.AtRParen)
            {
                c.ExpectRParen();
                OpenThread thread = threads.Pop();
                (threads.Count > 0 ? threads.Peek().Commands : commands).Add(new WastThread(thread.Line, thread.Name, thread.Shared, thread.Commands));
            }
            else if (threads.Count == 0 && c.Peek().Kind == TokenKind.Eof)
            {
                return new WastScript(fileName, commands);
            }
            else if (c.AtLParen && c.PeekKeyword("thread", 1))
            {
                threads.Push(ParseThreadHeader(c));
            }
            else
            {
                into.Add(ParseCommand(c));
            }
        }
    }

    /// <summary><c>(thread $name (shared (module $m))*</c>: the part of a thread before its commands.</summary>
    private static OpenThread ParseThreadHeader(TokenCursor c)
    {
        int line = c.Peek().Line;
        Begin(c);
        string name = c.TryId() ?? throw c.Unexpected(c.Peek());
        var shared = new List<string>();
        while (c.PeekSexpr("shared"))
        {
            c.Next();
            c.Next();
            c.ExpectLParen();
            c.ExpectKeyword("module");
            shared.Add(c.TryId() ?? throw c.Unexpected(c.Peek()));
            c.ExpectRParen();
            c.ExpectRParen();
        }

        return new OpenThread(line, name, shared, new List<WastCommand>());
    }

    private static bool IsCommand(string kw) =>
        kw is "module" or "register" or "invoke" or "get" or "thread" or "wait" || kw.StartsWith("assert_", StringComparison.Ordinal);

    private static WastCommand ParseCommand(TokenCursor c)
    {
        var open = c.Peek();
        if (!c.AtLParen)
        {
            throw c.Unexpected(open);
        }

        var kwTok = c.Peek(1);
        string kw = c.PeekKeywordText(1) ?? throw c.Unexpected(kwTok);
        int line = open.Line;
        switch (kw)
        {
            case "module":
                if (c.PeekKeyword("instance", 2))
                {
                    c.Next();
                    c.Next();
                    c.Next();
                    string? inst = c.TryId();
                    string? def = c.TryId();
                    c.ExpectRParen();
                    return new WastModuleInstanceCommand(line, inst, def);
                }

                return new WastModuleCommand(line, ParseModule(c));
            case "register":
                {
                    c.Next();
                    c.Next();
                    string name = c.ExpectName();
                    string? id = c.TryId();
                    c.ExpectRParen();
                    return new WastRegisterCommand(line, name, id);
                }

            case "invoke":
            case "get":
                return new WastActionCommand(line, ParseAction(c));
            case "assert_return":
                {
                    Begin(c);
                    var action = ParseAction(c);
                    var results = new List<WastExpected>();
                    while (!c.AtRParen)
                    {
                        results.Add(ParseExpected(c));
                    }

                    c.ExpectRParen();
                    return new WastAssertReturn(line, action, results);
                }

            case "assert_trap":
                {
                    Begin(c);
                    if (c.PeekSexpr("module"))
                    {
                        var m = ParseModule(c);
                        string msg = c.ExpectName();
                        c.ExpectRParen();
                        return new WastAssertTrap(line, null, m, msg);
                    }
                    else
                    {
                        var action = ParseAction(c);
                        string msg = c.ExpectName();
                        c.ExpectRParen();
                        return new WastAssertTrap(line, action, null, msg);
                    }
                }

            case "assert_exhaustion":
                {
                    Begin(c);
                    var action = ParseAction(c);
                    string msg = c.ExpectName();
                    c.ExpectRParen();
                    return new WastAssertExhaustion(line, action, msg);
                }

            case "assert_exception":
                {
                    Begin(c);
                    var action = ParseAction(c);
                    c.ExpectRParen();
                    return new WastAssertException(line, action);
                }

            case "assert_malformed":
            case "assert_invalid":
            case "assert_unlinkable":
            case "assert_uninstantiable":
            case "assert_malformed_custom":
            case "assert_invalid_custom":
                {
                    Begin(c);
                    var m = ParseModule(c);
                    string msg = c.ExpectName();
                    c.ExpectRParen();
                    return kw switch
                    {
                        "assert_malformed" => new WastAssertMalformed(line, m, msg),
                        "assert_invalid" => new WastAssertInvalid(line, m, msg),
                        "assert_unlinkable" => new WastAssertUnlinkable(line, m, msg),
                        "assert_uninstantiable" => new WastAssertUninstantiable(line, m, msg),
                        "assert_malformed_custom" => new WastAssertMalformedCustom(line, m, msg),
                        _ => new WastAssertInvalidCustom(line, m, msg),
                    };
                }

            case "wait":
                {
                    Begin(c);
                    string name = c.TryId() ?? throw c.Unexpected(c.Peek());
                    c.ExpectRParen();
                    return new WastWait(line, name);
                }

            default:
                throw c.Unexpected(kwTok);
        }
    }

    private static void Begin(TokenCursor c)
    {
        c.Next();
        c.Next();
    }

    private static WastModule ParseModule(TokenCursor c)
    {
        var open = c.Peek();
        int startIndex = c.Pos;
        c.ExpectLParen();
        c.ExpectKeyword("module");
        bool isDefinition = c.TryKeyword("definition");
        string? id = c.TryId();
        if (c.PeekKeyword("binary") || c.PeekKeyword("quote"))
        {
            bool binary = c.Next().Kind == TokenKind.Keyword && c.Lexer.Is(c.Peek(-1), "binary");
            var bytes = new List<byte>();
            while (c.AtString)
            {
                bytes.AddRange(c.ExpectString());
            }

            c.ExpectRParen();
            if (binary)
            {
                return WastModule.FromBinary(id, isDefinition, bytes.ToArray(), open.Line, open.Column);
            }

            // Quoted text is arbitrary bytes; invalid UTF-8 is only reported when the module is encoded.
            string quoted = SourceText.Decode(bytes.ToArray(), out var bad);
            return WastModule.FromQuote(id, isDefinition, quoted, open.Line, open.Column, bad);
        }

        c.Pos = startIndex;
        c.SkipSexpr();
        var close = c.Peek(-1);
        string text = c.Lexer.Source.Substring(open.Start, close.End - open.Start);
        return WastModule.FromText(id, isDefinition, text, open.Line, open.Column);
    }

    private static WastAction ParseAction(TokenCursor c)
    {
        c.ExpectLParen();
        string kw = c.ExpectKeyword();
        string? module = c.TryId();
        string name = c.ExpectName();
        if (kw == "invoke")
        {
            var args = new List<WastValue>();
            while (!c.AtRParen)
            {
                args.Add(ParseConst(c));
            }

            c.ExpectRParen();
            return new WastInvoke(module, name, args);
        }

        if (kw == "get")
        {
            c.ExpectRParen();
            return new WastGet(module, name);
        }

        throw c.Unexpected(c.Peek(-3));
    }

    private static WastValue ParseConst(TokenCursor c)
    {
        var start = c.Peek();
        return ParseExpected(c) switch
        {
            WastExpectedValue v => v.Value,
            WastExpectedRef { Kind: WastRefKind.Func, HeapType: string f } => new WastValue(WastValueType.RefFunc, 0, 0, f),
            _ => throw c.Error(start, "unexpected token"),
        };
    }

    private static WastExpected ParseExpected(TokenCursor c)
    {
        c.ExpectLParen();
        var kwTok = c.Peek();
        string kw = c.ExpectKeyword();
        WastExpected result;
        switch (kw)
        {
            case "i32.const":
                result = new WastExpectedValue(new WastValue(WastValueType.I32, c.ExpectInt(32, "i32 constant out of range")));
                break;
            case "i64.const":
                result = new WastExpectedValue(new WastValue(WastValueType.I64, c.ExpectInt(64, "i64 constant out of range")));
                break;
            case "f32.const":
            case "f64.const":
                {
                    bool f32 = kw == "f32.const";
                    var type = f32 ? WastValueType.F32 : WastValueType.F64;
                    var nan = TryNanPattern(c, type);
                    if (nan != null)
                    {
                        result = nan;
                    }
                    else
                    {
                        result = new WastExpectedValue(new WastValue(type, f32 ? c.ExpectF32() : c.ExpectF64()));
                    }

                    break;
                }

            case "v128.const":
                result = ParseV128(c);
                break;
            case "ref.null":
                {
                    string? ht = c.AtRParen ? null : c.Text(c.Next());
                    result = ht == null ? new WastExpectedRef(WastRefKind.Null) : new WastExpectedValue(new WastValue(WastValueType.RefNull, 0, 0, ht));
                    break;
                }

            case "ref.extern":
            case "ref.host":
                {
                    bool ext = kw == "ref.extern";
                    if (c.AtRParen)
                    {
                        result = new WastExpectedRef(ext ? WastRefKind.Extern : WastRefKind.Host);
                    }
                    else
                    {
                        ulong n = c.ExpectU64();
                        result = new WastExpectedValue(new WastValue(ext ? WastValueType.RefExtern : WastValueType.RefHost, n));
                    }

                    break;
                }

            case "ref.func":
                {
                    string? f = c.AtRParen ? null : c.Text(c.Next());
                    result = new WastExpectedRef(WastRefKind.Func, f);
                    break;
                }

            case "ref.any":
            case "ref.eq":
            case "ref.i31":
            case "ref.struct":
            case "ref.array":
            case "ref.exn":
                {
                    var kind = kw switch
                    {
                        "ref.any" => WastRefKind.Any,
                        "ref.eq" => WastRefKind.Eq,
                        "ref.i31" => WastRefKind.I31,
                        "ref.struct" => WastRefKind.Struct,
                        "ref.array" => WastRefKind.Array,
                        _ => WastRefKind.Exn,
                    };
                    result = new WastExpectedRef(kind);
                    break;
                }

            case "either":
                {
                    // A nested either adds its alternatives to the enclosing one: the result is flat, and
                    // neither parsing nor matching recurses with the nesting depth.
                    var alts = new List<WastExpected>();
                    int open = 1;
                    while (true)
                    {
                        if (c.AtRParen)
                        {
                            if (open == 1)
                            {
                                break;
                            }

                            c.Next();
                            open--;
                        }
                        else if (c.PeekSexpr("either"))
                        {
                            c.Next();
                            c.Next();
                            open++;
                        }
                        else
                        {
                            alts.Add(ParseExpected(c));
                        }
                    }

                    result = new WastExpectedEither(alts);
                    break;
                }

            default:
                throw c.Unexpected(kwTok);
        }

        c.ExpectRParen();
        return result;
    }

    private static WastExpectedNan? TryNanPattern(TokenCursor c, WastValueType type)
    {
        if (c.PeekKeyword("nan:canonical"))
        {
            c.Next();
            return new WastExpectedNan(type, WastNanKind.Canonical);
        }

        if (c.PeekKeyword("nan:arithmetic"))
        {
            c.Next();
            return new WastExpectedNan(type, WastNanKind.Arithmetic);
        }

        return null;
    }

    private static WastExpected ParseV128(TokenCursor c)
    {
        var shapeTok = c.Peek();
        if (shapeTok.Kind != TokenKind.Keyword || !V128Literal.TryShape(c.Text(shapeTok), out var shape, out int n))
        {
            throw c.Unexpected(shapeTok);
        }

        c.Next();
        var toks = V128Literal.LaneTokens(c, n, true);
        var lanes = new List<WastExpected>(n);
        var bits = new List<ulong>(n);
        bool allExact = true;
        int laneBits = V128Literal.LaneBits(shape);
        var laneType = shape switch
        {
            WastV128Shape.F32x4 => WastValueType.F32,
            WastV128Shape.F64x2 => WastValueType.F64,
            WastV128Shape.I64x2 => WastValueType.I64,
            _ => WastValueType.I32,
        };
        foreach (var t in toks)
        {
            string s = c.Text(t);
            if (s is "nan:canonical" or "nan:arithmetic")
            {
                allExact = false;
                lanes.Add(new WastExpectedNan(laneType, s == "nan:canonical" ? WastNanKind.Canonical : WastNanKind.Arithmetic));
                bits.Add(0);
                continue;
            }

            ulong v = V128Literal.ParseLane(c, t, shape);
            bits.Add(v);
            lanes.Add(new WastExpectedValue(new WastValue(laneType, v)));
        }

        if (allExact)
        {
            var (lo, hi) = V128Literal.Pack(bits, laneBits);
            return new WastExpectedValue(new WastValue(WastValueType.V128, lo, hi));
        }

        return new WastExpectedV128(shape, lanes);
    }
}

using WasmSharp.Text.Binary;
using WasmSharp.Text.Lexing;

namespace WasmSharp.Text.Parsing;

/// <summary>Parses types (spec 6.4 "Types") into their binary encodings (binary spec 5.3 "Types").</summary>
internal static class TypeParser
{
    private static byte? AbsHeapType(string kw) => kw switch
    {
        "func" => 0x70,
        "extern" => 0x6F,
        "any" => 0x6E,
        "eq" => 0x6D,
        "i31" => 0x6C,
        "struct" => 0x6B,
        "array" => 0x6A,
        "exn" => 0x69,
        "none" => 0x71,
        "noextern" => 0x72,
        "nofunc" => 0x73,
        "noexn" => 0x74,
        _ => null,
    };

    private static byte? SimpleValType(string kw) => kw switch
    {
        "i32" => 0x7F,
        "i64" => 0x7E,
        "f32" => 0x7D,
        "f64" => 0x7C,
        "v128" => 0x7B,
        "funcref" => 0x70,
        "externref" => 0x6F,
        "anyref" => 0x6E,
        "eqref" => 0x6D,
        "i31ref" => 0x6C,
        "structref" => 0x6B,
        "arrayref" => 0x6A,
        "exnref" => 0x69,
        "nullref" => 0x71,
        "nullexternref" => 0x72,
        "nullfuncref" => 0x73,
        "nullexnref" => 0x74,
        _ => null,
    };

    /// <summary>True if the next tokens start a value type.</summary>
    public static bool AtValType(TokenCursor c)
    {
        var kw = c.PeekKeywordText();
        if (kw != null)
        {
            return SimpleValType(kw) != null;
        }

        return c.PeekSexpr("ref");
    }

    /// <summary>Parses a heap type: an abstract heap type keyword or a type index (encoded as s33).</summary>
    public static byte[] ParseHeapType(ModuleContext m)
    {
        var c = m.Cursor;
        var kw = c.PeekKeywordText();
        if (kw != null)
        {
            var b = AbsHeapType(kw) ?? throw c.Unexpected(c.Peek());
            c.Next();
            return new[] { b };
        }

        uint idx = m.ParseIndex(IndexSpace.Type);
        var w = new WasmWriter();
        w.S64(idx);
        return w.ToArray();
    }

    /// <summary>Parses a reference type and returns nullability and the encoded heap type.</summary>
    public static (bool Nullable, byte[] Heap) ParseRefType(ModuleContext m)
    {
        var c = m.Cursor;
        var kw = c.PeekKeywordText();
        if (kw != null)
        {
            var b = SimpleValType(kw);
            if (b is null or >= 0x7B)
            {
                throw c.Unexpected(c.Peek());
            }

            c.Next();
            return (true, new[] { b.Value });
        }

        c.ExpectLParen();
        c.ExpectKeyword("ref");
        bool nullable = c.TryKeyword("null");
        var heap = ParseHeapType(m);
        c.ExpectRParen();
        return (nullable, heap);
    }

    /// <summary>Encodes a reference type (binary spec 5.3.4), using the short form for nullable abstract types.</summary>
    public static byte[] EncodeRefType(bool nullable, byte[] heap)
    {
        if (nullable && heap.Length == 1 && heap[0] >= 0x69 && heap[0] <= 0x74)
        {
            return heap;
        }

        var r = new byte[heap.Length + 1];
        r[0] = nullable ? (byte)0x63 : (byte)0x64;
        heap.CopyTo(r, 1);
        return r;
    }

    /// <summary>Parses a value type (spec 6.4.4).</summary>
    public static byte[] ParseValType(ModuleContext m)
    {
        var c = m.Cursor;
        var kw = c.PeekKeywordText();
        if (kw != null)
        {
            var b = SimpleValType(kw) ?? throw c.Unexpected(c.Peek());
            c.Next();
            return new[] { b };
        }

        if (!c.PeekSexpr("ref"))
        {
            throw c.Unexpected(c.Peek());
        }

        var (n, h) = ParseRefType(m);
        return EncodeRefType(n, h);
    }

    /// <summary>
    /// Parses <c>(param ...)*</c> then <c>(result ...)*</c>; parameter identifiers are collected in <paramref name="names"/>
    /// (null for anonymous parameters) when given, and rejected otherwise.
    /// </summary>
    public static void ParseSignature(ModuleContext m, List<byte[]> ps, List<string?>? names, List<byte[]> rs)
    {
        var c = m.Cursor;
        while (c.PeekSexpr("param"))
        {
            c.Next();
            c.Next();
            var idTok = c.Peek();
            string? id = c.TryId();
            if (id != null)
            {
                if (names == null)
                {
                    throw c.Unexpected(idTok);
                }

                ps.Add(ParseValType(m));
                names.Add(id);
            }
            else
            {
                while (!c.AtRParen)
                {
                    ps.Add(ParseValType(m));
                    names?.Add(null);
                }
            }

            c.ExpectRParen();
        }

        while (c.PeekSexpr("result"))
        {
            c.Next();
            c.Next();
            while (!c.AtRParen)
            {
                rs.Add(ParseValType(m));
            }

            c.ExpectRParen();
        }

        if (c.PeekSexpr("param"))
        {
            // Parameters must precede results.
            throw c.Unexpected(c.Peek(1));
        }
    }

    /// <summary>Parses a type definition body: <c>(sub final? idx* comptype)</c> or a composite type (spec 6.4.8-6.4.9).</summary>
    public static TypeDef ParseSubType(ModuleContext m)
    {
        var c = m.Cursor;
        var def = new TypeDef();
        var w = new WasmWriter();
        if (c.PeekSexpr("sub"))
        {
            c.Next();
            c.Next();
            bool final = c.TryKeyword("final");
            var supers = new List<uint>();
            while (m.AtIndex)
            {
                supers.Add(m.ParseIndex(IndexSpace.Type));
            }

            w.Byte(final ? (byte)0x4F : (byte)0x50);
            w.U32((uint)supers.Count);
            foreach (var s in supers)
            {
                w.U32(s);
            }

            def.PlainFinal = final && supers.Count == 0;
            ParseCompType(m, def, w);
            c.ExpectRParen();
        }
        else
        {
            ParseCompType(m, def, w);
        }

        def.Encoding = w.ToArray();
        return def;
    }

    private static void ParseCompType(ModuleContext m, TypeDef def, WasmWriter w)
    {
        var c = m.Cursor;
        c.ExpectLParen();
        var kwTok = c.Peek();
        string kw = c.ExpectKeyword();
        switch (kw)
        {
            case "func":
                {
                    def.Kind = CompositeKind.Func;
                    ParseSignature(m, def.Params, new List<string?>(), def.Results);
                    w.Byte(0x60);
                    w.U32((uint)def.Params.Count);
                    def.Params.ForEach(p => w.Bytes(p));
                    w.U32((uint)def.Results.Count);
                    def.Results.ForEach(r => w.Bytes(r));
                    break;
                }

            case "struct":
                {
                    def.Kind = CompositeKind.Struct;
                    var fields = new WasmWriter();
                    int count = 0;
                    while (c.PeekSexpr("field"))
                    {
                        c.Next();
                        c.Next();
                        var idTok = c.Peek();
                        string? id = c.TryId();
                        if (id != null)
                        {
                            if (!def.FieldNames.TryAdd(id, count))
                            {
                                throw c.Error(idTok, "duplicate field");
                            }

                            ParseFieldType(m, fields);
                            count++;
                        }
                        else
                        {
                            while (!c.AtRParen)
                            {
                                ParseFieldType(m, fields);
                                count++;
                            }
                        }

                        c.ExpectRParen();
                    }

                    w.Byte(0x5F);
                    w.U32((uint)count);
                    w.Bytes(fields);
                    break;
                }

            case "array":
                def.Kind = CompositeKind.Array;
                w.Byte(0x5E);
                ParseFieldType(m, w);
                break;
            default:
                throw c.Unexpected(kwTok);
        }

        c.ExpectRParen();
    }

    private static void ParseFieldType(ModuleContext m, WasmWriter w)
    {
        var c = m.Cursor;
        bool mutable = false;
        if (c.PeekSexpr("mut"))
        {
            c.Next();
            c.Next();
            mutable = true;
        }

        if (c.TryKeyword("i8"))
        {
            w.Byte(0x78);
        }
        else if (c.TryKeyword("i16"))
        {
            w.Byte(0x77);
        }
        else
        {
            w.Bytes(ParseValType(m));
        }

        if (mutable)
        {
            c.ExpectRParen();
        }

        w.Byte(mutable ? (byte)1 : (byte)0);
    }
}

using WasmSharp.Text.Lexing;
using WasmSharp.Text.Wast;

namespace WasmSharp.Text.Parsing;

/// <summary>Parses the lanes of <c>v128.const shape lane*</c> (spec 6.5.9 "Vector Instructions").</summary>
internal static class V128Literal
{
    public static bool TryShape(string kw, out WastV128Shape shape, out int lanes)
    {
        (shape, lanes) = kw switch
        {
            "i8x16" => (WastV128Shape.I8x16, 16),
            "i16x8" => (WastV128Shape.I16x8, 8),
            "i32x4" => (WastV128Shape.I32x4, 4),
            "i64x2" => (WastV128Shape.I64x2, 2),
            "f32x4" => (WastV128Shape.F32x4, 4),
            "f64x2" => (WastV128Shape.F64x2, 2),
            _ => (WastV128Shape.I8x16, 0),
        };
        return lanes != 0;
    }

    public static int LaneBits(WastV128Shape shape) => shape switch
    {
        WastV128Shape.I8x16 => 8,
        WastV128Shape.I16x8 => 16,
        WastV128Shape.I32x4 or WastV128Shape.F32x4 => 32,
        _ => 64,
    };

    /// <summary>
    /// Collects the lane tokens after the shape. The count is checked before the values, as the reference parser does,
    /// so a wrong count is reported as "wrong number of lane literals" even if a lane is also out of range.
    /// </summary>
    public static List<Token> LaneTokens(TokenCursor c, int lanes, bool allowNanPatterns)
    {
        var list = new List<Token>();
        // Reserved tokens such as ".0" or "_1" count as (malformed) lanes so the error is "unknown operator".
        while (c.Peek().Kind is TokenKind.Number or TokenKind.Reserved || (c.Peek().Kind == TokenKind.Keyword && IsFloatWord(c.Text(c.Peek()), allowNanPatterns)))
        {
            list.Add(c.Next());
        }

        if (list.Count != lanes)
        {
            throw c.Error(list.Count > lanes ? list[lanes] : c.Peek(), "wrong number of lane literals");
        }

        return list;
    }

    private static bool IsFloatWord(string s, bool allowNanPatterns) =>
        s == "inf" || s == "nan" || (s.StartsWith("nan:", StringComparison.Ordinal) && (allowNanPatterns || (s != "nan:canonical" && s != "nan:arithmetic")));

    /// <summary>Parses one lane value into its bits.</summary>
    public static ulong ParseLane(TokenCursor c, Token t, WastV128Shape shape)
    {
        string s = c.Text(t);
        NumberStatus st;
        ulong v;
        switch (shape)
        {
            case WastV128Shape.F32x4:
                st = NumberParser.ParseF32(s, out uint f);
                v = f;
                break;
            case WastV128Shape.F64x2:
                st = NumberParser.ParseF64(s, out v);
                break;
            default:
                st = NumberParser.ParseInt(s, LaneBits(shape), out v);
                break;
        }

        return st switch
        {
            NumberStatus.Ok => v,
            NumberStatus.OutOfRange => throw c.Error(t, "constant out of range"),
            _ => throw c.Error(t, "unknown operator " + s),
        };
    }

    /// <summary>Packs lane values little-endian into two 64-bit halves.</summary>
    public static (ulong Low, ulong High) Pack(IReadOnlyList<ulong> lanes, int laneBits)
    {
        var bytes = new byte[16];
        int perLane = laneBits / 8;
        for (int i = 0; i < lanes.Count; i++)
        {
            for (int b = 0; b < perLane; b++)
            {
                bytes[i * perLane + b] = (byte)(lanes[i] >> (8 * b));
            }
        }

        return (BitConverter.ToUInt64(bytes, 0), BitConverter.ToUInt64(bytes, 8));
    }

    /// <summary>Parses shape and lanes and returns the 16 bytes.</summary>
    public static byte[] ParseBytes(TokenCursor c)
    {
        var shapeTok = c.Peek();
        if (shapeTok.Kind != TokenKind.Keyword || !TryShape(c.Text(shapeTok), out var shape, out int n))
        {
            throw c.Unexpected(shapeTok);
        }

        c.Next();
        var toks = LaneTokens(c, n, false);
        var vals = new List<ulong>(n);
        foreach (var t in toks)
        {
            vals.Add(ParseLane(c, t, shape));
        }

        var (lo, hi) = Pack(vals, LaneBits(shape));
        var bytes = new byte[16];
        BitConverter.TryWriteBytes(bytes.AsSpan(0, 8), lo);
        BitConverter.TryWriteBytes(bytes.AsSpan(8, 8), hi);
        return bytes;
    }
}

using System.Text;

namespace WasmSharp.Fuzz.Mutation;

/// <summary>
/// Token-level mutations of WebAssembly text: tokens are parentheses, strings, comments and atoms (keywords,
/// numbers, identifiers); mutations delete, duplicate, swap, replace (with another token of the text or an
/// edge token such as an out-of-range number or a bad escape), insert unbalanced parentheses, or truncate.
/// </summary>
internal static class TextMutator
{
    private static readonly string[] EdgeTokens =
    [
        "0", "-0", "+0", "0x", "0x_1", "1_", "_1", "1__0", "4294967295", "4294967296", "-2147483649", "18446744073709551615",
        "18446744073709551616", "-9223372036854775809", "0x1p+128", "0x1p-1075", "0x1.fffffep127", "0x1.fffffffffffff8p1023",
        "1e400", "1e-400", "nan", "-nan", "nan:0x0", "nan:0x1", "nan:0x80000000", "nan:0x7fffff", "nan:0xfffffffffffff",
        "inf", "-inf", "$", "$x", "$\"\"", "$\"\\ff\"", "\"\\u{110000}\"", "\"\\u{d800}\"", "\"\\xff\"", "\"\\\"", "\"", "\"\\u{}\"",
        "(;", ";)", ";;", "(@custom", "(@", "offset=4294967296", "offset=0x1_0000_0000_0000_0000", "align=3", "align=0",
        "align=4294967296", "i32", "i64", "v128", "funcref", "externref", "ref", "null", "(ref null 100)", "(ref 4294967295)",
        "end", "else", "then", "block", "loop", "if", "br 4294967295", "local.get 100000", "(type 99999)", "(param i32)",
        "(result i32)", "(result v128 v128 v128)", "memory", "(memory 65537)", "(memory i64 1)", "(table 0 funcref)",
        "(export \"\")", "(import \"\" \"\")", "(elem)", "(data \"\\00\")", "i8x16", "0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16",
        "(module)", "(module binary \"\\00asm\")", "(module quote \"(\")", "(rec)", "(sub final)", "(struct (field i8))",
        "(array (mut i16))", "(tag)", "try_table", "(catch_all 0)", "delegate 5", "rethrow 7",
    ];

    /// <summary>Applies 1 to 4 random mutations to <paramref name="text"/>; describes them in <paramref name="log"/>.</summary>
    public static string Mutate(string text, Random random, List<string> log)
    {
        List<string> tokens = Tokenize(text);
        int count = 1 + random.Next(4);
        for (int i = 0; i < count && tokens.Count > 0; i++)
        {
            MutateOnce(tokens, random, log);
        }

        return string.Concat(tokens);
    }

    private static void MutateOnce(List<string> tokens, Random random, List<string> log)
    {
        // Whitespace tokens are kept as separators; mutations pick the others.
        int Pick()
        {
            for (int attempt = 0; attempt < 16; attempt++)
            {
                int index = random.Next(tokens.Count);
                if (!string.IsNullOrWhiteSpace(tokens[index]))
                {
                    return index;
                }
            }

            return random.Next(tokens.Count);
        }

        int at = Pick();
        switch (random.Next(9))
        {
            case 0:
                log.Add($"delete token {at} `{Short(tokens[at])}`");
                tokens.RemoveAt(at);
                break;
            case 1:
                log.Add($"duplicate token {at} `{Short(tokens[at])}`");
                tokens.Insert(at, tokens[at] + " ");
                break;
            case 2:
            {
                int other = Pick();
                log.Add($"swap tokens {at} and {other}");
                (tokens[at], tokens[other]) = (tokens[other], tokens[at]);
                break;
            }

            case 3:
            {
                int other = Pick();
                log.Add($"replace token {at} `{Short(tokens[at])}` with token {other} `{Short(tokens[other])}`");
                tokens[at] = tokens[other];
                break;
            }

            case 4:
            case 5:
            {
                string edge = EdgeTokens[random.Next(EdgeTokens.Length)];
                log.Add($"replace token {at} `{Short(tokens[at])}` with `{edge}`");
                tokens[at] = edge;
                break;
            }

            case 6:
            {
                string edge = EdgeTokens[random.Next(EdgeTokens.Length)];
                log.Add($"insert `{edge}` at {at}");
                tokens.Insert(at, " " + edge + " ");
                break;
            }

            case 7:
            {
                string paren = random.Next(2) == 0 ? "(" : ")";
                log.Add($"insert `{paren}` at {at}");
                tokens.Insert(at, paren);
                break;
            }

            default:
                log.Add($"truncate at token {at}");
                tokens.RemoveRange(at, tokens.Count - at);
                break;
        }
    }

    /// <summary>Splits text into tokens whose concatenation is the text.</summary>
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            int start = i;
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }
            }
            else if (c is '(' && i + 1 < text.Length && text[i + 1] == ';')
            {
                int end = text.IndexOf(";)", i + 2, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 2;
            }
            else if (c is '(' or ')')
            {
                i++;
            }
            else if (c == ';' && i + 1 < text.Length && text[i + 1] == ';')
            {
                int end = text.IndexOf('\n', i);
                i = end < 0 ? text.Length : end;
            }
            else if (c == '"')
            {
                i++;
                while (i < text.Length && text[i] != '"')
                {
                    i += text[i] == '\\' ? 2 : 1;
                }

                i = Math.Min(text.Length, i + 1);
            }
            else
            {
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not '(' and not ')' and not '"')
                {
                    i++;
                }
            }

            tokens.Add(text[start..i]);
        }

        return tokens;
    }

    private static string Short(string token)
    {
        string flat = new StringBuilder(token).Replace('\n', ' ').ToString();
        return flat.Length > 40 ? flat[..40] + "..." : flat;
    }
}

using WasmSharp.Text.Instructions;

namespace WasmSharp.Text.Parsing;

/// <summary>
/// The set of keywords of the text format (spec 6.2.2: keywords are the literal terminals of the grammar). Used to
/// tell unknown words ("unknown operator") from known words in the wrong place ("unexpected token").
/// </summary>
internal static class Keywords
{
    private static readonly HashSet<string> s_known = Build();

    public static bool IsKnown(string word) =>
        s_known.Contains(word) || word.StartsWith("offset=", StringComparison.Ordinal) || word.StartsWith("align=", StringComparison.Ordinal)
        || word == "nan" || word == "inf" || word.StartsWith("nan:", StringComparison.Ordinal);

    private static HashSet<string> Build()
    {
        var set = new HashSet<string>(OpTable.Names, StringComparer.Ordinal);
        const string words = "module type func param result local import export table memory global start elem data tag rec sub final "
            + "struct array field mut i32 i64 f32 f64 v128 i8 i16 funcref externref anyref eqref i31ref structref arrayref exnref "
            + "nullref nullexternref nullfuncref nullexnref ref null extern any eq i31 exn none noextern nofunc noexn offset item "
            + "declare then else end catch catch_ref catch_all catch_all_ref delegate do shared pagesize binary quote definition "
            + "instance i8x16 i16x8 i32x4 i64x2 f32x4 f64x2 register invoke get either thread wait";
        foreach (var w in words.Split(' '))
        {
            set.Add(w);
        }

        return set;
    }
}

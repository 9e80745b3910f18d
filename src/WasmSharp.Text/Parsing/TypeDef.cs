namespace WasmSharp.Text.Parsing;

/// <summary>A defined type as needed by the text parser: its encoding, function signature and field names.</summary>
internal sealed class TypeDef
{
    public CompositeKind Kind { get; set; }

    /// <summary>Encoded parameter value types (function types).</summary>
    public List<byte[]> Params { get; } = new();

    /// <summary>Encoded result value types (function types).</summary>
    public List<byte[]> Results { get; } = new();

    /// <summary>Field identifiers (structure types), spec 6.6.1 field context.</summary>
    public Dictionary<string, int> FieldNames { get; } = new(StringComparer.Ordinal);

    /// <summary>True when the type is <c>final</c> with no supertypes, i.e. eligible for implicit type-use matching.</summary>
    public bool PlainFinal { get; set; } = true;

    /// <summary>Size of the recursion group the type belongs to.</summary>
    public int RecGroupSize { get; set; } = 1;

    /// <summary>The encoded subtype (binary spec 5.3.10 "Recursive Types").</summary>
    public byte[] Encoding { get; set; } = Array.Empty<byte>();

    public bool SameSignature(List<byte[]> ps, List<byte[]> rs) =>
        Kind == CompositeKind.Func && SameList(Params, ps) && SameList(Results, rs);

    private static bool SameList(List<byte[]> a, List<byte[]> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (int i = 0; i < a.Count; i++)
        {
            if (!a[i].AsSpan().SequenceEqual(b[i]))
            {
                return false;
            }
        }

        return true;
    }
}

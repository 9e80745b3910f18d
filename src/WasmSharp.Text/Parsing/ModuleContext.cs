using WasmSharp.Text.Lexing;

namespace WasmSharp.Text.Parsing;

/// <summary>
/// Identifier context of a module (spec 6.6.1 "Identifier Context"): names and sizes of every index space and the
/// type definitions, including types appended implicitly by type uses (spec 6.6.3 "Type Uses").
/// </summary>
internal sealed class ModuleContext
{
    private readonly Dictionary<string, int>[] _names;
    private readonly int[] _counts;

    public ModuleContext(TokenCursor cursor)
    {
        Cursor = cursor;
        int n = Enum.GetValues<IndexSpace>().Length;
        _names = new Dictionary<string, int>[n];
        _counts = new int[n];
        for (int i = 0; i < n; i++)
        {
            _names[i] = new Dictionary<string, int>(StringComparer.Ordinal);
        }
    }

    public TokenCursor Cursor { get; }

    public List<TypeDef> Types { get; } = new();

    /// <summary>Recursion groups as (first type index, count, written with <c>rec</c>).</summary>
    public List<(int Start, int Count, bool Explicit)> RecGroups { get; } = new();

    /// <summary>True once an instruction needs the data count section (binary spec 5.5.16).</summary>
    public bool NeedsDataCount { get; set; }

    /// <summary>Branch hint annotations by the index of the token that follows them.</summary>
    public Dictionary<int, Annotation> BranchHints { get; } = new();

    /// <summary>Hints (body offset, value) recorded for the function being parsed, or null outside functions.</summary>
    public List<(int Offset, byte Value)>? CurrentHints { get; set; }

    public int Count(IndexSpace space) => _counts[(int)space];

    /// <summary>The identifiers declared in <paramref name="space"/>, with their indices.</summary>
    public List<(string Id, int Index)> Names(IndexSpace space) =>
        _names[(int)space].Select(pair => (pair.Key, pair.Value)).ToList();

    /// <summary>Declares the next index of <paramref name="space"/>, binding <paramref name="id"/> if given.</summary>
    public int Declare(IndexSpace space, string? id, Token at)
    {
        int index = _counts[(int)space]++;
        if (id != null && !_names[(int)space].TryAdd(id, index))
        {
            throw Cursor.Error(at, "duplicate " + SpaceName(space));
        }

        return index;
    }

    public static string SpaceName(IndexSpace space) => space switch
    {
        IndexSpace.Type => "type",
        IndexSpace.Func => "func",
        IndexSpace.Table => "table",
        IndexSpace.Memory => "memory",
        IndexSpace.Global => "global",
        IndexSpace.Tag => "tag",
        IndexSpace.Elem => "elem",
        _ => "data",
    };

    private static string UnknownName(IndexSpace space) => space switch
    {
        IndexSpace.Func => "function",
        IndexSpace.Elem => "elem segment",
        IndexSpace.Data => "data segment",
        _ => SpaceName(space),
    };

    public bool AtIndex => Cursor.Peek().Kind is TokenKind.Id or TokenKind.Number;

    /// <summary>Parses an index (number or identifier) in <paramref name="space"/> (spec 6.6.1 "Indices").</summary>
    public uint ParseIndex(IndexSpace space)
    {
        var t = Cursor.Peek();
        if (t.Kind == TokenKind.Number)
        {
            return (uint)Cursor.ExpectU32();
        }

        if (t.Kind == TokenKind.Id)
        {
            Cursor.Next();
            string name = Cursor.Lexer.IdName(t);
            if (_names[(int)space].TryGetValue(name, out int idx))
            {
                return (uint)idx;
            }

            throw Cursor.Error(t, "unknown " + UnknownName(space) + " " + name);
        }

        throw Cursor.Unexpected(t);
    }

    public uint? TryParseIndex(IndexSpace space) => AtIndex ? ParseIndex(space) : null;

    /// <summary>
    /// Returns the index of a function type with the given signature that is a plain final type in its own recursion
    /// group, appending one at the end of the type section if none exists (spec 6.6.3 "Type Uses", abbreviation).
    /// </summary>
    public int ImplicitFuncType(List<byte[]> ps, List<byte[]> rs)
    {
        for (int i = 0; i < Types.Count; i++)
        {
            var t = Types[i];
            if (t.RecGroupSize == 1 && t.PlainFinal && t.SameSignature(ps, rs))
            {
                return i;
            }
        }

        var def = new TypeDef { Kind = CompositeKind.Func };
        def.Params.AddRange(ps);
        def.Results.AddRange(rs);
        var w = new Binary.WasmWriter();
        w.Byte(0x60);
        w.U32((uint)ps.Count);
        foreach (var p in ps)
        {
            w.Bytes(p);
        }

        w.U32((uint)rs.Count);
        foreach (var r in rs)
        {
            w.Bytes(r);
        }

        def.Encoding = w.ToArray();
        Types.Add(def);
        RecGroups.Add((Types.Count - 1, 1, false));
        _counts[(int)IndexSpace.Type] = Math.Max(_counts[(int)IndexSpace.Type], Types.Count);
        return Types.Count - 1;
    }

    /// <summary>Resolves a field index or name of structure type <paramref name="typeIndex"/>.</summary>
    public uint ParseFieldIndex(uint typeIndex)
    {
        var t = Cursor.Peek();
        if (t.Kind == TokenKind.Id)
        {
            Cursor.Next();
            string name = Cursor.Lexer.IdName(t);
            if (typeIndex < Types.Count && Types[(int)typeIndex].FieldNames.TryGetValue(name, out int f))
            {
                return (uint)f;
            }

            throw Cursor.Error(t, "unknown field " + name);
        }

        return (uint)Cursor.ExpectU32();
    }
}

using WasmSharp.Text.Binary;
using WasmSharp.Text.Lexing;

namespace WasmSharp.Text.Parsing;

/// <summary>
/// Recognised annotations (spec 6.2.5): <c>(@custom "name" placement? "bytes"*)</c> becomes a custom section and
/// <c>(@name "text")</c> after <c>module</c>, <c>func</c> or <c>tag</c> feeds the name section (spec appendix 7.4
/// "Custom Sections and Annotations"). All other annotations are ignored as white space.
/// </summary>
internal sealed partial class ModuleParser
{
    private readonly Dictionary<int, (IndexSpace Space, int Index)> _namedDefinitions = new();
    private readonly List<(int Slot, int Order, byte[] Section)> _customs = new();
    private int _customsWritten;
    private int _bodyDepth;
    private int _bodyStart;
    private readonly List<(int First, int End)> _functionTokenRanges = new();
    private readonly List<(int FuncIndex, List<(int Offset, byte Value)> Hints)> _branchHints = new();

    private void CollectBranchHints()
    {
        foreach (var a in _c.Lexer.Annotations)
        {
            if (a.Name == "metadata.code.branch_hint" && !_m.BranchHints.TryAdd(a.TokenIndex, a))
            {
                throw _c.Error(a.Open, "@metadata.code.branch_hint annotation: duplicate annotation");
            }
        }
    }

    /// <summary>Reports hints not attached to an instruction and emits the <c>metadata.code.branch_hint</c> section.</summary>
    private void FinishBranchHints()
    {
        foreach (var (tokenIndex, a) in _m.BranchHints)
        {
            bool inFunction = _functionTokenRanges.Any(r => tokenIndex > r.First && tokenIndex < r.End);
            throw _c.Error(a.Open, "@metadata.code.branch_hint annotation: " + (inFunction ? "invalid target" : "not in a function"));
        }

        if (_branchHints.Count == 0)
        {
            return;
        }

        var s = new WasmWriter();
        s.Name("metadata.code.branch_hint");
        s.U32((uint)_branchHints.Count);
        foreach (var (func, hints) in _branchHints.OrderBy(h => h.FuncIndex))
        {
            s.U32((uint)func);
            s.U32((uint)hints.Count);
            foreach (var (offset, value) in hints.OrderBy(h => h.Offset))
            {
                s.U32((uint)offset);
                s.U32(1);
                s.Byte(value);
            }
        }

        // Code metadata sections precede the code section.
        _customs.Add((2 * SectionRank(10) - 1, -1, s.ToArray()));
    }

    /// <summary>Position of each non-custom section in the binary order (binary spec 5.5.2 "Sections").</summary>
    private static int SectionRank(int id) => id switch
    {
        1 => 1,
        2 => 2,
        3 => 3,
        4 => 4,
        5 => 5,
        13 => 6,
        6 => 7,
        7 => 8,
        8 => 9,
        9 => 10,
        12 => 11,
        10 => 12,
        11 => 13,
        _ => 14,
    };

    private static int? SectionKindRank(string kw) => kw switch
    {
        "type" => 1,
        "import" => 2,
        "func" => 3,
        "table" => 4,
        "memory" => 5,
        "tag" => 6,
        "global" => 7,
        "export" => 8,
        "start" => 9,
        "elem" => 10,
        "datacount" => 11,
        "code" => 12,
        "data" => 13,
        _ => null,
    };

    private void WriteCustomSections(WasmWriter w, int upToSlot)
    {
        if (_customsWritten == 0 && _customs.Count > 1)
        {
            _customs.Sort((a, b) => a.Slot != b.Slot ? a.Slot.CompareTo(b.Slot) : a.Order.CompareTo(b.Order));
        }

        while (_customsWritten < _customs.Count && _customs[_customsWritten].Slot <= upToSlot)
        {
            var s = new WasmWriter();
            s.Bytes(_customs[_customsWritten].Section);
            Section(w, 0, s);
            _customsWritten++;
        }
    }

    private void ProcessAnnotations(int bodyEnd)
    {
        var tokens = _c.Lexer.Tokens;
        var depths = new int[tokens.Count + 1];
        for (int i = 0; i < tokens.Count; i++)
        {
            depths[i + 1] = depths[i] + (tokens[i].Kind == TokenKind.LParen ? 1 : tokens[i].Kind == TokenKind.RParen ? -1 : 0);
        }

        FinishBranchHints();
        string? moduleName = null;
        var names = new SortedDictionary<int, string>[Enum.GetValues<IndexSpace>().Length];
        foreach (var a in _c.Lexer.Annotations)
        {
            if (a.Name == "custom")
            {
                bool atField = a.TokenIndex >= _bodyStart && a.TokenIndex <= bodyEnd && depths[a.TokenIndex] == _bodyDepth;
                if (!atField)
                {
                    throw _c.Error(a.Open, "misplaced @custom annotation");
                }

                _customs.Add(ParseCustom(a));
            }
            else if (a.Name == "name")
            {
                string name = ParseNameAnnotation(a);
                int p = a.TokenIndex - 1;
                if (p >= 0 && tokens[p].Kind == TokenKind.Id)
                {
                    p--;
                }

                if (p >= 0 && tokens[p].Kind == TokenKind.Keyword && _c.Lexer.Is(tokens[p], "definition"))
                {
                    p--;
                }

                if (_bodyDepth == 1 && p == 1 && _c.Lexer.Is(tokens[p], "module"))
                {
                    if (moduleName != null)
                    {
                        throw _c.Error(a.Open, "@name annotation: multiple module");
                    }

                    moduleName = name;
                }
                else if (p >= 0 && _namedDefinitions.TryGetValue(p, out var def))
                {
                    (names[(int)def.Space] ??= new SortedDictionary<int, string>())[def.Index] = name;
                }
                else
                {
                    throw _c.Error(a.Open, "misplaced @name annotation");
                }
            }
        }

        if (moduleName != null || names.Any(n => n != null))
        {
            var s = new WasmWriter();
            s.Name("name");
            if (moduleName != null)
            {
                var sub = new WasmWriter();
                sub.Name(moduleName);
                s.Byte(0);
                s.U32((uint)sub.Length);
                s.Bytes(sub);
            }

            NameMap(s, 1, names[(int)IndexSpace.Func]);
            NameMap(s, 11, names[(int)IndexSpace.Tag]);
            _customs.Add((2 * 13 + 1, -1, s.ToArray()));
        }
    }

    private static void NameMap(WasmWriter s, byte id, SortedDictionary<int, string>? map)
    {
        if (map == null)
        {
            return;
        }

        var sub = new WasmWriter();
        sub.U32((uint)map.Count);
        foreach (var (index, name) in map)
        {
            sub.U32((uint)index);
            sub.Name(name);
        }

        s.Byte(id);
        s.U32((uint)sub.Length);
        s.Bytes(sub);
    }

    private string ParseNameAnnotation(Annotation a)
    {
        if (a.Tokens.Count != 1 || a.Tokens[0].Kind != TokenKind.String)
        {
            throw _c.Error(a.Tokens.Count > 0 ? a.Tokens[0] : a.Open, "@name annotation: unexpected token");
        }

        try
        {
            return _c.Lexer.NameString(a.Tokens[0]);
        }
        catch (WatParseException e)
        {
            throw _c.Error(a.Tokens[0], "@name annotation: " + e.Reason);
        }
    }

    private (int Slot, int Order, byte[] Section) ParseCustom(Annotation a)
    {
        var t = a.Tokens;
        var lexer = _c.Lexer;
        if (t.Count == 0 || t[0].Kind != TokenKind.String)
        {
            throw _c.Error(t.Count > 0 ? t[0] : a.Open, "@custom annotation: missing section name");
        }

        string name;
        try
        {
            name = lexer.NameString(t[0]);
        }
        catch (WatParseException)
        {
            throw _c.Error(t[0], "@custom annotation: malformed UTF-8 encoding");
        }

        int i = 1;
        int slot = int.MaxValue;
        if (i < t.Count && t[i].Kind == TokenKind.LParen)
        {
            var where = i + 1 < t.Count ? t[i + 1] : t[i];
            bool before = where.Kind == TokenKind.Keyword && lexer.Is(where, "before");
            bool after = where.Kind == TokenKind.Keyword && lexer.Is(where, "after");
            if (!before && !after)
            {
                throw _c.Error(where, "@custom annotation: malformed placement");
            }

            var kindTok = i + 2 < t.Count ? t[i + 2] : where;
            string kind = kindTok.Kind == TokenKind.Keyword ? lexer.Text(kindTok) : string.Empty;
            int? rank = kind == "first" ? 0 : kind == "last" ? 14 : SectionKindRank(kind);
            if (rank == null || kindTok.Kind != TokenKind.Keyword)
            {
                throw _c.Error(kindTok, "@custom annotation: malformed section kind");
            }

            if (i + 3 >= t.Count || t[i + 3].Kind != TokenKind.RParen)
            {
                throw _c.Error(i + 3 < t.Count ? t[i + 3] : kindTok, "@custom annotation: unexpected token");
            }

            slot = kind == "first" ? 0 : kind == "last" ? int.MaxValue : before ? 2 * rank.Value - 1 : 2 * rank.Value + 1;
            i += 4;
        }

        var w = new WasmWriter();
        w.Name(name);
        for (; i < t.Count; i++)
        {
            if (t[i].Kind != TokenKind.String)
            {
                throw _c.Error(t[i], "@custom annotation: unexpected token");
            }

            w.Bytes(lexer.StringBytes(t[i]));
        }

        return (slot, _customs.Count, w.ToArray());
    }
}

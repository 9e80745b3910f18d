using WasmSharp.Text.Binary;
using WasmSharp.Text.Lexing;

namespace WasmSharp.Text.Parsing;

/// <summary>
/// Parses a text module (spec 6.6 "Modules") and encodes it (binary spec 5.5). Works in three passes over the module
/// fields: (1) declare every identifier of every index space, (2) parse type definitions, (3) parse and encode all
/// other fields, so that fields may refer to definitions that appear later in the text.
/// </summary>
internal sealed partial class ModuleParser
{
    private readonly TokenCursor _c;
    private readonly ModuleContext _m;
    private readonly WasmWriter _imports = new();
    private readonly WasmWriter _funcs = new();
    private readonly WasmWriter _tables = new();
    private readonly WasmWriter _memories = new();
    private readonly WasmWriter _globals = new();
    private readonly WasmWriter _tags = new();
    private readonly WasmWriter _exports = new();
    private readonly WasmWriter _elems = new();
    private readonly WasmWriter _datas = new();
    private readonly WasmWriter _codes = new();
    private int _importCount;
    private int _funcCount;
    private int _tableCount;
    private int _memoryCount;
    private int _globalCount;
    private int _tagCount;
    private int _exportCount;
    private int _elemCount;
    private int _dataCount;
    private uint? _start;

    // Next index of each space while encoding fields; imports come first, so text order is index order.
    private int _funcIndex;
    private int _tableIndex;
    private int _memoryIndex;
    private int _globalIndex;
    private int _tagIndex;

    private ModuleParser(TokenCursor c)
    {
        _c = c;
        _m = new ModuleContext(c);
    }

    /// <summary>Parses a module from <paramref name="lexer"/>'s tokens: <c>(module ...)</c> or bare fields.</summary>
    public static byte[] Parse(Lexer lexer)
    {
        var c = new TokenCursor(lexer);
        byte[] result;
        if (c.PeekSexpr("module"))
        {
            c.Next();
            c.Next();
            c.TryKeyword("definition");
            string? moduleName = c.TryId();
            if (c.PeekKeyword("binary") || c.PeekKeyword("quote"))
            {
                bool binary = c.PeekKeyword("binary");
                c.Next();
                var bytes = new List<byte>();
                while (c.AtString)
                {
                    bytes.AddRange(c.ExpectString());
                }

                c.ExpectRParen();
                ExpectEnd(c);
                if (binary)
                {
                    return bytes.ToArray();
                }

                string text = SourceText.Decode(bytes.ToArray(), out var bad);
                if (bad is var (line, col))
                {
                    throw new WatParseException(line, col, "malformed UTF-8 encoding");
                }

                return Parse(Lexer.Lex(text));
            }

            var p = new ModuleParser(c) { _bodyDepth = 1, _moduleName = moduleName };
            result = p.ParseFields(TokenKind.RParen);
            c.ExpectRParen();
        }
        else
        {
            var p = new ModuleParser(c);
            result = p.ParseFields(TokenKind.Eof);
        }

        ExpectEnd(c);
        return result;
    }

    private static void ExpectEnd(TokenCursor c)
    {
        if (c.Peek().Kind != TokenKind.Eof)
        {
            throw c.Unexpected(c.Peek());
        }
    }

    private byte[] ParseFields(TokenKind end)
    {
        int start = _c.Pos;
        _bodyStart = start;
        CollectBranchHints();
        DeclarePass(end);
        _c.Pos = start;
        TypePass(end);
        _c.Pos = start;
        while (_c.Peek().Kind != end)
        {
            ParseField();
        }

        int bodyEnd = _c.Pos;
        ProcessAnnotations(bodyEnd);
        AddNameSection();
        return Assemble();
    }

    private void DeclarePass(TokenKind end)
    {
        string? firstDefinition = null;
        while (_c.Peek().Kind != end)
        {
            int fieldStart = _c.Pos;
            _c.ExpectLParen();
            var kwTok = _c.Peek();
            string kw = _c.PeekKeywordText() ?? throw _c.Unexpected(kwTok);
            int kwIndex = _c.Pos;
            _c.Next();
            switch (kw)
            {
                case "type":
                    _m.Declare(IndexSpace.Type, _c.TryId(), kwTok);
                    break;
                case "rec":
                    while (_c.PeekSexpr("type"))
                    {
                        var typeTok = _c.Peek(1);
                        int save = _c.Pos;
                        _c.Next();
                        _c.Next();
                        _m.Declare(IndexSpace.Type, _c.TryId(), typeTok);
                        _c.Pos = save;
                        _c.SkipSexpr();
                    }

                    break;
                case "func":
                case "table":
                case "memory":
                case "global":
                case "tag":
                    {
                        var space = SpaceOf(kw);
                        var idTok = _c.Peek();
                        string? id = _c.TryId();
                        _namedDefinitions[kwIndex] = (space, _m.Declare(space, id, idTok.Kind == TokenKind.Id ? idTok : kwTok));
                        while (_c.PeekSexpr("export"))
                        {
                            _c.SkipSexpr();
                        }

                        if (_c.PeekSexpr("import"))
                        {
                            CheckImportOrder(firstDefinition, kwTok);
                        }
                        else
                        {
                            firstDefinition ??= kw;
                            if (kw == "table" || kw == "memory")
                            {
                                // An inline segment defines an anonymous element or data segment.
                                string seg = kw == "table" ? "elem" : "data";
                                while (!_c.AtRParen && _c.Peek().Kind != TokenKind.Eof)
                                {
                                    if (_c.PeekSexpr(seg))
                                    {
                                        _m.Declare(kw == "table" ? IndexSpace.Elem : IndexSpace.Data, null, kwTok);
                                    }

                                    if (_c.AtLParen)
                                    {
                                        _c.SkipSexpr();
                                    }
                                    else
                                    {
                                        _c.Next();
                                    }
                                }
                            }
                        }

                        break;
                    }

                case "import":
                    {
                        CheckImportOrder(firstDefinition, kwTok);
                        _c.ExpectName();
                        _c.ExpectName();
                        _c.ExpectLParen();
                        int descIndex = _c.Pos;
                        var descTok = _c.Peek();
                        string desc = _c.ExpectKeyword();
                        if (desc is not ("func" or "table" or "memory" or "global" or "tag"))
                        {
                            throw _c.Unexpected(descTok);
                        }

                        var idTok = _c.Peek();
                        string? id = _c.TryId();
                        _namedDefinitions[descIndex] = (SpaceOf(desc), _m.Declare(SpaceOf(desc), id, idTok.Kind == TokenKind.Id ? idTok : descTok));
                        break;
                    }

                case "elem":
                    {
                        var idTok = _c.Peek();
                        _m.Declare(IndexSpace.Elem, _c.TryId(), idTok);
                        break;
                    }

                case "data":
                    {
                        var idTok = _c.Peek();
                        _m.Declare(IndexSpace.Data, _c.TryId(), idTok);
                        break;
                    }

                case "export":
                case "start":
                    break;
                default:
                    throw _c.Unexpected(kwTok);
            }

            _c.Pos = fieldStart;
            _c.SkipSexpr();
        }
    }

    private void CheckImportOrder(string? firstDefinition, Token at)
    {
        if (firstDefinition != null)
        {
            throw _c.Error(at, "import after " + (firstDefinition == "func" ? "function" : firstDefinition));
        }
    }

    private static IndexSpace SpaceOf(string kw) => kw switch
    {
        "func" => IndexSpace.Func,
        "table" => IndexSpace.Table,
        "memory" => IndexSpace.Memory,
        "global" => IndexSpace.Global,
        _ => IndexSpace.Tag,
    };

    private void TypePass(TokenKind end)
    {
        while (_c.Peek().Kind != end)
        {
            if (_c.PeekSexpr("type"))
            {
                int first = _m.Types.Count;
                ParseTypeDef();
                _m.RecGroups.Add((first, 1, false));
            }
            else if (_c.PeekSexpr("rec"))
            {
                _c.Next();
                _c.Next();
                int first = _m.Types.Count;
                while (_c.PeekSexpr("type"))
                {
                    ParseTypeDef();
                }

                _c.ExpectRParen();
                int n = _m.Types.Count - first;
                for (int i = first; i < _m.Types.Count; i++)
                {
                    _m.Types[i].RecGroupSize = n;
                }

                _m.RecGroups.Add((first, n, true));
            }
            else
            {
                _c.SkipSexpr();
            }
        }
    }

    private void ParseTypeDef()
    {
        _c.Next();
        _c.Next();
        _c.TryId();
        _m.Types.Add(TypeParser.ParseSubType(_m));
        _c.ExpectRParen();
    }

    private void ParseField()
    {
        var kwTok = _c.Peek(1);
        string kw = _c.PeekKeywordText(1) ?? throw _c.Unexpected(kwTok);
        switch (kw)
        {
            case "type":
            case "rec":
                _c.SkipSexpr();
                break;
            case "func":
                ParseFunc();
                break;
            case "table":
                ParseTable();
                break;
            case "memory":
                ParseMemory();
                break;
            case "global":
                ParseGlobal();
                break;
            case "tag":
                ParseTag();
                break;
            case "import":
                ParseImport();
                break;
            case "export":
                ParseExport();
                break;
            case "start":
                {
                    _c.Next();
                    _c.Next();
                    if (_start != null)
                    {
                        throw _c.Error(kwTok, "multiple start sections");
                    }

                    _start = _m.ParseIndex(IndexSpace.Func);
                    _c.ExpectRParen();
                    break;
                }

            case "elem":
                ParseElem();
                break;
            case "data":
                ParseData();
                break;
            default:
                throw _c.Unexpected(kwTok);
        }
    }

    private byte[] Assemble()
    {
        var sections = new List<(int Id, WasmWriter Content)>();
        if (_m.Types.Count > 0)
        {
            var s = new WasmWriter();
            s.U32((uint)_m.RecGroups.Count);
            foreach (var (start, count, isExplicit) in _m.RecGroups)
            {
                if (isExplicit)
                {
                    s.Byte(0x4E);
                    s.U32((uint)count);
                }

                for (int i = start; i < start + count; i++)
                {
                    s.Bytes(_m.Types[i].Encoding);
                }
            }

            sections.Add((1, s));
        }

        Vector(sections, 2, _imports, _importCount);
        Vector(sections, 3, _funcs, _funcCount);
        Vector(sections, 4, _tables, _tableCount);
        Vector(sections, 5, _memories, _memoryCount);
        Vector(sections, 13, _tags, _tagCount);
        Vector(sections, 6, _globals, _globalCount);
        Vector(sections, 7, _exports, _exportCount);
        if (_start is uint st)
        {
            var s = new WasmWriter();
            s.U32(st);
            sections.Add((8, s));
        }

        Vector(sections, 9, _elems, _elemCount);
        if (_m.NeedsDataCount)
        {
            var s = new WasmWriter();
            s.U32((uint)_dataCount);
            sections.Add((12, s));
        }

        Vector(sections, 10, _codes, _funcCount);
        Vector(sections, 11, _datas, _dataCount);

        var w = new WasmWriter();
        w.Bytes(new byte[] { 0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00 });
        WriteCustomSections(w, 0);
        foreach (var (id, content) in sections)
        {
            int rank = SectionRank(id);
            WriteCustomSections(w, 2 * rank - 1);
            Section(w, (byte)id, content);
            WriteCustomSections(w, 2 * rank + 1);
        }

        WriteCustomSections(w, int.MaxValue);
        return w.ToArray();
    }

    private static void Vector(List<(int Id, WasmWriter Content)> sections, int id, WasmWriter content, int count)
    {
        if (count == 0)
        {
            return;
        }

        var s = new WasmWriter();
        s.U32((uint)count);
        s.Bytes(content);
        sections.Add((id, s));
    }

    private static void Section(WasmWriter w, byte id, WasmWriter content)
    {
        w.Byte(id);
        w.U32((uint)content.Length);
        w.Bytes(content);
    }
}

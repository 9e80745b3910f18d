using WasmSharp.Text.Binary;
using WasmSharp.Text.Lexing;

namespace WasmSharp.Text.Parsing;

/// <summary>Functions, tables, memories, globals, tags, imports and exports (spec 6.6.4-6.6.12).</summary>
internal sealed partial class ModuleParser
{
    /// <summary>Parses <c>(export "name")*</c> abbreviations after a definition's id (spec 6.6.11).</summary>
    private void InlineExports(byte kind, int index)
    {
        while (_c.PeekSexpr("export"))
        {
            _c.Next();
            _c.Next();
            string name = _c.ExpectName();
            _c.ExpectRParen();
            _exports.Name(name);
            _exports.Byte(kind);
            _exports.U32((uint)index);
            _exportCount++;
        }
    }

    /// <summary>Parses an inline <c>(import "m" "n")</c> if present and writes the import's names.</summary>
    private bool InlineImport()
    {
        if (!_c.PeekSexpr("import"))
        {
            return false;
        }

        _c.Next();
        _c.Next();
        _imports.Name(_c.ExpectName());
        _imports.Name(_c.ExpectName());
        _c.ExpectRParen();
        _importCount++;
        return true;
    }

    /// <summary>
    /// Parses a type use (spec 6.6.3): <c>(type x)?</c> with optional inline params/results. Returns the type index and
    /// the parameter identifiers.
    /// </summary>
    private (uint TypeIndex, List<string?> ParamNames) ParseTypeUse()
    {
        return ParseTypeUse(_m, allowNames: true);
    }

    /// <summary>Parses a type use; parameter identifiers are only allowed where <paramref name="allowNames"/> is set.</summary>
    internal static (uint TypeIndex, List<string?> ParamNames) ParseTypeUse(ModuleContext m, bool allowNames)
    {
        var c = m.Cursor;
        uint? explicitIndex = null;
        var typeTok = c.Peek();
        if (c.PeekSexpr("type"))
        {
            c.Next();
            c.Next();
            explicitIndex = m.ParseIndex(IndexSpace.Type);
            c.ExpectRParen();
        }

        var ps = new List<byte[]>();
        var names = new List<string?>();
        var rs = new List<byte[]>();
        TypeParser.ParseSignature(m, ps, allowNames ? names : null, rs);
        if (!allowNames)
        {
            names.AddRange(new string?[ps.Count]);
        }

        if (explicitIndex is uint idx)
        {
            var def = idx < m.Types.Count ? m.Types[(int)idx] : null;
            if (ps.Count > 0 || rs.Count > 0)
            {
                if (def == null)
                {
                    throw c.Error(typeTok, "unknown type");
                }

                if (!def.SameSignature(ps, rs))
                {
                    throw c.Error(typeTok, "inline function type");
                }
            }
            else if (def != null && def.Kind == CompositeKind.Func)
            {
                names = new List<string?>(new string?[def.Params.Count]);
            }

            return (idx, names);
        }

        return ((uint)m.ImplicitFuncType(ps, rs), names);
    }

    private void ParseFunc()
    {
        int firstToken = _c.Pos;
        _c.Next();
        _c.Next();
        _c.TryId();
        int index = _funcIndex++;
        InlineExports(0, index);
        if (InlineImport())
        {
            _imports.Byte(0);
            _imports.U32(ParseTypeUse().TypeIndex);
            _c.ExpectRParen();
            return;
        }

        var (typeIndex, paramNames) = ParseTypeUse();
        _funcs.U32(typeIndex);
        _funcCount++;
        var locals = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < paramNames.Count; i++)
        {
            if (paramNames[i] is string n && !locals.TryAdd(n, i))
            {
                throw _c.Error(_c.Peek(), "duplicate local");
            }
        }

        int localIndex = paramNames.Count;
        var localTypes = new List<byte[]>();
        while (_c.PeekSexpr("local"))
        {
            _c.Next();
            _c.Next();
            var idTok = _c.Peek();
            string? id = _c.TryId();
            if (id != null)
            {
                if (!locals.TryAdd(id, localIndex))
                {
                    throw _c.Error(idTok, "duplicate local");
                }

                localTypes.Add(TypeParser.ParseValType(_m));
                localIndex++;
            }
            else
            {
                while (!_c.AtRParen)
                {
                    localTypes.Add(TypeParser.ParseValType(_m));
                    localIndex++;
                }
            }

            _c.ExpectRParen();
        }

        if (locals.Count > 0)
        {
            _localNames.Add((index, locals));
        }

        var body = new WasmWriter();
        var groups = new List<(int Count, byte[] Type)>();
        foreach (var t in localTypes)
        {
            if (groups.Count > 0 && groups[^1].Type.AsSpan().SequenceEqual(t))
            {
                groups[^1] = (groups[^1].Count + 1, t);
            }
            else
            {
                groups.Add((1, t));
            }
        }

        body.U32((uint)groups.Count);
        foreach (var (count, type) in groups)
        {
            body.U32((uint)count);
            body.Bytes(type);
        }

        var ip = new InstructionParser(_m, locals, body);
        _m.CurrentHints = new List<(int Offset, byte Value)>();
        ip.ParseBody();
        if (ip.LabelNames.Count > 0)
        {
            _labelNames.Add((index, ip.LabelNames));
        }

        body.Byte(0x0B);
        _c.ExpectRParen();
        _functionTokenRanges.Add((firstToken, _c.Pos));
        if (_m.CurrentHints.Count > 0)
        {
            _branchHints.Add((index, _m.CurrentHints));
        }

        _m.CurrentHints = null;
        _codes.U32((uint)body.Length);
        _codes.Bytes(body);
    }

    private bool AtRefType()
    {
        var kw = _c.PeekKeywordText();
        if (kw != null)
        {
            return kw.EndsWith("ref", StringComparison.Ordinal);
        }

        return _c.PeekSexpr("ref");
    }

    /// <summary>Parses table limits (spec 6.4.10) and writes flags, min and max (binary spec 5.3.7).</summary>
    private void Limits(WasmWriter w, bool is64)
    {
        ulong min = LimitValue(is64);
        ulong? max = _c.AtNumber ? LimitValue(is64) : null;
        byte flags = (byte)((max != null ? 1 : 0) | (is64 ? 4 : 0));
        w.Byte(flags);
        w.U64(min);
        if (max is ulong mx)
        {
            w.U64(mx);
        }
    }

    private ulong LimitValue(bool is64) =>
        // Wasm 3.0 limits are u64 in the text format for both address types; the validator checks the range.
        _c.ExpectUnsigned(64, is64 ? "i64 constant out of range" : "i32 constant out of range");

    private void TableType(WasmWriter w)
    {
        bool is64 = _c.TryKeyword("i64");
        if (!is64)
        {
            _c.TryKeyword("i32");
        }

        var lim = new WasmWriter();
        Limits(lim, is64);
        var (nullable, heap) = TypeParser.ParseRefType(_m);
        w.Bytes(TypeParser.EncodeRefType(nullable, heap));
        w.Bytes(lim);
    }

    /// <summary>Parses a memory type: <c>addrtype? limits shared? (pagesize n)?</c> (spec 6.4.11, threads, custom-page-sizes).</summary>
    private void MemoryType(WasmWriter w)
    {
        bool is64 = _c.TryKeyword("i64");
        if (!is64)
        {
            _c.TryKeyword("i32");
        }

        ulong min = LimitValue(is64);
        ulong? max = _c.AtNumber ? LimitValue(is64) : null;
        bool shared = _c.TryKeyword("shared");
        int? pageLog = TryPageSize();
        byte flags = (byte)((max != null ? 1 : 0) | (shared ? 2 : 0) | (is64 ? 4 : 0) | (pageLog != null ? 8 : 0));
        w.Byte(flags);
        w.U64(min);
        if (max is ulong mx)
        {
            w.U64(mx);
        }

        if (pageLog is int pl)
        {
            w.U32((uint)pl);
        }
    }

    private int? TryPageSize()
    {
        if (!_c.PeekSexpr("pagesize"))
        {
            return null;
        }

        _c.Next();
        _c.Next();
        var t = _c.Peek();
        ulong size = _c.ExpectU64();
        _c.ExpectRParen();
        if (size == 0 || (size & (size - 1)) != 0)
        {
            throw _c.Error(t, "invalid custom page size");
        }

        return System.Numerics.BitOperations.Log2(size);
    }

    private void ParseTable()
    {
        _c.Next();
        _c.Next();
        _c.TryId();
        int index = _tableIndex++;
        InlineExports(1, index);
        if (InlineImport())
        {
            _imports.Byte(1);
            TableType(_imports);
            _c.ExpectRParen();
            return;
        }

        int save = _c.Pos;
        bool is64 = _c.TryKeyword("i64");
        if (!is64)
        {
            _c.TryKeyword("i32");
        }

        if (AtRefType())
        {
            // Inline element segment: (table addrtype? reftype (elem ...)) (spec 6.6.6 abbreviation).
            var (nullable, heap) = TypeParser.ParseRefType(_m);
            _c.ExpectLParen();
            _c.ExpectKeyword("elem");
            var items = ParseElemItems(out bool indices, allowBareIndices: true);
            _c.ExpectRParen();
            _c.ExpectRParen();
            var refType = TypeParser.EncodeRefType(nullable, heap);
            _tables.Bytes(refType);
            _tables.Byte((byte)(is64 ? 5 : 1));
            _tables.U64((ulong)items.Count);
            _tables.U64((ulong)items.Count);
            _tableCount++;
            var offset = new WasmWriter();
            offset.Byte(is64 ? (byte)0x42 : (byte)0x41);
            offset.Byte(0);
            offset.Byte(0x0B);
            WriteElem(ElemMode.Active, (uint)index, offset.ToArray(), nullable, heap, items, indices);
            return;
        }

        _c.Pos = save;
        var tt = new WasmWriter();
        TableType(tt);
        if (!_c.AtRParen)
        {
            // Table with an initializer expression (binary spec 5.5.6: 0x40 0x00 tabletype expr).
            _tables.Byte(0x40);
            _tables.Byte(0x00);
            _tables.Bytes(tt);
            var ip = new InstructionParser(_m, null, _tables);
            ip.ParseBody();
            _tables.Byte(0x0B);
        }
        else
        {
            _tables.Bytes(tt);
        }

        _c.ExpectRParen();
        _tableCount++;
    }

    private void ParseMemory()
    {
        _c.Next();
        _c.Next();
        _c.TryId();
        int index = _memoryIndex++;
        InlineExports(2, index);
        if (InlineImport())
        {
            _imports.Byte(2);
            MemoryType(_imports);
            _c.ExpectRParen();
            return;
        }

        int save = _c.Pos;
        bool is64 = _c.TryKeyword("i64");
        if (!is64)
        {
            _c.TryKeyword("i32");
        }

        int? pageLog = TryPageSize();
        if (_c.PeekSexpr("data"))
        {
            // Inline data segment (spec 6.6.7 abbreviation): limits are the data size in pages, rounded up.
            _c.Next();
            _c.Next();
            var bytes = new List<byte>();
            while (_c.AtString)
            {
                bytes.AddRange(_c.ExpectString());
            }

            _c.ExpectRParen();
            _c.ExpectRParen();
            ulong pageSize = 1UL << (pageLog ?? 16);
            ulong pages = ((ulong)bytes.Count + pageSize - 1) / pageSize;
            _memories.Byte((byte)(1 | (is64 ? 4 : 0) | (pageLog != null ? 8 : 0)));
            _memories.U64(pages);
            _memories.U64(pages);
            if (pageLog is int pl)
            {
                _memories.U32((uint)pl);
            }

            _memoryCount++;
            var offset = new WasmWriter();
            offset.Byte(is64 ? (byte)0x42 : (byte)0x41);
            offset.Byte(0);
            offset.Byte(0x0B);
            WriteData((uint)index, offset.ToArray(), bytes.ToArray());
            return;
        }

        _c.Pos = save;
        MemoryType(_memories);
        _memoryCount++;
        _c.ExpectRParen();
    }

    private void GlobalType(WasmWriter w)
    {
        if (_c.PeekSexpr("mut"))
        {
            _c.Next();
            _c.Next();
            w.Bytes(TypeParser.ParseValType(_m));
            _c.ExpectRParen();
            w.Byte(1);
        }
        else
        {
            w.Bytes(TypeParser.ParseValType(_m));
            w.Byte(0);
        }
    }

    private void ParseGlobal()
    {
        _c.Next();
        _c.Next();
        _c.TryId();
        int index = _globalIndex++;
        InlineExports(3, index);
        if (InlineImport())
        {
            _imports.Byte(3);
            GlobalType(_imports);
            _c.ExpectRParen();
            return;
        }

        GlobalType(_globals);
        var ip = new InstructionParser(_m, null, _globals);
        ip.ParseBody();
        _globals.Byte(0x0B);
        _globalCount++;
        _c.ExpectRParen();
    }

    private void ParseTag()
    {
        _c.Next();
        _c.Next();
        _c.TryId();
        int index = _tagIndex++;
        InlineExports(4, index);
        if (InlineImport())
        {
            _imports.Byte(4);
            _imports.Byte(0);
            _imports.U32(ParseTypeUse().TypeIndex);
            _c.ExpectRParen();
            return;
        }

        _tags.Byte(0);
        _tags.U32(ParseTypeUse().TypeIndex);
        _tagCount++;
        _c.ExpectRParen();
    }

    private void ParseImport()
    {
        _c.Next();
        _c.Next();
        _imports.Name(_c.ExpectName());
        _imports.Name(_c.ExpectName());
        _importCount++;
        _c.ExpectLParen();
        string kind = _c.ExpectKeyword();
        _c.TryId();
        switch (kind)
        {
            case "func":
                _funcIndex++;
                _imports.Byte(0);
                _imports.U32(ParseTypeUse().TypeIndex);
                break;
            case "table":
                _tableIndex++;
                _imports.Byte(1);
                TableType(_imports);
                break;
            case "memory":
                _memoryIndex++;
                _imports.Byte(2);
                MemoryType(_imports);
                break;
            case "global":
                _globalIndex++;
                _imports.Byte(3);
                GlobalType(_imports);
                break;
            default:
                _tagIndex++;
                _imports.Byte(4);
                _imports.Byte(0);
                _imports.U32(ParseTypeUse().TypeIndex);
                break;
        }

        _c.ExpectRParen();
        _c.ExpectRParen();
    }

    private void ParseExport()
    {
        _c.Next();
        _c.Next();
        _exports.Name(_c.ExpectName());
        _c.ExpectLParen();
        var kindTok = _c.Peek();
        string kind = _c.ExpectKeyword();
        (byte code, IndexSpace space) = kind switch
        {
            "func" => ((byte)0, IndexSpace.Func),
            "table" => ((byte)1, IndexSpace.Table),
            "memory" => ((byte)2, IndexSpace.Memory),
            "global" => ((byte)3, IndexSpace.Global),
            "tag" => ((byte)4, IndexSpace.Tag),
            _ => throw _c.Unexpected(kindTok),
        };
        _exports.Byte(code);
        _exports.U32(_m.ParseIndex(space));
        _exportCount++;
        _c.ExpectRParen();
        _c.ExpectRParen();
    }
}

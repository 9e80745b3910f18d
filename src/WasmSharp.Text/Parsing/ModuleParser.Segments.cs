using WasmSharp.Text.Binary;
using WasmSharp.Text.Lexing;

namespace WasmSharp.Text.Parsing;

/// <summary>Element and data segments (spec 6.6.9 "Element Segments", 6.6.10 "Data Segments").</summary>
internal sealed partial class ModuleParser
{
    /// <summary>Parses <c>(offset instr*)</c> or the single folded instruction abbreviation, returning the encoded expression.</summary>
    private byte[] ParseOffset()
    {
        var w = new WasmWriter();
        var ip = new InstructionParser(_m, null, w);
        if (_c.PeekSexpr("offset"))
        {
            _c.Next();
            _c.Next();
            ip.ParseBody();
            _c.ExpectRParen();
        }
        else
        {
            ip.ParseFolded();
        }

        w.Byte(0x0B);
        return w.ToArray();
    }

    /// <summary>
    /// Parses element items: <c>func x*</c>, bare indices (legacy abbreviation), or <c>(item instr*)</c>/<c>(instr)</c>
    /// expressions. With <paramref name="indices"/> set the items are encoded function indices, else encoded expressions.
    /// </summary>
    private List<byte[]> ParseElemItems(out bool indices, bool allowBareIndices)
    {
        var items = new List<byte[]>();
        indices = _c.TryKeyword("func") || (allowBareIndices && (_m.AtIndex || _c.AtRParen));
        if (indices)
        {
            while (_m.AtIndex)
            {
                var w = new WasmWriter();
                w.U32(_m.ParseIndex(IndexSpace.Func));
                items.Add(w.ToArray());
            }

            return items;
        }

        while (_c.AtLParen)
        {
            var w = new WasmWriter();
            var ip = new InstructionParser(_m, null, w);
            if (_c.PeekSexpr("item"))
            {
                _c.Next();
                _c.Next();
                ip.ParseBody();
                _c.ExpectRParen();
            }
            else
            {
                ip.ParseFolded();
            }

            w.Byte(0x0B);
            items.Add(w.ToArray());
        }

        return items;
    }

    private void ParseElem()
    {
        _c.Next();
        _c.Next();
        _c.TryId();
        var mode = ElemMode.Passive;
        uint table = 0;
        byte[]? offset = null;
        if (_c.TryKeyword("declare"))
        {
            mode = ElemMode.Declarative;
        }
        else
        {
            if (_c.PeekSexpr("table"))
            {
                _c.Next();
                _c.Next();
                table = _m.ParseIndex(IndexSpace.Table);
                _c.ExpectRParen();
                mode = ElemMode.Active;
            }
            else if (_c.AtNumber || (_c.Peek().Kind == TokenKind.Id && _c.Peek(1).Kind == TokenKind.LParen && _c.PeekKeyword("offset", 2)))
            {
                table = _m.ParseIndex(IndexSpace.Table);
                mode = ElemMode.Active;
            }

            if (_c.AtLParen && !_c.PeekSexpr("ref"))
            {
                offset = ParseOffset();
                mode = ElemMode.Active;
            }
        }

        bool nullable = true;
        byte[] heap = { 0x70 };
        List<byte[]> items;
        bool indices;
        if (!_c.PeekKeyword("func") && AtRefType())
        {
            (nullable, heap) = TypeParser.ParseRefType(_m);
            items = ParseElemItems(out indices, allowBareIndices: false);
        }
        else
        {
            items = ParseElemItems(out indices, allowBareIndices: mode == ElemMode.Active);
        }

        _c.ExpectRParen();
        WriteElem(mode, table, offset, nullable, heap, items, indices);
    }

    private void WriteElem(ElemMode mode, uint table, byte[]? offset, bool nullable, byte[] heap, List<byte[]> items, bool indices)
    {
        bool funcref = nullable && heap.Length == 1 && heap[0] == 0x70;
        if (indices && !funcref)
        {
            // Index lists always mean funcref in the binary format; other types need ref.func expressions.
            for (int i = 0; i < items.Count; i++)
            {
                var w = new WasmWriter();
                w.Byte(0xD2);
                w.Bytes(items[i]);
                w.Byte(0x0B);
                items[i] = w.ToArray();
            }

            indices = false;
        }

        // Binary spec 5.5.12: bit 0 passive/declarative, bit 1 explicit table or type, bit 2 expressions.
        int flags = mode switch
        {
            ElemMode.Passive => 1,
            ElemMode.Declarative => 3,
            _ => table == 0 && (indices || funcref) ? 0 : 2,
        };
        if (!indices)
        {
            flags |= 4;
        }

        var e = _elems;
        e.U32((uint)flags);
        if (mode == ElemMode.Active)
        {
            if ((flags & 2) != 0)
            {
                e.U32(table);
            }

            e.Bytes(offset!);
        }

        if ((flags & 3) != 0)
        {
            if (indices)
            {
                e.Byte(0x00);
            }
            else
            {
                e.Bytes(TypeParser.EncodeRefType(nullable, heap));
            }
        }

        e.U32((uint)items.Count);
        foreach (var item in items)
        {
            e.Bytes(item);
        }

        _elemCount++;
    }

    private void ParseData()
    {
        _c.Next();
        _c.Next();
        _c.TryId();
        uint memory = 0;
        byte[]? offset = null;
        if (_c.PeekSexpr("memory"))
        {
            _c.Next();
            _c.Next();
            memory = _m.ParseIndex(IndexSpace.Memory);
            _c.ExpectRParen();
        }
        else if (_m.AtIndex)
        {
            memory = _m.ParseIndex(IndexSpace.Memory);
        }

        if (_c.AtLParen)
        {
            offset = ParseOffset();
        }

        var bytes = new List<byte>();
        while (_c.AtString)
        {
            bytes.AddRange(_c.ExpectString());
        }

        _c.ExpectRParen();
        if (offset == null)
        {
            _datas.U32(1);
            _datas.Vec(bytes.ToArray());
            _dataCount++;
            return;
        }

        WriteData(memory, offset, bytes.ToArray());
    }

    private void WriteData(uint memory, byte[] offset, byte[] bytes)
    {
        if (memory == 0)
        {
            _datas.U32(0);
        }
        else
        {
            _datas.U32(2);
            _datas.U32(memory);
        }

        _datas.Bytes(offset);
        _datas.Vec(bytes);
        _dataCount++;
    }
}

using WasmSharp.Text.Binary;
using WasmSharp.Text.Instructions;

namespace WasmSharp.Text.Parsing;

/// <summary>Structured control instructions: blocks, if, try_table and legacy try (spec 6.5.2 "Control Instructions").</summary>
internal sealed partial class InstructionParser
{
    /// <summary>
    /// Parses a block type (spec 6.5.2): empty, a single result, or a type use, which is encoded as a type index
    /// (binary spec 5.4.1, s33).
    /// </summary>
    private void BlockType(WasmWriter w)
    {
        if (_c.PeekSexpr("type"))
        {
            w.S64(ModuleParser.ParseTypeUse(_m, allowNames: false).TypeIndex);
            return;
        }

        var ps = new List<byte[]>();
        var rs = new List<byte[]>();
        TypeParser.ParseSignature(_m, ps, null, rs);
        if (ps.Count == 0 && rs.Count == 0)
        {
            w.Byte(0x40);
        }
        else if (ps.Count == 0 && rs.Count == 1)
        {
            w.Bytes(rs[0]);
        }
        else
        {
            w.S64(_m.ImplicitFuncType(ps, rs));
        }
    }

    /// <summary>Checks the optional identifier after <c>end</c>/<c>else</c>/<c>catch</c> against the block's label.</summary>
    private void MatchingLabel(string? label)
    {
        var t = _c.Peek();
        string? id = _c.TryId();
        if (id != null && id != label)
        {
            throw _c.Error(t, "mismatching label");
        }
    }

    /// <summary>Parses try_table catch clauses; their labels are resolved in the enclosing context.</summary>
    private void CatchClauses(WasmWriter w)
    {
        var clauses = new WasmWriter();
        int count = 0;
        while (_c.AtLParen)
        {
            string? kw = _c.PeekKeywordText(1);
            byte code = kw switch
            {
                "catch" => 0,
                "catch_ref" => 1,
                "catch_all" => 2,
                "catch_all_ref" => 3,
                _ => 0xFF,
            };
            if (code == 0xFF)
            {
                break;
            }

            _c.Next();
            _c.Next();
            clauses.Byte(code);
            if (code < 2)
            {
                clauses.U32(_m.ParseIndex(IndexSpace.Tag));
            }

            clauses.U32(ParseLabel());
            _c.ExpectRParen();
            count++;
        }

        w.U32((uint)count);
        w.Bytes(clauses);
    }

    private void ParsePlainBlock(string kw, OpInfo op, WasmWriter w)
    {
        string? label = _c.TryId();
        var header = new WasmWriter();
        BlockType(header);
        w.Byte((byte)op.Code);
        w.Bytes(header);
        if (kw == "try_table")
        {
            CatchClauses(w);
        }

        _labels.Add(label);
        ParseInstrs(w);
        if (kw == "if" && _c.TryKeyword("else"))
        {
            MatchingLabel(label);
            w.Byte(0x05);
            ParseInstrs(w);
        }
        else if (kw == "try")
        {
            bool handlers = false;
            while (_c.PeekKeyword("catch"))
            {
                handlers = true;
                _c.Next();
                w.Byte(0x07);
                w.U32(_m.ParseIndex(IndexSpace.Tag));
                ParseInstrs(w);
            }

            if (_c.TryKeyword("catch_all"))
            {
                handlers = true;
                w.Byte(0x19);
                ParseInstrs(w);
            }

            if (!handlers && _c.TryKeyword("delegate"))
            {
                // delegate names a label outside the try block and replaces its end.
                _labels.RemoveAt(_labels.Count - 1);
                w.Byte(0x18);
                w.U32(ParseLabel());
                return;
            }
        }

        _c.ExpectKeyword("end");
        MatchingLabel(label);
        _labels.RemoveAt(_labels.Count - 1);
        w.Byte(0x0B);
    }

    private void ParseFoldedBlock(string kw, OpInfo op, WasmWriter w, int hintToken)
    {
        string? label = _c.TryId();
        var header = new WasmWriter();
        BlockType(header);
        if (kw == "try_table")
        {
            CatchClauses(header);
        }

        if (kw == "if")
        {
            // Condition operands precede the if instruction.
            while (_c.AtLParen && !_c.PeekSexpr("then"))
            {
                ParseFolded(w);
            }

            BranchHint(hintToken, kw, w);
            w.Byte((byte)op.Code);
            w.Bytes(header);
            _labels.Add(label);
            _c.ExpectLParen();
            _c.ExpectKeyword("then");
            ParseInstrs(w);
            _c.ExpectRParen();
            if (_c.PeekSexpr("else"))
            {
                _c.Next();
                _c.Next();
                w.Byte(0x05);
                ParseInstrs(w);
                _c.ExpectRParen();
            }

            _labels.RemoveAt(_labels.Count - 1);
            w.Byte(0x0B);
            return;
        }

        BranchHint(hintToken, kw, w);
        w.Byte((byte)op.Code);
        w.Bytes(header);
        _labels.Add(label);
        if (kw == "try")
        {
            _c.ExpectLParen();
            _c.ExpectKeyword("do");
            ParseInstrs(w);
            _c.ExpectRParen();
            bool handlers = false;
            while (_c.PeekSexpr("catch"))
            {
                handlers = true;
                _c.Next();
                _c.Next();
                w.Byte(0x07);
                w.U32(_m.ParseIndex(IndexSpace.Tag));
                ParseInstrs(w);
                _c.ExpectRParen();
            }

            if (_c.PeekSexpr("catch_all"))
            {
                handlers = true;
                _c.Next();
                _c.Next();
                w.Byte(0x19);
                ParseInstrs(w);
                _c.ExpectRParen();
            }

            if (!handlers && _c.PeekSexpr("delegate"))
            {
                _c.Next();
                _c.Next();
                _labels.RemoveAt(_labels.Count - 1);
                w.Byte(0x18);
                w.U32(ParseLabel());
                _c.ExpectRParen();
                return;
            }
        }
        else
        {
            ParseInstrs(w);
        }

        _labels.RemoveAt(_labels.Count - 1);
        w.Byte(0x0B);
    }
}

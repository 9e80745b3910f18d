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

    /// <summary>Reads a plain block instruction's label, block type and catch clauses, and opens its body.</summary>
    private void OpenPlainBlock(string kw, OpInfo op)
    {
        string? label = _c.TryId();
        var header = new WasmWriter();
        BlockType(header);
        _w.Byte((byte)op.Code);
        _w.Bytes(header);
        if (kw == "try_table")
        {
            CatchClauses(_w);
        }

        PushLabel(label);
        OpenInstructionState state = kw switch
        {
            "if" => OpenInstructionState.PlainThen,
            "try" => OpenInstructionState.PlainTry,
            _ => OpenInstructionState.PlainBody,
        };
        _open.Push(new OpenInstruction(state, kw, label, hintToken: -1, deferred: null));
    }

    /// <summary>
    /// Reads a folded block instruction's label, block type and catch clauses; an if then reads its condition
    /// operands, a try its <c>(do</c>, and the others their body.
    /// </summary>
    private void OpenFoldedBlock(string kw, OpInfo op, int hintToken)
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
            _open.Push(new OpenInstruction(OpenInstructionState.FoldedIfCondition, kw, label, hintToken, header));
            return;
        }

        BranchHint(hintToken, kw, _w);
        _w.Byte((byte)op.Code);
        _w.Bytes(header);
        PushLabel(label);
        OpenInstructionState state = OpenInstructionState.FoldedBody;
        if (kw == "try")
        {
            _c.ExpectLParen();
            _c.ExpectKeyword("do");
            state = OpenInstructionState.FoldedTryDo;
        }

        _open.Push(new OpenInstruction(state, kw, label, hintToken, deferred: null));
    }

    /// <summary>The folded operands of <paramref name="open"/> have been read: emit the instruction (or open the then).</summary>
    private void CloseOperands(OpenInstruction open)
    {
        BranchHint(open.HintToken, open.Keyword, _w);
        if (open.State == OpenInstructionState.FoldedIfCondition)
        {
            _w.Byte(0x04);
            _w.Bytes(open.Deferred!);
            PushLabel(open.Label);
            _c.ExpectLParen();
            _c.ExpectKeyword("then");
            open.State = OpenInstructionState.FoldedThen;
            return;
        }

        _open.Pop();
        _w.Bytes(open.Deferred!);
        _c.ExpectRParen();
    }

    /// <summary>
    /// An instruction sequence inside <paramref name="open"/> has ended (at a closing parenthesis or a block-structure
    /// keyword, not consumed): read what separates it from the next part, or close the instruction.
    /// </summary>
    private void EndPart(OpenInstruction open)
    {
        switch (open.State)
        {
            case OpenInstructionState.FoldedBody:
                CloseFolded();
                return;
            case OpenInstructionState.FoldedThen:
                _c.ExpectRParen();
                if (_c.PeekSexpr("else"))
                {
                    _c.Next();
                    _c.Next();
                    _w.Byte(0x05);
                    open.State = OpenInstructionState.FoldedElse;
                    return;
                }

                CloseFolded();
                return;
            case OpenInstructionState.FoldedElse:
            case OpenInstructionState.FoldedTryCatchAll:
                _c.ExpectRParen();
                CloseFolded();
                return;
            case OpenInstructionState.FoldedTryDo:
            case OpenInstructionState.FoldedTryCatch:
                _c.ExpectRParen();
                EndFoldedTryPart(open);
                return;
            case OpenInstructionState.PlainThen when _c.TryKeyword("else"):
                MatchingLabel(open.Label);
                _w.Byte(0x05);
                open.State = OpenInstructionState.PlainElse;
                return;
            case OpenInstructionState.PlainTry:
            case OpenInstructionState.PlainTryCatch:
                EndPlainTryPart(open);
                return;
            default:
                ClosePlain(open);
                return;
        }
    }

    private void EndFoldedTryPart(OpenInstruction open)
    {
        if (_c.PeekSexpr("catch"))
        {
            _c.Next();
            _c.Next();
            _w.Byte(0x07);
            _w.U32(_m.ParseIndex(IndexSpace.Tag));
            open.HasHandlers = true;
            open.State = OpenInstructionState.FoldedTryCatch;
        }
        else if (_c.PeekSexpr("catch_all"))
        {
            _c.Next();
            _c.Next();
            _w.Byte(0x19);
            open.HasHandlers = true;
            open.State = OpenInstructionState.FoldedTryCatchAll;
        }
        else if (!open.HasHandlers && _c.PeekSexpr("delegate"))
        {
            // delegate names a label outside the try block and replaces its end.
            _c.Next();
            _c.Next();
            PopLabel();
            _w.Byte(0x18);
            _w.U32(ParseLabel());
            _c.ExpectRParen();
            _open.Pop();
            _c.ExpectRParen();
        }
        else
        {
            CloseFolded();
        }
    }

    private void EndPlainTryPart(OpenInstruction open)
    {
        if (_c.PeekKeyword("catch"))
        {
            _c.Next();
            _w.Byte(0x07);
            _w.U32(_m.ParseIndex(IndexSpace.Tag));
            open.HasHandlers = true;
            open.State = OpenInstructionState.PlainTryCatch;
        }
        else if (_c.TryKeyword("catch_all"))
        {
            _w.Byte(0x19);
            open.HasHandlers = true;
            open.State = OpenInstructionState.PlainTryCatchAll;
        }
        else if (!open.HasHandlers && _c.TryKeyword("delegate"))
        {
            // delegate names a label outside the try block and replaces its end.
            PopLabel();
            _w.Byte(0x18);
            _w.U32(ParseLabel());
            _open.Pop();
        }
        else
        {
            ClosePlain(open);
        }
    }

    /// <summary>Closes a folded block instruction: its end, then its closing parenthesis.</summary>
    private void CloseFolded()
    {
        _open.Pop();
        PopLabel();
        _w.Byte(0x0B);
        _c.ExpectRParen();
    }

    /// <summary>Closes a plain block instruction at its <c>end</c> and optional label.</summary>
    private void ClosePlain(OpenInstruction open)
    {
        _c.ExpectKeyword("end");
        MatchingLabel(open.Label);
        _open.Pop();
        PopLabel();
        _w.Byte(0x0B);
    }

    private void PushLabel(string? label)
    {
        _labels.Add(label);
        int functionLabel = _labelCount++;
        if (label is null)
        {
            return;
        }

        LabelNames.Add((label, functionLabel));

        if (!_labelPositions.TryGetValue(label, out Stack<int>? positions))
        {
            positions = new Stack<int>();
            _labelPositions.Add(label, positions);
        }

        positions.Push(_labels.Count - 1);
    }

    private void PopLabel()
    {
        string? label = _labels[^1];
        _labels.RemoveAt(_labels.Count - 1);
        if (label is not null)
        {
            _labelPositions[label].Pop();
        }
    }
}

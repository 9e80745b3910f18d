using WasmSharp.Text.Binary;
using WasmSharp.Text.Instructions;
using WasmSharp.Text.Lexing;

namespace WasmSharp.Text.Parsing;

/// <summary>
/// Parses instruction sequences in plain and folded form (spec 6.5 "Instructions") and encodes them directly
/// (binary spec 5.4). Plain instructions are looked up in <see cref="OpTable"/>; each immediate kind is handled by the
/// family-specific parts of this class.
/// </summary>
internal sealed partial class InstructionParser
{
    private readonly ModuleContext _m;
    private readonly TokenCursor _c;
    private readonly Dictionary<string, int>? _locals;
    private readonly WasmWriter _w;

    /// <summary>Label identifiers from outermost to innermost; the function body itself is the outermost label.</summary>
    private readonly List<string?> _labels = new() { null };

    // Structured instructions opened so far: the next one's function label index.
    private int _labelCount;

    /// <summary>
    /// The identifiers of the labels of the body, each with its function label index: the
    /// position of its structured instruction among all of the body's, in binary order (the
    /// extended name section's label names, subsection 3).
    /// </summary>
    public List<(string Id, int Index)> LabelNames { get; } = new();

    /// <summary>For each label identifier in scope, the positions in <see cref="_labels"/> it names, innermost on top.</summary>
    private readonly Dictionary<string, Stack<int>> _labelPositions = new(StringComparer.Ordinal);

    /// <summary>The instructions opened and not yet closed, innermost on top (the parser's own stack).</summary>
    private readonly Stack<OpenInstruction> _open = new();

    public InstructionParser(ModuleContext m, Dictionary<string, int>? locals, WasmWriter output)
    {
        _m = m;
        _c = m.Cursor;
        _locals = locals;
        _w = output;
    }

    /// <summary>Parses instructions until a closing parenthesis or a block-structure keyword.</summary>
    public void ParseBody() => Run(oneFolded: false);

    /// <summary>Parses one folded instruction <c>( ... )</c> into the output.</summary>
    public void ParseFolded() => Run(oneFolded: true);

    /// <summary>
    /// Parses an instruction sequence, or one folded instruction, with an explicit stack of open instructions:
    /// each step reads one instruction's opening, one folded operand, or the end of one part of an open instruction.
    /// </summary>
    private void Run(bool oneFolded)
    {
        _open.Clear();
        if (oneFolded)
        {
            OpenFolded();
        }

        while (true)
        {
            if (_open.Count == 0)
            {
                if (oneFolded || !TryOpenNextInSequence())
                {
                    return;
                }

                continue;
            }

            OpenInstruction top = _open.Peek();
            if (top.State is OpenInstructionState.FoldedOperands or OpenInstructionState.FoldedIfCondition)
            {
                if (_c.AtLParen && !(top.State == OpenInstructionState.FoldedIfCondition && _c.PeekSexpr("then")))
                {
                    OpenFolded();
                }
                else
                {
                    CloseOperands(top);
                }
            }
            else if (!TryOpenNextInSequence())
            {
                EndPart(top);
            }
        }
    }

    /// <summary>
    /// Reads the next instruction of a sequence (a plain instruction completely, or the opening of a block or folded
    /// instruction); false at the end of the sequence: a closing parenthesis or a block-structure keyword, not consumed.
    /// </summary>
    private bool TryOpenNextInSequence()
    {
        var t = _c.Peek();
        if (t.Kind == TokenKind.LParen)
        {
            OpenFolded();
            return true;
        }

        if (t.Kind == TokenKind.Keyword)
        {
            string kw = _c.Text(t);
            if (kw is "end" or "else" or "catch" or "catch_all" or "delegate")
            {
                return false;
            }

            OpenPlain();
            return true;
        }

        if (t.Kind == TokenKind.RParen || t.Kind == TokenKind.Eof)
        {
            return false;
        }

        throw _c.Unexpected(t);
    }

    private void OpenPlain()
    {
        int hintToken = _c.Pos;
        var t = _c.Next();
        string kw = _c.Text(t);
        if (!OpTable.TryGet(kw, out var op))
        {
            throw _c.Unexpected(t);
        }

        BranchHint(hintToken, kw, _w);
        if (op.Immediate == ImmediateKind.Block)
        {
            OpenPlainBlock(kw, op);
            return;
        }

        EmitOp(t, op, _w);
    }

    private void OpenFolded()
    {
        int hintToken = _c.Pos;
        _c.ExpectLParen();
        var t = _c.Peek();
        if (t.Kind != TokenKind.Keyword)
        {
            throw _c.Unexpected(t);
        }

        string kw = _c.Text(t);
        if (!OpTable.TryGet(kw, out var op))
        {
            throw _c.Unexpected(t);
        }

        _c.Next();
        if (op.Immediate == ImmediateKind.Block)
        {
            OpenFoldedBlock(kw, op, hintToken);
            return;
        }

        // Immediates come first in the text but the instruction is emitted after its folded operands.
        var instruction = new WasmWriter();
        EmitOp(t, op, instruction);
        _open.Push(new OpenInstruction(OpenInstructionState.FoldedOperands, kw, null, hintToken, instruction));
    }

    private static void Opcode(WasmWriter w, OpInfo op, uint delta = 0)
    {
        if (op.Prefix != 0)
        {
            w.Byte(op.Prefix);
            w.U32(op.Code + delta);
        }
        else
        {
            w.Byte((byte)(op.Code + delta));
        }
    }

    /// <summary>Writes the opcode and parses/encodes the immediates of a non-block instruction.</summary>
    private void EmitOp(Token t, OpInfo op, WasmWriter w)
    {
        switch (op.Immediate)
        {
            case ImmediateKind.None:
                Opcode(w, op);
                break;
            case ImmediateKind.Label:
                Opcode(w, op);
                w.U32(ParseLabel());
                break;
            case ImmediateKind.BrTable:
                {
                    Opcode(w, op);
                    var labels = new List<uint>();
                    do
                    {
                        labels.Add(ParseLabel());
                    }
                    while (_m.AtIndex);
                    w.U32((uint)labels.Count - 1);
                    foreach (var l in labels)
                    {
                        w.U32(l);
                    }

                    break;
                }

            case ImmediateKind.Func:
                Opcode(w, op);
                w.U32(_m.ParseIndex(IndexSpace.Func));
                break;
            case ImmediateKind.Type:
                Opcode(w, op);
                w.U32(_m.ParseIndex(IndexSpace.Type));
                break;
            case ImmediateKind.Local:
                Opcode(w, op);
                w.U32(ParseLocal());
                break;
            case ImmediateKind.Global:
                Opcode(w, op);
                w.U32(_m.ParseIndex(IndexSpace.Global));
                break;
            case ImmediateKind.Tag:
                Opcode(w, op);
                w.U32(_m.ParseIndex(IndexSpace.Tag));
                break;
            case ImmediateKind.Elem:
                Opcode(w, op);
                w.U32(_m.ParseIndex(IndexSpace.Elem));
                break;
            case ImmediateKind.Data:
                _m.NeedsDataCount = true;
                Opcode(w, op);
                w.U32(_m.ParseIndex(IndexSpace.Data));
                break;
            case ImmediateKind.CallIndirect:
                {
                    uint table = _m.TryParseIndex(IndexSpace.Table) ?? 0;
                    uint type = ModuleParser.ParseTypeUse(_m, allowNames: false).TypeIndex;
                    Opcode(w, op);
                    w.U32(type);
                    w.U32(table);
                    break;
                }

            case ImmediateKind.Select:
                EmitSelect(op, w);
                break;
            case ImmediateKind.I32:
                Opcode(w, op);
                w.S32((int)(uint)_c.ExpectInt(32, "constant out of range"));
                break;
            case ImmediateKind.I64:
                Opcode(w, op);
                w.S64((long)_c.ExpectInt(64, "constant out of range"));
                break;
            case ImmediateKind.F32:
                Opcode(w, op);
                w.Fixed32(_c.ExpectF32());
                break;
            case ImmediateKind.F64:
                Opcode(w, op);
                w.Fixed64(_c.ExpectF64());
                break;
            case ImmediateKind.Fence:
                Opcode(w, op);
                w.Byte(0);
                break;
            default:
                if (!EmitMemoryOp(op, w) && !EmitReferenceOp(op, w) && !EmitSimdOp(op, w))
                {
                    throw _c.Unexpected(t);
                }

                break;
        }
    }

    /// <summary>
    /// Records a <c>(@metadata.code.branch_hint "\00"|"\01")</c> annotation placed before the instruction starting at
    /// <paramref name="tokenIndex"/>; the offset is relative to the function body start (branch hinting proposal).
    /// </summary>
    private void BranchHint(int tokenIndex, string kw, WasmWriter w)
    {
        if (!_m.BranchHints.Remove(tokenIndex, out var a))
        {
            return;
        }

        if (_m.CurrentHints == null)
        {
            throw _c.Error(a.Open, "@metadata.code.branch_hint annotation: not in a function");
        }

        if (kw is not ("if" or "br_if"))
        {
            throw _c.Error(a.Open, "@metadata.code.branch_hint annotation: invalid target");
        }

        byte[] value = a.Tokens.Count == 1 && a.Tokens[0].Kind == TokenKind.String ? _c.Lexer.StringBytes(a.Tokens[0]) : Array.Empty<byte>();
        if (value.Length != 1 || value[0] > 1)
        {
            throw _c.Error(a.Tokens.Count > 0 ? a.Tokens[0] : a.Open, "@metadata.code.branch_hint annotation: malformed hint");
        }

        _m.CurrentHints.Add((w.Length, value[0]));
    }

    private uint ParseLocal()
    {
        var t = _c.Peek();
        if (t.Kind == TokenKind.Id)
        {
            _c.Next();
            string name = _c.Lexer.IdName(t);
            if (_locals != null && _locals.TryGetValue(name, out int idx))
            {
                return (uint)idx;
            }

            throw _c.Error(t, "unknown local " + name);
        }

        return (uint)_c.ExpectU32();
    }

    /// <summary>Resolves a label index or identifier relative to the innermost enclosing block (spec 6.5.1 "Labels").</summary>
    private uint ParseLabel()
    {
        var t = _c.Peek();
        if (t.Kind == TokenKind.Id)
        {
            _c.Next();
            string name = _c.Lexer.IdName(t);
            if (_labelPositions.TryGetValue(name, out Stack<int>? positions) && positions.Count > 0)
            {
                return (uint)(_labels.Count - 1 - positions.Peek());
            }

            throw _c.Error(t, "unknown label " + name);
        }

        return (uint)_c.ExpectU32();
    }

    private void EmitSelect(OpInfo op, WasmWriter w)
    {
        var types = new List<byte[]>();
        bool typed = false;
        while (_c.PeekSexpr("result"))
        {
            typed = true;
            _c.Next();
            _c.Next();
            while (!_c.AtRParen)
            {
                types.Add(TypeParser.ParseValType(_m));
            }

            _c.ExpectRParen();
        }

        if (!typed)
        {
            Opcode(w, op);
            return;
        }

        w.Byte(0x1C);
        w.U32((uint)types.Count);
        foreach (var t in types)
        {
            w.Bytes(t);
        }
    }
}

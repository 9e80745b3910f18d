using WasmSharp.Text.Binary;
using WasmSharp.Text.Instructions;
using WasmSharp.Text.Lexing;

namespace WasmSharp.Text.Parsing;

/// <summary>Memory and table instruction immediates (spec 6.5.6-6.5.7), including multi-memory and memory64 memargs.</summary>
internal sealed partial class InstructionParser
{
    private bool EmitMemoryOp(OpInfo op, WasmWriter w)
    {
        switch (op.Immediate)
        {
            case ImmediateKind.MemArg:
                {
                    var arg = new WasmWriter();
                    MemArg(op, arg);
                    Opcode(w, op);
                    w.Bytes(arg);
                    return true;
                }

            case ImmediateKind.Memory:
                Opcode(w, op);
                w.U32(_m.TryParseIndex(IndexSpace.Memory) ?? 0);
                return true;
            case ImmediateKind.MemoryCopy:
                {
                    uint dst = _m.TryParseIndex(IndexSpace.Memory) ?? 0;
                    uint src = _m.TryParseIndex(IndexSpace.Memory) ?? dst;
                    Opcode(w, op);
                    w.U32(dst);
                    w.U32(src);
                    return true;
                }

            case ImmediateKind.MemoryInit:
                {
                    _m.NeedsDataCount = true;
                    uint mem = 0;
                    uint data;
                    if (IsTwoIndices())
                    {
                        mem = _m.ParseIndex(IndexSpace.Memory);
                    }

                    data = _m.ParseIndex(IndexSpace.Data);
                    Opcode(w, op);
                    w.U32(data);
                    w.U32(mem);
                    return true;
                }

            case ImmediateKind.Table:
                Opcode(w, op);
                w.U32(_m.TryParseIndex(IndexSpace.Table) ?? 0);
                return true;
            case ImmediateKind.TableCopy:
                {
                    uint dst = _m.TryParseIndex(IndexSpace.Table) ?? 0;
                    uint src = _m.TryParseIndex(IndexSpace.Table) ?? dst;
                    Opcode(w, op);
                    w.U32(dst);
                    w.U32(src);
                    return true;
                }

            case ImmediateKind.TableInit:
                {
                    uint table = 0;
                    if (IsTwoIndices())
                    {
                        table = _m.ParseIndex(IndexSpace.Table);
                    }

                    uint elem = _m.ParseIndex(IndexSpace.Elem);
                    Opcode(w, op);
                    w.U32(elem);
                    w.U32(table);
                    return true;
                }

            default:
                return false;
        }
    }

    private bool IsTwoIndices()
    {
        static bool IsIndex(Token t) => t.Kind is TokenKind.Id or TokenKind.Number;
        return IsIndex(_c.Peek()) && IsIndex(_c.Peek(1));
    }

    /// <summary>
    /// Parses <c>memidx? offset=n? align=n?</c> and writes the memarg (binary spec 5.4.6: the alignment exponent, with
    /// bit 6 set when a memory index follows, then the offset).
    /// </summary>
    private void MemArg(OpInfo op, WasmWriter w)
    {
        uint mem = 0;
        if (_c.Peek().Kind == TokenKind.Id || (_c.Peek().Kind == TokenKind.Number && op.Immediate == ImmediateKind.MemArg))
        {
            mem = _m.ParseIndex(IndexSpace.Memory);
        }
        else if (op.Immediate == ImmediateKind.MemArgLane && _c.Peek().Kind == TokenKind.Number && IsMemIndexBeforeLane())
        {
            mem = _m.ParseIndex(IndexSpace.Memory);
        }

        ulong offset = 0;
        int align = op.Align;
        var t = _c.Peek();
        if (t.Kind == TokenKind.Keyword && _c.Text(t).StartsWith("offset=", StringComparison.Ordinal))
        {
            _c.Next();
            offset = KeyValue(t, "offset=".Length, 64);
            t = _c.Peek();
        }

        if (t.Kind == TokenKind.Keyword && _c.Text(t).StartsWith("align=", StringComparison.Ordinal))
        {
            _c.Next();
            ulong a = KeyValue(t, "align=".Length, 64);
            if (a == 0 || (a & (a - 1)) != 0)
            {
                throw _c.Error(t, "alignment must be a power of two");
            }

            align = System.Numerics.BitOperations.Log2(a);
        }

        if (mem != 0)
        {
            w.U32((uint)align | 0x40);
            w.U32(mem);
        }
        else
        {
            w.U32((uint)align);
        }

        w.U64(offset);
    }

    /// <summary>For lane memory instructions a leading number is a memory index only if a lane index follows.</summary>
    private bool IsMemIndexBeforeLane()
    {
        var next = _c.Peek(1);
        if (next.Kind == TokenKind.Number)
        {
            return true;
        }

        return next.Kind == TokenKind.Keyword && (_c.Text(next).StartsWith("offset=", StringComparison.Ordinal) || _c.Text(next).StartsWith("align=", StringComparison.Ordinal));
    }

    private ulong KeyValue(Token t, int prefix, int bits)
    {
        string s = _c.Text(t)[prefix..];
        return NumberParser.ParseUnsigned(s, bits, out ulong v) switch
        {
            NumberStatus.Ok => v,
            NumberStatus.OutOfRange => throw _c.Error(t, "constant out of range"),
            _ => throw _c.Error(t, "unknown operator " + _c.Text(t)),
        };
    }
}

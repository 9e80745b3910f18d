using WasmSharp.Text.Binary;
using WasmSharp.Text.Instructions;
using WasmSharp.Text.Lexing;

namespace WasmSharp.Text.Parsing;

/// <summary>Vector instruction immediates (spec 6.5.9 "Vector Instructions").</summary>
internal sealed partial class InstructionParser
{
    private bool EmitSimdOp(OpInfo op, WasmWriter w)
    {
        switch (op.Immediate)
        {
            case ImmediateKind.V128:
                {
                    var bytes = V128Literal.ParseBytes(_c);
                    Opcode(w, op);
                    w.Bytes(bytes);
                    return true;
                }

            case ImmediateKind.Lane:
                {
                    byte lane = LaneIndex();
                    Opcode(w, op);
                    w.Byte(lane);
                    return true;
                }

            case ImmediateKind.MemArgLane:
                {
                    var arg = new WasmWriter();
                    MemArg(op, arg);
                    byte lane = LaneIndex();
                    Opcode(w, op);
                    w.Bytes(arg);
                    w.Byte(lane);
                    return true;
                }

            case ImmediateKind.Shuffle:
                {
                    var lanes = new List<Token>();
                    while (_c.Peek().Kind == TokenKind.Number || _c.PeekKeyword("nan") || _c.PeekKeyword("inf"))
                    {
                        lanes.Add(_c.Next());
                    }

                    if (lanes.Count != 16)
                    {
                        throw _c.Error(lanes.Count > 16 ? lanes[16] : _c.Peek(), "invalid lane length");
                    }

                    Opcode(w, op);
                    foreach (var t in lanes)
                    {
                        // Shuffle lanes are read as i8 literals by the reference parser: anything that is not an
                        // unsigned 8-bit integer (negative, float, nan, inf) is reported as out of range.
                        if (NumberParser.ParseUnsigned(_c.Text(t), 8, out ulong lane) != NumberStatus.Ok)
                        {
                            throw _c.Error(t, "i8 constant out of range");
                        }

                        w.Byte((byte)lane);
                    }

                    return true;
                }

            default:
                return false;
        }
    }

    private byte LaneIndex()
    {
        var t = _c.Peek();
        if (t.Kind != TokenKind.Number)
        {
            throw _c.Unexpected(t);
        }

        _c.Next();
        return LaneValue(t);
    }

    private byte LaneValue(Token t) => NumberParser.ParseUnsigned(_c.Text(t), 8, out ulong v) switch
    {
        NumberStatus.Ok => (byte)v,
        NumberStatus.OutOfRange => throw _c.Error(t, "i8 constant out of range"),
        _ => throw _c.Error(t, "unexpected token " + _c.Text(t)),
    };
}

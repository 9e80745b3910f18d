using WasmSharp.Binary;

namespace WasmSharp.Vm;

/// <summary>
/// Evaluates validated constant expressions (spec 3.3.10 "Constant Expressions", with the
/// extended-const arithmetic) at instantiation: global initialisers, segment offsets and element
/// expressions.
/// </summary>
internal static class ConstExprEvaluator
{
    /// <summary>Evaluates <paramref name="expr"/> of <paramref name="module"/> against <paramref name="cx"/>.</summary>
    public static ValRaw Evaluate(ModuleInfo module, ConstExpr expr, InstanceContext cx)
    {
        var reader = new WasmReader(module.Bytes.Span.Slice(expr.Offset, expr.Length), expr.Offset);
        if (TryEvaluateSingle(reader, cx, out ValRaw single))
        {
            return single;
        }

        var values = new List<ValRaw>(2);
        while (true)
        {
            byte op = reader.ReadByte();
            switch (op)
            {
                case 0x0B:
                    return values.Count == 1 ? values[0] : throw new InvalidOperationException("constant expression left " + values.Count + " values");
                case 0x41:
                    values.Add(ValRaw.I32(reader.ReadVarInt32()));
                    break;
                case 0x42:
                    values.Add(ValRaw.I64(reader.ReadVarInt64()));
                    break;
                case 0x43:
                    values.Add(ValRaw.F32Bits(reader.ReadF32Bits()));
                    break;
                case 0x44:
                    values.Add(ValRaw.F64Bits(reader.ReadF64Bits()));
                    break;
                case 0xFD:
                    // v128.const, the only constant vector instruction (validated).
                    reader.ReadVarUInt32();
                    values.Add(ValRaw.V128(reader.ReadBytes(16)));
                    break;
                case 0xD0:
                    reader.ReadVarInt33();
                    values.Add(ValRaw.FromRef(null));
                    break;
                case 0xD2:
                    values.Add(ValRaw.FromRef(cx.Function(reader.ReadCount())));
                    break;
                case 0xFB:
                    GcConstExpr.Evaluate(module, ref reader, values);
                    break;
                case 0x23:
                    values.Add(cx.Globals[reader.ReadCount()].Get());
                    break;
                case 0x6A:
                case 0x6B:
                case 0x6C:
                    values.Add(ValRaw.I32(Binary32(op, Pop(values).AsI32, Pop(values).AsI32)));
                    break;
                case 0x7C:
                case 0x7D:
                case 0x7E:
                    values.Add(ValRaw.I64(Binary64(op, Pop(values).AsI64, Pop(values).AsI64)));
                    break;
                default:
                    throw new NotSupportedException($"opcode 0x{op:X2} is not supported in constant expressions yet");
            }
        }
    }

    private static ValRaw Pop(List<ValRaw> values)
    {
        ValRaw v = values[^1];
        values.RemoveAt(values.Count - 1);
        return v;
    }

    // Operands arrive popped: b first, then a.
    private static int Binary32(byte op, int b, int a) => op switch
    {
        0x6A => a + b,
        0x6B => a - b,
        _ => a * b,
    };

    private static long Binary64(byte op, long b, long a) => op switch
    {
        0x7C => a + b,
        0x7D => a - b,
        _ => a * b,
    };

    // The common shape, one instruction then `end` (a global's constant, a segment's offset, an
    // element's ref.func), evaluated without the operand list: instantiation evaluates one per global
    // and segment, and Rust and C modules define dozens of globals.
    private static bool TryEvaluateSingle(WasmReader reader, InstanceContext cx, out ValRaw value)
    {
        switch (reader.ReadByte())
        {
            case 0x41:
                value = ValRaw.I32(reader.ReadVarInt32());
                break;
            case 0x42:
                value = ValRaw.I64(reader.ReadVarInt64());
                break;
            case 0x43:
                value = ValRaw.F32Bits(reader.ReadF32Bits());
                break;
            case 0x44:
                value = ValRaw.F64Bits(reader.ReadF64Bits());
                break;
            case 0xD2:
                value = ValRaw.FromRef(cx.Function(reader.ReadCount()));
                break;
            case 0x23:
                value = cx.Globals[reader.ReadCount()].Get();
                break;
            default:
                value = default;
                return false;
        }

        return reader.Remaining == 1 && reader.ReadByte() == 0x0B;
    }
}

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
                    // The numeric constants; validation admits nothing else in a constant expression.
                    values.Add(TryReadNumeric(op, ref reader, out ValRaw number) ? number
                        : throw new InvalidOperationException($"opcode 0x{op:X2} in a validated constant expression"));
                    break;
            }
        }
    }

    /// <summary>
    /// The value of <paramref name="expr"/> when it is one numeric constant (<c>i32.const</c>,
    /// <c>i64.const</c>, <c>f32.const</c>, <c>f64.const</c>, <c>v128.const</c>), which needs no
    /// instance: worked out once per module for global initializers and segment images
    /// (<see cref="MemoryImage"/>, <see cref="TableImage"/>). Null for any other expression.
    /// </summary>
    public static ValRaw? NumericConstant(ModuleInfo module, ConstExpr expr)
    {
        var reader = new WasmReader(module.Bytes.Span.Slice(expr.Offset, expr.Length), expr.Offset);
        return TryReadNumeric(reader.ReadByte(), ref reader, out ValRaw value) && reader.ReadByte() == 0x0B ? value : null;
    }

    // A numeric constant instruction whose opcode `op` was just read: its value, from its immediate.
    private static bool TryReadNumeric(byte op, ref WasmReader reader, out ValRaw value)
    {
        switch (op)
        {
            case 0x41:
                value = ValRaw.I32(reader.ReadVarInt32());
                return true;
            case 0x42:
                value = ValRaw.I64(reader.ReadVarInt64());
                return true;
            case 0x43:
                value = ValRaw.F32Bits(reader.ReadF32Bits());
                return true;
            case 0x44:
                value = ValRaw.F64Bits(reader.ReadF64Bits());
                return true;
            case 0xFD:
                // v128.const, the only constant vector instruction (validated).
                reader.ReadVarUInt32();
                value = ValRaw.V128(reader.ReadBytes(16));
                return true;
            default:
                value = default;
                return false;
        }
    }

    /// <summary>
    /// The offset a segment's <paramref name="expr"/> gives when it is a lone <c>i32.const</c>
    /// (zero-extended) or <c>i64.const</c> (the only numeric constants an offset can be); null otherwise.
    /// </summary>
    public static ulong? ConstantOffset(ModuleInfo module, ConstExpr expr) => NumericConstant(module, expr)?.Bits;

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
        byte op = reader.ReadByte();
        switch (op)
        {
            case 0xD2:
                value = ValRaw.FromRef(cx.Function(reader.ReadCount()));
                break;
            case 0x23:
                value = cx.Globals[reader.ReadCount()].Get();
                break;
            default:
                if (!TryReadNumeric(op, ref reader, out value))
                {
                    return false;
                }

                break;
        }

        return reader.Remaining == 1 && reader.ReadByte() == 0x0B;
    }
}

namespace WasmSharp.Binary;

/// <summary>
/// Finds the extent of a constant expression (spec "Constant Expressions") without building it:
/// skips the immediates of the instructions a constant expression may contain up to the closing
/// <c>end</c>. Instructions that exist but are not constant are reported as "constant expression
/// required" (a validation error, as Wasmtime and the reference interpreter report them); bytes that
/// are no instruction at all are "illegal opcode" (malformed).
/// </summary>
internal static class ConstExprScanner
{
    /// <summary>Reads one constant expression through its final <c>end</c> and returns its byte range.</summary>
    public static ConstExpr Scan(ref WasmReader reader, WasmFeatures features)
    {
        int start = reader.Offset;
        while (true)
        {
            int opOffset = reader.Offset;
            byte op = reader.ReadByte();
            switch (op)
            {
                case 0x0B:
                    return new ConstExpr(start, reader.Offset - start);
                case 0x41:
                    reader.ReadVarInt32();
                    break;
                case 0x42:
                    reader.ReadVarInt64();
                    break;
                case 0x43:
                    reader.ReadBytes(4);
                    break;
                case 0x44:
                    reader.ReadBytes(8);
                    break;
                case 0x23: // global.get
                case 0xD2: // ref.func
                    reader.ReadCount();
                    break;
                case 0xD0: // ref.null
                    TypeReader.ReadHeapType(ref reader);
                    break;
                case 0x6A: // i32.add, i32.sub, i32.mul, i64.add, i64.sub, i64.mul (extended-const)
                case 0x6B:
                case 0x6C:
                case 0x7C:
                case 0x7D:
                case 0x7E:
                    if ((features & WasmFeatures.ExtendedConst) == 0)
                    {
                        NotConstant(opOffset);
                    }

                    break;
                case 0xFB:
                    ScanGc(ref reader, opOffset, features);
                    break;
                case 0xFD:
                    ScanSimd(ref reader, opOffset);
                    break;
                case 0xFC:
                {
                    uint sub = reader.ReadVarUInt32();
                    // 0-7 saturating truncation, 8-17 bulk memory and tables, 19-22 wide arithmetic.
                    if (sub <= 17 || (sub >= 19 && sub <= 22))
                    {
                        NotConstant(opOffset);
                    }

                    IllegalOpcode(opOffset, op, sub);
                    break;
                }

                case 0xFE:
                {
                    uint sub = reader.ReadVarUInt32();
                    if (sub <= 0x03 || (sub >= 0x10 && sub <= 0x4E))
                    {
                        NotConstant(opOffset);
                    }

                    IllegalOpcode(opOffset, op, sub);
                    break;
                }

                default:
                    if (IsSingleByteInstruction(op))
                    {
                        NotConstant(opOffset);
                    }

                    IllegalOpcode(opOffset, op, null);
                    break;
            }
        }
    }

    private static void ScanGc(ref WasmReader reader, int opOffset, WasmFeatures features)
    {
        uint sub = reader.ReadVarUInt32();
        if (sub > 30)
        {
            IllegalOpcode(opOffset, 0xFB, sub);
        }

        if ((features & WasmFeatures.Gc) == 0)
        {
            NotConstant(opOffset);
        }

        switch (sub)
        {
            case 0: // struct.new
            case 1: // struct.new_default
            case 6: // array.new
            case 7: // array.new_default
                reader.ReadCount();
                break;
            case 8: // array.new_fixed
                reader.ReadCount();
                reader.ReadVarUInt32();
                break;
            case 26: // any.convert_extern
            case 27: // extern.convert_any
            case 28: // ref.i31
                break;
            default:
                NotConstant(opOffset);
                break;
        }
    }

    private static void ScanSimd(ref WasmReader reader, int opOffset)
    {
        uint sub = reader.ReadVarUInt32();
        if (sub == 12)
        {
            // v128.const
            reader.ReadBytes(16);
            return;
        }

        // SIMD occupies 0x00-0x113 with a few holes; relaxed SIMD 0x100-0x113.
        if (sub <= 0x113)
        {
            NotConstant(opOffset);
        }

        IllegalOpcode(opOffset, 0xFD, sub);
    }

    /// <summary>Whether <paramref name="op"/> is a one-byte instruction opcode of Wasm 3.0 (plus legacy exceptions).</summary>
    private static bool IsSingleByteInstruction(byte op) => op switch
    {
        <= 0x15 => true,
        0x18 or 0x19 or 0x1A or 0x1B or 0x1C or 0x1F => true,
        >= 0x20 and <= 0x26 => true,
        >= 0x28 and <= 0xC4 => true,
        >= 0xD0 and <= 0xD6 => true,
        _ => false,
    };

    private static void NotConstant(int offset) =>
        throw new WasmValidationException("constant expression required", offset);

    private static void IllegalOpcode(int offset, byte op, uint? sub)
    {
        string text = sub is uint s ? $"illegal opcode {op:x2} {s:x}" : $"illegal opcode {op:x2}";
        WasmReader.Fail(text, offset);
    }
}

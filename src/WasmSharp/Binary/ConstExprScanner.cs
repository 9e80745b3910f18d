using WasmSharp.Operators;

namespace WasmSharp.Binary;

/// <summary>
/// Finds the extent of a constant expression (spec "Constant Expressions") without building it: reads
/// operators with <see cref="OperatorReader"/> up to the closing <c>end</c>. Operators that exist but
/// are not constant are reported as "constant expression required" (a validation error, as Wasmtime
/// and the reference interpreter report them) before their immediates are read; bytes that are no
/// operator at all are "illegal opcode" (malformed).
/// </summary>
internal static class ConstExprScanner
{
    /// <summary>Reads one constant expression through its final <c>end</c> and returns its byte range.</summary>
    public static ConstExpr Scan(ref WasmReader reader, WasmFeatures features)
    {
        int start = reader.Offset;
        OperatorReader operators = new(features, int.MaxValue, null);
        OperatorImmediates immediates = default;
        while (true)
        {
            int opOffset = reader.Offset;
            Operator op = OperatorReader.ReadOperator(ref reader);
            if (!IsConstant(op, features))
            {
                throw new WasmValidationException("constant expression required", opOffset);
            }

            switch (op)
            {
                case Operator.End:
                    return new ConstExpr(start, reader.Offset - start);
                case Operator.RefNull:
                    // The module-level heap type reader (as for table and global types) is stricter about
                    // the encoding than the one for code: only the one-byte forms of abstract types.
                    TypeReader.ReadHeapType(ref reader);
                    break;
                default:
                    operators.ReadImmediates(op, ref reader, opOffset, ref immediates);
                    break;
            }
        }
    }

    /// <summary>Whether <paramref name="op"/> may appear in a constant expression with <paramref name="features"/>.</summary>
    private static bool IsConstant(Operator op, WasmFeatures features) => op switch
    {
        Operator.End or Operator.I32Const or Operator.I64Const or Operator.F32Const or Operator.F64Const
            or Operator.V128Const or Operator.GlobalGet or Operator.RefFunc or Operator.RefNull => true,
        Operator.I32Add or Operator.I32Sub or Operator.I32Mul or Operator.I64Add or Operator.I64Sub or Operator.I64Mul =>
            (features & WasmFeatures.ExtendedConst) != 0,
        Operator.StructNew or Operator.StructNewDefault or Operator.ArrayNew or Operator.ArrayNewDefault or Operator.ArrayNewFixed
            or Operator.AnyConvertExtern or Operator.ExternConvertAny or Operator.RefI31 => (features & WasmFeatures.Gc) != 0,
        _ => false,
    };
}

using WasmSharp.Binary;
using WasmSharp.Operators;

namespace WasmSharp.Tests.Compilation;

/// <summary>Where the instructions of a test module's first function are, for analyses keyed by module offset.</summary>
internal static class InstructionOffsets
{
    /// <summary>The module offsets of the first function's instructions that <paramref name="selected"/> picks, in program order.</summary>
    public static List<int> Of(ModuleInfo module, Func<Operator, bool> selected)
    {
        FunctionBody body = module.Bodies[0];
        var reader = new WasmReader(module.Bytes.Span.Slice(body.CodeOffset, body.CodeLength), body.CodeOffset);
        var offsets = new List<int>();
        while (!reader.AtEnd)
        {
            int offset = reader.Offset;
            Operator op = OperatorReader.ReadOperator(ref reader);
            OperatorReader.Validated.SkipImmediates(op, ref reader);
            if (selected(op))
            {
                offsets.Add(offset);
            }
        }

        return offsets;
    }
}

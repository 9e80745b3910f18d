using System.Text;

namespace WasmSharp.Generators;

/// <summary>
/// Generates the operator visitor from <c>operators.def</c>, like wasmparser's
/// <c>for_each_operator!</c>/<c>VisitOperator</c>: <c>IOperatorVisitor</c>, with one method per
/// operator whose type is not fixed (its immediates as parameters) and one method per immediate shape
/// for the operators of fixed type, and <c>OperatorReader.Visit</c>, one switch per prefix that reads
/// an operator's immediates by its kind and calls the visitor. A struct visitor makes every call direct.
/// </summary>
internal static class VisitorGenerator
{
    private const byte SimdPrefix = 0xFD;

    /// <summary>The generated files (path relative to the repository root, text).</summary>
    public static IEnumerable<(string RelativePath, string Text)> Files(string header, IReadOnlyList<OperatorLine> operators)
    {
        yield return ("src/WasmSharp/Operators/IOperatorVisitor.g.cs", Interface(header, operators));
        yield return ("src/WasmSharp/Operators/OperatorReader.Visit.g.cs", Dispatch(header, operators.Where(op => op.Prefix != SimdPrefix).ToList()));
        yield return ("src/WasmSharp/Operators/OperatorReader.VisitSimd.g.cs", Dispatch(header, operators.Where(op => op.Prefix == SimdPrefix).ToList()));
        yield return ("src/WasmSharp/Operators/OperatorReader.VisitOperators.g.cs", OperatorMethods(header, operators));
    }

    /// <summary>Whether <paramref name="op"/> goes to a shared method of its immediate shape (its type is fixed).</summary>
    private static bool IsFixed(OperatorLine op) =>
        op.Params is not null && op.Immediate is "None" or "MemArg" or "Lane" or "MemArgLane";

    /// <summary>The shared method of a fixed-type operator's immediate shape (<c>OperatorReader.VisitFixed*</c>, hand-written).</summary>
    private static string FixedGroup(OperatorLine op) => op.Immediate switch
    {
        "None" => "VisitFixed",
        "MemArg" => "VisitFixedMemArg",
        "Lane" => "VisitFixedLane",
        _ => "VisitFixedMemArgLane",
    };

    /// <summary>The parameters of an operator's own visitor method, and the expressions that read them.</summary>
    private static (string Parameters, string Arguments) Immediates(OperatorLine op) => op.Immediate switch
    {
        "None" => ("", ""),
        "Label" => ("uint depth", "r.ReadVarUInt32()"),
        "Tag" => ("uint tag", "r.ReadVarUInt32()"),
        "Func" => ("uint function", "r.ReadVarUInt32()"),
        "Type" => ("uint type", "r.ReadVarUInt32()"),
        "Local" => ("uint local", "r.ReadVarUInt32()"),
        "Global" => ("uint global", "r.ReadVarUInt32()"),
        "Table" => ("uint table", "r.ReadVarUInt32()"),
        "Data" => ("uint data", "r.ReadVarUInt32()"),
        "Elem" => ("uint elem", "r.ReadVarUInt32()"),
        "Memory" => ("uint memory", "ReadMemoryIndex(ref r, offset)"),
        "I32" => ("int value", "(int)ReadSmallSigned(ref r, signed64: false)"),
        "I64" => ("long value", "ReadSmallSigned(ref r, signed64: true)"),
        "F32" => ("uint bits", "r.ReadF32Bits()"),
        "F64" => ("ulong bits", "r.ReadF64Bits()"),
        "Block" when op.Name == "try_table" => ("BlockType type, CatchClauses catches", "ReadBlockType(ref r), ReadCatchClauses(ref r, offset)"),
        "Block" => ("BlockType type", "ReadBlockType(ref r)"),
        "BrTable" => ("BrTableTargets targets", "ReadBrTable(ref r)"),
        "CallIndirect" => ("uint type, uint table", "r.ReadVarUInt32(), ReadTableIndex(ref r, offset)"),
        "Select" when op.Name == "select" => ("", ""),
        "Select" => ("SelectTypes types", "ReadSelectTypes(ref r)"),
        "HeapType" or "RefType" => ("HeapType heap", "ReadHeapType(ref r)"),
        "StructField" => ("uint type, uint field", "r.ReadVarUInt32(), r.ReadVarUInt32()"),
        "ArrayFixed" => ("uint type, uint count", "r.ReadVarUInt32(), r.ReadVarUInt32()"),
        "ArrayData" => ("uint type, uint data", "r.ReadVarUInt32(), r.ReadVarUInt32()"),
        "ArrayElem" => ("uint type, uint elem", "r.ReadVarUInt32(), r.ReadVarUInt32()"),
        "ArrayCopy" => ("uint destination, uint source", "r.ReadVarUInt32(), r.ReadVarUInt32()"),
        "TableInit" => ("uint elem, uint table", "r.ReadVarUInt32(), r.ReadVarUInt32()"),
        "TableCopy" => ("uint destination, uint source", "r.ReadVarUInt32(), r.ReadVarUInt32()"),
        "MemoryInit" => ("uint data, uint memory", "r.ReadVarUInt32(), ReadMemoryIndex(ref r, offset)"),
        "MemoryCopy" => ("uint destination, uint source", "ReadMemoryIndex(ref r, offset), ReadMemoryIndex(ref r, offset)"),
        "BrOnCast" => ("byte flags, uint depth, HeapType from, HeapType to", "ReadCastFlags(ref r, offset), r.ReadVarUInt32(), ReadHeapType(ref r), ReadHeapType(ref r)"),
        "V128" or "Shuffle" => ("ReadOnlySpan<byte> bytes", "r.ReadBytes(16)"),
        "Fence" => ("", "ReadZeroByte(ref r, offset)"),
        _ => throw new FormatException($"{op.Name}: no binary reading for immediate kind {op.Immediate}"),
    };

    private static string Interface(string header, IReadOnlyList<OperatorLine> operators)
    {
        var text = new StringBuilder(header);
        text.Append("using WasmSharp.Types;\n\n");
        text.Append("namespace WasmSharp.Operators;\n\n");
        text.Append("/// <summary>\n");
        text.Append("/// What <see cref=\"OperatorReader.Visit\"/> calls for each operator, after <see cref=\"IOperatorVisitorBase.Begin\"/>\n");
        text.Append("/// and the reading of its immediates: one method per operator whose type depends on its immediates\n");
        text.Append("/// or the context, named after it; the operators of fixed type (operators.def) go to the shared\n");
        text.Append("/// methods of <see cref=\"IOperatorVisitorBase\"/>. Implement it on a struct so calls are direct.\n");
        text.Append("/// </summary>\n");
        text.Append("internal interface IOperatorVisitor : IOperatorVisitorBase\n{\n");
        bool first = true;
        foreach (OperatorLine op in operators.Where(op => !IsFixed(op)))
        {
            if (!first)
            {
                text.Append('\n');
            }

            first = false;
            text.Append($"    /// <summary><c>{op.Name}</c> ({op.Encoding}).</summary>\n");
            text.Append($"    void Visit{op.Member}({Immediates(op).Parameters});\n");
        }

        return text.Append("}\n").ToString();
    }

    private static string Dispatch(string header, IReadOnlyList<OperatorLine> operators)
    {
        var text = new StringBuilder(header);
        text.Append("using WasmSharp.Binary;\n\n");
        text.Append("namespace WasmSharp.Operators;\n\n");
        text.Append("/// <summary>The generated dispatch from an encoding to <see cref=\"IOperatorVisitor\"/> (operators.def).</summary>\n");
        text.Append("internal readonly partial struct OperatorReader\n{\n");
        foreach (IGrouping<byte, OperatorLine> group in operators.GroupBy(op => op.Prefix))
        {
            byte prefix = group.Key;
            if (prefix == 0)
            {
                text.Append("    /// <summary>\n");
                text.Append("    /// Reads one operator and its immediates and calls <paramref name=\"v\"/>: <see cref=\"IOperatorVisitorBase.Begin\"/>\n");
                text.Append("    /// (<see cref=\"IOperatorVisitorBase.BeginPrefix\"/> before a prefix's sub-opcode), then the operator's method.\n");
                text.Append("    /// </summary>\n");
                text.Append("    /// <exception cref=\"WasmFormatException\">An encoding no operator has (\"illegal opcode\"), or malformed immediates.</exception>\n");
                text.Append("    public void Visit<TVisitor>(ref WasmReader r, ref TVisitor v)\n        where TVisitor : struct, IOperatorVisitor\n    {\n");
                text.Append("        int offset = r.Offset;\n");
                text.Append("        byte code = r.ReadByte();\n");
                text.Append("        switch (code)\n        {\n");
                foreach (OperatorLine op in group)
                {
                    text.Append($"            case 0x{op.Code:X2}: {Arm(op)} return;\n");
                }

                text.Append("            case 0xFB: VisitPrefixFB(ref r, offset, ref v); return;\n");
                text.Append("            case 0xFC: VisitPrefixFC(ref r, offset, ref v); return;\n");
                text.Append("            case 0xFD: VisitPrefixFD(ref r, offset, ref v); return;\n");
                text.Append("            case 0xFE: VisitPrefixFE(ref r, offset, ref v); return;\n");
                text.Append("        }\n\n");
                text.Append("        FailIllegalOpcode(code, offset);\n");
                text.Append("    }\n");
                continue;
            }

            text.Append('\n');
            text.Append($"    private void VisitPrefix{prefix:X2}<TVisitor>(ref WasmReader r, int offset, ref TVisitor v)\n        where TVisitor : struct, IOperatorVisitor\n    {{\n");
            text.Append($"        v.BeginPrefix(0x{prefix:X2});\n");
            text.Append("        uint code = r.ReadVarUInt32();\n");
            text.Append("        switch (code)\n        {\n");
            foreach (OperatorLine op in group)
            {
                text.Append($"            case 0x{op.Code:X2}: {Arm(op)} return;\n");
            }

            text.Append("        }\n\n");
            text.Append($"        FailIllegalOpcode(0x{prefix:X2}, code, offset);\n");
            text.Append("    }\n");
        }

        return text.Append("}\n").ToString();
    }

    /// <summary>A case of the dispatch: a call to the method that reads the operator's immediates and visits it.</summary>
    private static string Arm(OperatorLine op) =>
        !IsFixed(op) ? $"Visit{op.Member}(ref r, offset, ref v);"
        : op.Immediate == "None" ? $"VisitFixed(Operator.{op.Member}, ref v);"
        : $"{FixedGroup(op)}(Operator.{op.Member}, ref r, offset, ref v);";

    /// <summary>
    /// One method per operator that is not of fixed type: the feature hook, its immediates, its visitor
    /// method. Each is a call of its own so that the dispatch's frame stays small (the locals of
    /// inlined readers and visitors would otherwise be set up for every operator).
    /// </summary>
    private static string OperatorMethods(string header, IReadOnlyList<OperatorLine> operators)
    {
        var text = new StringBuilder(header);
        text.Append("using System.Runtime.CompilerServices;\n");
        text.Append("using WasmSharp.Binary;\n\n");
        text.Append("namespace WasmSharp.Operators;\n\n");
        text.Append("/// <summary>The generated reading of each operator whose type is not fixed (operators.def), called by the dispatch.</summary>\n");
        text.Append("internal readonly partial struct OperatorReader\n{\n");
        bool first = true;
        foreach (OperatorLine op in operators.Where(op => !IsFixed(op)))
        {
            if (!first)
            {
                text.Append('\n');
            }

            first = false;
            (string _, string arguments) = Immediates(op);
            text.Append("    [MethodImpl(MethodImplOptions.NoInlining)]\n");
            text.Append($"    private void Visit{op.Member}<TVisitor>(ref WasmReader r, int offset, ref TVisitor v)\n        where TVisitor : struct, IOperatorVisitor\n    {{\n");
            text.Append($"        v.Begin(Operator.{op.Member});\n");
            if (op.Immediate == "Fence")
            {
                text.Append($"        {arguments};\n");
                arguments = "";
            }

            text.Append($"        v.Visit{op.Member}({arguments});\n");
            text.Append("    }\n");
        }

        return text.Append("}\n").ToString();
    }
}

using WasmSharp.Types;

namespace WasmSharp.Binary;

/// <summary>
/// Decodes the element section (spec "Element Section"). The flags value 0-7 selects the form: bit 0
/// passive/declarative vs active, bit 1 declarative (when passive) or explicit table index (when
/// active), bit 2 element expressions with a reference type instead of function indices with an
/// element kind.
/// </summary>
internal static class ElementSectionDecoder
{
    /// <summary>Appends the element segments to <paramref name="module"/>.</summary>
    public static void Decode(ref WasmReader reader, ModuleInfo module, WasmFeatures features)
    {
        int count = reader.ReadVectorCount();
        for (int i = 0; i < count; i++)
        {
            module.Elements.Add(ReadSegment(ref reader, features));
        }
    }

    private static ElementSegment ReadSegment(ref WasmReader reader, WasmFeatures features)
    {
        int flagsOffset = reader.Offset;
        uint flags = reader.ReadVarUInt32();
        if (flags > 7)
        {
            WasmReader.Fail("malformed elements segment kind", flagsOffset);
        }

        bool passiveOrDeclarative = (flags & 0x01) != 0;
        bool hasTableIndexOrDeclarative = (flags & 0x02) != 0;
        bool usesExpressions = (flags & 0x04) != 0;

        SegmentMode mode = !passiveOrDeclarative
            ? SegmentMode.Active
            : hasTableIndexOrDeclarative ? SegmentMode.Declarative : SegmentMode.Passive;
        int tableIndex = 0;
        ConstExpr offset = default;
        if (mode == SegmentMode.Active)
        {
            if (hasTableIndexOrDeclarative)
            {
                tableIndex = reader.ReadCount();
            }

            offset = ConstExprScanner.Scan(ref reader, features);
        }

        // Forms 0 and 4 have no type or kind byte. The function-index forms yield non-null function
        // references, which lets them initialise (ref func) tables as well as funcref ones.
        bool hasTypeOrKind = passiveOrDeclarative || hasTableIndexOrDeclarative;
        ValType elementType;
        if (usesExpressions)
        {
            elementType = hasTypeOrKind ? TypeReader.ReadRefType(ref reader) : ValType.FuncRef;
            int n = reader.ReadVectorCount();
            var expressions = new ConstExpr[n];
            for (int i = 0; i < n; i++)
            {
                expressions[i] = ConstExprScanner.Scan(ref reader, features);
            }

            return new ElementSegment
            {
                Mode = mode,
                TableIndex = tableIndex,
                Offset = offset,
                ElementType = elementType,
                Expressions = expressions,
            };
        }

        if (hasTypeOrKind)
        {
            int kindOffset = reader.Offset;
            if (reader.ReadByte() != 0x00)
            {
                WasmReader.Fail("malformed element kind", kindOffset);
            }
        }

        elementType = ValType.Ref(AbstractHeapType.Func, nullable: false);
        int count = reader.ReadVectorCount();
        var functions = new int[count];
        for (int i = 0; i < count; i++)
        {
            functions[i] = reader.ReadCount();
        }

        return new ElementSegment
        {
            Mode = mode,
            TableIndex = tableIndex,
            Offset = offset,
            ElementType = elementType,
            FunctionIndices = functions,
        };
    }
}

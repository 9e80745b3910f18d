namespace WasmSharp.Binary;

/// <summary>
/// Decodes the data section (spec "Data Section"): form 0 active in memory 0, form 1 passive, form 2
/// active with an explicit memory index.
/// </summary>
internal static class DataSectionDecoder
{
    /// <summary>Appends the data segments to <paramref name="module"/> and returns how many the section declared.</summary>
    public static int Decode(ref WasmReader reader, ModuleInfo module, WasmFeatures features)
    {
        int count = reader.ReadVectorCount();
        for (int i = 0; i < count; i++)
        {
            int flagsOffset = reader.Offset;
            uint flags = reader.ReadVarUInt32();
            SegmentMode mode;
            int memoryIndex = 0;
            ConstExpr offset = default;
            switch (flags)
            {
                case 0:
                    mode = SegmentMode.Active;
                    offset = ConstExprScanner.Scan(ref reader, features);
                    break;
                case 1:
                    mode = SegmentMode.Passive;
                    break;
                case 2:
                    mode = SegmentMode.Active;
                    memoryIndex = reader.ReadCount();
                    offset = ConstExprScanner.Scan(ref reader, features);
                    break;
                default:
                    WasmReader.Fail("malformed data segment kind", flagsOffset);
                    return 0;
            }

            int length = reader.ReadCount();
            if (length > reader.Remaining)
            {
                reader.FailEnd();
            }

            int dataOffset = reader.Offset;
            reader.ReadBytes(length);
            module.Data.Add(new DataSegment(mode, memoryIndex, offset, dataOffset, length));
        }

        return count;
    }
}

namespace WasmSharp.Binary;

/// <summary>
/// Decodes the table section (spec "Table Section"): a table type, or <c>0x40 0x00</c>, a table type
/// and an initialiser expression (function references / GC).
/// </summary>
internal static class TableSectionDecoder
{
    /// <summary>Appends the defined tables to <paramref name="module"/>.</summary>
    public static void Decode(ref WasmReader reader, ModuleInfo module, WasmFeatures features)
    {
        int count = reader.ReadVectorCount();
        for (int i = 0; i < count; i++)
        {
            if (reader.PeekByte() == 0x40)
            {
                reader.ReadByte();
                int reservedOffset = reader.Offset;
                if (reader.ReadByte() != 0x00)
                {
                    WasmReader.Fail("malformed table", reservedOffset);
                }

                var type = TypeReader.ReadTableType(ref reader);
                module.Tables.Add(new TableInfo(type, ConstExprScanner.Scan(ref reader, features)));
            }
            else
            {
                module.Tables.Add(new TableInfo(TypeReader.ReadTableType(ref reader), null));
            }
        }
    }
}

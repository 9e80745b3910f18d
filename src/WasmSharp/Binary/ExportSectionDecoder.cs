using WasmSharp.Types;

namespace WasmSharp.Binary;

/// <summary>Decodes the export section (spec "Export Section"). Duplicate names are a validation error.</summary>
internal static class ExportSectionDecoder
{
    /// <summary>Appends the exports to <paramref name="module"/>.</summary>
    public static void Decode(ref WasmReader reader, ModuleInfo module)
    {
        int count = reader.ReadVectorCount();
        for (int i = 0; i < count; i++)
        {
            string name = reader.ReadName();
            int kindOffset = reader.Offset;
            byte kind = reader.ReadByte();
            if (kind > (byte)ExternKind.Tag)
            {
                WasmReader.Fail("malformed export kind", kindOffset);
            }

            module.Exports.Add(new ExportInfo(name, (ExternKind)kind, reader.ReadCount()));
        }
    }
}

using WasmSharp.Types;

namespace WasmSharp.Binary;

/// <summary>Decodes the import section (spec "Import Section"); imports open every index space.</summary>
internal static class ImportSectionDecoder
{
    /// <summary>Appends the imports and their entities to <paramref name="module"/>'s index spaces.</summary>
    public static void Decode(ref WasmReader reader, ModuleInfo module, WasmFeatures features)
    {
        int count = reader.ReadVectorCount();
        for (int i = 0; i < count; i++)
        {
            string moduleName = reader.ReadName();
            string name = reader.ReadName();
            int kindOffset = reader.Offset;
            byte kind = reader.ReadByte();
            int index;
            switch (kind)
            {
                case 0x00:
                    index = module.FunctionTypes.Count;
                    module.FunctionTypes.Add(reader.ReadCount());
                    module.ImportedFunctionCount++;
                    break;
                case 0x01:
                    index = module.Tables.Count;
                    module.Tables.Add(new TableInfo(TypeReader.ReadTableType(ref reader), null));
                    module.ImportedTableCount++;
                    break;
                case 0x02:
                    index = module.Memories.Count;
                    MemorySectionDecoder.CheckCount(index + 1, reader.Offset);
                    module.Memories.Add(TypeReader.ReadMemoryType(ref reader, features));
                    module.ImportedMemoryCount++;
                    break;
                case 0x03:
                    index = module.Globals.Count;
                    module.Globals.Add(new GlobalInfo(TypeReader.ReadGlobalType(ref reader), null));
                    module.ImportedGlobalCount++;
                    break;
                case 0x04:
                    index = module.Tags.Count;
                    module.Tags.Add(TypeReader.ReadTagType(ref reader));
                    module.ImportedTagCount++;
                    break;
                default:
                    WasmReader.Fail("malformed import kind", kindOffset);
                    return;
            }

            module.Imports.Add(new ImportInfo(moduleName, name, (ExternKind)kind, index));
        }
    }
}

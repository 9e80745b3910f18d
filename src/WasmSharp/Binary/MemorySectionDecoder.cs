namespace WasmSharp.Binary;

/// <summary>Decodes the memory section (spec "Memory Section").</summary>
internal static class MemorySectionDecoder
{
    /// <summary>Appends the defined memories to <paramref name="module"/>.</summary>
    public static void Decode(ref WasmReader reader, ModuleInfo module, WasmFeatures features)
    {
        int count = reader.ReadVectorCount();
        for (int i = 0; i < count; i++)
        {
            module.Memories.Add(TypeReader.ReadMemoryType(ref reader, features));
        }
    }
}

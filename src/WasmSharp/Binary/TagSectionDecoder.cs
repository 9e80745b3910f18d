namespace WasmSharp.Binary;

/// <summary>Decodes the tag section (spec "Tag Section", exception handling).</summary>
internal static class TagSectionDecoder
{
    /// <summary>Appends the defined tags to <paramref name="module"/>.</summary>
    public static void Decode(ref WasmReader reader, ModuleInfo module)
    {
        int count = reader.ReadVectorCount();
        for (int i = 0; i < count; i++)
        {
            module.Tags.Add(TypeReader.ReadTagType(ref reader));
        }
    }
}

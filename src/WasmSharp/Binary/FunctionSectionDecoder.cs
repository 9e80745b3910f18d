namespace WasmSharp.Binary;

/// <summary>Decodes the function section (spec "Function Section"): the type index of each defined function.</summary>
internal static class FunctionSectionDecoder
{
    /// <summary>Appends the defined functions' type indices to <paramref name="module"/>.</summary>
    public static void Decode(ref WasmReader reader, ModuleInfo module)
    {
        int count = reader.ReadVectorCount();
        for (int i = 0; i < count; i++)
        {
            module.FunctionTypes.Add(reader.ReadCount());
        }
    }
}

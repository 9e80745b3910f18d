namespace WasmSharp.Binary;

/// <summary>Decodes the global section (spec "Global Section"): a global type and an initialiser each.</summary>
internal static class GlobalSectionDecoder
{
    /// <summary>Appends the defined globals to <paramref name="module"/>.</summary>
    public static void Decode(ref WasmReader reader, ModuleInfo module, WasmFeatures features)
    {
        int count = reader.ReadVectorCount();
        for (int i = 0; i < count; i++)
        {
            var type = TypeReader.ReadGlobalType(ref reader);
            module.Globals.Add(new GlobalInfo(type, ConstExprScanner.Scan(ref reader, features)));
        }
    }
}

namespace WasmSharp.Binary;

/// <summary>
/// Decodes a custom section (spec "Custom Section"): its UTF-8 name and payload range. The "name"
/// section is additionally parsed; a malformed one is ignored, as Wasmtime does, because custom
/// sections never affect a module's meaning.
/// </summary>
internal static class CustomSectionDecoder
{
    /// <summary>Records the custom section and, for the first "name" section, its names.</summary>
    public static void Decode(ref WasmReader reader, ModuleInfo module)
    {
        string name = reader.ReadName();
        int dataOffset = reader.Offset;
        ReadOnlySpan<byte> payload = reader.ReadBytes(reader.Remaining);
        module.CustomSections.Add(new CustomSection(name, dataOffset, payload.Length));

        if (name == "name" && module.Names is null)
        {
            module.Names = NameSectionDecoder.Decode(payload, dataOffset);
        }
    }
}

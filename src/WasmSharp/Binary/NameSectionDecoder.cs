namespace WasmSharp.Binary;

/// <summary>
/// Decodes the payload of the "name" custom section (spec appendix "Name Section"): the module name
/// (subsection 0), function names (1) and local names (2). Other subsections are skipped.
/// </summary>
internal static class NameSectionDecoder
{
    /// <summary>Parses <paramref name="payload"/>, which starts at module offset <paramref name="baseOffset"/>.</summary>
    /// <exception cref="WasmFormatException">The payload is malformed; the caller ignores the section.</exception>
    public static NameSection Decode(ReadOnlySpan<byte> payload, int baseOffset)
    {
        var names = new NameSection();
        var reader = new WasmReader(payload, baseOffset, WasmReader.EndOfSectionMessage);
        int lastId = -1;
        while (!reader.AtEnd)
        {
            int idOffset = reader.Offset;
            byte id = reader.ReadByte();
            if (id <= lastId)
            {
                WasmReader.Fail("out-of-order name subsection", idOffset);
            }

            lastId = id;
            int size = reader.ReadCount();
            int start = reader.Offset;
            var sub = new WasmReader(reader.ReadBytes(size), start, WasmReader.EndOfSectionMessage);
            switch (id)
            {
                case 0:
                    names.ModuleName = sub.ReadName();
                    break;
                case 1:
                    ReadNameMap(ref sub, names.FunctionNames);
                    break;
                case 2:
                {
                    int count = sub.ReadVectorCount();
                    for (int i = 0; i < count; i++)
                    {
                        int functionIndex = sub.ReadCount();
                        var locals = new Dictionary<int, string>();
                        ReadNameMap(ref sub, locals);
                        names.LocalNames[functionIndex] = locals;
                    }

                    break;
                }

                default:
                    sub.ReadBytes(sub.Remaining);
                    break;
            }

            if (!sub.AtEnd)
            {
                WasmReader.Fail("section size mismatch", sub.Offset);
            }
        }

        return names;
    }

    private static void ReadNameMap(ref WasmReader reader, Dictionary<int, string> map)
    {
        int count = reader.ReadVectorCount();
        for (int i = 0; i < count; i++)
        {
            int index = reader.ReadCount();
            // Later duplicates win; Wasmtime rejects the section instead, and either is harmless for names.
            map[index] = reader.ReadName();
        }
    }
}

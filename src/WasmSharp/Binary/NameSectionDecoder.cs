namespace WasmSharp.Binary;

/// <summary>
/// Decodes the payload of the "name" custom section (spec appendix "Name Section"): the module name
/// (subsection 0), the name maps of functions, types, tables, memories, globals, element and data
/// segments and tags (1, 4 to 9, 11) and the indirect name maps of locals, labels and fields (2, 3,
/// 10). Unknown subsections are skipped. A custom section's content never fails a module (spec 5.5.3):
/// decoding stops at the first malformed subsection and keeps those before it, as Wasmtime does.
/// </summary>
internal static class NameSectionDecoder
{
    /// <summary>Parses <paramref name="payload"/>, which starts at module offset <paramref name="baseOffset"/>.</summary>
    public static NameSection Decode(ReadOnlySpan<byte> payload, int baseOffset)
    {
        var names = new NameSection();
        var reader = new WasmReader(payload, baseOffset, WasmReader.EndOfSectionMessage);
        int lastId = -1;
        try
        {
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
                DecodeSubsection(ref sub, id, names);
            }
        }
        catch (WasmFormatException)
        {
            // Deliberately ignored: a broken name section only costs the names from there on.
        }

        return names;
    }

    // Reads subsection `id` whole, then adds it to `names`: a malformed one adds nothing.
    private static void DecodeSubsection(ref WasmReader sub, byte id, NameSection names)
    {
        switch (id)
        {
            case NameSubsection.Module:
            {
                string name = sub.ReadName();
                EnsureEnd(ref sub);
                names.ModuleName = name;
                break;
            }

            case NameSubsection.Locals or NameSubsection.Labels or NameSubsection.Fields:
            {
                var maps = new Dictionary<int, Dictionary<int, string>>();
                int count = sub.ReadVectorCount();
                for (int i = 0; i < count; i++)
                {
                    int index = sub.ReadCount();
                    var map = new Dictionary<int, string>();
                    ReadNameMap(ref sub, map);
                    maps[index] = map;
                }

                EnsureEnd(ref sub);
                names.IndirectMaps[id] = maps;
                break;
            }

            case <= NameSubsection.Tags:
            {
                var map = new Dictionary<int, string>();
                ReadNameMap(ref sub, map);
                EnsureEnd(ref sub);
                names.Maps[id] = map;
                break;
            }

            default:
                break;
        }
    }

    private static void EnsureEnd(ref WasmReader sub)
    {
        if (!sub.AtEnd)
        {
            WasmReader.Fail("section size mismatch", sub.Offset);
        }
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

namespace WasmSharp.Binary;

/// <summary>
/// Decodes a binary module (spec "Binary Format", "Modules") into a <see cref="ModuleInfo"/>: checks
/// the preamble, the order and sizes of sections, and dispatches each section to its decoder. Function
/// bodies and constant expressions are kept as byte ranges for the validator.
/// </summary>
internal static class ModuleDecoder
{
    /// <summary>The magic number <c>\0asm</c> as a little-endian u32.</summary>
    private const uint Magic = 0x6D736100;

    /// <summary>Decodes <paramref name="bytes"/>; malformed input raises <see cref="WasmFormatException"/>.</summary>
    /// <param name="bytes">The module binary; kept by the returned <see cref="ModuleInfo"/>.</param>
    /// <param name="features">Enabled proposals; they affect which constant instructions and memory flags are accepted.</param>
    public static ModuleInfo Decode(ReadOnlyMemory<byte> bytes, WasmFeatures features)
    {
        var module = new ModuleInfo(bytes);
        var reader = new WasmReader(bytes.Span);
        if (reader.ReadFixedUInt32() != Magic)
        {
            WasmReader.Fail("magic header not detected", 0);
        }

        if (reader.ReadFixedUInt32() != 1)
        {
            WasmReader.Fail("unknown binary version", 4);
        }

        int lastRank = 0;
        int codeOffset = reader.Offset;
        int? dataSegmentCount = null;
        while (!reader.AtEnd)
        {
            int idOffset = reader.Offset;
            byte id = reader.ReadByte();
            if (id > (byte)SectionId.Tag)
            {
                WasmReader.Fail("malformed section id", idOffset);
            }

            uint size = reader.ReadVarUInt32();
            if (size > (uint)reader.Remaining)
            {
                WasmReader.Fail("length out of bounds", reader.Offset);
            }

            var section = (SectionId)id;
            if (section != SectionId.Custom)
            {
                int rank = Rank(section);
                if (rank <= lastRank)
                {
                    // The reference interpreter reads sections in a fixed order, so a repeated or misplaced
                    // section is left over after what it considers the last one.
                    WasmReader.Fail("unexpected content after last section", idOffset);
                }

                lastRank = rank;
            }

            // Like the reference interpreter, a known section is read on into the following bytes and
            // its size is checked afterwards, so an entry that overruns a wrong section size reports what
            // is wrong with the entry itself. Custom sections and the code section, whose bodies are
            // delimited by their own sizes, stay within their size.
            int start = reader.Offset;
            ReadOnlySpan<byte> rest = reader.RemainingSpan;
            var sectionReader = new WasmReader(section is SectionId.Custom or SectionId.Code ? rest.Slice(0, (int)size) : rest, start, WasmReader.EndOfSectionMessage);
            switch (section)
            {
                case SectionId.Custom:
                    CustomSectionDecoder.Decode(ref sectionReader, module);
                    break;
                case SectionId.Type:
                    TypeSectionDecoder.Decode(ref sectionReader, module);
                    break;
                case SectionId.Import:
                    ImportSectionDecoder.Decode(ref sectionReader, module, features);
                    break;
                case SectionId.Function:
                    FunctionSectionDecoder.Decode(ref sectionReader, module);
                    break;
                case SectionId.Table:
                    TableSectionDecoder.Decode(ref sectionReader, module, features);
                    break;
                case SectionId.Memory:
                    MemorySectionDecoder.Decode(ref sectionReader, module, features);
                    break;
                case SectionId.Tag:
                    TagSectionDecoder.Decode(ref sectionReader, module);
                    break;
                case SectionId.Global:
                    GlobalSectionDecoder.Decode(ref sectionReader, module, features);
                    break;
                case SectionId.Export:
                    ExportSectionDecoder.Decode(ref sectionReader, module);
                    break;
                case SectionId.Start:
                    module.StartFunction = sectionReader.ReadCount();
                    break;
                case SectionId.Element:
                    ElementSectionDecoder.Decode(ref sectionReader, module, features);
                    break;
                case SectionId.DataCount:
                    module.DataCount = sectionReader.ReadVarUInt32();
                    break;
                case SectionId.Code:
                    codeOffset = start;
                    CodeSectionDecoder.Decode(ref sectionReader, module);
                    break;
                case SectionId.Data:
                {
                    int countOffset = sectionReader.Offset;
                    dataSegmentCount = DataSectionDecoder.Decode(ref sectionReader, module, features);
                    if (module.DataCount is uint declared && declared != (uint)dataSegmentCount)
                    {
                        WasmReader.Fail("data count and data section have inconsistent lengths", countOffset);
                    }

                    break;
                }
            }

            if (sectionReader.Position != (int)size)
            {
                WasmReader.Fail("section size mismatch", Math.Min(sectionReader.Offset, start + (int)size));
            }

            reader.ReadBytes((int)size);
        }

        if (module.Bodies.Count != module.FunctionTypes.Count - module.ImportedFunctionCount)
        {
            WasmReader.Fail("function and code section have inconsistent lengths", codeOffset);
        }

        if (dataSegmentCount is null && module.DataCount is uint expected && expected != 0)
        {
            WasmReader.Fail("data count and data section have inconsistent lengths", reader.Offset);
        }

        return module;
    }

    /// <summary>
    /// The position of a known section in the required order (spec "Modules"): the data count section
    /// precedes the code section and the tag section sits between memory and global.
    /// </summary>
    private static int Rank(SectionId id) => id switch
    {
        SectionId.Type => 1,
        SectionId.Import => 2,
        SectionId.Function => 3,
        SectionId.Table => 4,
        SectionId.Memory => 5,
        SectionId.Tag => 6,
        SectionId.Global => 7,
        SectionId.Export => 8,
        SectionId.Start => 9,
        SectionId.Element => 10,
        SectionId.DataCount => 11,
        SectionId.Code => 12,
        SectionId.Data => 13,
        _ => 0,
    };
}

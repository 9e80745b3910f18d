using WasmSharp.Binary;
using WasmSharp.Types;
using static WasmSharp.Tests.Binary.DecodeAssert;
using static WasmSharp.Tests.Binary.WasmBuilder;

namespace WasmSharp.Tests.Binary;

public class ModuleDecoderTests
{
    [Fact]
    public void EmptyModuleDecodes()
    {
        ModuleInfo m = Decodes(Header);
        Assert.Empty(m.Types);
        Assert.Empty(m.Bodies);
    }

    [Theory]
    [InlineData("", "unexpected end")]
    [InlineData("01", "unexpected end")]
    [InlineData("006173", "unexpected end")]
    [InlineData("61736d00", "magic header not detected")]
    [InlineData("efbbbf0061736d01000000", "magic header not detected")]
    [InlineData("0061736d", "unexpected end")]
    [InlineData("0061736d010000", "unexpected end")]
    [InlineData("0061736d00000000", "unknown binary version")]
    [InlineData("0061736d0d000100", "unknown binary version")]
    [InlineData("0061736d010000000e0100", "malformed section id")]
    [InlineData("0061736d01000000800100010100", "malformed section id")]
    [InlineData("0061736d0100000000", "unexpected end")]
    [InlineData("0061736d010000000000", "unexpected end")]
    [InlineData("0061736d0100000001070260000000", "length out of bounds")]
    [InlineData("0061736d010000000061736d01000000", "length out of bounds")]
    [InlineData("0061736d01000000010701600000600000", "section size mismatch")]
    public void PreambleAndSectionFraming(string hex, string reason) => Malformed(FromHex(hex), reason);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void DuplicateSectionIsRejected(byte id)
    {
        byte[] content = id == 8 || id == 12 ? B(0x00) : Vec();
        Malformed(Module(Section(id, content), Section(id, content)), "unexpected content after last section");
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    [InlineData(5, 4)]
    [InlineData(6, 5)]
    [InlineData(7, 6)]
    [InlineData(6, 13)]
    [InlineData(13, 4)]
    [InlineData(10, 12)]
    [InlineData(11, 10)]
    [InlineData(12, 9)]
    public void SectionOutOfOrderIsRejected(byte first, byte second)
    {
        Malformed(Module(Section(first, Vec()), Section(second, second == 12 ? B(0x00) : Vec())), "unexpected content after last section");
    }

    [Fact]
    public void CustomSectionsMayAppearAnywhere()
    {
        byte[] custom = Section(0, Name("x"), B(1, 2, 3));
        ModuleInfo m = Decodes(Module(custom, Section(1, Vec()), custom, Section(12, B(0)), custom, Section(11, Vec()), custom));
        Assert.Equal(4, m.CustomSections.Count);
        Assert.All(m.CustomSections, c => Assert.Equal("x", c.Name));
        Assert.Equal(3, m.CustomSections[0].DataLength);
    }

    [Fact]
    public void TagSectionSitsBetweenMemoryAndGlobal()
    {
        ModuleInfo m = Decodes(Module(Section(1, Vec(B(0x60, 0x00, 0x00))), Section(5, Vec()), Section(13, Vec(B(0, 0))), Section(6, Vec())));
        Assert.Equal(new TagType(0), Assert.Single(m.Tags));
    }

    [Fact]
    public void NonZeroTagAttributeIsMalformed() =>
        Malformed(Module(Section(1, Vec(B(0x60, 0x00, 0x00))), Section(13, Vec(B(1, 0)))), "malformed tag attribute");

    [Fact]
    public void FunctionWithoutCodeIsRejected() =>
        Malformed(Module(Section(1, Vec(B(0x60, 0, 0))), Section(3, Vec(B(0), B(0)))), "function and code section have inconsistent lengths");

    [Fact]
    public void CodeWithoutFunctionIsRejected() =>
        Malformed(Module(Section(10, Vec(B(2, 0, 0x0B)))), "function and code section have inconsistent lengths");

    [Fact]
    public void FewerBodiesThanFunctionsIsRejected() =>
        Malformed(Module(Section(1, Vec(B(0x60, 0, 0))), Section(3, Vec(B(0), B(0))), Section(10, Vec(B(2, 0, 0x0B)))), "function and code section have inconsistent lengths");

    [Fact]
    public void ZeroFunctionsWithoutCodeIsFine()
    {
        Decodes(Module(Section(3, Vec())));
        Decodes(Module(Section(10, Vec())));
    }

    [Fact]
    public void DataCountMismatchIsRejected()
    {
        Malformed(Module(Section(12, B(3)), Section(11, Vec(B(1, 0), B(1, 0)))), "data count and data section have inconsistent lengths");
        Malformed(Module(Section(5, Vec(B(0, 1))), Section(12, B(1))), "data count and data section have inconsistent lengths");
        Assert.Equal(0u, Decodes(Module(Section(12, B(0)))).DataCount);
    }

    [Fact]
    public void DataSegmentLongerThanSectionIsRejected() =>
        Malformed(Module(Section(5, Vec(B(0, 1))), Section(11, B(1, 0, 0x41, 3, 0x0B, 7), "abcdef"u8.ToArray())), "unexpected end of section or function");

    [Fact]
    public void MissingCountedEntryIsUnexpectedEnd()
    {
        Malformed(Module(Section(4, B(1))), "unexpected end");
        Malformed(Module(Section(5, B(1))), "unexpected end");
        Malformed(Module(Section(6, B(2, 0x7F, 0, 0x41, 0, 0x0B))), "unexpected end");
    }

    [Fact]
    public void ImportAndExportKindsAreChecked()
    {
        Malformed(Module(Section(2, Vec(Concat(Name(""), Name(""), B(0x05))))), "malformed import kind");
        Malformed(Module(Section(2, Vec(Concat(Name(""), Name(""), B(0x80, 0x00))))), "malformed import kind");
        Malformed(Module(Section(7, Vec(Concat(Name("a"), B(0x05, 0x00))))), "malformed export kind");
    }

    [Fact]
    public void MissingEndOfBodyIsRejected() =>
        Malformed(Module(Section(1, Vec(B(0x60, 0, 0))), Section(3, Vec(B(0), B(0))), Section(10, Vec(B(4, 0, 0x41, 1, 0x1A), B(5, 0, 0x41, 1, 0x1A, 0x0B)))), "END opcode expected");

    [Fact]
    public void TooManyLocalsIsRejected()
    {
        byte[] types = Section(1, Vec(B(0x60, 0, 0)));
        byte[] funcs = Section(3, Vec(B(0)));
        Malformed(Module(types, funcs, Section(10, Vec(Concat(U32(10), B(2, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0x7F, 0x02, 0x7E, 0x0B))))), "too many locals");
        ModuleInfo m = Decodes(Module(types, funcs, Section(10, Vec(B(8, 3, 0, 0x7F, 0, 0x7E, 2, 0x7D, 0x0B)))));
        Assert.Equal(2, m.Bodies[0].LocalCount);
        Assert.Equal(new LocalDecl(2, ValType.F32), m.Bodies[0].Locals[2]);
    }

    [Fact]
    public void BodyRangesPointAtInstructions()
    {
        byte[] bytes = Module(Section(1, Vec(B(0x60, 0, 0))), Section(3, Vec(B(0))), Section(10, Vec(B(5, 1, 1, 0x7F, 0x01, 0x0B))));
        FunctionBody body = Assert.Single(Decodes(bytes).Bodies);
        Assert.Equal(2, body.CodeLength);
        Assert.Equal(0x01, bytes[body.CodeOffset]);
        Assert.Equal(0x0B, bytes[body.CodeOffset + 1]);
    }

    [Theory]
    [InlineData("0582808080808080808080 00", "integer representation too long")]
    [InlineData("00828080808080808080 70", "integer too large")]
    public void MemoryLimitsLebs(string limitsHex, string reason) =>
        Malformed(Module(Section(5, B(1), FromHex(limitsHex.Replace(" ", "")))), reason);

    [Fact]
    public void SectionSizeLebs()
    {
        Malformed(Module(B(0x00, 0x83, 0x80, 0x80, 0x80, 0x80, 0x00, 0x01, 0x31, 0x32)), "integer representation too long");
        Malformed(Module(B(0x00, 0x83, 0x80, 0x80, 0x80, 0x10, 0x01, 0x31, 0x32)), "integer too large");
        Malformed(Module(Section(1, Vec(Concat(B(0x60, 0x82, 0x80, 0x80, 0x80, 0x10, 0x7F, 0x7E), Vec())))), "integer too large");
    }

    [Fact]
    public void InvalidUtf8NamesAreRejected()
    {
        Malformed(Module(Section(0, B(2, 0xC0, 0x80))), "malformed UTF-8 encoding");
        Malformed(Module(Section(2, Vec(Concat(B(1, 0xFF), Name("x"), B(0, 0))))), "malformed UTF-8 encoding");
        Malformed(Module(Section(7, Vec(Concat(B(3, 0xED, 0xA0, 0x80), B(0, 0))))), "malformed UTF-8 encoding");
    }

    [Fact]
    public void EntriesOverrunningAWrongSectionSizeReportTheEntryError()
    {
        // Reference-interpreter behaviour: a section is read on past its declared size.
        Malformed(FromHex("0061736d01000000050801008280808080808080808000"), "integer representation too long");
        Malformed(FromHex("0061736d01000000010401600000030302000007060202663100000a070202000b02000b"), "length out of bounds");
        Malformed(FromHex("0061736d0100000001070160000060000000"), "section size mismatch");
    }

    [Fact]
    public void RepeatedCodeSectionIsMisplacedBeforeCountsAreCompared() =>
        Malformed(FromHex("0061736d01000000010401600000030302000" + "00a040102000b0a040102000b"), "unexpected content after last section");

    [Fact]
    public void MissingEndAtEndOfCodeSectionIsUnexpectedEnd() =>
        Malformed(FromHex("0061736d01000000010401600000030201000a06010400 41011a".Replace(" ", "")), "unexpected end of section or function");

    [Fact]
    public void SampleModuleDecodes()
    {
        ModuleInfo m = Decodes(SampleModules.Sample);
        Assert.Equal(4, m.Types.Count);
        Assert.Equal(4, m.Imports.Count);
        Assert.Equal(new[] { ExternKind.Func, ExternKind.Table, ExternKind.Memory, ExternKind.Global }, m.Imports.Select(i => i.Kind));
        Assert.Equal(1, m.ImportedFunctionCount);
        Assert.Equal(4, m.FunctionTypes.Count);
        Assert.Equal(2, m.Tables.Count);
        Assert.Equal(2, m.Memories.Count);
        Assert.Equal(new Limits(1, 2), m.Memories[0].Limits);
        Assert.Equal(3, m.Globals.Count);
        Assert.Null(m.Globals[0].Init);
        Assert.Equal(new GlobalType(ValType.I64, true), m.Globals[1].Type);
        Assert.Equal(2, m.StartFunction);
        Assert.Equal(8, m.Elements.Count);
        Assert.Equal(3, m.Data.Count);
        Assert.Equal("hello"u8.ToArray(), SampleModules.Sample.AsSpan(m.Data[0].DataOffset, m.Data[0].DataLength).ToArray());
        Assert.Equal(SegmentMode.Passive, m.Data[1].Mode);
        Assert.Equal(1, m.Data[2].MemoryIndex);
        Assert.Equal(3, m.Bodies.Count);
        Assert.Equal(new[] { "add", "mem", "g", "tab" }, m.Exports.Select(e => e.Name));
        Assert.Equal("sample", m.Names!.ModuleName);
        Assert.Equal("add", m.Names.FunctionNames[1]);
        Assert.Equal("x", m.Names.LocalNames[1][2]);
    }

    [Fact]
    public void GcModuleDecodes()
    {
        ModuleInfo m = Decodes(SampleModules.Gc);
        Assert.Equal(4, m.Types.Count);
        Assert.Equal(new[] { new RecGroup(0, 2), new RecGroup(2, 1), new RecGroup(3, 1) }, m.RecGroups);
        Assert.False(m.Types[0].IsFinal);
        var st = Assert.IsType<StructType>(m.Types[0].Composite);
        Assert.Equal(new FieldType(new StorageType(PackedType.I8, ValType.I32), true), st.Fields[0]);
        Assert.Equal(PackedType.I16, st.Fields[1].Storage.Packed);
        Assert.Equal(ValType.Ref(HeapType.FromIndex(1), nullable: true), st.Fields[2].Storage.Type);
        var at = Assert.IsType<ArrayType>(m.Types[1].Composite);
        Assert.Equal(new FieldType(StorageType.Of(ValType.Ref(HeapType.FromIndex(0), true)), true), at.Element);
        Assert.True(m.Types[2].IsFinal);
        Assert.NotNull(m.Tables[0].Init);
        Assert.Equal(ValType.Ref(HeapType.Func, false), m.Tables[0].Type.Element);
        MemoryType mem = Assert.Single(m.Memories);
        Assert.True(mem.Is64);
        Assert.True(mem.Shared);
        Assert.Equal(0, mem.PageSizeLog2);
        Assert.Equal(new TagType(2), Assert.Single(m.Tags));
        Assert.Equal(1u, m.DataCount);
        Assert.Equal(2, m.Globals.Count);
        Assert.Equal(4, m.Globals[0].Init!.Value.Length);
    }

    [Fact]
    public void EveryPrefixOfAValidModuleIsMalformed()
    {
        foreach (byte[] module in new[] { SampleModules.Sample, SampleModules.Gc })
        {
            int decoded = 0;
            for (int length = 0; length < module.Length; length++)
            {
                byte[] prefix = module.AsSpan(0, length).ToArray();
                try
                {
                    ModuleDecoder.Decode(prefix, WasmFeatures.All);
                    decoded++;
                }
                catch (WasmFormatException)
                {
                    // Expected; any other exception type fails the test.
                }
            }

            // Only prefixes ending exactly at a section boundary (before the function section) can be
            // modules on their own; both samples have fewer than 14 sections.
            Assert.InRange(decoded, 1, 14);
        }
    }
}

using WasmSharp.Binary;
using static WasmSharp.Tests.Binary.DecodeAssert;
using static WasmSharp.Tests.Binary.WasmBuilder;

namespace WasmSharp.Tests.Binary;

public class NameSectionDecoderTests
{
    private static byte[] NameSection(params byte[][] subsections) => Section(0, Name("name"), Concat(subsections));

    private static byte[] Subsection(byte id, params byte[][] content)
    {
        byte[] body = Concat(content);
        return Concat(B(id), U32((uint)body.Length), body);
    }

    [Fact]
    public void ModuleFunctionAndLocalNamesAreDecoded()
    {
        ModuleInfo m = Decodes(Module(NameSection(
            Subsection(0, Name("mod")),
            Subsection(1, Vec(Concat(U32(0), Name("f")), Concat(U32(7), Name("g")))),
            Subsection(2, Vec(Concat(U32(7), Vec(Concat(U32(1), Name("x")))))),
            Subsection(9, B(1, 2, 3)))));
        NameSection names = m.Names!;
        Assert.Equal("mod", names.ModuleName);
        Assert.Equal("f", names.FunctionNames[0]);
        Assert.Equal("g", names.FunctionNames[7]);
        Assert.Equal("x", names.LocalNames[7][1]);
    }

    [Theory]
    [InlineData(new byte[] { 0x00, 0x05, 0x03, 0x61 })]
    [InlineData(new byte[] { 0x01, 0x02, 0x05, 0x00 })]
    [InlineData(new byte[] { 0x00, 0x02, 0x01, 0xFF })]
    [InlineData(new byte[] { 0x01, 0x01, 0x00, 0x00, 0x01, 0x00 })]
    [InlineData(new byte[] { 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F })]
    public void MalformedNameSectionIsIgnored(byte[] payload)
    {
        ModuleInfo m = Decodes(Module(Section(0, Name("name"), payload)));
        Assert.Null(m.Names);
        Assert.Equal("name", Assert.Single(m.CustomSections).Name);
    }

    [Fact]
    public void InvalidUtf8SectionNameIsStillMalformed() =>
        Malformed(Module(Section(0, B(4, 0x6E, 0x61, 0x6D, 0xC3))), "malformed UTF-8 encoding");
}

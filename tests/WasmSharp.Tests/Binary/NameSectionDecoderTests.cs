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
        Assert.Null(m.Names!.ModuleName);
        Assert.Empty(m.Names.FunctionNames);
        Assert.Equal("name", Assert.Single(m.CustomSections).Name);
    }

    [Fact]
    public void AMalformedSubsectionKeepsTheSubsectionsBeforeIt()
    {
        // As Wasmtime, which keeps the names it parsed before an error: the module name stays,
        // the function names (a count of 2 with one entry) and everything after are dropped.
        ModuleInfo m = Decodes(Module(NameSection(
            Subsection(0, Name("mod")),
            Subsection(1, U32(2), U32(0), Name("f")),
            Subsection(4, Vec(Concat(U32(0), Name("t")))))));
        Assert.Equal("mod", m.Names!.ModuleName);
        Assert.Empty(m.Names.FunctionNames);
        Assert.Empty(m.Names.Map(4));
    }

    [Fact]
    public void ExtendedSubsectionsAreDecoded()
    {
        ModuleInfo m = Decodes(Module(NameSection(
            Subsection(3, Vec(Concat(U32(2), Vec(Concat(U32(0), Name("outer")), Concat(U32(3), Name("inner")))))),
            Subsection(4, Vec(Concat(U32(1), Name("point")))),
            Subsection(7, Vec(Concat(U32(0), Name("counter")))),
            Subsection(10, Vec(Concat(U32(1), Vec(Concat(U32(0), Name("x")), Concat(U32(1), Name("y")))))),
            Subsection(11, Vec(Concat(U32(0), Name("oops")))),
            Subsection(12, B(1, 2, 3)))));
        NameSection names = m.Names!;
        Assert.Equal(new Dictionary<int, string> { [0] = "outer", [3] = "inner" }, names.IndirectMap(3)[2]);
        Assert.Equal("point", names.Map(4)[1]);
        Assert.Equal("counter", names.Map(7)[0]);
        Assert.Equal(new Dictionary<int, string> { [0] = "x", [1] = "y" }, names.IndirectMap(10)[1]);
        Assert.Equal("oops", names.Map(11)[0]);
    }

    [Fact]
    public void InvalidUtf8SectionNameIsStillMalformed() =>
        Malformed(Module(Section(0, B(4, 0x6E, 0x61, 0x6D, 0xC3))), "malformed UTF-8 encoding");
}

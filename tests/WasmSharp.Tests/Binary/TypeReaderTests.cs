using WasmSharp.Binary;
using WasmSharp.Types;
using static WasmSharp.Tests.Binary.DecodeAssert;
using static WasmSharp.Tests.Binary.WasmBuilder;

namespace WasmSharp.Tests.Binary;

public class TypeReaderTests
{
    [Theory]
    [InlineData(0x10)]
    [InlineData(0x20)]
    [InlineData(0x81)]
    [InlineData(0xFF)]
    public void UnknownMemoryLimitsFlagsAreMalformed(byte flags) =>
        Malformed(Module(Section(5, Vec(B(flags, 0x00, 0x00, 0x00)))), "malformed limits flags");

    [Theory]
    [InlineData(0x02)]
    [InlineData(0x08)]
    [InlineData(0x81)]
    public void UnknownTableLimitsFlagsAreMalformed(byte flags) =>
        Malformed(Module(Section(4, Vec(B(0x70, flags, 0x00, 0x00)))), "malformed limits flags");

    [Fact]
    public void MemoryFlagsSelectMaxSharedAnd64Bit()
    {
        ModuleInfo m = Decodes(Module(Section(5, Vec(B(0x00, 0x01), B(0x03, 0x01, 0x02), B(0x05, 0x01, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01), B(0x08, 0x00, 0x10)))));
        Assert.Equal(new MemoryType(new Limits(1, null), false, false), m.Memories[0]);
        Assert.Equal(new MemoryType(new Limits(1, 2), false, true), m.Memories[1]);
        Assert.Equal(new MemoryType(new Limits(1, 1UL << 35), true, false), m.Memories[2]);
        Assert.Equal(16, m.Memories[3].PageSizeLog2);
    }

    [Fact]
    public void CustomPageSizeFlagNeedsTheFeature()
    {
        byte[] bytes = Module(Section(5, Vec(B(0x08, 0x00, 0x00))));
        var e = Assert.Throws<WasmFormatException>(() => ModuleDecoder.Decode(bytes, WasmFeatures.All & ~WasmFeatures.CustomPageSizes));
        Assert.Equal("malformed limits flags", e.Reason);
        Assert.Equal(0, Decodes(bytes).Memories[0].PageSizeLog2);
    }

    [Fact]
    public void Table64Limits()
    {
        TableType t = Decodes(Module(Section(4, Vec(B(0x6F, 0x05, 0x01, 0x02))))).Tables[0].Type;
        Assert.Equal(new TableType(ValType.ExternRef, new Limits(1, 2), true), t);
    }

    [Theory]
    [InlineData(0x70, AbstractHeapType.Func)]
    [InlineData(0x6F, AbstractHeapType.Extern)]
    [InlineData(0x6E, AbstractHeapType.Any)]
    [InlineData(0x6D, AbstractHeapType.Eq)]
    [InlineData(0x6C, AbstractHeapType.I31)]
    [InlineData(0x6B, AbstractHeapType.Struct)]
    [InlineData(0x6A, AbstractHeapType.Array)]
    [InlineData(0x69, AbstractHeapType.Exn)]
    [InlineData(0x73, AbstractHeapType.NoFunc)]
    [InlineData(0x72, AbstractHeapType.NoExtern)]
    [InlineData(0x71, AbstractHeapType.None)]
    [InlineData(0x74, AbstractHeapType.NoExn)]
    public void AbstractHeapTypeShorthands(byte code, AbstractHeapType expected)
    {
        ModuleInfo m = Decodes(Module(Section(1, Vec(Concat(B(0x60), Vec(B(code), B(0x64, code), B(0x63, code)), Vec())))));
        var f = (FuncType)m.Types[0].Composite;
        Assert.Equal(ValType.Ref(expected, nullable: true), f.Params[0]);
        Assert.Equal(ValType.Ref(expected, nullable: false), f.Params[1]);
        Assert.Equal(ValType.Ref(expected, nullable: true), f.Params[2]);
    }

    [Fact]
    public void BadTypesAreMalformed()
    {
        Malformed(Module(Section(1, Vec(B(0x61, 0x00, 0x00)))), "malformed definition type");
        Malformed(Module(Section(1, Vec(B(0x5E, 0x78, 0x02)))), "malformed mutability");
        Malformed(Module(Section(1, Vec(B(0x5F, 0x01, 0x62, 0x00, 0x00)))), "malformed storage type");
        Malformed(Module(Section(1, Vec(B(0x60, 0x01, 0x40, 0x00)))), "malformed value type");
        Malformed(Module(Section(1, Vec(B(0x60, 0x01, 0x64, 0x50, 0x00)))), "malformed heap type");
        Malformed(Module(Section(4, Vec(B(0x7F, 0x00, 0x00)))), "malformed reference type");
        Malformed(Module(Section(6, Vec(B(0x7F, 0x02, 0x41, 0x00, 0x0B)))), "malformed mutability");
    }

    [Fact]
    public void HugeCountsFailBeforeAllocating()
    {
        Malformed(Module(Section(1, B(0xFF, 0xFF, 0xFF, 0xFF, 0x07))), "unexpected end");
        Malformed(Module(Section(1, Vec(Concat(B(0x60), B(0xFF, 0xFF, 0xFF, 0xFF, 0x07))))), "unexpected end");
        Malformed(Module(Section(1, B(0xFF, 0xFF, 0xFF, 0xFF, 0x0F))), "integer too large");
    }
}

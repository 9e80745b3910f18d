using WasmSharp.Binary;
using WasmSharp.Types;
using static WasmSharp.Tests.Binary.DecodeAssert;
using static WasmSharp.Tests.Binary.WasmBuilder;

namespace WasmSharp.Tests.Binary;

public class ElementSectionDecoderTests
{
    private static readonly byte[] Offset = B(0x41, 0x00, 0x0B);
    private static readonly byte[] RefFunc0 = B(0xD2, 0x00, 0x0B);
    private static readonly byte[] RefNullExtern = B(0xD0, 0x6F, 0x0B);

    private static ElementSegment DecodeOne(byte[] segment)
    {
        byte[] bytes = Module(
            Section(1, Vec(B(0x60, 0, 0))),
            Section(3, Vec(B(0))),
            Section(4, Vec(B(0x70, 0x00, 0x01), B(0x6F, 0x00, 0x01))),
            Section(9, Vec(segment)),
            Section(10, Vec(B(2, 0, 0x0B))));
        return Assert.Single(Decodes(bytes).Elements);
    }

    [Fact]
    public void Form0ActiveTable0FunctionIndices()
    {
        ElementSegment e = DecodeOne(Concat(B(0x00), Offset, Vec(B(0), B(0))));
        Assert.Equal(SegmentMode.Active, e.Mode);
        Assert.Equal(0, e.TableIndex);
        Assert.Equal(3, e.Offset.Length);
        Assert.Equal(new[] { 0, 0 }, e.FunctionIndices);
        Assert.Equal(ValType.Ref(HeapType.Func, false), e.ElementType);
        Assert.Equal(2, e.Count);
    }

    [Fact]
    public void Form1PassiveElemKind()
    {
        ElementSegment e = DecodeOne(Concat(B(0x01, 0x00), Vec(B(0))));
        Assert.Equal(SegmentMode.Passive, e.Mode);
        Assert.Equal(new[] { 0 }, e.FunctionIndices);
    }

    [Fact]
    public void Form2ActiveExplicitTable()
    {
        ElementSegment e = DecodeOne(Concat(B(0x02, 0x00), Offset, B(0x00), Vec(B(0))));
        Assert.Equal(SegmentMode.Active, e.Mode);
        Assert.Equal(0, e.TableIndex);
        Assert.Equal(new[] { 0 }, e.FunctionIndices);
    }

    [Fact]
    public void Form3Declarative()
    {
        ElementSegment e = DecodeOne(Concat(B(0x03, 0x00), Vec(B(0))));
        Assert.Equal(SegmentMode.Declarative, e.Mode);
        Assert.Equal(new[] { 0 }, e.FunctionIndices);
    }

    [Fact]
    public void Form4ActiveExpressions()
    {
        ElementSegment e = DecodeOne(Concat(B(0x04), Offset, Vec(RefFunc0, B(0xD0, 0x70, 0x0B))));
        Assert.Equal(SegmentMode.Active, e.Mode);
        Assert.Equal(ValType.FuncRef, e.ElementType);
        Assert.Null(e.FunctionIndices);
        Assert.Equal(2, e.Expressions!.Length);
        Assert.All(e.Expressions, x => Assert.Equal(3, x.Length));
    }

    [Fact]
    public void Form5PassiveExpressions()
    {
        ElementSegment e = DecodeOne(Concat(B(0x05, 0x6F), Vec(RefNullExtern)));
        Assert.Equal(SegmentMode.Passive, e.Mode);
        Assert.Equal(ValType.ExternRef, e.ElementType);
        Assert.Single(e.Expressions!);
    }

    [Fact]
    public void Form6ActiveExplicitTableExpressions()
    {
        ElementSegment e = DecodeOne(Concat(B(0x06, 0x01), Offset, B(0x6F), Vec(RefNullExtern, RefNullExtern)));
        Assert.Equal(SegmentMode.Active, e.Mode);
        Assert.Equal(1, e.TableIndex);
        Assert.Equal(ValType.ExternRef, e.ElementType);
        Assert.Equal(2, e.Count);
    }

    [Fact]
    public void Form7DeclarativeExpressions()
    {
        ElementSegment e = DecodeOne(Concat(B(0x07, 0x64, 0x70), Vec(RefFunc0)));
        Assert.Equal(SegmentMode.Declarative, e.Mode);
        Assert.Equal(ValType.Ref(HeapType.Func, false), e.ElementType);
    }

    [Fact]
    public void UnknownFormIsMalformed() =>
        Malformed(Module(Section(9, Vec(B(0x08, 0x00)))), "malformed elements segment kind");

    [Fact]
    public void NonReferenceElementTypeIsMalformed() =>
        Malformed(Module(Section(9, Vec(Concat(B(0x05, 0x7F), Vec(RefFunc0))))), "malformed reference type");

    [Fact]
    public void IllegalOpcodeInExpressionIsMalformed() =>
        Malformed(Module(Section(9, Vec(Concat(B(0x05, 0x70), Vec(B(0xF3, 0x00, 0x0B)))))), "illegal opcode");

    [Fact]
    public void TruncatedSegmentIsUnexpectedEnd() =>
        Malformed(Module(Section(9, B(2, 0x00, 0x41, 0x00, 0x0B, 0x01, 0x00, 0x00, 0x41, 0x00))), "unexpected end");
}

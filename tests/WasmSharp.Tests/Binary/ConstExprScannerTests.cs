using WasmSharp.Binary;
using static WasmSharp.Tests.Binary.DecodeAssert;
using static WasmSharp.Tests.Binary.WasmBuilder;

namespace WasmSharp.Tests.Binary;

public class ConstExprScannerTests
{
    private static ConstExpr Scan(byte[] expr, WasmFeatures features = WasmFeatures.All)
    {
        var reader = new WasmReader(expr, 100, WasmReader.EndOfSectionMessage);
        ConstExpr result = ConstExprScanner.Scan(ref reader, features);
        Assert.True(reader.AtEnd);
        return result;
    }

    [Theory]
    [InlineData("41ffffffff7f0b")]
    [InlineData("428080808080808080807f0b")]
    [InlineData("43000000000b")]
    [InlineData("4400000000000000000b")]
    [InlineData("fd0c000102030405060708090a0b0c0d0e0f0b")]
    [InlineData("d0700b")]
    [InlineData("d0000b")]
    [InlineData("d2050b")]
    [InlineData("23000b")]
    [InlineData("410141026a41036c0b")]
    [InlineData("fb00010b")]
    [InlineData("fb01000b")]
    [InlineData("fb0600fb07000b")]
    [InlineData("fb080203fb1c0b")]
    [InlineData("d06ffb1a0b")]
    [InlineData("d06efb1b0b")]
    public void ConstantExpressionsAreScannedToTheirEnd(string hex)
    {
        byte[] bytes = FromHex(hex);
        ConstExpr e = Scan(bytes);
        Assert.Equal(100, e.Offset);
        Assert.Equal(bytes.Length, e.Length);
    }

    [Theory]
    [InlineData("2000 0b")]
    [InlineData("41 00 45 0b")]
    [InlineData("10 00 0b")]
    [InlineData("fc 00 0b")]
    [InlineData("fd 00 0b")]
    [InlineData("fe 10 0b")]
    [InlineData("fb 02 0b")]
    public void NonConstantInstructionsAreValidationErrors(string hex)
    {
        var e = Assert.Throws<WasmValidationException>(() => Scan(FromHex(hex.Replace(" ", ""))));
        Assert.Equal("constant expression required", e.Reason);
    }

    [Fact]
    public void ExtendedConstAndGcRequireTheirFeatures()
    {
        Assert.Throws<WasmValidationException>(() => Scan(FromHex("410141026a0b"), WasmFeatures.All & ~WasmFeatures.ExtendedConst));
        Assert.Throws<WasmValidationException>(() => Scan(FromHex("fb01000b"), WasmFeatures.All & ~WasmFeatures.Gc));
    }

    [Theory]
    [InlineData("f3000b")]
    [InlineData("ff0b")]
    [InlineData("fc800b")]
    [InlineData("fb7f0b")]
    public void UnknownOpcodesAreIllegal(string hex)
    {
        var e = Assert.Throws<WasmFormatException>(() => Scan(FromHex(hex)));
        Assert.StartsWith("illegal opcode", e.Reason);
    }

    [Fact]
    public void MissingEndIsUnexpectedEnd()
    {
        var e = Assert.Throws<WasmFormatException>(() => Scan(FromHex("4100")));
        Assert.Equal("unexpected end of section or function", e.Reason);
    }

    [Fact]
    public void GlobalInitialiserRangeIsRecorded()
    {
        byte[] bytes = Module(Section(6, Vec(B(0x7F, 0x00, 0x41, 0x2A, 0x0B))));
        ConstExpr init = Decodes(bytes).Globals[0].Init!.Value;
        Assert.Equal(new byte[] { 0x41, 0x2A, 0x0B }, bytes.AsSpan(init.Offset, init.Length).ToArray());
    }
}

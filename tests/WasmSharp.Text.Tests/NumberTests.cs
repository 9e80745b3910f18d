using WasmSharp.Text.Parsing;
using Xunit;

namespace WasmSharp.Text.Tests;

public class NumberTests
{
    [Theory]
    [InlineData("0", 0u)]
    [InlineData("4294967295", 0xFFFFFFFFu)]
    [InlineData("-2147483648", 0x80000000u)]
    [InlineData("-1", 0xFFFFFFFFu)]
    [InlineData("0xffff_ffff", 0xFFFFFFFFu)]
    [InlineData("+1_000", 1000u)]
    public void I32(string text, uint bits)
    {
        Assert.Equal(NumberStatus.Ok, NumberParser.ParseInt(text, 32, out ulong v));
        Assert.Equal(bits, (uint)v);
    }

    [Theory]
    [InlineData("4294967296")]
    [InlineData("-2147483649")]
    [InlineData("+2147483648")] // an explicit sign makes it an s32 (spec 6.3.1)
    [InlineData("+0x8000_0000")]
    public void I32OutOfRange(string text) => Assert.Equal(NumberStatus.OutOfRange, NumberParser.ParseInt(text, 32, out _));

    [Theory]
    [InlineData("1__0")]
    [InlineData("_1")]
    [InlineData("0x")]
    [InlineData("1a")]
    public void MalformedIntegers(string text) => Assert.Equal(NumberStatus.Malformed, NumberParser.ParseInt(text, 32, out _));

    [Theory]
    [InlineData("0x1p-149", 0x00000001u)] // smallest subnormal
    [InlineData("0x1p-150", 0x00000000u)] // tie rounds to even (zero)
    [InlineData("0x1.8p-149", 0x00000002u)] // tie rounds to even (2)
    [InlineData("0x1.fffffep127", 0x7F7FFFFFu)]
    [InlineData("0x1.fffffefffffffp127", 0x7F7FFFFFu)] // just below the halfway point to 2^128
    [InlineData("0x1.000001p0", 0x3F800000u)] // halfway, even stays
    [InlineData("0x1.000003p0", 0x3F800002u)] // halfway, rounds up to even
    [InlineData("0x1.00000100000000000001p0", 0x3F800001u)] // just above halfway
    [InlineData("1.000000059604644775390625", 0x3F800000u)] // exactly halfway in decimal: ties to even
    [InlineData("1.000000059604644775390626", 0x3F800001u)] // would be rounded wrongly via double
    [InlineData("-0", 0x80000000u)]
    [InlineData("inf", 0x7F800000u)]
    [InlineData("-inf", 0xFF800000u)]
    [InlineData("nan", 0x7FC00000u)]
    [InlineData("-nan", 0xFFC00000u)]
    [InlineData("nan:0x1", 0x7F800001u)]
    [InlineData("-nan:0x7f_ffff", 0xFFFFFFFFu)]
    [InlineData("1e-46", 0x00000000u)]
    [InlineData("3.4028235e38", 0x7F7FFFFFu)]
    public void F32(string text, uint bits)
    {
        Assert.Equal(NumberStatus.Ok, NumberParser.ParseF32(text, out uint v));
        Assert.Equal(bits, v);
    }

    [Theory]
    [InlineData("0x1p-1074", 0x0000000000000001UL)]
    [InlineData("0x1.fffffffffffffp1023", 0x7FEFFFFFFFFFFFFFUL)]
    [InlineData("0x1.00000000000008p0", 0x3FF0000000000000UL)] // halfway, even
    [InlineData("0x1.00000000000018p0", 0x3FF0000000000002UL)] // halfway, up to even
    [InlineData("nan:0x4_0000_0000_0000", 0x7FF4000000000000UL)]
    [InlineData("0.1", 0x3FB999999999999AUL)]
    [InlineData("1_000.000_1", 0x408F4000346DC5D6UL)]
    public void F64(string text, ulong bits)
    {
        Assert.Equal(NumberStatus.Ok, NumberParser.ParseF64(text, out ulong v));
        Assert.Equal(bits, v);
    }

    [Theory]
    [InlineData("0x1p128")]
    [InlineData("0x1.ffffffp127")]
    [InlineData("nan:0x80_0000")]
    [InlineData("nan:0x0")]
    [InlineData("1e39")]
    public void F32OutOfRange(string text) => Assert.Equal(NumberStatus.OutOfRange, NumberParser.ParseF32(text, out _));

    [Theory]
    [InlineData("0x1.fffffffffffff8p1023")]
    [InlineData("1e309")]
    public void F64OutOfRange(string text) => Assert.Equal(NumberStatus.OutOfRange, NumberParser.ParseF64(text, out _));
}

using WasmSharp.Text;
using Xunit;

namespace WasmSharp.Text.Tests;

public class ErrorTests
{
    private static WatParseException Fail(string text) => Assert.Throws<WatParseException>(() => WatParser.ParseModule(text));

    [Fact]
    public void UnknownOperatorReportsLineAndColumn()
    {
        var e = Fail("(module\n  (func\n    i32.bogus))");
        Assert.Equal(3, e.Line);
        Assert.Equal(5, e.Column);
        Assert.StartsWith("unknown operator", e.Reason);
        Assert.Equal($"3:5: {e.Reason}", e.Message);
    }

    [Fact]
    public void KnownKeywordInWrongPlaceIsUnexpectedToken()
    {
        var e = Fail("(func (param i32) (result i32) (block (param $x i32)))");
        Assert.StartsWith("unexpected token", e.Reason);
    }

    [Theory]
    [InlineData("(func (i32.const 0x100000000) drop)", "constant out of range")]
    [InlineData("(func (i32.const -0x80000001) drop)", "constant out of range")]
    [InlineData("(func (i64.const 18446744073709551616) drop)", "constant out of range")]
    [InlineData("(func (f32.const 1e39) drop)", "constant out of range")]
    [InlineData("(func (f32.const 0x1p128) drop)", "constant out of range")]
    [InlineData("(func (f64.const nan:0x0) drop)", "constant out of range")]
    [InlineData("(func (f32.const 1_) drop)", "unknown operator")]
    [InlineData("(func (i32.const 0x) drop)", "unknown operator")]
    [InlineData("(func (f32.const .5) drop)", "unknown operator")]
    [InlineData("(func (f32.const) drop)", "unexpected token")]
    public void BadLiterals(string text, string reason)
    {
        Assert.StartsWith(reason, Fail(text).Reason);
    }

    [Fact]
    public void UnterminatedString()
    {
        var e = Fail("(module (import \"abc");
        Assert.Equal("unclosed string", e.Reason);
        Assert.Equal(1, e.Line);
        Assert.Equal(17, e.Column);
    }

    [Fact]
    public void UnterminatedBlockComment()
    {
        var e = Fail("(module\n (; never (; closed ;)\n");
        Assert.Equal("unclosed comment", e.Reason);
        Assert.Equal(2, e.Line);
        Assert.Equal(2, e.Column);
    }

    [Theory]
    [InlineData("(module (func)")]
    [InlineData("(module (func)))")]
    public void UnbalancedParentheses(string text)
    {
        var e = Fail(text);
        Assert.True(e.Reason.StartsWith("unexpected end of input") || e.Reason.StartsWith("unexpected token"), e.Reason);
    }

    [Theory]
    [InlineData("(func $f) (func $f)", "duplicate func")]
    [InlineData("(func (param $x i32) (local $x i32))", "duplicate local")]
    [InlineData("(func (local.get $nope))", "unknown local")]
    [InlineData("(func (call $nope))", "unknown function")]
    [InlineData("(func (br $nope))", "unknown label")]
    [InlineData("(func (block $a end $b))", "unexpected token")]
    [InlineData("(func block $a end $b)", "mismatching label")]
    [InlineData("(func) (import \"m\" \"f\" (func))", "import after function")]
    [InlineData("(type $t (func (param i32))) (func (type $t) (param i64))", "inline function type")]
    [InlineData("(memory 1) (func (drop (i32.load align=3 (i32.const 0))))", "alignment")]
    [InlineData("(func (v128.const i32x4 1 2 3) drop)", "wrong number of lane literals")]
    [InlineData("(func $\"\")", "empty identifier")]
    [InlineData("(import \"\\ff\" \"f\" (func))", "malformed UTF-8 encoding")]
    [InlineData("(start 0) (start 0) (func)", "multiple start sections")]
    [InlineData("(func (ref.null bogus) drop)", "unknown operator")]
    [InlineData("(func (local.get $x) (local $y i32))", "unknown local")]
    public void SpecSuiteWording(string text, string reason)
    {
        Assert.StartsWith(reason, Fail(text).Reason);
    }
}

using WasmSharp.Text;
using Xunit;

namespace WasmSharp.Text.Tests;

public class AnnotationTests
{
    private static string Hex(string wat) => Convert.ToHexString(WatParser.ParseModule(wat)).ToLowerInvariant();

    private static string HexOf(string s) => Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(s)).ToLowerInvariant();

    [Fact]
    public void UnknownAnnotationsAreWhiteSpace()
    {
        Assert.Equal(Hex("(module (func (nop)))"), Hex("(module (@a x (y \")\") (@b)) (func (@c 1 2) (nop (@d))))"));
    }

    [Fact]
    public void CustomSectionPlacement()
    {
        string hex = Hex("""
            (module
              (@custom "a" (after func) "1")
              (type (func))
              (func)
              (@custom "b" (before type) "2")
              (@custom "c" "3"))
            """);
        string a = "00" + "03" + "01" + HexOf("a") + HexOf("1");
        string b = "00" + "03" + "01" + HexOf("b") + HexOf("2");
        string c = "00" + "03" + "01" + HexOf("c") + HexOf("3");
        Assert.Equal("0061736d01000000" + b + "010401600000" + "03020100" + a + "0a040102000b" + c, hex);
    }

    [Theory]
    [InlineData("(@custom)", "@custom annotation: missing section name")]
    [InlineData("(@custom \"x\" (after))", "@custom annotation: malformed section kind")]
    [InlineData("(@custom \"x\" (aft type))", "@custom annotation: malformed placement")]
    [InlineData("(@custom \"x\" here)", "@custom annotation: unexpected token")]
    [InlineData("(func (@custom \"x\"))", "misplaced @custom annotation")]
    [InlineData("(module (@name \"a\") (@name \"b\"))", "@name annotation: multiple module")]
    [InlineData("(module (func) (@name \"M\"))", "misplaced @name annotation")]
    [InlineData("(@a", "unclosed annotation")]
    [InlineData("(@ x)", "empty annotation id")]
    public void MalformedAnnotations(string text, string reason)
    {
        Assert.StartsWith(reason, Assert.Throws<WatParseException>(() => WatParser.ParseModule(text)).Reason);
    }

    [Fact]
    public void NameAnnotationsProduceNameSection()
    {
        string hex = Hex("(module $m (@name \"M\") (func (@name \"f\")))");
        string names = HexOf("name") + "00" + "02" + "01" + HexOf("M") + "01" + "04" + "01" + "00" + "01" + HexOf("f");
        Assert.EndsWith("00" + "0f" + "04" + names, hex);
    }

    // Offsets are relative to the start of the function body (its local declarations); checked against wasm-tools.
    [Fact]
    public void BranchHints()
    {
        string hex = Hex("""
            (module
              (func (param i32) (local i32)
                local.get 0
                (@metadata.code.branch_hint "\01") if end))
            """);
        Assert.Contains(HexOf("metadata.code.branch_hint") + "01" + "00" + "01" + "05" + "01" + "01", hex);
    }

    [Theory]
    [InlineData("(func (@metadata.code.branch_hint \"\\01\") (@metadata.code.branch_hint \"\\01\") (if (i32.const 0) (then)))", "duplicate annotation")]
    [InlineData("(@metadata.code.branch_hint \"\\01\") (func)", "not in a function")]
    [InlineData("(func (@metadata.code.branch_hint \"\\01\") nop)", "invalid target")]
    public void BranchHintErrors(string text, string reason)
    {
        Assert.EndsWith(reason, Assert.Throws<WatParseException>(() => WatParser.ParseModule(text)).Reason);
    }
}

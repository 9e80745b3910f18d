using WasmSharp.Text;
using WasmSharp.Text.Wast;
using Xunit;

namespace WasmSharp.Text.Tests;

public class WastParserTests
{
    [Fact]
    public void ParsesCommandsAndLines()
    {
        var script = WastParser.ParseScript("""
            (module $M (func (export "f") (param i32) (result i32) local.get 0))
            (register "m" $M)
            (assert_return (invoke $M "f" (i32.const -1)) (i32.const 0xffffffff))
            (assert_trap (invoke "f" (i32.const 0)) "unreachable")
            (assert_malformed (module quote "(func i32.bogus)") "unknown operator")
            (assert_invalid (module (func (result i32))) "type mismatch")
            (module definition $D binary "\00asm" "\01\00\00\00")
            (module instance $I $D)
            (assert_exception (invoke "f"))
            (assert_exhaustion (invoke "f") "call stack exhausted")
            (get "g")
            """, "x.wast");
        Assert.Equal("x.wast", script.FileName);
        var c = script.Commands;
        Assert.Equal(11, c.Count);
        var m = Assert.IsType<WastModuleCommand>(c[0]);
        Assert.Equal(1, m.Line);
        Assert.Equal("$M", m.Module.Id);
        Assert.False(m.IsDefinition);
        Assert.NotEmpty(m.Module.ToBinary());
        Assert.Equal(new WastRegisterCommand(2, "m", "$M"), c[1]);
        var ar = Assert.IsType<WastAssertReturn>(c[2]);
        var inv = Assert.IsType<WastInvoke>(ar.Action);
        Assert.Equal("$M", inv.ModuleId);
        Assert.Equal(0xFFFFFFFFUL, inv.Args[0].Low);
        Assert.Equal(new WastExpectedValue(WastValue.I32(-1)), ar.Results[0]);
        Assert.Equal("unreachable", Assert.IsType<WastAssertTrap>(c[3]).Message);
        var mal = Assert.IsType<WastAssertMalformed>(c[4]);
        Assert.Equal(WastModuleKind.Quote, mal.Module.Kind);
        Assert.StartsWith("unknown operator", Assert.Throws<WatParseException>(() => mal.Module.ToBinary()).Reason);
        Assert.IsType<WastAssertInvalid>(c[5]);
        var def = Assert.IsType<WastModuleCommand>(c[6]);
        Assert.True(def.IsDefinition);
        Assert.Equal(WastModuleKind.Binary, def.Module.Kind);
        Assert.Equal(new byte[] { 0, 0x61, 0x73, 0x6D, 1, 0, 0, 0 }, def.Module.ToBinary());
        Assert.Equal(new WastModuleInstanceCommand(8, "$I", "$D"), c[7]);
        Assert.IsType<WastAssertException>(c[8]);
        Assert.IsType<WastAssertExhaustion>(c[9]);
        Assert.IsType<WastGet>(Assert.IsType<WastActionCommand>(c[10]).Action);
    }

    [Fact]
    public void MalformedModuleDoesNotFailScript()
    {
        var script = WastParser.ParseScript("(assert_malformed (module (func (i32.const 0x1_0000_0000))) \"constant out of range\")\n(module)");
        var mal = Assert.IsType<WastAssertMalformed>(script.Commands[0]);
        var e = Assert.Throws<WatParseException>(() => mal.Module.ToBinary());
        Assert.Equal(1, e.Line);
        Assert.Equal(44, e.Column);
        Assert.Equal(2, script.Commands[1].Line);
    }

    [Fact]
    public void ExpectedPatterns()
    {
        var script = WastParser.ParseScript("""
            (assert_return (invoke "f")
              (f32.const nan:canonical) (f64.const nan:arithmetic) (f32.const -nan:0x200000)
              (v128.const f32x4 1 nan:canonical 2 nan:arithmetic) (v128.const i16x8 1 2 3 4 5 6 7 -1)
              (ref.null) (ref.null func) (ref.func) (ref.extern) (ref.extern 1) (ref.host 2)
              (ref.any) (ref.eq) (ref.i31) (ref.struct) (ref.array) (ref.exn) (ref.null exn)
              (either (i32.const 1) (i32.const 2)))
            """);
        var r = Assert.IsType<WastAssertReturn>(Assert.Single(script.Commands)).Results;
        Assert.Equal(new WastExpectedNan(WastValueType.F32, WastNanKind.Canonical), r[0]);
        Assert.Equal(new WastExpectedNan(WastValueType.F64, WastNanKind.Arithmetic), r[1]);
        Assert.Equal(new WastExpectedValue(WastValue.F32Bits(0xFFA00000)), r[2]);
        var v = Assert.IsType<WastExpectedV128>(r[3]);
        Assert.Equal(WastV128Shape.F32x4, v.Shape);
        Assert.Equal(new WastExpectedValue(WastValue.F32Bits(0x3F800000)), v.Lanes[0]);
        Assert.IsType<WastExpectedNan>(v.Lanes[1]);
        var exact = Assert.IsType<WastExpectedValue>(r[4]).Value;
        Assert.Equal(WastValueType.V128, exact.Type);
        Assert.Equal(0x0004000300020001UL, exact.Low);
        Assert.Equal(0xFFFF000700060005UL, exact.High);
        Assert.Equal(new WastExpectedRef(WastRefKind.Null), r[5]);
        Assert.Equal(new WastExpectedValue(new WastValue(WastValueType.RefNull, 0, 0, "func")), r[6]);
        Assert.Equal(new WastExpectedRef(WastRefKind.Func), r[7]);
        Assert.Equal(new WastExpectedRef(WastRefKind.Extern), r[8]);
        Assert.Equal(new WastExpectedValue(new WastValue(WastValueType.RefExtern, 1)), r[9]);
        Assert.Equal(new WastExpectedValue(new WastValue(WastValueType.RefHost, 2)), r[10]);
        Assert.Equal(new WastExpectedRef(WastRefKind.Exn), r[16]);
        Assert.Equal(new WastExpectedValue(new WastValue(WastValueType.RefNull, 0, 0, "exn")), r[17]);
        Assert.Equal(2, Assert.IsType<WastExpectedEither>(r[18]).Alternatives.Count);
    }

    [Fact]
    public void ThreadAndWait()
    {
        var script = WastParser.ParseScript("""
            (module $Mem (memory 1 1 shared))
            (thread $T1 (shared (module $Mem))
              (register "mem" $Mem)
              (module (memory (import "mem" "shared") 1 1 shared)))
            (wait $T1)
            """);
        var t = Assert.IsType<WastThread>(script.Commands[1]);
        Assert.Equal("$T1", t.Name);
        Assert.Equal(new[] { "$Mem" }, t.SharedModules);
        Assert.Equal(2, t.Commands.Count);
        Assert.Equal(new WastWait(5, "$T1"), script.Commands[2]);
    }

    [Fact]
    public void InlineModuleScript()
    {
        var script = WastParser.ParseScript("(func) (memory 0) (func (export \"f\"))");
        var m = Assert.IsType<WastModuleCommand>(Assert.Single(script.Commands));
        Assert.Equal(WastModuleKind.Text, m.Module.Kind);
        Assert.NotEmpty(m.Module.ToBinary());
    }

    [Fact]
    public void QuotedDefinitionAndInvalidUtf8()
    {
        var script = WastParser.ParseScript("(module definition $d quote \"(func)\")\n(assert_malformed (module quote \"(@a \\80)\") \"malformed UTF-8 encoding\")");
        var def = Assert.IsType<WastModuleCommand>(script.Commands[0]);
        Assert.True(def.IsDefinition);
        Assert.Equal("$d", def.Module.Id);
        Assert.Equal("(func)", def.Module.Text);
        Assert.Equal(WatParser.ParseModule("(func)"), def.Module.ToBinary());
        var mal = Assert.IsType<WastAssertMalformed>(script.Commands[1]);
        Assert.Equal("malformed UTF-8 encoding", Assert.Throws<WatParseException>(() => mal.Module.ToBinary()).Reason);
    }
}

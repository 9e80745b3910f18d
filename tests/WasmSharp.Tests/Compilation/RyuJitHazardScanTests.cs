using System.Reflection;
using WasmSharp.Binary;
using WasmSharp.Compilation;
using WasmSharp.Operators;

namespace WasmSharp.Tests.Compilation;

/// <summary>
/// <see cref="RyuJitHazardScan"/> decides where compiled rotates keep their count opaque and where
/// xors get a barrier: the workarounds cost registers and instructions in hash and cipher loops,
/// so the scan must find the paths to a test (the misc scripts check that the code is then right)
/// and must not flag the values that cannot get there.
/// </summary>
public class RyuJitHazardScanTests
{
    private static readonly MethodInfo s_compiled = typeof(RyuJitHazardScanTests).GetMethod(nameof(Hazards), BindingFlags.NonPublic | BindingFlags.Static)!;

    [Fact]
    public void RotatesInALoopThatTestsOtherValuesNeedNoOpaqueCount()
    {
        // ratelimit's shape: SipHash rounds in locals, the hash used as an address, the loop
        // counter and loaded values tested, a local reused for a counter after holding a rotate.
        const string body = """
            (loop $round
              (local.set $v0 (i64.add (local.get $v0) (local.get $v1)))
              (local.set $v1 (i64.xor (i64.rotl (local.get $v1) (i64.const 13)) (local.get $v0)))
              (local.set $v0 (i64.rotl (local.get $v0) (i64.const 32)))
              (local.set $slot (i32.and (i32.wrap_i64 (local.get $v0)) (i32.const 1020)))
              (local.set $t (i32.load (local.get $slot)))
              (if (i32.gt_u (local.get $t) (i32.const 9)) (then (i32.store (local.get $slot) (i32.const 0))))
              (local.set $slot (i32.add (local.get $slot) (i32.const 1)))
              (drop (i32.eqz (local.get $slot)))
              (local.set $n (i64.add (local.get $n) (i64.const 1)))
              (br_if $round (i64.ne (local.get $n) (i64.const 1000))))
            (local.get $v1)
            """;
        Assert.False(Hazards(Module(body, "(result i64)", locals: "(local $v0 i64) (local $v1 i64) (local $n i64) (local $slot i32) (local $t i32)")).RotateMayBeTested);
    }

    [Theory]
    [InlineData("(i32.eqz (i32.rotl (local.get $x) (i32.const 3)))")]
    [InlineData("(local.set $t (i32.rotl (local.get $x) (i32.const 3))) (i32.eqz (local.get $t))")]
    [InlineData("(local.set $t (i32.const 0)) (i32.eqz (i32.xor (i32.rotl (local.get $x) (i32.const 3)) (local.get $t)))")]
    [InlineData("(i32.eqz (block (result i32) (i32.rotl (local.get $x) (i32.const 3))))")]
    [InlineData("(i32.lt_u (i32.rotl (local.get $x) (i32.const 3)) (i32.const 1))")]
    [InlineData("(i32.gt_s (i32.rotl (local.get $x) (i32.const 3)) (i32.const -1))")]
    [InlineData("(local.set $t (i32.const 5)) (i32.eqz (i32.rotl (local.get $x) (local.get $t)))")]
    [InlineData("(select (i32.const 1) (i32.const 2) (i32.rotl (local.get $x) (i32.const 3)))")]
    [InlineData("(i32.div_u (i32.const 7) (i32.rotl (local.get $x) (i32.const 3)))")]
    [InlineData("(loop $l (br_if $l (i32.eqz (local.get $t))) (local.set $t (i32.rotl (local.get $x) (i32.const 3))) (br_if $l (local.get $x))) (i32.const 0)")]
    [InlineData("(if (local.get $x) (then (local.set $t (i32.rotl (local.get $x) (i32.const 3))))) (i32.eqz (local.get $t))")]
    public void RotateResultsThatMayReachATestAreFound(string body)
    {
        Assert.True(Hazards(Module(body, "(param $x i32) (result i32)", keepFrame: true)).RotateMayBeTested);
    }

    [Theory]
    [InlineData("(i32.eqz (i32.add (i32.rotl (local.get $x) (i32.const 3)) (i32.const 1)))")]
    [InlineData("(i32.eqz (i32.and (i32.rotl (local.get $x) (i32.const 3)) (local.get $x)))")]
    [InlineData("(i32.eqz (i32.rotl (local.get $x) (local.get $x)))")]
    [InlineData("(local.set $t (i32.rotl (local.get $x) (i32.const 3))) (local.set $t (local.get $x)) (i32.eqz (local.get $t))")]
    [InlineData("(i32.store (i32.const 0) (i32.rotl (local.get $x) (i32.const 3))) (i32.eqz (i32.load (i32.const 0)))")]
    [InlineData("(i32.lt_u (i32.rotl (local.get $x) (i32.const 3)) (i32.const 100))")]
    public void RotateResultsThatCannotReachATestAreNotFlagged(string body)
    {
        Assert.False(Hazards(Module(body, "(param $x i32) (result i32)", keepFrame: true)).RotateMayBeTested);
    }

    [Fact]
    public void ARotateReturnedByALeafTheJitMayInlineIsFlaggedUnlessItKeepsItsFrame()
    {
        const string rotate = "(i32.rotl (local.get $x) (i32.const 3))";
        Assert.True(Hazards(Module(rotate, "(param $x i32) (result i32)")).RotateMayBeTested);
        Assert.False(Hazards(Module(rotate, "(param $x i32) (result i32)", keepFrame: true)).RotateMayBeTested);
    }

    [Fact]
    public void ACodeShapeTheScanDoesNotFollowGetsEveryWorkaround()
    {
        RyuJitHazards hazards = Hazards(Module("(try_table) (i32.rotl (local.get $x) (i32.const 3))", "(param $x i32) (result i32)", keepFrame: true));
        Assert.True(hazards.RotateMayBeTested);
        Assert.True(hazards.XorMayJoinShifts(0));
    }

    [Theory]
    [InlineData("(i32.xor (i32.shl (local.get $x) (local.get $y)) (i32.shr_u (local.get $x) (i32.sub (i32.const 32) (local.get $y))))", true)]
    [InlineData("(local.set $t (i32.shl (local.get $x) (local.get $y))) (i32.xor (i32.shr_u (local.get $x) (local.get $y)) (local.get $t))", true)]
    [InlineData("(i32.xor (i32.shl (local.get $x) (i32.const 3)) (i32.shr_u (local.get $x) (i32.const 29)))", false)]
    [InlineData("(i32.xor (i32.shl (local.get $x) (local.get $y)) (local.get $x))", false)]
    [InlineData("(i32.xor (i32.shl (local.get $x) (local.get $y)) (i32.add (i32.shr_u (local.get $x) (local.get $y)) (i32.const 1)))", false)]
    public void XorsOfTwoVariableShiftsAreFound(string body, bool expected)
    {
        ModuleInfo module = Module(body, "(param $x i32) (param $y i32) (result i32)", keepFrame: true);
        int xor = XorOffsets(module).Single();
        Assert.Equal(expected, Hazards(module).XorMayJoinShifts(xor));
    }

    [Fact]
    public void AnInlinableLeafsParametersMayBeItsCallersShifts()
    {
        ModuleInfo module = Module("(i32.xor (local.get $x) (local.get $y))", "(param $x i32) (param $y i32) (result i32)");
        Assert.True(Hazards(module).XorMayJoinShifts(XorOffsets(module).Single()));
    }

    // The module of one function with `signature`, `locals` and `body`; with `keepFrame`, the
    // function also loads from memory (it may trap), which keeps the JIT from inlining it.
    private static ModuleInfo Module(string body, string signature, bool keepFrame = false, string locals = "(local $t i32)")
    {
        string trap = keepFrame ? "(drop (i32.load (i32.const 0)))" : "";
        var engine = new Engine(new Config { Strategy = Strategy.Interpreter });
        return WasmSharp.Module.FromText(engine, $"(module (memory 1) (func {signature} {locals} {trap} {body}))").Info;
    }

    private static RyuJitHazards Hazards(ModuleInfo module)
    {
        FunctionFacts?[] facts = module.Bodies.Select(body => (FunctionFacts?)FunctionScanner.Scan(module, body)).ToArray();
        MethodInfo?[] methods = facts.Select(_ => (MethodInfo?)s_compiled).ToArray();
        var compilation = new ModuleCompilation(module, methods, facts, []);
        return RyuJitHazardScan.Scan(compilation, module.ImportedFunctionCount);
    }

    private static List<int> XorOffsets(ModuleInfo module) =>
        InstructionOffsets.Of(module, op => op is Operator.I32Xor or Operator.I64Xor);
}

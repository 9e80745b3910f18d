using WasmSharp.Binary;
using WasmSharp.Compilation;
using WasmSharp.Operators;

namespace WasmSharp.Tests.Compilation;

/// <summary>
/// <see cref="AddressRangeAnalysis"/> decides which loads and stores the compiler emits without a
/// bounds check. Each proof left out is a check paid on every access; each wrong one is a write
/// outside the sandbox. These tests pin both sides on the shapes compilers emit (the misc script
/// bounds-checks-left-out-only-for-addresses-proven-in-bounds.wast runs the unproven ones to their traps).
/// </summary>
public class AddressRangeAnalysisTests
{
    [Fact]
    public void ASieveOverAStaticArrayNeedsNoChecks()
    {
        // shootout-sieve as clang emits it: flags at 1000, i from 2 to 8192, k from 2i by i.
        const string body = """
            (local.set $i (i32.const 2))
            (loop $outer
              (block $next
                (br_if $next (i32.eqz (i32.load8_u offset=1000 (local.get $i))))
                (br_if $next (i32.gt_u (local.get $i) (i32.const 4096)))
                (local.set $k (i32.shl (local.get $i) (i32.const 1)))
                (loop $strike
                  (i32.store8 offset=1000 (local.get $k) (i32.const 0))
                  (br_if $strike (i32.lt_u (local.tee $k (i32.add (local.get $k) (local.get $i))) (i32.const 8193)))))
              (br_if $outer (i32.ne (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 8193))))
            """;
        Assert.Equal([true, true], Proven(body));
    }

    [Theory]
    [InlineData(16384, true)]
    [InlineData(16385, false)]
    public void ACounterLoopIsProvenUpToTheMinimumSizeExactly(int bound, bool proven)
    {
        string body = $"""
            (loop $l
              (i32.store (i32.shl (local.get $i) (i32.const 2)) (local.get $i))
              (br_if $l (i32.lt_s (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const {bound}))))
            """;
        Assert.Equal([proven], Proven(body));
    }

    [Theory]
    [InlineData("(i32.load (i32.and (local.get $x) (i32.const 0xFFFC)))", "y")]
    [InlineData("(i32.load (i32.and (local.get $x) (i32.const 0xFFFF)))", "n")]
    [InlineData("(i32.load8_u (i32.rem_u (local.get $x) (i32.const 65536)))", "y")]
    [InlineData("(i32.load8_u (i32.shr_u (local.get $x) (i32.const 16)))", "y")]
    [InlineData("(i32.load8_u (i32.shr_u (local.get $x) (i32.const 15)))", "n")]
    [InlineData("(i32.load8_u (i32.add (i32.load8_u (local.get $x)) (i32.const 65280)))", "ny")]
    [InlineData("(i32.load8_u (i32.add (i32.load8_u (local.get $x)) (i32.const 65281)))", "nn")]
    [InlineData("(i32.load8_u (select (i32.const 10) (i32.const 65536) (local.get $x)))", "n")]
    [InlineData("(i32.load8_u (select (i32.const 10) (i32.const 65535) (local.get $x)))", "y")]
    [InlineData("(i32.load16_u offset=65534 (i32.const 0))", "y")]
    [InlineData("(i32.load16_u offset=65535 (i32.const 0))", "n")]
    public void TablesIndexedThroughMasksAndShifts(string access, string proven)
    {
        Assert.Equal(proven.Select(c => c == 'y'), Proven($"(drop {access})", signature: "(param $x i32)"));
    }

    [Theory]
    [InlineData("(if (i32.lt_s (local.get $x) (i32.const 100)) (then (drop (i32.load8_u (local.get $x)))))", false)]
    [InlineData("(if (i32.lt_u (local.get $x) (i32.const 100)) (then (drop (i32.load8_u (local.get $x)))))", true)]
    [InlineData("(if (i32.lt_u (local.get $x) (i32.const 100)) (then) (else (drop (i32.load8_u (local.get $x)))))", false)]
    [InlineData("(if (i32.ge_s (local.get $x) (i32.const 0)) (then (if (i32.lt_s (local.get $x) (i32.const 100)) (then (drop (i32.load8_u (local.get $x)))))))", true)]
    [InlineData("(block $b (br_if $b (i32.eqz (i32.lt_u (local.get $x) (i32.const 100)))) (drop (i32.load8_u (local.get $x))))", true)]
    [InlineData("(block $b (br_if $b (i32.ge_u (local.get $x) (i32.const 100))) (drop (i32.load8_u (local.get $x))))", true)]
    [InlineData("(block $b (i32.ge_u (local.get $x) (i32.const 100)) (local.set $x (i32.const 70000)) (br_if $b) (drop (i32.load8_u (local.get $x))))", false)]
    [InlineData("(block $b (br_if $b (local.get $x)) (drop (i32.load8_u (i32.add (local.get $x) (i32.const 65535)))))", true)]
    [InlineData("(if (i32.lt_u (local.get $x) (i32.const 10)) (then (drop (i32.load8_u (i32.sub (local.get $x) (i32.const 1))))))", false)]
    [InlineData("(if (i32.gt_u (local.get $x) (i32.const 0)) (then (if (i32.lt_u (local.get $x) (i32.const 10)) (then (drop (i32.load8_u (i32.sub (local.get $x) (i32.const 1))))))))", true)]
    public void BranchesNarrowTheComparedLocalOnEachEdge(string body, bool proven)
    {
        Assert.Equal([proven], Proven(body, signature: "(param $x i32)"));
    }

    [Theory]
    [InlineData("(i32.const 0) (loop $l (param i32) (result i32) (i32.store8 (i32.const 9)) (local.set $x (i32.sub (local.get $x) (i32.const 1))) (br_if $l (i32.add (local.get $x) (i32.const 65530)) (local.get $x))) (drop)")]
    [InlineData("(block $done (loop $l (i32.store (i32.mul (local.get $i) (i32.const 4096)) (local.get $i)) (local.set $i (i32.add (local.get $i) (i32.const 1))) (br_table $l $done (i32.ge_u (local.get $i) (i32.const 40)))))")]
    [InlineData("(local.set $i (i32.const 3)) (loop $l (i32.store8 (local.get $i) (i32.const 1)) (local.set $i (i32.sub (local.get $i) (i32.const 1))) (br_if $l (i32.ne (local.get $i) (i32.const 5))))")]
    [InlineData("(loop $l (i32.store8 (local.get $i) (i32.const 1)) (br_if $l (i32.le_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 65536))))")]
    public void LoopsWhoseAddressesLeaveTheMemoryKeepTheirChecks(string body)
    {
        Assert.Equal([false], Proven(body, signature: "(param $x i32)"));
    }

    [Fact]
    public void FunctionsWithExceptionHandlingAreNotAnalysed()
    {
        ModuleInfo module = Module("(try_table (i32.store (i32.const 0) (i32.const 1)))", "", "(local $i i32)");
        Assert.Null(AddressRangeAnalysis.Analyze(module, module.Bodies[0], module.GetFunctionType(0)));
    }

    [Fact]
    public void AFunctionThatKeepsThousandsOfOperandsOnTheStackRunsOutOfItsBudget()
    {
        // Each local.set looks at every operand for facts about the local, and pays for it: this
        // function would otherwise take the analysis hundreds of millions of steps.
        string pushes = string.Concat(Enumerable.Repeat("(i32.const 1) ", 20_000));
        string sets = string.Concat(Enumerable.Repeat("(local.set $i) ", 20_000));
        ModuleInfo module = Module($"{pushes}{sets}(drop (i32.load8_u (i32.and (local.get $i) (i32.const 255))))", "", "(local $i i32)");
        Assert.Null(AddressRangeAnalysis.Analyze(module, module.Bodies[0], module.GetFunctionType(0)));
        Assert.Equal([true], Proven("(drop (i32.load8_u (i32.and (local.get $i) (i32.const 255))))"));
    }

    [Fact]
    public void AnImportedMemoryIsBoundedByItsImportsMinimum()
    {
        var engine = new Engine(new Config { Strategy = Strategy.Interpreter });
        ModuleInfo module = WasmSharp.Module.FromText(engine, """
            (module (import "env" "m" (memory 2))
              (func (param $x i32) (drop (i32.load8_u (i32.and (local.get $x) (i32.const 0x1FFFF))))
                                   (drop (i32.load8_u (i32.and (local.get $x) (i32.const 0x3FFFF))))))
            """).Info;
        HashSet<int>? proven = AddressRangeAnalysis.Analyze(module, module.Bodies[0], module.GetFunctionType(0));
        Assert.Equal([true, false], AccessOffsets(module).Select(offset => proven?.Contains(offset) == true));
    }

    // Whether each load and store of the function, in program order, is proven in bounds.
    private static bool[] Proven(string body, string signature = "")
    {
        ModuleInfo module = Module(body, signature, "(local $i i32) (local $k i32)");
        HashSet<int>? proven = AddressRangeAnalysis.Analyze(module, module.Bodies[0], module.GetFunctionType(0));
        return AccessOffsets(module).Select(offset => proven?.Contains(offset) == true).ToArray();
    }

    private static ModuleInfo Module(string body, string signature, string locals)
    {
        var engine = new Engine(new Config { Strategy = Strategy.Interpreter });
        return WasmSharp.Module.FromText(engine, $"(module (memory 1) (func {signature} {locals} {body}))").Info;
    }

    private static List<int> AccessOffsets(ModuleInfo module) =>
        InstructionOffsets.Of(module, op => op is >= Operator.I32Load and <= Operator.I64Store32);
}

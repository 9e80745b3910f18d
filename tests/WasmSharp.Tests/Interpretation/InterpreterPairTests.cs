using WasmSharp.Binary;
using WasmSharp.Interpretation;
using WasmSharp.Text;
using WasmSharp.Validation;

namespace WasmSharp.Tests.Interpretation;

/// <summary>
/// The translator pairs adjacent instructions that hot loops run back to back (Translator.Pairs.cs)
/// where the benchmarks lay them out, and only there: each case is the shape of one benchmark's
/// loop (as in misc/paired-instructions-run-in-order-and-trap-at-their-own.wast, which checks
/// what they compute) and must translate to its pair opcode.
/// </summary>
public sealed class InterpreterPairTests
{
    public static TheoryData<string, string> Pairs() => new()
    {
        // gcc-loops: c[i] = a[i] + b[i] at constant bases, two elements a step.
        {
            """
            (param $n i32) (local $i i32) (local $k i32)
            (loop $next
              (i32.store (i32.add (local.get $i) (i32.const 128))
                (i32.add (i32.load (i32.add (local.get $i) (i32.const 0))) (i32.load (i32.add (local.get $i) (i32.const 32)))))
              (i32.store (i32.add (local.get $i) (i32.const 132))
                (i32.add (i32.load (i32.add (local.get $i) (i32.const 4))) (i32.load (i32.add (local.get $i) (i32.const 36)))))
              (local.set $i (i32.add (local.get $i) (i32.const 8)))
              (br_if $next (i32.ne (local.get $n) (local.tee $k (i32.add (local.get $k) (i32.const 2))))))
            """,
            nameof(Op.I32AddImmThenLoad)
        },
        { "(param $p i32) (result i32) (i32.add (i32.load (i32.add (local.get $p) (i32.const 4))) (i32.load (i32.add (local.get $p) (i32.const 8))))", nameof(Op.LoadThenLoad) },
        { "(param $p i32) (param $q i32) (i32.store (local.get $p) (i32.add (i32.load (i32.add (local.get $q) (i32.const 4))) (local.get $q)))", nameof(Op.LoadThenI32StoreAdd) },
        { "(param $p i32) (param $v i32) (result i32) (i32.store (local.get $p) (local.get $v)) (local.set $p (i32.add (local.get $p) (i32.const 4))) (local.get $p)", nameof(Op.StoreThenI32AddImm) },
        { "(param $p i32) (param $x i32) (result i32) (i32.store (local.get $p) (i32.add (local.get $x) (local.get $p))) (local.set $p (i32.add (local.get $p) (i32.const 4))) (local.get $p)", nameof(Op.I32StoreAddThenI32AddImm) },
        { "(param $v0 i64) (param $v1 i64) (param $v2 i64) (result i64) (local.set $v0 (i64.add (local.get $v0) (local.get $v1))) (local.set $v1 (i64.xor (local.get $v1) (local.get $v0))) (local.set $v2 (i64.rotl (local.get $v2) (i64.const 13))) (i64.sub (local.get $v2) (local.get $v1))", nameof(Op.I64AddXorThenRotl) },
        // sieve's clearing loop (below a constant) and flag test.
        {
            """
            (param $k i32) (param $i i32)
            (loop $inner
              (i32.store8 (i32.add (local.get $k) (i32.const 1024)) (i32.const 0))
              (br_if $inner (i32.lt_u (local.tee $k (i32.add (local.get $k) (local.get $i))) (i32.const 8192))))
            """,
            nameof(Op.Store8ImmThenCountLtU)
        },
        { "(param $p i32) (result i32) (block $zero (br_if $zero (i32.eqz (i32.load8_u (i32.add (local.get $p) (i32.const 1))))) (return (i32.const 1))) (i32.const 0)", nameof(Op.Load8UThenBrIfEqz) },
        { "(param $c i32) (param $d i32) (result i32) (i32.add (i32.add (local.get $c) (local.get $d)) (i32.lt_u (i32.add (local.get $c) (i32.const -65)) (i32.const 26)))", nameof(Op.I32AddThenRangeCountAdd) },
        { "(param $c i32) (param $m i32) (result i32) (i32.or (i32.lt_u (i32.add (local.get $c) (i32.const -48)) (i32.const 10)) (local.get $m))", nameof(Op.RangeCheckThenI32Or) },
        { "(param $a i64) (param $b i64) (param $c i64) (param $d i64) (result i64) (i64.add (i64.shr_u (i64.add (i64.mul (local.get $a) (local.get $b)) (local.get $c)) (i64.const 51)) (local.get $d))", nameof(Op.I64CarryThenI64Add) },
        { "(param $x i32) (param $y i32) (param $z i32) (result i32) (i32.xor (i32.xor (local.get $x) (i32.shl (local.get $z) (i32.const 1))) (i32.shl (i32.and (local.get $y) (local.get $z)) (i32.const 2)))", nameof(Op.I32AndThenShlImmXor) },
        { "(param $x i32) (param $y i32) (param $z i32) (result i32) (local $t i32) (local $u i32) (local.set $t (i32.xor (local.get $x) (local.get $y))) (local.set $u (i32.xor (local.get $z) (local.get $x))) (i32.add (local.get $t) (local.get $u))", nameof(Op.I32XorThenXor) },
        { "(param $c i32) (result i32) (local $t i32) (local.set $t (i32.xor (i32.add (local.get $c) (i32.const 0x41)) (i32.const 0x20))) (i32.add (i32.and (i32.shr_u (local.get $t) (i32.const 3)) (i32.const 7)) (local.get $t))", nameof(Op.AddImmXorImmThenShrUAndImm) },
        // ChaCha's quarter rounds (i32) and xblabla20's (i64): an add-xor-rotate after another.
        {
            """
            (param $a i32) (param $b i32) (param $c i32) (param $d i32) (result i32)
            (local.set $a (i32.add (local.get $a) (local.get $b))) (local.set $d (i32.rotl (i32.xor (local.get $d) (local.get $a)) (i32.const 16)))
            (local.set $c (i32.add (local.get $c) (local.get $d))) (local.set $b (i32.rotl (i32.xor (local.get $b) (local.get $c)) (i32.const 12)))
            (i32.sub (local.get $b) (local.get $d))
            """,
            nameof(Op.I32ArxThenArx)
        },
        {
            """
            (param $a i64) (param $b i64) (param $c i64) (param $d i64) (result i64)
            (local.set $a (i64.add (local.get $a) (local.get $b))) (local.set $d (i64.rotl (i64.xor (local.get $d) (local.get $a)) (i64.const 32)))
            (local.set $c (i64.add (local.get $c) (local.get $d))) (local.set $b (i64.rotl (i64.xor (local.get $b) (local.get $c)) (i64.const 24)))
            (i64.sub (local.get $b) (local.get $d))
            """,
            nameof(Op.I64ArxThenArx)
        },
        { "(param $p i32) (param $q i32) (result i32) (i32.sub (i32.load (local.get $p)) (i32.load offset=8 (local.get $q)))", nameof(Op.PlainLoadThenLoad) },
        { "(param $a i32) (param $b i32) (param $c i32) (param $d i32) (result i32) (i32.mul (i32.add (local.get $a) (local.get $b)) (i32.add (local.get $c) (local.get $d)))", nameof(Op.I32AddThenAdd) },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void TheBenchmarkShapeTranslatesToItsPair(string function, string pair)
    {
        Assert.Contains((int)Enum.Parse<Op>(pair), Translate(function));
    }

    [Fact]
    public void InstructionsWithAnotherBetweenThemStayApart()
    {
        // The two loads of LoadThenLoad with a constant kept in a local between them.
        int[] code = Translate("(param $p i32) (result i32) (local $t i32) (i32.load (i32.add (local.get $p) (i32.const 4))) (local.set $t (i32.const 9)) (i32.load (i32.add (local.get $p) (i32.const 8))) i32.add (local.get $t) i32.add");
        Assert.DoesNotContain((int)Op.LoadThenLoad, code);
        Assert.Equal(2, code.Count(op => op == (int)Op.MemoryZeroAddImm));
    }

    private static int[] Translate(string function)
    {
        ModuleInfo info = ModuleDecoder.Decode(WatParser.ParseModule($"(module (memory 1) (func {function}))"), WasmFeatures.All);
        ModuleValidator.Validate(info, WasmFeatures.All);
        return Translator.Translate(new InterpretedModule(info, consumeFuel: false, epochInterruption: false, epochContinuation: false), 0).Code;
    }
}

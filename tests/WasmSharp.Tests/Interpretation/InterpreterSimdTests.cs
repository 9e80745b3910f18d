using System.Runtime.Intrinsics;
using WasmSharp.Binary;
using WasmSharp.Interpretation;
using WasmSharp.Text;
using WasmSharp.Validation;

namespace WasmSharp.Tests.Interpretation;

/// <summary>SIMD in the interpreter tier (<see cref="Strategy.Interpreter"/>) through the public API, and its translation.</summary>
public sealed class InterpreterSimdTests
{
    // Writes SIMD results into locals with local.set: a fresh local, a local that is also an input
    // of the instruction, a lane instruction, a scalar result and a lane load whose vector input is
    // the local it writes.
    private const string RetargetingModule = """
        (module
          (memory 1)
          (func (export "retarget") (param v128 v128 i32) (result v128) (local v128 i32)
            (local.set 3 (i32x4.mul (local.get 0) (local.get 1)))
            (local.set 0 (i32x4.add (local.get 0) (local.get 3)))
            (local.set 1 (i8x16.replace_lane 0 (local.get 1) (local.get 2)))
            (local.set 4 (i32x4.extract_lane 3 (local.get 0)))
            (v128.store (i32.const 0) (local.get 1))
            (local.set 1 (v128.load32_lane 1 (i32.const 0) (local.get 1)))
            (i32x4.replace_lane 2 (i32x4.sub (local.get 0) (local.get 1)) (local.get 4))))
        """;

    private static Instance Instantiate(Store store, string wat) =>
        new(store, Module.FromText(store.Engine, wat), []);

    private static Store NewStore() =>
        new Store<int>(new Engine(new Config { Strategy = Strategy.Interpreter }), 0);

    private static Val I32x4(int a, int b, int c, int d) => Val.V128(Vector128.Create(a, b, c, d).AsByte());

    [Fact]
    public void ReturnsAV128ComputedByTheInterpreter()
    {
        using Store store = NewStore();
        Instance instance = Instantiate(store, """
            (module
              (func (export "sum_then_scale") (param v128 v128) (result v128)
                (f32x4.mul (f32x4.convert_i32x4_s (i32x4.add (local.get 0) (local.get 1)))
                           (v128.const f32x4 0.5 0.5 -1 2))))
            """);
        var results = new Val[1];
        instance.GetFunc(store, "sum_then_scale")!.Call(store, [I32x4(1, 2, 3, 4), I32x4(9, 8, -10, 0x7FFFFFF0)], results);
        Assert.Equal(Vector128.Create(5f, 5f, 7f, 4294967296f).AsByte(), results[0].AsV128());
    }

    [Fact]
    public void LocalSetRetargetsSimdResultsAndKeepsTheirValues()
    {
        using Store store = NewStore();
        Instance instance = Instantiate(store, RetargetingModule);
        var results = new Val[1];
        instance.GetFunc(store, "retarget")!.Call(store, [I32x4(1, 2, 3, 4), I32x4(10, 20, 30, 40), Val.I32(0x55)], results);
        // a*b = (10 40 90 160); a + a*b = (11 42 93 164); b with byte 0 = 0x55 → (85 20 30 40);
        // loading lane 1 from that stored vector → (85 85 30 40); the difference with lane 2 replaced
        // by lane 3 of (11 42 93 164).
        Assert.Equal(Vector128.Create(11 - 85, 42 - 85, 164, 164 - 40).AsByte(), results[0].AsV128());
    }

    [Fact]
    public void TranslationWritesSimdResultsStraightIntoTheLocals()
    {
        ModuleInfo info = ModuleDecoder.Decode(WatParser.ParseModule(RetargetingModule), WasmFeatures.All);
        ModuleValidator.Validate(info, WasmFeatures.All);
        int[] code = Translator.Translate(new InterpretedModule(info, consumeFuel: false, epochInterruption: false, epochContinuation: false), 0).Code;

        // Locals are slots 0-4, so the first stack slot is 5; each result names its local instead.
        // The common operators are first-class (the hottest named, the others Op.Simd + sub-opcode);
        // lane loads stay extended.
        int simd = (int)Op.Simd;
        int extended = (int)Op.Extended;
        int[] expected =
        [
            (int)Op.I32x4Mul, 3, 0, 1,                              // local 3 = i32x4.mul local 0, local 1
            (int)Op.I32x4Add, 0, 0, 3,                              // local 0 = i32x4.add local 0, local 3
            simd + 0x17, 1, 1, 2, 0,                                // local 1 = i8x16.replace_lane 0 local 1, local 2
            (int)Op.I32x4ExtractLane, 4, 0, 3,                      // local 4 = i32x4.extract_lane 3 local 0
            (int)Op.Const32, 5, 0,
            (int)Op.V128Store, 5, 1, 0,                             // v128.store [slot 5], local 1 (offset 0)
            (int)Op.Const32, 5, 0,
            extended, Simd(SimdForm.Memory, 0x56), 1, 5, 1, 0, 0, 0, 1, // local 1 = v128.load32_lane [slot 5], local 1, lane 1
        ];
        Assert.Equal(expected, code.Take(expected.Length));
    }

    // Vector instructions that the translator pairs (Translator.SimdPairs.cs): blake3's quarter
    // round, intgemm's load then dot-accumulate and its saturating adds, a shuffle pair and a negate
    // then select; and two adds that a loop's label separates.
    private const string PairsModule = """
        (module
          (memory 1)
          (func (export "g") (param $a v128) (param $b v128) (param $c v128) (param $d v128) (param $m v128) (result v128)
            (local.set $a (i32x4.add (i32x4.add (local.get $a) (local.get $b)) (local.get $m)))
            (local.set $d
              (i8x16.shuffle 0 1 2 3 4 5 6 7 10 11 8 9 14 15 12 13
                (local.tee $d
                  (i8x16.shuffle 2 3 0 1 6 7 4 5 8 9 10 11 12 13 14 15
                    (local.tee $d (v128.xor (local.get $d) (local.get $a)))
                    (local.get $d)))
                (local.get $d)))
            (local.set $b
              (v128.or
                (i32x4.shl (local.tee $b (v128.xor (local.tee $c (i32x4.add (local.get $c) (local.get $d))) (local.get $b))) (i32.const 20))
                (i32x4.shr_u (local.get $b) (i32.const 12))))
            (local.set $a (i32x4.add (local.get $a) (local.get $b)))
            (local.set $d
              (v128.or
                (i32x4.shl (local.tee $d (v128.xor (local.get $d) (local.get $a))) (i32.const 24))
                (i32x4.shr_u (local.get $d) (i32.const 8))))
            (local.get $d))
          (func (export "intgemm") (param $p i32) (param $b v128) (param $acc v128) (result v128)
            (v128.bitselect
              (i16x8.add_sat_s (i16x8.add_sat_s (local.get $b) (local.get $acc)) (local.get $b))
              (i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23
                (i8x16.shuffle 31 0 17 2 19 4 21 6 16 15 14 13 12 11 10 9 (local.get $b) (local.get $acc))
                (i32x4.add (i32x4.dot_i16x8_s (v128.load (i32.add (local.get $p) (i32.const 16))) (local.get $b)) (local.get $acc)))
              (i8x16.neg (local.get $acc))))
          (func (export "others") (param v128 v128 v128) (result v128)
            (local.set 0 (i32x4.add (i32x4.add (local.get 0) (local.get 1)) (local.get 2)))
            (local.set 1 (i8x16.shuffle 1 0 3 2 5 4 7 6 9 8 11 10 13 12 15 14 (v128.xor (local.get 1) (local.get 2)) (local.get 2)))
            (local.set 2
              (v128.or
                (i32x4.shl (local.tee 2 (v128.xor (local.get 2) (local.get 0))) (i32.const 24))
                (i32x4.shr_u (local.get 2) (i32.const 8))))
            (local.set 1
              (v128.or
                (i32x4.shl (local.tee 1 (v128.xor (local.tee 2 (i32x4.add (local.get 2) (local.get 0))) (local.get 1))) (i32.const 20))
                (i32x4.shr_u (local.get 1) (i32.const 12))))
            (local.set 0 (i32x4.add (local.get 0) (local.get 1)))
            (i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23
              (i8x16.shuffle 31 0 17 2 19 4 21 6 16 15 14 13 12 11 10 9 (local.get 0) (local.get 1))
              (local.get 2)))
          (func (export "loop") (param v128 v128) (result v128)
            (local.set 0 (i32x4.add (local.get 0) (local.get 1)))
            (loop $l
              (local.set 0 (i32x4.add (local.get 0) (local.get 1)))
              (br_if $l (i32.eqz (i32x4.all_true (local.get 0)))))
            (local.get 0)))
        """;

    [Fact]
    public void TranslationPairsAdjacentVectorInstructions()
    {
        ModuleInfo info = ModuleDecoder.Decode(WatParser.ParseModule(PairsModule), WasmFeatures.All);
        ModuleValidator.Validate(info, WasmFeatures.All);
        var module = new InterpretedModule(info, consumeFuel: false, epochInterruption: false, epochContinuation: false);
        int[] g = Translator.Translate(module, 0).Code;
        int[] intgemm = Translator.Translate(module, 1).Code;
        int[] others = Translator.Translate(module, 2).Code;
        int[] loop = Translator.Translate(module, 3).Code;

        // The instructions in order: each pair's first becomes the pair and the second stays in
        // place, so a pair's second may be the next pair's first. The add-xor fusion takes the
        // quarter round's second add (the xor reads it).
        Assert.Equal(
            [Op.I32x4Add, Op.I32x4AddXor, Op.Shuffle1ThenShuffle1, Op.Shuffle1ThenAddXorRotlImm, Op.AddXorRotlImmThenAddXorRotlImm, Op.I32x4AddXorRotlImm],
            Instructions(g, [4, 6, 7, 7, 8, 8]));
        Assert.Equal(
            [Op.I32x4AddThenAdd, Op.I32x4Add, Op.V128XorThenShuffle1, Op.Shuffle1, Op.V128XorThenRotlImm, Op.I32x4RotlImm,
                Op.AddXorRotlImmThenAdd, Op.I32x4Add, Op.V128ShuffleThenShuffle, Op.V128Shuffle],
            Instructions(others, [4, 4, 4, 7, 4, 4, 8, 4, 12, 12]));

        // The load then dot-accumulate pair forms although the accumulate replaced the dot that
        // followed the load.
        Assert.Contains((int)Op.I16x8AddSatSThenAddSatS, intgemm);
        Assert.Contains((int)Op.V128LoadAddImmThenDotAdd, intgemm);
        Assert.Contains((int)Op.I8x16NegThenBitselect, intgemm);

        // The loop's add is a jump target: it and the add before it stay single instructions.
        Assert.Equal([Op.I32x4Add, Op.I32x4Add], Instructions(loop, [4, 4]));
    }

    // The operation codes of the instructions at the start of code, each of the given length.
    private static Op[] Instructions(int[] code, int[] lengths)
    {
        var ops = new Op[lengths.Length];
        int position = 0;
        for (int i = 0; i < lengths.Length; i++)
        {
            ops[i] = (Op)code[position];
            position += lengths[i];
        }

        return ops;
    }

    private static int Simd(SimdForm form, int sub) => ((int)ExtendedFamily.Simd << 12) | ((int)form << 9) | sub;
}

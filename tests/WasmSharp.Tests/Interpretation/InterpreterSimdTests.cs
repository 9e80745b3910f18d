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

    private static int Simd(SimdForm form, int sub) => ((int)ExtendedFamily.Simd << 12) | ((int)form << 9) | sub;
}

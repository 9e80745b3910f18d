using System.Reflection;

namespace WasmSharp.Tests.Compilation;

/// <summary>
/// Functions above <see cref="Config.FunctionSplitThreshold"/> run as several methods (see
/// <c>RegionPlanner</c>); the split code must behave exactly like the whole function.
/// </summary>
public sealed class FunctionSplitTests
{
    // Thresholds are chosen for this module: 96 bytes cuts the loop of "collatz" out, 16 the block of "oob".
    // A loop whose body is a region: it writes locals, leaves by br_if to the loop's enclosing
    // block with a value, by br_table to two outer labels, and by return; memory accesses inside.
    private const string Wat = """
        (module
          (memory 1)
          (func $collatz (export "collatz") (param $n i32) (param $limit i32) (result i32)
            (local $steps i32) (local $sum i64) (local $v v128)
            (block $out (result i32)
              (block $odd_exit
                (loop $again
                  (block $inner
                    (br_if $out (i32.const -1) (i32.ge_u (local.get $steps) (local.get $limit)))
                    (br_if $out (local.get $steps) (i32.eq (local.get $n) (i32.const 1)))
                    (local.set $sum (i64.add (local.get $sum) (i64.extend_i32_u (local.get $n))))
                    (i64.store (i32.const 8) (local.get $sum))
                    (local.set $v (i32x4.add (local.get $v) (i32x4.splat (local.get $n))))
                    (local.set $steps (i32.add (local.get $steps) (i32.const 1)))
                    (if (i32.eq (local.get $n) (i32.const 27))
                      (then (return (i32.const 2700))))
                    (br_table $inner $odd_exit (i32.and (local.get $n) (i32.const 1))))
                  ;; even
                  (local.set $n (i32.shr_u (local.get $n) (i32.const 1)))
                  (br $again))
                (unreachable))
              ;; odd: 3n + 1, then continue from the top through a second call
              (call $collatz
                (i32.add (i32.mul (local.get $n) (i32.const 3)) (i32.const 1))
                (i32.sub (local.get $limit) (local.get $steps)))))
          (func (export "sum") (result i64) (i64.load (i32.const 8)))
          (func (export "oob") (param i32) (result i32)
            (local $x i32)
            (block $b (result i32)
              (local.set $x (i32.add (local.get 0) (i32.const 1)))
              (drop (i32.load (local.get 0)))
              (i32.add (local.get $x) (i32.load offset=4 (local.get 0))))))
        """;

    [Theory]
    [InlineData(7, 100)]
    [InlineData(6, 100)]
    [InlineData(1, 100)]
    [InlineData(97, 5)]
    [InlineData(27, 100)]
    [InlineData(54, 100)]
    public void SplitFunctionsComputeWhatWholeOnesDo(int n, int limit)
    {
        (int steps, long sum) whole = Run(new Config(), n, limit);
        (int steps, long sum) split = Run(new Config { FunctionSplitThreshold = 96 }, n, limit);
        Assert.Equal(whole, split);
    }

    [Theory]
    [InlineData(96)]
    [InlineData(16)]
    public void SplitFunctionsConsumeExactlyTheSameFuel(int threshold)
    {
        Assert.Equal(FuelUsed(new Config { ConsumeFuel = true }), FuelUsed(new Config { ConsumeFuel = true, FunctionSplitThreshold = threshold }));
    }

    [Fact]
    public void LargeFunctionsBecomeRegionMethodsAndSmallOnesDoNot()
    {
        var split = Module.FromText(new Engine(new Config { FunctionSplitThreshold = 96 }), Wat);
        Assert.NotEmpty(SplitCode.RegionsOf(split, 0));

        var whole = Module.FromText(new Engine(), Wat);
        Assert.DoesNotContain(whole.Compiled.Types.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static)), m => m.Name.Contains('_', StringComparison.Ordinal));
    }

    [Fact]
    public void DeeplyNestedIfsDoNotBecomeOneRegionPerLevel()
    {
        // 20,000 nested `i32.const 1 if`: no block can be cut out, and straight-line regions used to
        // start before every `if` (one method per level, each set up in time proportional to the
        // depth: 19 s to compile). A region must have room for a minimal piece before it stops.
        const int depth = 20_000;
        var body = new System.Text.StringBuilder();
        body.Insert(0, "i32.const 1 if ", depth).Append("nop ").Insert(body.Length, "end ", depth);
        var engine = new Engine();
        var module = Module.FromText(engine, $"(module (func (export \"run\") (result i32) {body} i32.const 42))");
        Assert.True(SplitCode.RegionsOf(module, 0).Count() < 100);
        var store = new Store<object?>(engine, null);
        Assert.Equal(42, new Linker<object?>(engine).Instantiate(store, module).GetTypedFunc<ValueTuple, int>(store, "run").Call(store, default));
    }

    [Fact]
    public void TrapsInsideARegionKeepTheStoreUsableAndNameTheFunctionOnce()
    {
        var engine = new Engine(new Config { FunctionSplitThreshold = 16 });
        var store = new Store<int>(engine, 0);
        var instance = new Instance(store, Module.FromText(engine, Wat), []);
        var oob = instance.GetTypedFunc<int, int>(store, "oob");
        Trap trap = Assert.Throws<Trap>(() => oob.Call(store, 65534));
        Assert.Equal(TrapCode.MemoryOutOfBounds, trap.Code);
        Assert.Single(trap.Backtrace.Frames, f => f.FuncIndex == 2);
        Assert.Equal(1, oob.Call(store, 0));
    }

    [Fact]
    public void ABranchTableOverThousandsOfNestedBlocksStaysOneReasonableMethod()
    {
        // The shape of a C switch: block nested 3,000 deep, a br_table into every level, and each
        // level's code after its end. Hostile for splitting: each region would get thousands of
        // exits. It must compile in bounded size and time and still run right.
        const int depth = 3000;
        var wat = new System.Text.StringBuilder("(module (func (export \"pick\") (param i32) (result i32) (local i32)\n");
        for (int i = 0; i < depth; i++)
        {
            wat.Append("(block ");
        }

        wat.Append("(br_table");
        for (int i = 0; i < depth; i++)
        {
            wat.Append(' ').Append(i);
        }

        wat.Append(" 0 (local.get 0))");
        for (int i = 0; i < depth; i++)
        {
            wat.Append(") (local.set 1 (i32.add (local.get 1) (i32.const 1)))");
        }

        wat.Append(" (local.get 1)))");
        var engine = new Engine(new Config { FunctionSplitThreshold = 16 });
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var module = Module.FromText(engine, wat.ToString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"compiling took {watch.Elapsed}");
        var store = new Store<int>(engine, 0);
        var pick = new Instance(store, module, []).GetTypedFunc<int, int>(store, "pick");

        // br_table to level k skips the k innermost increments' blocks: depth - k increments run.
        Assert.Equal(depth, pick.Call(store, 0));
        Assert.Equal(depth - 7, pick.Call(store, 7));
        Assert.Equal(1, pick.Call(store, depth - 1));
        Assert.Equal(depth, pick.Call(store, depth + 5));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ALoopSomewhatOverTheBudgetIsCutOnlyWhenTheJitCouldNotOptimizeItWhole(bool manyAccesses)
    {
        // The function is one loop of 12 blocks. Over the threshold but under twice it: with few
        // basic blocks RyuJIT optimizes it whole, and regions inside the loop would be calls on
        // every iteration; with 600 bounds-checked loads (an estimated 600 blocks) it is still cut.
        int threshold = manyAccesses ? 4096 : 256;
        var body = new System.Text.StringBuilder();
        for (int b = 0; b < 12; b++)
        {
            body.Append("(block ");
            for (int s = 0; s < 3; s++)
            {
                body.Append($"(local.set $a (i32.add (i32.mul (local.get $a) (i32.const {31 + b})) (local.get $n))) ");
            }

            for (int load = 0; manyAccesses && load < 50; load++)
            {
                body.Append($"(local.set $a (i32.xor (local.get $a) (i32.load offset={4 * load} (i32.const 0)))) ");
            }

            body.Append(") ");
        }

        string wat = $$"""
            (module (memory 1) (data (i32.const 0) "\01\02\03\04\05\06\07\08")
              (func (export "run") (param $n i32) (result i32) (local $a i32)
                (loop $again {{body}} (br_if $again (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
                (local.get $a)))
            """;
        var engine = new Engine(new Config { FunctionSplitThreshold = threshold });
        Module module = Module.FromText(engine, wat);
        int size = module.Info.Bodies[0].CodeLength;
        Assert.InRange(size, threshold + 1, 2 * threshold);
        bool split = SplitCode.RegionsOf(module, 0).Any();
        Assert.Equal(manyAccesses, split);

        var wholeEngine = new Engine();
        int Run(Engine e, Module m)
        {
            var store = new Store<int>(e, 0);
            return new Instance(store, m, []).GetTypedFunc<int, int>(store, "run").Call(store, 1000);
        }

        Assert.Equal(Run(wholeEngine, Module.FromText(wholeEngine, wat)), Run(engine, module));
    }

    private static ulong FuelUsed(Config config)
    {
        var engine = new Engine(config);
        var store = new Store<int>(engine, 0);
        store.SetFuel(1_000_000);
        var instance = new Instance(store, Module.FromText(engine, Wat), []);
        instance.GetTypedFunc<(int, int), int>(store, "collatz").Call(store, (27, 1000));
        instance.GetTypedFunc<(int, int), int>(store, "collatz").Call(store, (97, 1000));
        return 1_000_000 - store.GetFuel();
    }

    private static (int Steps, long Sum) Run(Config config, int n, int limit)
    {
        var engine = new Engine(config);
        var store = new Store<int>(engine, 0);
        var instance = new Instance(store, Module.FromText(engine, Wat), []);
        int steps = instance.GetTypedFunc<(int, int), int>(store, "collatz").Call(store, (n, limit));
        long sum = instance.GetTypedFunc<ValueTuple, long>(store, "sum").Call(store, default);
        return (steps, sum);
    }
}

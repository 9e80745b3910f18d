using System.Runtime.Intrinsics;
using WasmSharp.Interpretation;

namespace WasmSharp.Tests.Api;

/// <summary>
/// Strategy.Auto's on-stack replacement: an interpreted activation whose loop is hot moves into
/// compiled code at the loop's header (<see cref="TierUp.OnLoopHot"/>), with its locals, and runs
/// the rest of the function there, with the results, traps, backtraces, fuel and exceptions of the
/// other tiers.
/// </summary>
public sealed class OnStackReplacementTests
{
    private const string Wat = """
        (module $m
          (type $cell (struct (field (mut i32))))
          (type $unit (func (result i32)))
          (tag $stop (param i32))
          (memory 1)
          (elem declare func $seven)
          (func $seven (export "seven") (result i32) i32.const 7)

          ;; Every value type held in locals and parameters across the loop header.
          (func (export "types") (param $n i32) (param $x externref) (param $q i64)
            (result i32 i64 f32 f64 v128 funcref externref i32 i64)
            (local $a i64) (local $b f32) (local $c f64) (local $v v128) (local $f funcref)
            (local $e externref) (local $s (ref null $cell)) (local $i i32)
            (local.set $a (i64.const 0x1234567890))
            (local.set $b (f32.const 1.5))
            (local.set $c (f64.const -2.25))
            (local.set $v (v128.const i32x4 1 2 3 4))
            (local.set $f (ref.func $seven))
            (local.set $e (local.get $x))
            (local.set $s (struct.new $cell (i32.const 100)))
            (loop $l
              (local.set $a (i64.add (local.get $a) (i64.const 3)))
              (local.set $b (f32.add (local.get $b) (f32.const 0.25)))
              (local.set $c (f64.add (local.get $c) (f64.const 0.5)))
              (local.set $v (i32x4.add (local.get $v) (v128.const i32x4 1 1 1 1)))
              (struct.set $cell 0 (local.get $s) (i32.add (struct.get $cell 0 (local.get $s)) (i32.const 2)))
              (local.set $q (i64.sub (local.get $q) (i64.const 1)))
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
            (local.get $i) (local.get $a) (local.get $b) (local.get $c) (local.get $v) (local.get $f) (local.get $e)
            (i32.add (struct.get $cell 0 (local.get $s)) (call_ref $unit (ref.cast (ref $unit) (local.get $f))))
            (local.get $q))

          ;; Nested loops; the inner one gets hot first.
          (func (export "nested") (param $n i32) (result i64) (local $i i32) (local $j i32) (local $sum i64)
            (loop $outer
              (local.set $j (i32.const 0))
              (loop $inner
                (local.set $sum (i64.add (local.get $sum) (i64.extend_i32_u (i32.mul (local.get $i) (local.get $j)))))
                (local.set $j (i32.add (local.get $j) (i32.const 1)))
                (br_if $inner (i32.lt_u (local.get $j) (local.get $n))))
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (br_if $outer (i32.lt_u (local.get $i) (local.get $n))))
            (local.get $sum))

          ;; A loop that stores to memory and traps in a callee once $i reaches $at.
          (func $check (param $i i32) (param $at i32)
            (if (i32.eq (local.get $i) (local.get $at)) (then unreachable)))
          (func $work (export "work") (param $n i32) (param $at i32) (result i32) (local $i i32) (local $h i32)
            (loop $l
              (call $check (local.get $i) (local.get $at))
              (i32.store (i32.shl (i32.and (local.get $i) (i32.const 255)) (i32.const 2)) (local.get $h))
              (local.set $h (i32.add (i32.mul (local.get $h) (i32.const 31)) (local.get $i)))
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
            (local.get $h))
          (func (export "outer") (param $n i32) (param $at i32) (result i32)
            (i32.add (i32.const 1) (call $work (local.get $n) (local.get $at))))

          ;; A wasm exception thrown from the loop, caught by the interpreted caller.
          (func $thrower (param $n i32) (result i32) (local $i i32)
            (loop $l
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (if (i32.eq (local.get $i) (local.get $n)) (then (throw $stop (local.get $i))))
              (br $l))
            (i32.const -1))
          (func (export "catches") (param $n i32) (result i32)
            (block $caught (result i32)
              (try_table (catch $stop $caught) (drop (call $thrower (local.get $n))))
              (i32.const -2)))

          ;; Loops where the operand stack is not empty at the header: they stay interpreted.
          (func (export "params") (param $n i32) (result i32) (local $i i32)
            (i32.const 0)
            (loop $l (param i32) (result i32)
              (i32.add (local.get $i))
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (br_if $l (i32.lt_u (local.get $i) (local.get $n)))))
          (func (export "below") (param $n i32) (result i32) (local $i i32)
            (i32.const 1000)
            (loop $l
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
            (i32.add (local.get $i)))
          (func (export "in_try") (param $n i32) (result i32) (local $i i32)
            (block $caught (result i32)
              (try_table (catch $stop $caught)
                (loop $l
                  (local.set $i (i32.add (local.get $i) (i32.const 1)))
                  (br_if $l (i32.lt_u (local.get $i) (local.get $n)))))
              (local.get $i))))
        """;

    private static Engine Tiering(int threshold = 10, bool synchronous = true, bool fuel = false, bool addressMap = false) =>
        new(new Config { Strategy = Strategy.Auto, TierUpCodeSize = 0, TierUpThreshold = threshold, TierUpSynchronously = synchronous, ConsumeFuel = fuel, GenerateAddressMap = addressMap });

    private static Engine Single(Strategy strategy, bool fuel = false) => new(new Config { Strategy = strategy, ConsumeFuel = fuel });

    private static (Module Module, Store<int> Store, Instance Instance) Instantiate(Engine engine, Linker<int>? linker = null)
    {
        Module module = Module.FromText(engine, Wat);
        var store = new Store<int>(engine, 0);
        return (module, store, (linker ?? new Linker<int>(engine)).Instantiate(store, module));
    }

    private static TierUp TierUpOf(Module module) => ((InterpretedModule)module.Code).TierUp!;

    [Fact]
    public void AHotLoopOfAFunctionEnteredOnceMovesToCompiledCode()
    {
        (Module module, Store<int> store, Instance instance) = Instantiate(Tiering());
        Assert.Equal(0, TierUpOf(module).LoopsEntered);
        Assert.Equal(Enumerable.Range(0, 300).Sum(i => (long)i) * Enumerable.Range(0, 300).Sum(), instance.GetTypedFunc<int, long>(store, "nested").Call(store, 300));
        Assert.Equal(1, TierUpOf(module).LoopsEntered);
        Assert.Null(TierUpOf(module).Failure);
    }

    [Fact]
    public void TheLocalsOfEveryValueTypeCarryOver()
    {
        var host = new object();
        Val[] Run(Engine engine, out Func seven)
        {
            (_, Store<int> store, Instance instance) = Instantiate(engine);
            var results = new Val[9];
            instance.GetFunc(store, "types")!.Call(store, [Val.I32(1000), Val.ExternRef(host), Val.I64(-5)], results);
            seven = instance.GetFunc(store, "seven")!;
            return results;
        }

        Val[] compiled = Run(Single(Strategy.Compiler), out _);
        Engine tiering = Tiering();
        Val[] replaced = Run(tiering, out Func seven);
        Assert.Equal(1000, replaced[0].AsI32());
        Assert.Equal(0x1234567890L + 3000, replaced[1].AsI64());
        Assert.Equal(1.5f + 250f, replaced[2].AsF32());
        Assert.Equal(-2.25 + 500, replaced[3].AsF64());
        Assert.Equal(Vector128.Create(1001, 1002, 1003, 1004).AsByte(), replaced[4].AsV128());
        Assert.Same(seven.Ref, replaced[5].AsFuncRef()!.Ref);
        Assert.Same(host, replaced[6].AsExternRef());
        Assert.Equal(100 + 2000 + 7, replaced[7].AsI32());
        Assert.Equal(-1005L, replaced[8].AsI64());
        for (int i = 0; i < compiled.Length; i++)
        {
            if (i != 5)
            {
                Assert.Equal(compiled[i].ToString(), replaced[i].ToString());
            }
        }
    }

    [Fact]
    public void ATrapAfterTheSwitchHasTheBacktraceOfTheOtherTiers()
    {
        (string Message, (int Function, int? Offset)[] Frames, int Entered) Run(Engine engine)
        {
            (Module module, Store<int> store, Instance instance) = Instantiate(engine);
            Trap trap = Assert.Throws<Trap>(() => instance.GetTypedFunc<(int, int), int>(store, "outer").Call(store, (1000, 500)));
            Assert.Equal(TrapCode.UnreachableCodeReached, trap.Code);
            int entered = module.Code is InterpretedModule { TierUp: TierUp tierUp } ? tierUp.LoopsEntered : -1;
            return (trap.Message, trap.Backtrace.Frames.Select(f => (f.FuncIndex, f.ModuleOffset)).ToArray(), entered);
        }

        var compiled = Run(Single(Strategy.Compiler));
        var interpreted = Run(Single(Strategy.Interpreter));
        var replaced = Run(Tiering());
        Assert.Equal(3, compiled.Frames.Length);
        Assert.Equal(compiled.Message, replaced.Message);
        Assert.Equal(compiled.Frames, replaced.Frames);
        Assert.Equal(interpreted.Frames, replaced.Frames);
        Assert.Equal(1, replaced.Entered);

        // The loop entry's method with an address map (Config.GenerateAddressMap): its jump to the
        // loop is inside the map's protected region, as the rest of its body.
        var mapped = Run(Tiering(addressMap: true));
        Assert.Equal(interpreted.Frames, mapped.Frames);
        Assert.Equal(1, mapped.Entered);
    }

    [Fact]
    public void FuelRunsOutAtTheSamePointAfterTheSwitch()
    {
        (string Outcome, ulong Fuel, int Entered) Run(Engine engine, ulong fuel)
        {
            (Module module, Store<int> store, Instance instance) = Instantiate(engine);
            store.SetFuel(fuel);
            string outcome;
            try
            {
                outcome = instance.GetTypedFunc<(int, int), int>(store, "outer").Call(store, (2000, -1)).ToString();
            }
            catch (Trap trap)
            {
                outcome = trap.Code + " " + string.Join(",", trap.Backtrace.Frames.Select(f => f.FuncIndex + "@" + f.ModuleOffset));
            }

            int entered = module.Code is InterpretedModule { TierUp: TierUp tierUp } ? tierUp.LoopsEntered : -1;
            return (outcome, store.GetFuel(), entered);
        }

        // Enough fuel, then fuel that runs out in the middle of the loop, long after the switch.
        foreach (ulong fuel in new ulong[] { 1_000_000, 30_001, 30_017 })
        {
            var compiled = Run(Single(Strategy.Compiler, fuel: true), fuel);
            var interpreted = Run(Single(Strategy.Interpreter, fuel: true), fuel);
            var replaced = Run(Tiering(fuel: true), fuel);
            Assert.Equal((compiled.Outcome, compiled.Fuel), (interpreted.Outcome, interpreted.Fuel));
            Assert.Equal((compiled.Outcome, compiled.Fuel), (replaced.Outcome, replaced.Fuel));
            Assert.Equal(1, replaced.Entered);
        }
    }

    [Fact]
    public void FunctionsSplitIntoRegionsEnterOnlyLoopsOfTheirOwnMethod()
    {
        // A split threshold of 16 bytes puts almost every block in a region method of its own.
        var config = new Config { Strategy = Strategy.Auto, TierUpCodeSize = 0, TierUpThreshold = 10, TierUpSynchronously = true, FunctionSplitThreshold = 16 };
        (Module module, Store<int> store, Instance instance) = Instantiate(new Engine(config));
        Assert.Equal(Enumerable.Range(0, 300).Sum(i => (long)i) * Enumerable.Range(0, 300).Sum(), instance.GetTypedFunc<int, long>(store, "nested").Call(store, 300));
        Assert.Equal(5000, instance.GetTypedFunc<int, int>(store, "catches").Call(store, 5000));
        (Module plain, Store<int> plainStore, Instance plainInstance) = Instantiate(Single(Strategy.Compiler));
        Assert.Equal(plainInstance.GetTypedFunc<(int, int), int>(plainStore, "outer").Call(plainStore, (2000, -1)), instance.GetTypedFunc<(int, int), int>(store, "outer").Call(store, (2000, -1)));
        Assert.Null(TierUpOf(module).Failure);
        Assert.NotNull(plain);
        Assert.True(TierUpOf(module).LoopsEntered > 0);
    }

    [Fact]
    public void AnExceptionFromTheCompiledLoopReachesTheInterpretedCallersHandler()
    {
        (Module module, Store<int> store, Instance instance) = Instantiate(Tiering());
        Assert.Equal(5000, instance.GetTypedFunc<int, int>(store, "catches").Call(store, 5000));
        Assert.Equal(1, TierUpOf(module).LoopsEntered);
    }

    [Fact]
    public void LoopsWithOperandsAtTheirHeaderOrInATryStayInterpreted()
    {
        (Module module, Store<int> store, Instance instance) = Instantiate(Tiering(threshold: 1));
        Assert.Equal(Enumerable.Range(0, 500).Sum(), instance.GetTypedFunc<int, int>(store, "params").Call(store, 500));
        Assert.Equal(1500, instance.GetTypedFunc<int, int>(store, "below").Call(store, 500));
        Assert.Equal(500, instance.GetTypedFunc<int, int>(store, "in_try").Call(store, 500));
        Assert.Equal(0, TierUpOf(module).LoopsEntered);

        // A function compiled by then runs compiled from its next entry, as before.
        Assert.Equal(1500, instance.GetTypedFunc<int, int>(store, "below").Call(store, 500));
        Assert.Null(TierUpOf(module).Failure);
    }

    [Fact]
    public async Task ActivationsOnAnAsyncStoreStayInterpreted()
    {
        // An instance that may suspend is not tiered at all there (docs/tiers.md); one that may not is,
        // and its calls switch to compiled code at entry, but its running activations are not moved.
        const string looping = """
            (module
              (import "host" "step" (func $step (param i32) (result i32)))
              (func (export "run") (param $n i32) (result i32) (local $i i32) (local $sum i32)
                (loop $l
                  (local.set $sum (i32.add (local.get $sum) (call $step (local.get $i))))
                  (local.set $i (i32.add (local.get $i) (i32.const 1)))
                  (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
                (local.get $sum)))
            """;
        Engine engine = AsyncTesting.Engine(Strategy.Auto, c =>
        {
            c.TierUpCodeSize = 0;
            c.TierUpThreshold = 10;
            c.TierUpSynchronously = true;
        });
        Module module = Module.FromText(engine, looping);
        var linker = new Linker<int>(engine);
        linker.FuncWrap("host", "step", (int i) => i);
        var store = new Store<int>(engine, 0);
        Instance instance = await linker.InstantiateAsync(store, module);
        Assert.Equal(Enumerable.Range(0, 1000).Sum(), await instance.GetTypedFunc<int, int>(store, "run").CallAsync(store, 1000));
        Assert.Equal(1, TierUpOf(module).CompiledCount);
        Assert.Equal(0, TierUpOf(module).LoopsEntered);
    }

    [Fact]
    public void TheBackgroundCompilerPublishesTheEntryWhileTheLoopRuns()
    {
        // The loop polls the host until the activation is in compiled code (a minute at most).
        const string polling = """
            (module
              (import "host" "entered" (func $entered (result i32)))
              (func (export "spin") (result i32) (local $i i32)
                (loop $l
                  (local.set $i (i32.add (local.get $i) (i32.const 1)))
                  (br_if $l (i32.eqz (call $entered))))
                (local.get $i)))
            """;
        Engine engine = Tiering(threshold: 1000, synchronous: false);
        Module module = Module.FromText(engine, polling);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        var linker = new Linker<int>(engine);
        linker.FuncWrap("host", "entered", () => TierUpOf(module).LoopsEntered > 0 || DateTime.UtcNow > deadline ? 1 : 0);
        var store = new Store<int>(engine, 0);
        Instance instance = linker.Instantiate(store, module);
        Assert.True(instance.GetTypedFunc<ValueTuple, int>(store, "spin").Call(store, default) > 1000);
        Assert.Equal(1, TierUpOf(module).LoopsEntered);
        Assert.Null(TierUpOf(module).Failure);
    }

    // A function with `loops` between two runs of 1,300 filler statements (four instructions
    // each), 10,400 instructions in all: over the 8,000 that RegionPlanner lets RyuJIT optimize whole, so its
    // on-stack replacement entry is split into region methods.
    private static string LargeFunction(string loops)
    {
        string Filler(int from) => string.Concat(Enumerable.Range(from, 1300).Select(k => $"(local.set $a (i32.add (local.get $a) (i32.const {k * 7919 + 1})))\n"));
        return $$"""
            (module
              (func (export "main") (param $n i32) (result i32) (local $a i32) (local $i i32)
                {{Filler(0)}}
                {{loops}}
                {{Filler(1300)}}
                (local.get $a)))
            """;
    }

    private static int RunMain(Engine engine, string wat, int n, out Module module)
    {
        module = Module.FromText(engine, wat);
        var store = new Store<int>(engine, 0);
        return new Linker<int>(engine).Instantiate(store, module).GetTypedFunc<int, int>(store, "main").Call(store, n);
    }

    [Fact]
    public void AHotLoopOfAFunctionTooLargeToCompileWholeMovesToCompiledCode()
    {
        // The entry keeps the loop in its own method and cuts the rest into regions (KeptLoop):
        // before, the loop sat in a region method and ran interpreted to its end.
        string wat = LargeFunction("""
            (loop $work
              (local.set $a (i32.add (i32.mul (local.get $a) (i32.const 1664525)) (i32.const 1013904223)))
              (br_if $work (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
            """);
        int expected = RunMain(Single(Strategy.Compiler), wat, 5000, out _);
        Assert.Equal(expected, RunMain(Tiering(), wat, 5000, out Module module));
        Assert.Equal(1, TierUpOf(module).LoopsEntered);
        Assert.Null(TierUpOf(module).Failure);
    }

    [Fact]
    public void ALaterHotLoopGetsAnEntryOfItsOwnWhenTheActivationLeftTheFirst()
    {
        // The set-up loop gets hot first and is left once its entry is compiled (the host holds
        // its last iteration until then), so the activation never takes that entry; the work loop
        // sits in a block the entry cut into a region method, so the entry cannot enter it
        // either. When the work loop gets hot, an entry is compiled around it (a minute at most).
        string wat = LargeFunction($$"""
            (loop $setup
              (br_if $setup (i32.eqz (call $ready))))
            (block $cut
              (local.set $i (i32.const 0))
              {{string.Concat(Enumerable.Repeat("(local.set $a (i32.rotl (local.get $a) (i32.const 5)))\n", 200))}}
              (loop $work
                (local.set $a (i32.add (i32.mul (local.get $a) (i32.const 1664525)) (i32.const 1013904223)))
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (br_if $work (i32.eqz (call $entered)))))
            (local.set $a (i32.add (local.get $a) (local.get $i)))
            """).Replace("(module", """(module (import "host" "ready" (func $ready (result i32))) (import "host" "entered" (func $entered (result i32)))""");
        Engine engine = Tiering(threshold: 10, synchronous: false);
        Module module = Module.FromText(engine, wat);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        int calls = 0;
        var linker = new Linker<int>(engine);
        linker.FuncWrap("host", "ready", () =>
        {
            if (++calls < 100)
            {
                return 0;
            }

            while (TierUpOf(module).LoopEntriesCompiled == 0 && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(1);
            }

            return 1;
        });
        linker.FuncWrap("host", "entered", () => TierUpOf(module).LoopsEntered > 0 || DateTime.UtcNow > deadline ? 1 : 0);
        var store = new Store<int>(engine, 0);
        linker.Instantiate(store, module).GetTypedFunc<int, int>(store, "main").Call(store, 0);
        Assert.Equal(2, TierUpOf(module).LoopEntriesCompiled);
        Assert.Equal(1, TierUpOf(module).LoopsEntered);
        Assert.Null(TierUpOf(module).Failure);
    }

    [Fact]
    public void AHostFunctionCalledInALoopEntryWorksWhetherTheEntryOrTheMethodIsCompiledFirst()
    {
        // A function too large to compile whole asks for its loop's entry before its method, so
        // the entry can be the store's first compiled code: its calls of `step` then need the entry
        // the store makes as the activation moves (Interpreter.EnterCompiledLoop). Whether the
        // tier-up thread takes the entry or the method first depends on whether it is awake when
        // the entry is queued; without that preparation the entry-first order crashed (SIGSEGV),
        // seen in the full test run. Either order must give the interpreter's result.
        string wat = LargeFunction("""
            (loop $work
              (local.set $a (call $step (local.get $a)))
              (br_if $work (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
            """).Replace("(module", """(module (import "host" "step" (func $step (param i32) (result i32)))""");
        int Run(Module module, Func<int, int> step)
        {
            var store = new Store<int>(module.Engine, 0);
            return new Linker<int>(module.Engine).FuncWrap("host", "step", step).Instantiate(store, module).GetTypedFunc<int, int>(store, "main").Call(store, 20_000);
        }

        int expected = Run(Module.FromText(Single(Strategy.Interpreter), wat), a => a * 3 + 1);
        Module tiered = Module.FromText(Tiering(threshold: 10, synchronous: false), wat);
        TierUp tierUp = TierUpOf(tiered);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        int calls = 0;
        int result = Run(tiered, a =>
        {
            if (++calls == 100)
            {
                while (tierUp.LoopEntriesCompiled == 0 && DateTime.UtcNow < deadline)
                {
                    Thread.Sleep(1);
                }
            }

            return a * 3 + 1;
        });
        Assert.Equal(expected, result);
        Assert.Equal(1, TierUpOf(tiered).LoopsEntered);
        Assert.Null(TierUpOf(tiered).Failure);
    }

    [Fact]
    public void AHotLoopInACaseOfALargeSwitchRunsToTheCompilersResult()
    {
        // A C switch of 40 cases of 60 statements: over 8,000 instructions, so the entry is split,
        // and the case bodies are cut into switch spans. The loop that gets hot is in case 7's
        // body, so its span is cut as planned, loop and all (see RegionPlanner.Plan's keep).
        string Case(int k) => string.Concat(Enumerable.Range(0, 60).Select(j => $"(local.set $a (i32.add (local.get $a) (i32.const {k * 1000 + j})))\n"))
            + (k == 7 ? """
                (loop $work
                  (local.set $a (i32.add (i32.mul (local.get $a) (i32.const 1664525)) (i32.const 1013904223)))
                  (br_if $work (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
                """ : "")
            + "(br $exit)\n";
        string labels = string.Join(" ", Enumerable.Range(0, 40).Select(k => $"$c{k}"));
        string ladder = $"(br_table {labels} $default (i32.const 7))";
        for (int k = 0; k < 40; k++)
        {
            ladder = $"(block $c{k} {ladder})\n{Case(k)}";
        }

        string wat = $$"""
            (module
              (func (export "main") (param $n i32) (result i32) (local $a i32) (local $i i32)
                (block $exit
                  (block $default
                    {{ladder}})
                  (local.set $a (i32.const -1)))
                (local.get $a)))
            """;
        int expected = RunMain(Single(Strategy.Compiler), wat, 5000, out _);
        Assert.Equal(expected, RunMain(Tiering(), wat, 5000, out Module module));
        Assert.Null(TierUpOf(module).Failure);
    }
}

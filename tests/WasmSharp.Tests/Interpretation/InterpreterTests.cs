namespace WasmSharp.Tests.Interpretation;

/// <summary>
/// The interpreter tier through the public API: the strategy seam, and the runtime behaviour every
/// tier must share (traps, stack limits, fuel, epochs, backtraces, host calls in both directions).
/// </summary>
public sealed class InterpreterTests
{
    private static readonly Engine s_interpreter = new(new Config { Strategy = Strategy.Interpreter });

    // down(n) recurses n levels deep and returns n.
    private static (Store<int> Store, TypedFunc<int, int> Down) Down(Engine engine)
    {
        Module module = Module.FromText(engine, """
            (module
              (func $down (export "down") (param i32) (result i32)
                (if (result i32) (i32.eqz (local.get 0))
                  (then (i32.const 0))
                  (else (i32.add (i32.const 1) (call $down (i32.sub (local.get 0) (i32.const 1))))))))
            """);
        var store = new Store<int>(engine, 0);
        return (store, new Instance(store, module, []).GetTypedFunc<int, int>(store, "down"));
    }

    private static Val[] Call(Store store, Instance instance, string name, params Val[] arguments)
    {
        Func func = instance.GetFunc(store, name) ?? throw new InvalidOperationException($"no export {name}");
        var results = new Val[func.Ty(store).Results.Count];
        func.Call(store, arguments, results);
        return results;
    }

    [Fact]
    public void StrategyIsChosenPerEngine()
    {
        Assert.Equal(Strategy.Interpreter, s_interpreter.Strategy);
        Assert.Equal(Strategy.Compiler, new Engine(new Config { Strategy = Strategy.Compiler }).Strategy);

        // Under the JIT, Auto compiles; where dynamic code is unsupported it interprets.
        Assert.Equal(System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported ? Strategy.Auto : Strategy.Interpreter, new Engine().Strategy);
    }

    [Fact]
    public void RecursionRunsDeepAndRunawayRecursionTrapsWithTheStoreStillUsable()
    {
        Module module = Module.FromText(s_interpreter, """
            (module
              (func $sum (export "sum") (param i32) (result i32)
                (if (result i32) (i32.eqz (local.get 0))
                  (then (i32.const 0))
                  (else (i32.add (local.get 0) (call $sum (i32.sub (local.get 0) (i32.const 1)))))))
              (func $runaway (export "runaway") (call $runaway)))
            """);
        var store = new Store<int>(s_interpreter, 0);
        var instance = new Instance(store, module, []);
        Assert.Equal(5000 * 5001 / 2, Call(store, instance, "sum", Val.I32(5000))[0].AsI32());
        var trap = Assert.Throws<Trap>(() => Call(store, instance, "runaway"));
        Assert.Equal(TrapCode.StackOverflow, trap.Code);
        Assert.Equal(55, Call(store, instance, "sum", Val.I32(10))[0].AsI32());
    }

    [Fact]
    public void RecursionAsDeepAsWasmtimeRunsUnderTheDefaultBudget()
    {
        // Wasmtime 50 runs this function 32,761 levels deep under its default 512 KiB; the
        // interpreter counted that budget alone and trapped at 16,384 frames.
        (Store<int> store, TypedFunc<int, int> down) = Down(s_interpreter);
        Assert.Equal(32_761, down.Call(store, 32_761));
        Assert.Equal(TrapCode.StackOverflow, Assert.Throws<Trap>(() => down.Call(store, 100_000_000)).Code);
    }

    [Theory]
    [InlineData(Strategy.Interpreter)]
    [InlineData(Strategy.Auto)]
    public void ASmallStackBudgetRunsCallsAndTrapsOnlyDeepRecursion(Strategy strategy)
    {
        // The interpreter kept a fixed 64 KiB of native stack free above the store's limit, so a
        // budget of 16 KiB (`-W max-wasm-stack=16384`) refused every call, even one of depth 0.
        var engine = new Engine(new Config { Strategy = strategy, TierUpCodeSize = 0, MaxWasmStack = 16 * 1024 });
        (Store<int> store, TypedFunc<int, int> down) = Down(engine);
        Assert.Equal(0, down.Call(store, 0));
        Assert.Equal(100, down.Call(store, 100));
        Trap trap = Assert.Throws<Trap>(() => down.Call(store, 1_000_000));
        Assert.Equal(TrapCode.StackOverflow, trap.Code);
        Assert.NotEmpty(trap.Backtrace.Frames);
        Assert.Equal(100, down.Call(store, 100));
    }

    [Fact]
    public void TrapsCarryTheInterpretedFramesInTheirBacktrace()
    {
        Module module = Module.FromText(s_interpreter, """
            (module $m
              (func $inner (param i32) (result i32) (i32.div_s (i32.const 1) (local.get 0)))
              (func $middle (param i32) (result i32) (call $inner (local.get 0)))
              (func (export "outer") (param i32) (result i32) (call $middle (local.get 0))))
            """);
        var store = new Store<int>(s_interpreter, 0);
        var instance = new Instance(store, module, []);
        var trap = Assert.Throws<Trap>(() => Call(store, instance, "outer", Val.I32(0)));
        Assert.Equal(TrapCode.IntegerDivisionByZero, trap.Code);
        Assert.Equal([0, 1, 2], trap.Backtrace.Frames.Select(f => f.FuncIndex));
        Assert.Equal(1, Call(store, instance, "outer", Val.I32(1))[0].AsI32());
    }

    [Theory]
    [InlineData(Strategy.Compiler)]
    [InlineData(Strategy.Interpreter)]
    public void NamesFromTheTextReachModulesAndBacktraces(Strategy strategy)
    {
        // Identifiers become the name section, as Wasmtime's text parser writes it. $divide recurses
        // once before trapping, so the compiled frame that traps is never inlined into its caller.
        var engine = new Engine(new Config { Strategy = strategy });
        Module module = Module.FromText(engine, """
            (module $calc
              (func $divide (param i32 i32) (result i32)
                (if (result i32) (local.get 1)
                  (then (call $divide (local.get 0) (i32.sub (local.get 1) (i32.const 1))))
                  (else (i32.div_u (i32.const 7) (local.get 0)))))
              (func (export "run") (param i32) (result i32) (call $divide (local.get 0) (i32.const 1))))
            """);
        Assert.Equal("calc", module.Name);
        var store = new Store<int>(engine, 0);
        var trap = Assert.Throws<Trap>(() => Call(store, new Instance(store, module, []), "run", Val.I32(0)));
        Assert.Equal("divide", trap.Backtrace.Frames[0].FuncName);
        Assert.All(trap.Backtrace.Frames, frame => Assert.Equal("calc", frame.ModuleName));
        Assert.All(trap.Backtrace.Frames, frame => Assert.Equal(frame.FuncIndex == 0 ? "divide" : null, frame.FuncName));
    }

    [Fact]
    public void HostCallbacksReenterTheInterpreterWhileItsStackGrows()
    {
        // Each level has 300 locals, so the recursion through the host outgrows the interpreter's
        // first stack block while every outer level waits in a host call whose results must still
        // arrive.
        Module module = Module.FromText(s_interpreter, """
            (module
              (import "host" "down" (func $down (param i32) (result i32)))
              (func (export "level") (param i32) (result i32) (local i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64)
                (if (result i32) (i32.eqz (local.get 0))
                  (then (i32.const 1000))
                  (else (i32.add (local.get 0) (call $down (i32.sub (local.get 0) (i32.const 1))))))))
            """);
        var store = new Store<int>(s_interpreter, 0);
        Instance? instance = null;
        var linker = new Linker<int>(s_interpreter);
        linker.FuncWrap("host", "down", (Caller<int> caller, int n) => Call(caller.Store, instance!, "level", Val.I32(n))[0].AsI32() + 1);
        instance = linker.Instantiate(store, module);
        Assert.Equal(1000 + (30 * 31 / 2) + 30, Call(store, instance, "level", Val.I32(30))[0].AsI32());
    }

    [Fact]
    public void FuelIsChargedAsTheCompilerChargesIt()
    {
        const string text = """
            (module
              (func (export "work") (param i32) (result i32) (local i32)
                (block (loop
                  (br_if 1 (i32.eqz (local.get 0)))
                  (local.set 1 (i32.add (local.get 1) (local.get 0)))
                  (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
                  (br 0)))
                (local.get 1)))
            """;
        ulong Consumed(Strategy strategy)
        {
            var engine = new Engine(new Config { Strategy = strategy, ConsumeFuel = true });
            var store = new Store<int>(engine, 0);
            store.SetFuel(1_000_000);
            var instance = new Instance(store, Module.FromText(engine, text), []);
            Assert.Equal(5050, Call(store, instance, "work", Val.I32(100))[0].AsI32());
            return 1_000_000 - store.GetFuel();
        }

        Assert.Equal(Consumed(Strategy.Compiler), Consumed(Strategy.Interpreter));

        var fuelEngine = new Engine(new Config { Strategy = Strategy.Interpreter, ConsumeFuel = true });
        var limited = new Store<int>(fuelEngine, 0);
        limited.SetFuel(500);
        var looping = new Instance(limited, Module.FromText(fuelEngine, text), []);
        Assert.Equal(TrapCode.OutOfFuel, Assert.Throws<Trap>(() => Call(limited, looping, "work", Val.I32(1_000_000))).Code);
    }

    [Fact]
    public void AnEpochIncrementInterruptsAnEndlessLoop()
    {
        var engine = new Engine(new Config { Strategy = Strategy.Interpreter, EpochInterruption = true });
        var store = new Store<int>(engine, 0);
        store.SetEpochDeadline(1);
        var instance = new Instance(store, Module.FromText(engine, """(module (func (export "spin") (loop (br 0))))"""), []);
        using var ticker = new Timer(_ => engine.IncrementEpoch(), null, 50, 50);
        Assert.Equal(TrapCode.Interrupt, Assert.Throws<Trap>(() => Call(store, instance, "spin")).Code);
    }

    [Fact]
    public void MemoryTablesAndGlobalsBehaveAsCompiled()
    {
        const string text = """
            (module
              (memory 1 2)
              (data (i32.const 8) "\01\02\03\04\05\06\07\08")
              (table 4 funcref)
              (elem (i32.const 1) $seven $eight)
              (global $g (mut i64) (i64.const -5))
              (type $r (func (result i32)))
              (func $seven (result i32) (i32.const 7))
              (func $eight (result i32) (i32.const 8))
              (func (export "load") (param i32) (result i64) (i64.load (local.get 0)))
              (func (export "load8") (param i32) (result i32) (i32.load8_s offset=1 (local.get 0)))
              (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
              (func (export "dispatch") (param i32) (result i32) (call_indirect (type $r) (local.get 0)))
              (func (export "bump") (result i64) (global.set $g (i64.add (global.get $g) (i64.const 1))) (global.get $g)))
            """;
        foreach (Strategy strategy in new[] { Strategy.Compiler, Strategy.Interpreter })
        {
            var engine = new Engine(new Config { Strategy = strategy });
            var store = new Store<int>(engine, 0);
            var instance = new Instance(store, Module.FromText(engine, text), []);
            Assert.Equal(0x0807060504030201, Call(store, instance, "load", Val.I32(8))[0].AsI64());
            Assert.Equal(2, Call(store, instance, "load8", Val.I32(8))[0].AsI32());
            Assert.Equal(TrapCode.MemoryOutOfBounds, Assert.Throws<Trap>(() => Call(store, instance, "load", Val.I32(65530))).Code);
            Assert.Equal(TrapCode.MemoryOutOfBounds, Assert.Throws<Trap>(() => Call(store, instance, "load", Val.I32(-1))).Code);
            Assert.Equal(1, Call(store, instance, "grow", Val.I32(1))[0].AsI32());
            Assert.Equal(-1, Call(store, instance, "grow", Val.I32(1))[0].AsI32());
            Assert.Equal(0, Call(store, instance, "load", Val.I32(65530))[0].AsI64());
            Assert.Equal(8, Call(store, instance, "dispatch", Val.I32(2))[0].AsI32());
            Assert.Equal(TrapCode.IndirectCallToNull, Assert.Throws<Trap>(() => Call(store, instance, "dispatch", Val.I32(0))).Code);
            Assert.Equal(TrapCode.TableOutOfBounds, Assert.Throws<Trap>(() => Call(store, instance, "dispatch", Val.I32(4))).Code);
            Assert.Equal(-4, Call(store, instance, "bump")[0].AsI64());
        }
    }

    [Fact]
    public void InterpretedInstancesCallEachOtherThroughImportsAndTables()
    {
        var store = new Store<int>(s_interpreter, 0);
        var linker = new Linker<int>(s_interpreter);
        Instance lib = linker.Instantiate(store, Module.FromText(s_interpreter, """
            (module
              (table (export "t") 2 funcref)
              (elem (i32.const 0) $triple)
              (func $triple (export "triple") (param i32) (result i32) (i32.mul (local.get 0) (i32.const 3))))
            """));
        linker.Instance(store, "lib", lib);
        Instance app = linker.Instantiate(store, Module.FromText(s_interpreter, """
            (module
              (import "lib" "triple" (func $triple (param i32) (result i32)))
              (import "lib" "t" (table 2 funcref))
              (type $t (func (param i32) (result i32)))
              (func (export "both") (param i32) (result i32)
                (call_indirect (type $t) (call $triple (local.get 0)) (i32.const 0))))
            """));
        Assert.Equal(18, Call(store, app, "both", Val.I32(2))[0].AsI32());
    }
}

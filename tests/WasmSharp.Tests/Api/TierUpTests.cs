using WasmSharp.Interpretation;

namespace WasmSharp.Tests.Api;

/// <summary>
/// Strategy.Auto's tier-up: functions start interpreted, hot ones are compiled and calls switch to
/// them at function entry, with the same results, traps, fuel, backtraces and reference identity.
/// </summary>
public sealed class TierUpTests
{
    private const string Wat = """
        (module $m
          (type $unary (func (param i32) (result i32)))
          (table (export "table") 2 funcref)
          (elem (i32.const 0) $fac $sum)
          (memory 1)
          (func $fac (export "fac") (param i32) (result i32)
            local.get 0 i32.eqz if (result i32) i32.const 1
            else local.get 0 local.get 0 i32.const 1 i32.sub call $fac i32.mul end)
          (func $sum (export "sum") (param $n i32) (result i32) (local $s i32)
            (block $done (loop $next
              local.get $n i32.eqz br_if $done
              local.get $s local.get $n i32.add local.set $s
              local.get $n i32.const 1 i32.sub local.set $n
              br $next))
            local.get $s)
          (func (export "via_table") (param i32 i32) (result i32) local.get 0 local.get 1 call_indirect (type $unary))
          (func (export "fac_ref") (result funcref) ref.func $fac)
          (func $boom (export "boom") (param i32) (result i32)
            local.get 0 i32.const 3 i32.lt_u if unreachable end
            local.get 0 i32.const 1 i32.sub call $boom)
          (func (export "load") (param i32) (result i32) local.get 0 i32.load))
        """;

    private static Engine Tiering(int threshold = 2, bool synchronous = true, bool fuel = false) =>
        new(new Config { Strategy = Strategy.Auto, TierUpCodeSize = 0, TierUpThreshold = threshold, TierUpSynchronously = synchronous, ConsumeFuel = fuel });

    private static (Module Module, Store<int> Store, Instance Instance) Instantiate(Engine engine)
    {
        Module module = Module.FromText(engine, Wat);
        var store = new Store<int>(engine, 0);
        return (module, store, new Linker<int>(engine).Instantiate(store, module));
    }

    private static TierUp TierUpOf(Module module) => ((InterpretedModule)module.Code).TierUp!;

    [Fact]
    public void AutoTiersUpModulesOfAtLeastTierUpCodeSizeAndCompilesSmallerOnesFirst()
    {
        // Wat's function bodies total a few hundred bytes: the policy's line is drawn around them.
        long size = Module.FromText(new Engine(), Wat).Info.Bodies.Sum(b => (long)b.CodeLength);
        Engine atSize = new(new Config { TierUpCodeSize = size });
        Engine aboveSize = new(new Config { TierUpCodeSize = size + 1 });

        Assert.Equal(Strategy.Auto, new Engine().Strategy);
        Assert.Equal(1024 * 1024, new Config().TierUpCodeSize);
        Assert.NotNull(((InterpretedModule)Module.FromText(atSize, Wat).Code).TierUp);
        Assert.IsType<WasmSharp.Compilation.CompiledModule>(Module.FromText(aboveSize, Wat).Code);
        Assert.IsType<WasmSharp.Compilation.CompiledModule>(Module.FromText(new Engine(new Config { Strategy = Strategy.Compiler, TierUpCodeSize = 0 }), Wat).Code);
        Assert.Null(((InterpretedModule)Module.FromText(new Engine(new Config { Strategy = Strategy.Interpreter, TierUpCodeSize = 0 }), Wat).Code).TierUp);
        Assert.Throws<ArgumentException>(() => new Engine(new Config { TierUpCodeSize = -1 }));

        // Both run the same.
        foreach (Engine engine in new[] { atSize, aboveSize })
        {
            (_, Store<int> store, Instance instance) = Instantiate(engine);
            Assert.Equal(5050, instance.GetTypedFunc<int, int>(store, "sum").Call(store, 100));
        }
    }

    [Fact]
    public void AutoStartsInTheInterpreterAndCompilesHotFunctions()
    {
        Engine engine = Tiering();
        Assert.Equal(Strategy.Auto, engine.Strategy);
        (Module module, Store<int> store, Instance instance) = Instantiate(engine);
        TierUp tierUp = TierUpOf(module);
        var fac = instance.GetTypedFunc<int, int>(store, "fac");
        Func facFunc = instance.GetFunc(store, "fac")!;

        Assert.Equal(0, tierUp.CompiledCount);
        Assert.NotNull(facFunc.Ref.Interpreted);

        // fac(5) enters fac six times: hot after the third entry, compiled at once (synchronous).
        Assert.Equal(120, fac.Call(store, 5));
        Assert.Equal(1, tierUp.CompiledCount);
        Assert.Null(facFunc.Ref.Interpreted);
        Assert.Same(facFunc.Ref.Instance, facFunc.Ref.Context);

        // Compiled from now on, through the typed and the untyped entry, with the same results.
        Assert.Equal(3628800, fac.Call(store, 10));
        var results = new Val[1];
        facFunc.Call(store, [Val.I32(12)], results);
        Assert.Equal(479001600, results[0].AsI32());
        Assert.Null(tierUp.Failure);
    }

    [Fact]
    public void LoopBackEdgesMakeAFunctionHot()
    {
        Engine engine = Tiering(threshold: 50);
        (Module module, Store<int> store, Instance instance) = Instantiate(engine);
        var sum = instance.GetTypedFunc<int, int>(store, "sum");
        TierUp tierUp = TierUpOf(module);

        // One call from the host, a hundred iterations: the activation the host started is hot in
        // its loop before calls made the function hot, so only the loop's entry is compiled (at
        // once, synchronously) and the rest of the loop runs there; the method waits for calls.
        Assert.Equal(5050, sum.Call(store, 100));
        Assert.Equal(1, tierUp.LoopsEntered);
        Assert.Equal(0, tierUp.CompiledCount);
        Assert.NotNull(instance.GetFunc(store, "sum")!.Ref.Interpreted);

        // A second activation hot in the loop shows the function runs more than once: it moves
        // into the entry as well, and the method is compiled for the calls after it.
        Assert.Equal(5050, sum.Call(store, 100));
        Assert.Equal(2, tierUp.LoopsEntered);
        Assert.Equal(1, tierUp.CompiledCount);
        Assert.Null(instance.GetFunc(store, "sum")!.Ref.Interpreted);
        Assert.Equal(5050, sum.Call(store, 100));
        Assert.Equal(2, tierUp.LoopsEntered);

        // Short calls make a function hot at entry as before.
        var fac = instance.GetTypedFunc<int, int>(store, "fac");
        for (int i = 0; i < 20; i++)
        {
            Assert.Equal(6, fac.Call(store, 3));
        }

        Assert.Equal(2, tierUp.CompiledCount);
        Assert.Null(tierUp.Failure);
    }

    [Fact]
    public void AFunctionHotInALoopOfAWasmCallersActivationHasItsMethodCompiledFirst()
    {
        // Called from wasm (through the table), not from the host: the function is one of a
        // program's many, and its method serves its next calls, so the method comes first (the
        // entry only once the method is in use and this activation still loops).
        (Module module, Store<int> store, Instance instance) = Instantiate(Tiering(threshold: 50));
        Assert.Equal(5050, instance.GetTypedFunc<(int, int), int>(store, "via_table").Call(store, (100, 1)));
        Assert.Equal(1, TierUpOf(module).CompiledCount);
        Assert.Null(TierUpOf(module).Failure);
    }

    [Fact]
    public void TablesAndRefFuncKeepTheFunctionsIdentityAcrossTierUp()
    {
        Engine engine = Tiering();
        (Module module, Store<int> store, Instance instance) = Instantiate(engine);
        Table table = instance.GetTable(store, "table")!;
        Func facRef = instance.GetFunc(store, "fac_ref")!;
        object RefFunc()
        {
            var results = new Val[1];
            facRef.Call(store, [], results);
            return results[0].AsFuncRef()!.Ref;
        }

        var viaTable = instance.GetTypedFunc<(int, int), int>(store, "via_table");
        object before = table.Get(store, 0)!.Value.AsFuncRef()!.Ref;
        Assert.Same(before, RefFunc());

        Assert.Equal(720, viaTable.Call(store, (6, 0)));
        Assert.Null(instance.GetFunc(store, "fac")!.Ref.Interpreted);

        Assert.Same(before, table.Get(store, 0)!.Value.AsFuncRef()!.Ref);
        Assert.Same(before, RefFunc());
        Assert.Same(before, instance.GetFunc(store, "fac")!.Ref);
        Assert.Equal(720, viaTable.Call(store, (6, 0)));
        Assert.Equal(55, viaTable.Call(store, (10, 1)));
    }

    [Fact]
    public void TrapsBacktracesAndFuelAreTheSameInEveryTierAndAcrossTierUp()
    {
        (string Message, string[] Frames, ulong Fuel) Run(Engine engine, int calls)
        {
            var store = new Store<int>(engine, 0);
            Instance instance = new Linker<int>(engine).Instantiate(store, Module.FromText(engine, Wat));
            var boom = instance.GetTypedFunc<int, int>(store, "boom");
            var load = instance.GetTypedFunc<int, int>(store, "load");
            (string, string[], ulong) last = default;
            for (int i = 0; i < calls; i++)
            {
                store.SetFuel(1_000_000);
                Trap trap = Assert.Throws<Trap>(() => boom.Call(store, 7));
                Trap outOfBounds = Assert.Throws<Trap>(() => load.Call(store, 65536));
                Assert.Equal(TrapCode.MemoryOutOfBounds, outOfBounds.Code);
                last = (trap.Message, trap.Backtrace.Frames.Select(f => f.ToString()).ToArray(), store.GetFuel());
            }

            return last;
        }

        var compiled = Run(new Engine(new Config { Strategy = Strategy.Compiler, ConsumeFuel = true }), 1);
        var interpreted = Run(new Engine(new Config { Strategy = Strategy.Interpreter, ConsumeFuel = true }), 1);
        Assert.Equal(compiled, interpreted, TrapComparer.Instance);

        // The first call starts interpreted and ends compiled (boom recurses); later calls are compiled.
        Assert.Equal(compiled, Run(Tiering(fuel: true), 1), TrapComparer.Instance);
        Assert.Equal(compiled, Run(Tiering(fuel: true), 3), TrapComparer.Instance);
        Assert.Equal(Enumerable.Repeat("m!boom", 6), compiled.Frames);
    }

    [Fact]
    public void HotFunctionsAreCompiledInTheBackgroundWhileTheGuestRuns()
    {
        Engine engine = Tiering(threshold: 100, synchronous: false);
        (Module module, Store<int> store, Instance instance) = Instantiate(engine);
        var fac = instance.GetTypedFunc<int, int>(store, "fac");
        Func facFunc = instance.GetFunc(store, "fac")!;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (facFunc.Ref.Interpreted is not null && DateTime.UtcNow < deadline)
        {
            Assert.Equal(3628800, fac.Call(store, 10));
        }

        Assert.Null(TierUpOf(module).Failure);
        Assert.Null(facFunc.Ref.Interpreted);
        Assert.Equal(3628800, fac.Call(store, 10));
    }

    [Fact]
    public void EveryInstanceSwitchesToTheModulesCompiledCode()
    {
        Engine engine = Tiering();
        Module module = Module.FromText(engine, Wat);
        var first = new Store<int>(engine, 0);
        var second = new Store<int>(engine, 0);
        Instance a = new Linker<int>(engine).Instantiate(first, module);
        Instance b = new Linker<int>(engine).Instantiate(second, module);

        Assert.Equal(120, a.GetTypedFunc<int, int>(first, "fac").Call(first, 5));
        Assert.Null(a.GetFunc(first, "fac")!.Ref.Interpreted);
        Assert.NotNull(b.GetFunc(second, "fac")!.Ref.Interpreted);

        // The other store switches on its own thread, at its function's next entry.
        Assert.Equal(120, b.GetTypedFunc<int, int>(second, "fac").Call(second, 5));
        Assert.Null(b.GetFunc(second, "fac")!.Ref.Interpreted);
        Assert.Equal(1, TierUpOf(module).CompiledCount);
    }

    [Fact]
    public void HostAndInterpretedFunctionsGetTheirCompiledEntryOnlyOnceCompiledCodeRuns()
    {
        const string wat = """
            (module
              (type $unary (func (param i32) (result i32)))
              (import "env" "add1" (func $add1 (type $unary)))
              (table (export "table") 3 funcref)
              (elem (i32.const 0) $add1 $cold)
              (func $cold (export "cold") (type $unary) local.get 0 i32.const 10 i32.add)
              (func (export "hot") (param i32) (result i32)
                local.get 0 call $add1
                local.get 0 i32.const 0 call_indirect (type $unary) i32.add
                local.get 0 i32.const 1 call_indirect (type $unary) i32.add)
              (func (export "third") (param i32) (result i32) local.get 0 i32.const 2 call_indirect (type $unary))
              (export "add1" (func $add1)))
            """;
        Engine engine = Tiering(threshold: 2);
        var store = new Store<int>(engine, 0);
        Instance instance = new Linker<int>(engine).FuncWrap("env", "add1", (int x) => x + 1).Instantiate(store, Module.FromText(engine, wat));
        Func add1 = instance.GetFunc(store, "add1")!;
        Func cold = instance.GetFunc(store, "cold")!;
        var hot = instance.GetTypedFunc<int, int>(store, "hot");

        // Interpreted so far: neither the host function nor the interpreted one has a native entry
        // (no trampoline was emitted for them).
        Assert.Equal(2 + 2 + 11, hot.Call(store, 1));
        Assert.Equal(IntPtr.Zero, add1.Ref.Code);
        Assert.Equal(IntPtr.Zero, cold.Ref.Code);

        // hot is compiled at its third entry and from then calls both through their entries,
        // directly and through the table.
        for (int i = 2; i <= 4; i++)
        {
            Assert.Equal(2 * (i + 1) + i + 10, hot.Call(store, i));
        }

        Assert.Null(instance.GetFunc(store, "hot")!.Ref.Interpreted);
        Assert.NotEqual(IntPtr.Zero, add1.Ref.Code);
        Assert.NotEqual(IntPtr.Zero, cold.Ref.Code);
        Assert.Equal(6 + 6 + 15, hot.Call(store, 5));

        // A host function made after compiled code ran gets its entry at once, and compiled code
        // calls it through the table.
        Func twice = Func.Wrap(store, (int x) => 2 * x);
        Assert.NotEqual(IntPtr.Zero, twice.Ref.Code);
        instance.GetTable(store, "table")!.Set(store, 2, Val.FuncRef(twice));
        var third = instance.GetTypedFunc<int, int>(store, "third");
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal(2 * i, third.Call(store, i));
        }

        Assert.Null(instance.GetFunc(store, "third")!.Ref.Interpreted);
        Assert.Null(TierUpOf(instance.Module).Failure);
    }

    [Fact]
    public void InstantiatingACompiledModuleGivesTheStoresInterpretedFunctionsTheirEntries()
    {
        // Under TierUpCodeSize, `caller` is compiled before it runs; `big` (larger) starts interpreted.
        const string big = """
            (module
              (func (export "triple") (param i32) (result i32)
                local.get 0 local.get 0 i32.add local.get 0 i32.add
                i32.const 0 i32.add i32.const 0 i32.add i32.const 0 i32.add i32.const 0 i32.add
                i32.const 0 i32.add i32.const 0 i32.add i32.const 0 i32.add i32.const 0 i32.add
                i32.const 0 i32.add i32.const 0 i32.add i32.const 0 i32.add i32.const 0 i32.add))
            """;
        const string caller = """
            (module
              (import "big" "triple" (func $triple (param i32) (result i32)))
              (func (export "call") (param i32) (result i32) local.get 0 call $triple))
            """;
        var probe = new Engine();
        long callerSize = Module.FromText(probe, caller).Info.Bodies.Sum(b => (long)b.CodeLength);
        Engine engine = new(new Config { Strategy = Strategy.Auto, TierUpCodeSize = callerSize + 1, TierUpThreshold = 1000 });
        Module interpreted = Module.FromText(engine, big);
        Module compiled = Module.FromText(engine, caller);
        Assert.IsType<InterpretedModule>(interpreted.Code);
        Assert.IsType<WasmSharp.Compilation.CompiledModule>(compiled.Code);

        var store = new Store<int>(engine, 0);
        var linker = new Linker<int>(engine);
        Instance bigInstance = linker.Instantiate(store, interpreted);
        Func triple = bigInstance.GetFunc(store, "triple")!;
        Assert.Equal(IntPtr.Zero, triple.Ref.Code);

        linker.Instance(store, "big", bigInstance);
        Instance callerInstance = linker.Instantiate(store, compiled);
        Assert.NotEqual(IntPtr.Zero, triple.Ref.Code);
        Assert.NotNull(triple.Ref.Interpreted);
        Assert.Equal(21, callerInstance.GetTypedFunc<int, int>(store, "call").Call(store, 7));
    }

    private sealed class TrapComparer : IEqualityComparer<(string Message, string[] Frames, ulong Fuel)>
    {
        public static readonly TrapComparer Instance = new();

        public bool Equals((string Message, string[] Frames, ulong Fuel) x, (string Message, string[] Frames, ulong Fuel) y) =>
            x.Message == y.Message && x.Frames.SequenceEqual(y.Frames) && x.Fuel == y.Fuel;

        public int GetHashCode((string Message, string[] Frames, ulong Fuel) obj) => obj.Message.GetHashCode(StringComparison.Ordinal);
    }
}

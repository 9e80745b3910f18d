using WasmSharp.Text;

namespace WasmSharp.Tests.Api;

/// <summary>
/// Every trapping frame carries the module offset of its trapping instruction, and every calling
/// frame that of its call (<c>FrameInfo::module_offset</c>), in both tiers, whatever raised the
/// trap: the tier's own code or a runtime helper it called. Each case traps in <c>$trapping</c> at
/// the instruction after the marker <c>i64.const 0x7777 drop</c>, called from <c>run</c> after
/// the marker <c>i64.const 0x8888 drop</c>; the expected offsets are found in the encoded module
/// (the instruction after a marker starts where the marker's <c>drop</c> ends, as
/// <c>wasm-objdump -d</c> shows).
/// </summary>
public sealed class TrapOffsetTests
{
    private const string Marker = "(i64.const 0x7777) drop";

    // Declarations every case may use.
    private const string Prelude = """
          (type $v (func))
          (type $i (func (param i32) (result i32)))
          (type $s (struct (field i32)))
          (type $a (array (mut i32)))
          (memory 1)
          (table $tab 2 funcref)
          (elem (i32.const 0) $callee)
          (elem $passive func $callee)
          (data $bytes "abcd")
          (func $callee (type $i) local.get 0)
        """;

    public static TheoryData<Strategy, string, string, TrapCode> Cases()
    {
        (string Name, string Body, TrapCode Code)[] cases =
        [
            ("i32.div_s by zero", $"(i32.const 1) (i32.const 0) {Marker} i32.div_s drop", TrapCode.IntegerDivisionByZero),
            ("i32.div_s overflow", $"(i32.const 0x80000000) (i32.const -1) {Marker} i32.div_s drop", TrapCode.IntegerOverflow),
            ("i32.div_u by zero", $"(i32.const 1) (i32.const 0) {Marker} i32.div_u drop", TrapCode.IntegerDivisionByZero),
            ("i32.rem_s by zero", $"(i32.const 1) (i32.const 0) {Marker} i32.rem_s drop", TrapCode.IntegerDivisionByZero),
            ("i32.rem_u by zero", $"(i32.const 1) (i32.const 0) {Marker} i32.rem_u drop", TrapCode.IntegerDivisionByZero),
            ("i64.div_s overflow", $"(i64.const 0x8000000000000000) (i64.const -1) {Marker} i64.div_s drop", TrapCode.IntegerOverflow),
            ("i64.div_u by zero", $"(i64.const 1) (i64.const 0) {Marker} i64.div_u drop", TrapCode.IntegerDivisionByZero),
            ("i64.rem_s by zero", $"(i64.const 1) (i64.const 0) {Marker} i64.rem_s drop", TrapCode.IntegerDivisionByZero),
            ("i64.rem_u by zero", $"(i64.const 1) (i64.const 0) {Marker} i64.rem_u drop", TrapCode.IntegerDivisionByZero),
            ("i32.trunc_f32_s of NaN", $"(f32.const nan) {Marker} i32.trunc_f32_s drop", TrapCode.BadConversionToInteger),
            ("i32.trunc_f64_u overflow", $"(f64.const -5) {Marker} i32.trunc_f64_u drop", TrapCode.IntegerOverflow),
            ("i64.trunc_f32_u overflow", $"(f32.const 1e30) {Marker} i64.trunc_f32_u drop", TrapCode.IntegerOverflow),
            ("i64.trunc_f64_s of NaN", $"(f64.const nan) {Marker} i64.trunc_f64_s drop", TrapCode.BadConversionToInteger),
            ("table.get", $"(i32.const 5) {Marker} table.get $tab drop", TrapCode.TableOutOfBounds),
            ("table.set", $"(i32.const 5) (ref.null func) {Marker} table.set $tab", TrapCode.TableOutOfBounds),
            ("table.fill", $"(i32.const 1) (ref.null func) (i32.const 5) {Marker} table.fill $tab", TrapCode.TableOutOfBounds),
            ("table.copy", $"(i32.const 0) (i32.const 1) (i32.const 5) {Marker} table.copy $tab $tab", TrapCode.TableOutOfBounds),
            ("table.init", $"(i32.const 0) (i32.const 0) (i32.const 5) {Marker} table.init $tab $passive", TrapCode.TableOutOfBounds),
            ("memory.fill", $"(i32.const 65535) (i32.const 0) (i32.const 5) {Marker} memory.fill", TrapCode.MemoryOutOfBounds),
            ("memory.copy", $"(i32.const 0) (i32.const 65535) (i32.const 5) {Marker} memory.copy", TrapCode.MemoryOutOfBounds),
            ("memory.init", $"(i32.const 0) (i32.const 0) (i32.const 5) {Marker} memory.init $bytes", TrapCode.MemoryOutOfBounds),
            ("i32.load", $"(i32.const 65535) {Marker} i32.load drop", TrapCode.MemoryOutOfBounds),
            ("i64.store", $"(i32.const 65535) (i64.const 1) {Marker} i64.store", TrapCode.MemoryOutOfBounds),
            ("call_indirect to null", $"(i32.const 7) (i32.const 1) {Marker} call_indirect $tab (type $i) drop", TrapCode.IndirectCallToNull),
            ("call_indirect out of bounds", $"(i32.const 7) (i32.const 9) {Marker} call_indirect $tab (type $i) drop", TrapCode.TableOutOfBounds),
            ("call_indirect bad signature", $"(i32.const 0) {Marker} call_indirect $tab (type $v)", TrapCode.BadSignature),
            ("call_ref to null", $"(i32.const 7) (ref.null $i) {Marker} call_ref $i drop", TrapCode.NullReference),
            ("ref.as_non_null", $"(ref.null func) {Marker} ref.as_non_null drop", TrapCode.NullReference),
            ("struct.get of null", $"(ref.null $s) {Marker} struct.get $s 0 drop", TrapCode.NullReference),
            ("array.get out of bounds", $"(array.new_default $a (i32.const 1)) (i32.const 5) {Marker} array.get $a drop", TrapCode.ArrayOutOfBounds),
            ("array.set of null", $"(ref.null $a) (i32.const 0) (i32.const 1) {Marker} array.set $a", TrapCode.NullReference),
            ("array.fill out of bounds", $"(array.new_default $a (i32.const 1)) (i32.const 0) (i32.const 1) (i32.const 5) {Marker} array.fill $a", TrapCode.ArrayOutOfBounds),
            ("ref.cast failure", $"(ref.i31 (i32.const 1)) {Marker} ref.cast (ref $s) drop", TrapCode.CastFailure),
            ("i31.get_s of null", $"(ref.null i31) {Marker} i31.get_s drop", TrapCode.NullReference),
            ("v128.load", $"(i32.const 65530) {Marker} v128.load drop", TrapCode.MemoryOutOfBounds),
            ("v128.store", $"(i32.const 65530) (v128.const i64x2 0 0) {Marker} v128.store", TrapCode.MemoryOutOfBounds),
            ("v128.load32_splat", $"(i32.const 65534) {Marker} v128.load32_splat drop", TrapCode.MemoryOutOfBounds),
            ("v128.load8_lane", $"(i32.const 65536) (v128.const i64x2 0 0) {Marker} v128.load8_lane 3 drop", TrapCode.MemoryOutOfBounds),
            ("v128.store16_lane", $"(i32.const 65535) (v128.const i64x2 0 0) {Marker} v128.store16_lane 1", TrapCode.MemoryOutOfBounds),
            ("i32.atomic.load misaligned", $"(i32.const 1) {Marker} i32.atomic.load drop", TrapCode.HeapMisaligned),
            ("i64.atomic.rmw.add out of bounds", $"(i32.const 65536) (i64.const 1) {Marker} i64.atomic.rmw.add drop", TrapCode.MemoryOutOfBounds),
            ("unreachable", $"{Marker} unreachable", TrapCode.UnreachableCodeReached),
        ];
        return InBothTiers(cases);
    }

    // Each case under each strategy.
    private static TheoryData<Strategy, T1, T2, T3> InBothTiers<T1, T2, T3>((T1, T2, T3)[] cases)
    {
        var data = new TheoryData<Strategy, T1, T2, T3>();
        foreach (Strategy strategy in new[] { Strategy.Compiler, Strategy.Interpreter })
        {
            foreach ((T1 first, T2 second, T3 third) in cases)
            {
                data.Add(strategy, first, second, third);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheTrappingAndTheCallingInstructionAreLocated(Strategy strategy, string name, string body, TrapCode code)
    {
        string wat = $$"""
            (module
            {{Prelude}}
              (func $trapping {{body}})
              (func $run (export "run") (i64.const 0x8888) drop call $trapping))
            """;
        byte[] wasm = WatParser.ParseModule(wat);
        Trap trap = RunTrapping(new Config { Strategy = strategy }, wasm, _ => { });
        Assert.True(code == trap.Code, $"{name}: {trap.Code}");
        Assert.Equal(["trapping", "run"], trap.Backtrace.Frames.Select(f => f.FuncName));
        Assert.Equal([After(wasm, 0x7777), After(wasm, 0x8888)], trap.Backtrace.Frames.Select(f => f.ModuleOffset));
    }

    [Theory]
    [MemberData(nameof(BacktraceTests.Strategies), MemberType = typeof(BacktraceTests))]
    public void SeveralAccessesOfOneShapeEachLocateTheirOwnTrap(Strategy strategy)
    {
        // Accesses with the same operand-stack shape; only the third is out of bounds.
        const string wat = """
            (module
              (memory 1)
              (func $trapping (param i32) (result i32)
                (i32.load (local.get 0))
                (i32.load offset=4 (local.get 0)) i32.add
                (i32.add (local.get 0) (i32.const 65536)) (i64.const 0x7777) drop i32.load i32.add
                (i32.load offset=8 (local.get 0)) i32.add)
              (func (export "run") (i32.const 0) (i64.const 0x8888) drop (call $trapping) drop))
            """;
        AssertLocated(strategy, wat, [0x7777, 0x8888]);
    }

    [Theory]
    [MemberData(nameof(BacktraceTests.Strategies), MemberType = typeof(BacktraceTests))]
    public void LoadsCheckedTogetherTrapAtTheFirstThatFails(Strategy strategy)
    {
        // Straight-line loads through $p and $q, which the compiler checks at once at the first
        // (each base at its widest extent): $q's fails, at its third load (offset=8: 65528 + 12 >
        // 65536), although $p's widest load, later, would fail too and $q's first two pass.
        const string wat = """
            (module
              (memory 1)
              (func $trapping (param $p i32) (param $q i32) (result i32)
                (i32.load (local.get $p))
                (i32.load (local.get $q)) i32.add
                (i32.load offset=4 (local.get $q)) i32.add
                (i64.const 0x7777) drop local.get $q i32.load offset=8 i32.add
                (i32.load offset=65000 (local.get $p)) i32.add)
              (func (export "run") (i32.const 1000) (i32.const 65528) (i64.const 0x8888) drop call $trapping drop))
            """;
        byte[] wasm = WatParser.ParseModule(wat);
        Trap trap = RunTrapping(new Config { Strategy = strategy }, wasm, _ => { });
        Assert.Equal(TrapCode.MemoryOutOfBounds, trap.Code);
        Assert.Equal([After(wasm, 0x7777, 2), After(wasm, 0x8888)], trap.Backtrace.Frames.Select(f => f.ModuleOffset));
    }

    [Theory]
    [MemberData(nameof(BacktraceTests.Strategies), MemberType = typeof(BacktraceTests))]
    public void CallsOfOneCalleeAreEachLocated(Strategy strategy)
    {
        // $caller calls $callee three times; the last call traps. Each call's result feeds the next.
        const string wat = """
            (module
              (func $callee (param i32) (result i32)
                (if (i32.eq (local.get 0) (i32.const 3)) (then (i64.const 0x7777) drop unreachable))
                (i32.add (local.get 0) (i32.const 1)))
              (func $caller (param i32) (result i32)
                (call $callee (local.get 0))
                call $callee
                (i64.const 0x6666) drop call $callee)
              (func (export "run") (i32.const 1) (i64.const 0x8888) drop (call $caller) drop))
            """;
        if (strategy == Strategy.Interpreter)
        {
            AssertLocated(strategy, wat, [0x7777, 0x6666, 0x8888]);
            return;
        }

        // Compiled: .NET reports the IL offset of a statement at or before the call, and the three
        // calls follow one statement with the same callee, so the middle frame's offset is not
        // known; it is never a wrong one.
        byte[] wasm = WatParser.ParseModule(wat);
        Trap trap = RunTrapping(new Config { Strategy = strategy }, wasm, _ => { });
        IReadOnlyList<FrameInfo> frames = trap.Backtrace.Frames;
        Assert.Equal([After(wasm, 0x7777), After(wasm, 0x8888)], [frames[0].ModuleOffset, frames[2].ModuleOffset]);
        Assert.True(frames[1].ModuleOffset is null || frames[1].ModuleOffset == After(wasm, 0x6666), $"{frames[1].ModuleOffset}");
    }

    public static TheoryData<Strategy, int> StrategiesAndCalls()
    {
        var data = new TheoryData<Strategy, int>();
        foreach (Strategy strategy in new[] { Strategy.Interpreter, Strategy.Compiler })
        {
            for (int call = 1; call <= 3; call++)
            {
                data.Add(strategy, call);
            }
        }

        return data;
    }

    /// <summary>
    /// A module whose <c>$caller</c> calls <c>$callee</c> three times (after markers
    /// <c>0x6661</c>..<c>0x6663</c>), each result going through a local into the next call; call
    /// number <paramref name="trapping"/> traps (after marker <c>0x7777</c>).
    /// </summary>
    internal static string MergedCalls(int trapping) => $$"""
        (module
          (func $callee (param i32) (result i32)
            (if (i32.eq (local.get 0) (i32.const {{trapping}})) (then (i64.const 0x7777) drop unreachable))
            (i32.add (local.get 0) (i32.const 1)))
          (func $caller (result i32) (local i32)
            (i32.const 1) (i64.const 0x6661) drop call $callee local.set 0
            (local.get 0) (i64.const 0x6662) drop call $callee local.set 0
            (local.get 0) (i64.const 0x6663) drop call $callee)
          (func (export "run") (i64.const 0x8888) drop (call $caller) drop))
        """;

    [Theory]
    [MemberData(nameof(StrategiesAndCalls))]
    public void CallsThatTheJitMergesAreNeverMislocated(Strategy strategy, int trapping)
    {
        // Each call's result goes through a local into the next call: the JIT merges the three
        // statements into the last one and reports its IL offset for all three frames, which was
        // taken for the third call. Compiled code may not know the call (null), never a wrong one.
        byte[] wasm = WatParser.ParseModule(MergedCalls(trapping));
        Trap trap = RunTrapping(new Config { Strategy = strategy }, wasm, _ => { });
        IReadOnlyList<FrameInfo> frames = trap.Backtrace.Frames;
        Assert.Equal([After(wasm, 0x7777), After(wasm, 0x8888)], [frames[0].ModuleOffset, frames[2].ModuleOffset]);
        int call = After(wasm, 0x6660 + trapping);
        if (strategy == Strategy.Interpreter)
        {
            Assert.Equal(call, frames[1].ModuleOffset);
        }
        else
        {
            Assert.True(frames[1].ModuleOffset is null || frames[1].ModuleOffset == call, $"{frames[1].ModuleOffset:x} for the call at {call:x}");
        }
    }

    [Theory]
    [MemberData(nameof(BacktraceTests.Strategies), MemberType = typeof(BacktraceTests))]
    public void AnAccessPastTheSixtyFourthOfAFunctionLocatesItsTrap(Strategy strategy)
    {
        // 300 loads, each wider than the last (so each is checked), then one out of bounds: the
        // compiled tier gave only the first 64 accesses of a method a trap block of their own.
        var loads = new System.Text.StringBuilder();
        for (int i = 0; i < 300; i++)
        {
            loads.Append(System.Globalization.CultureInfo.InvariantCulture, $"(i32.load offset={4 * i} (local.get 0)) i32.add\n");
        }

        string wat = $$"""
            (module
              (memory 1)
              (func $trapping (param i32) (result i32)
                (i32.const 0)
                {{loads}}
                (local.get 0) (i64.const 0x7777) drop (i32.load offset=65536) i32.add)
              (func (export "run") (i32.const 0) (i64.const 0x8888) drop (call $trapping) drop))
            """;
        AssertLocated(strategy, wat, [0x7777, 0x8888]);
    }

    // Pairs of adjacent instructions the interpreter runs with one dispatch (Translator.Pairs.cs),
    // the second one trapping: a load after a load (at an added constant, or at the address alone),
    // and a store of a sum after a load. Each is located at its own instruction, `skip` bytes
    // after the marker before the pair's first one.
    public static TheoryData<Strategy, string, string, int> PairedTraps()
    {
        (string Trapping, string Arguments, int Skip)[] cases =
        [
            ("(param $p i32) (result i32) " + Marker + " local.get $p i32.const 4 i32.add i32.load local.get $p i32.const 65536 i32.add i32.load i32.add", "(i32.const 0)", 15),
            ("(param $p i32) (param $q i32) (result i32) " + Marker + " local.get $p i32.load local.get $q i32.load i32.add", "(i32.const 0) (i32.const 65536)", 7),
            ("(param $p i32) (param $q i32) " + Marker + " local.get $p local.get $q i32.const 4 i32.add i32.load local.get $q i32.add i32.store", "(i32.const 65536) (i32.const 0)", 13),
        ];
        return InBothTiers(cases);
    }

    [Theory]
    [MemberData(nameof(PairedTraps))]
    public void ThePairedSecondInstructionLocatesItsTrap(Strategy strategy, string trapping, string arguments, int skip)
    {
        string wat = $$"""
            (module
              (memory 1)
              (func $trapping {{trapping}})
              (func (export "run") {{arguments}} (i64.const 0x8888) drop (call $trapping) {{(trapping.Contains("(result", StringComparison.Ordinal) ? "drop" : "")}}))
            """;
        byte[] wasm = WatParser.ParseModule(wat);
        Trap trap = RunTrapping(new Config { Strategy = strategy }, wasm, _ => { });
        Assert.Equal(TrapCode.MemoryOutOfBounds, trap.Code);
        Assert.Equal([After(wasm, 0x7777, skip), After(wasm, 0x8888)], trap.Backtrace.Frames.Select(f => f.ModuleOffset));
    }

    // Wasmtime 50.0.1 checks epochs (and fuel) on entry at the function's last local declaration
    // (its first byte, where Cranelift's source location stands when it translates the entry), or
    // at the body's start without locals: a passed deadline traps in `run` at func offset 3 of a
    // body with two declarations, `(local i64) (local f32 f32)`, and at 0 of one with none.
    public static TheoryData<Strategy, string, bool> EntryChecks() => new()
    {
        { Strategy.Compiler, "fuel", true }, { Strategy.Interpreter, "fuel", true },
        { Strategy.Compiler, "epoch", true }, { Strategy.Interpreter, "epoch", true },
        { Strategy.Compiler, "fuel", false }, { Strategy.Interpreter, "fuel", false },
        { Strategy.Compiler, "epoch", false }, { Strategy.Interpreter, "epoch", false },
    };

    [Theory]
    [MemberData(nameof(EntryChecks))]
    public void EntryChecksStandWhereWasmtimePutsThem(Strategy strategy, string check, bool locals)
    {
        string wat = $"(module (func (export \"run\") {(locals ? "(local i64) (local f32 f32)" : "")} (i64.const 0x8888) drop))";
        byte[] wasm = WatParser.ParseModule(wat);
        var config = new Config { Strategy = strategy, ConsumeFuel = check == "fuel", EpochInterruption = check == "epoch" };
        Trap trap = RunTrapping(config, wasm, store =>
        {
            if (check == "fuel")
            {
                store.SetFuel(0);
            }
            else
            {
                store.SetEpochDeadline(0);
            }
        });
        Assert.Equal(check == "fuel" ? TrapCode.OutOfFuel : TrapCode.Interrupt, trap.Code);
        FrameInfo frame = Assert.Single(trap.Backtrace.Frames);
        if (check == "fuel")
        {
            // Fuel is charged per run of instructions, at the instruction that ends the run (here
            // the body's `end`, the module's last byte), not at entry as in Wasmtime.
            Assert.Equal(wasm.Length - 1, frame.ModuleOffset);
        }
        else
        {
            Assert.Equal(locals ? 3 : 0, frame.FuncOffset);
        }
    }

    [Theory]
    [MemberData(nameof(BacktraceTests.Strategies), MemberType = typeof(BacktraceTests))]
    public void AStackOverflowLocatesTheCallsButNotTheEntryCheck(Strategy strategy)
    {
        // As Wasmtime 50.0.1: the innermost frame (its entry's stack check) has no offset, the
        // others the offset of their call.
        const string wat = """
            (module
              (func $down (param i32) (local i64) (i64.const 0x7777) drop (call $down (local.get 0)))
              (func (export "run") (i64.const 0x8888) drop (call $down (i32.const 1))))
            """;
        byte[] wasm = WatParser.ParseModule(wat);
        Trap trap = RunTrapping(new Config { Strategy = strategy }, wasm, _ => { });
        Assert.Equal(TrapCode.StackOverflow, trap.Code);
        IReadOnlyList<FrameInfo> frames = trap.Backtrace.Frames;
        Assert.Null(frames[0].ModuleOffset);
        int call = After(wasm, 0x7777, 2);
        Assert.All(frames.Skip(1).Take(50), f => Assert.Equal(call, f.ModuleOffset));
    }

    public static TheoryData<Strategy, bool, int> EpochCallbackFailures()
    {
        var data = new TheoryData<Strategy, bool, int>();
        foreach (Strategy strategy in new[] { Strategy.Compiler, Strategy.Interpreter })
        {
            foreach (bool addressMap in new[] { false, true })
            {
                data.Add(strategy, addressMap, 2);
                data.Add(strategy, addressMap, 3);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EpochCallbackFailures))]
    public void AnEpochCallbacksFailureStandsAtTheCheckThatCalledIt(Strategy strategy, bool addressMap, int failingCall)
    {
        // With the deadline always reached, every check calls the callback: `run`'s entry (1),
        // $f's entry (2), $f's loop (3). $f's one division is never where such a frame stands.
        const string wat = """
            (module
              (func $f (param i32) (result i32)
                (drop (i32.div_s (i32.const 10) (local.get 0)))
                (i64.const 0x7777) drop (loop $l)
                (local.get 0))
              (func (export "run") (result i32) (i32.const 5) (i64.const 0x8888) drop (call $f)))
            """;
        byte[] wasm = WatParser.ParseModule(wat);
        var config = new Config { Strategy = strategy, EpochInterruption = true, EpochDeadlineContinuation = true, GenerateAddressMap = addressMap };
        int? entry = RunWithCallback(config, wasm, calls => calls == 2 ? UpdateDeadline.Interrupt : UpdateDeadline.Continue(0)).Backtrace.Frames[0].ModuleOffset;
        Trap trap = RunWithCallback(config, wasm, calls => calls == failingCall ? throw new Trap(TrapCode.HostError, "refused") : UpdateDeadline.Continue(0));
        Assert.Equal(TrapCode.HostError, trap.Code);
        IReadOnlyList<FrameInfo> frames = trap.Backtrace.Frames;
        Assert.Equal(After(wasm, 0x8888), frames[1].ModuleOffset);
        int? expected = failingCall == 2 ? entry : After(wasm, 0x7777);
        Assert.NotNull(expected);
        if (strategy == Strategy.Compiler && !addressMap)
        {
            // Without a map, compiled code cannot tell the function's two checks apart.
            Assert.True(frames[0].ModuleOffset is null || frames[0].ModuleOffset == expected, $"{frames[0].ModuleOffset}");
        }
        else
        {
            Assert.Equal(expected, frames[0].ModuleOffset);
        }
    }

    // Calls `run` with an epoch deadline that is always reached, the store's callback deciding at
    // each check (given how many checks called it so far).
    private static Trap RunWithCallback(Config config, byte[] wasm, Func<int, UpdateDeadline> decide)
    {
        var store = new Store<int>(new Engine(config), 0);
        Func run = new Instance(store, Module.FromBytes(store.Engine, wasm), []).GetFunc(store, "run")!;
        int calls = 0;
        store.EpochDeadlineCallback(_ => decide(++calls));
        store.SetEpochDeadline(0);
        return Assert.Throws<Trap>(() => run.Call(store, [], new Val[1]));
    }

    // Calls export `run` of a module without imports, which must trap.
    private static Trap RunTrapping(Config config, byte[] wasm, Action<Store<int>> prepare)
    {
        var store = new Store<int>(new Engine(config), 0);
        Func run = new Instance(store, Module.FromBytes(store.Engine, wasm), []).GetFunc(store, "run")!;
        prepare(store);
        return Assert.Throws<Trap>(() => run.Call(store, [], []));
    }

    private static int After(byte[] wasm, long value, int skip = 0) => BacktraceTests.After(wasm, value, skip);

    // The frames of the trap of `run` in `wat` stand after `markers`, innermost first.
    private static void AssertLocated(Strategy strategy, string wat, long[] markers)
    {
        byte[] wasm = WatParser.ParseModule(wat);
        Trap trap = RunTrapping(new Config { Strategy = strategy }, wasm, _ => { });
        Assert.Equal(markers.Select(m => (int?)After(wasm, m)), trap.Backtrace.Frames.Select(f => f.ModuleOffset));
    }
}

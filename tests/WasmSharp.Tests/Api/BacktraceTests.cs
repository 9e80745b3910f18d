using WasmSharp.Tests.Compilation;
using WasmSharp.Text;

namespace WasmSharp.Tests.Api;

/// <summary>
/// Backtraces (<c>wasmtime::WasmBacktrace</c>) keep every wasm frame, in order, whatever the JIT
/// inlined or the tier ran, and carry the byte offset of each frame's instruction: the trapping one
/// for the innermost frame, the call for the others. Expected offsets are found in the encoded
/// module, after a marker (<c>i64.const K drop</c>) placed just before the instruction.
/// </summary>
public sealed class BacktraceTests
{
    public static TheoryData<Strategy> Strategies => new() { Strategy.Compiler, Strategy.Interpreter };

    private static Engine EngineFor(Strategy strategy) => new(new Config { Strategy = strategy });

    [Theory]
    [MemberData(nameof(Strategies))]
    public void ATrivialTrappingCalleeKeepsItsFrameAfterWarmUp(Strategy strategy)
    {
        // $inner is the shape the JIT inlines (a tiny leaf); it traps only when asked to.
        const string wat = """
            (module $m
              (memory 1)
              (func $inner (param i32) (result i32)
                local.get 0 (i64.const 0x1111) drop i32.load)
              (func $outer (export "run") (param i32 i32) (result i32)
                (local $sum i32)
                (loop $again
                  local.get 0 i32.const 1 i32.sub local.tee 0
                  (if (then
                    (local.set $sum (i32.add (local.get $sum) (i32.const 1)))
                    br $again)))
                local.get 1 (i64.const 0x2222) drop call $inner))
            """;
        byte[] wasm = WatParser.ParseModule(wat);
        var store = new Store<int>(EngineFor(strategy), 0);
        var run = new Instance(store, Module.FromBytes(store.Engine, wasm), []).GetTypedFunc<(int, int), int>(store, "run");

        // Warm up: calls enough (each with a hot loop) for the JIT to optimize and inline.
        for (int i = 0; i < 200; i++)
        {
            Assert.Throws<Trap>(() => run.Call(store, (100, 70000)));
        }

        Trap trap = Assert.Throws<Trap>(() => run.Call(store, (100, 70000)));
        Assert.Equal(["m!inner", "m!outer"], trap.Backtrace.Frames.Select(f => f.ToString()));
        Assert.Equal([After(wasm, 0x1111), After(wasm, 0x2222)], trap.Backtrace.Frames.Select(f => f.ModuleOffset));
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void RecursionKeepsEveryFrameInOrder(Strategy strategy)
    {
        // a -> b -> c -> c -> c -> c, and the innermost c traps.
        const string wat = """
            (module
              (func $a (export "run") (result i32) (i64.const 0xA) drop call $b)
              (func $b (result i32) (i64.const 0xB) drop (call $c (i32.const 3)))
              (func $c (param i32) (result i32)
                (if (i32.eqz (local.get 0)) (then (i64.const 0xC0) drop unreachable))
                (i32.sub (local.get 0) (i32.const 1)) (i64.const 0xC1) drop call $c))
            """;
        byte[] wasm = WatParser.ParseModule(wat);
        var store = new Store<int>(EngineFor(strategy), 0);
        var run = new Instance(store, Module.FromBytes(store.Engine, wasm), []).GetTypedFunc<ValueTuple, int>(store, "run");
        Trap trap = Assert.Throws<Trap>(() => run.Call(store, default));
        Assert.Equal(["c", "c", "c", "c", "b", "a"], trap.Backtrace.Frames.Select(f => f.FuncName));
        Assert.Equal([2, 2, 2, 2, 1, 0], trap.Backtrace.Frames.Select(f => f.FuncIndex));
        int c1 = After(wasm, 0xC1);
        Assert.Equal([After(wasm, 0xC0), c1, c1, c1, After(wasm, 0xB, 2), After(wasm, 0xA)], trap.Backtrace.Frames.Select(f => f.ModuleOffset));
        Assert.False(trap.Backtrace.IsTruncated);
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void TrapsThroughHostCallsKeepTheFramesOnBothSides(Strategy strategy)
    {
        const string wat = """
            (module
              (import "env" "host" (func $host))
              (func $inner (export "inner") (i64.const 0x3333) drop unreachable)
              (func $middle (export "run") (i64.const 0x4444) drop call $host))
            """;
        byte[] wasm = WatParser.ParseModule(wat);
        var store = new Store<int>(EngineFor(strategy), 0);
        Instance? instance = null;
        Func host = Func.Wrap(store, () => instance!.GetFunc(store, "inner")!.Call(store, [], []));
        instance = new Instance(store, Module.FromBytes(store.Engine, wasm), [host]);
        Trap trap = Assert.Throws<Trap>(() => instance.GetFunc(store, "run")!.Call(store, [], []));
        AssertFrames(trap, wasm, ["inner", "middle"], [0x3333, 0x4444]);
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void IndirectCallsAndTheirFailuresAreLocated(Strategy strategy)
    {
        const string wat = """
            (module
              (type $t (func (param i32) (result i32)))
              (table 2 funcref)
              (elem (i32.const 0) $target)
              (func $target (type $t) (i64.const 0x5555) drop unreachable)
              (func (export "run") (param i32 i32) (result i32)
                local.get 0 local.get 1 (i64.const 0x6666) drop call_indirect (type $t)))
            """;
        byte[] wasm = WatParser.ParseModule(wat);
        var store = new Store<int>(EngineFor(strategy), 0);
        var run = new Instance(store, Module.FromBytes(store.Engine, wasm), []).GetTypedFunc<(int, int), int>(store, "run");

        Trap trapped = Assert.Throws<Trap>(() => run.Call(store, (5, 0)));
        Assert.Equal([0, 1], trapped.Backtrace.Frames.Select(f => f.FuncIndex));
        Assert.Equal([After(wasm, 0x5555), After(wasm, 0x6666)], trapped.Backtrace.Frames.Select(f => f.ModuleOffset));

        // The call itself fails (an empty slot): the caller is the innermost frame.
        Trap empty = Assert.Throws<Trap>(() => run.Call(store, (5, 1)));
        Assert.Equal(TrapCode.IndirectCallToNull, empty.Code);
        Assert.Equal([1], empty.Backtrace.Frames.Select(f => f.FuncIndex));
    }

    // Tail calls: run calls $a, which tail-calls $b; Wasmtime shows b then run, without a.
    private const string TailCalls = """
        (module
          (func $b (i64.const 0xBB) drop unreachable)
          (func $a (i64.const 0xAA) drop return_call $b)
          (func $run (export "run") (i64.const 0x99) drop call $a))
        """;

    // Exceptions: $thrower throws a wasm exception, $catcher catches it and then traps; the
    // backtrace is the trap's (catcher, run), not the exception's.
    private const string CaughtThenTrapped = """
        (module
          (tag $e)
          (func $thrower (i64.const 0xE0) drop throw $e)
          (func $catcher
            (block $h (try_table (catch_all $h) (i64.const 0xE1) drop call $thrower))
            (i64.const 0xE2) drop unreachable)
          (func $run (export "run") (i64.const 0xE3) drop call $catcher))
        """;

    public static TheoryData<Strategy, string, string[], long[]> FramesOfTraps() => new()
    {
        { Strategy.Compiler, TailCalls, ["b", "run"], [0xBB, 0x99] },
        { Strategy.Interpreter, TailCalls, ["b", "run"], [0xBB, 0x99] },
        { Strategy.Compiler, CaughtThenTrapped, ["catcher", "run"], [0xE2, 0xE3] },
        { Strategy.Interpreter, CaughtThenTrapped, ["catcher", "run"], [0xE2, 0xE3] },
    };

    [Theory]
    [MemberData(nameof(FramesOfTraps))]
    public void TailCallsAndCaughtExceptionsLeaveTheFramesWasmtimeShows(Strategy strategy, string wat, string[] names, long[] markers)
    {
        byte[] wasm = WatParser.ParseModule(wat);
        AssertFrames(RunTrapping(strategy, wasm), wasm, names, markers);
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void DeepStacksKeepTheirInnermostFrames(Strategy strategy)
    {
        const string wat = """
            (module
              (func $down (param i32)
                (if (i32.eqz (local.get 0)) (then (i64.const 0xD0) drop unreachable))
                (i32.sub (local.get 0) (i32.const 1)) (i64.const 0xD1) drop call $down)
              (func (export "run") (param i32) local.get 0 call $down))
            """;
        byte[] wasm = WatParser.ParseModule(wat);
        var store = new Store<int>(EngineFor(strategy), 0);
        var run = new Instance(store, Module.FromBytes(store.Engine, wasm), []).GetTypedFunc<int, ValueTuple>(store, "run");
        Trap trap = Assert.Throws<Trap>(() => run.Call(store, 5000));
        IReadOnlyList<FrameInfo> frames = trap.Backtrace.Frames;
        Assert.True(frames.Count >= 1000, $"{frames.Count} frames");
        Assert.Equal(After(wasm, 0xD0), frames[0].ModuleOffset);
        Assert.All(frames.Skip(1).Take(998), f => Assert.Equal((0, After(wasm, 0xD1)), (f.FuncIndex, f.ModuleOffset)));
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void OffsetsAreThoseWasmtimeReports(Strategy strategy)
    {
        // Wasmtime 50.0.1 (through wasmtime-dotnet) reports for this module, encoded as here and by
        // wat2wasm: leaf at 0x32 (func offset 7), mid at 0x40 (9), run at 0x49 (5).
        const string wat = """
            (module
              (memory 1)
              (func $leaf (param i32) (result i32) (local i64 f32)
                local.get 0 i32.load)
              (func $mid (param i32) (result i32) (local i32)
                (local.set 1 (i32.const 5))
                local.get 0 call $leaf)
              (func (export "run") (i32.const 70000) call $mid drop))
            """;
        byte[] wasm = WatParser.ParseModule(wat);
        Trap trap = RunTrapping(strategy, wasm);
        Assert.Equal([(0x32, 7), (0x40, 9), (0x49, 5)], trap.Backtrace.Frames.Select(f => (f.ModuleOffset ?? -1, f.FuncOffset ?? -1)));

        // FuncOffset counts from the start of the body, after its size.
        int[] bodies = BodyStarts(wasm);
        Assert.All(trap.Backtrace.Frames, f => Assert.Equal(f.ModuleOffset - bodies[f.FuncIndex], f.FuncOffset));
    }

    [Fact]
    public void BothTiersGiveTheSameBacktrace()
    {
        const string wat = """
            (module $same
              (memory 1)
              (func $load (param i32) (result i32) local.get 0 i32.load)
              (func $twice (param i32) (result i32) (local i32)
                (local.set 1 (call $id (local.get 0)))
                (i32.add (local.get 1) (call $load (i32.add (local.get 0) (i32.const 65534)))))
              (func $id (param i32) (result i32) local.get 0)
              (func (export "run") (param i32) (result i32) local.get 0 call $twice))
            """;
        string Describe(Strategy strategy)
        {
            var store = new Store<int>(EngineFor(strategy), 0);
            var run = new Instance(store, Module.FromText(store.Engine, wat), []).GetTypedFunc<int, int>(store, "run");
            return Assert.Throws<Trap>(() => run.Call(store, 0)).Backtrace.ToString();
        }

        string compiled = Describe(Strategy.Compiler);
        Assert.Equal(compiled, Describe(Strategy.Interpreter));
        Assert.Contains("same!load", compiled, StringComparison.Ordinal);
        Assert.Matches(@"^\s+0:\s+0x[0-9a-f]+ - same!load", compiled);
    }

    // The offset of the instruction after the marker `i64.const value drop` (plus `skip` more
    // bytes), which must occur once in the module.
    internal static int After(byte[] wasm, long value, int skip = 0)
    {
        byte[] marker = new Code().I64Const(value).Op(0x1A).ToArray();
        int at = wasm.AsSpan().IndexOf(marker);
        Assert.True(at >= 0, $"marker {value:X} not found");
        Assert.Equal(-1, wasm.AsSpan(at + 1).IndexOf(marker));
        return at + marker.Length + skip;
    }

    // The trap's frames are the functions `names`, at the instructions after `markers`.
    private static void AssertFrames(Trap trap, byte[] wasm, string[] names, long[] markers)
    {
        Assert.Equal(names, trap.Backtrace.Frames.Select(f => f.FuncName));
        Assert.Equal(markers.Select(m => (int?)After(wasm, m)), trap.Backtrace.Frames.Select(f => f.ModuleOffset));
    }

    // Calls export `run` (no parameters or results) of a module without imports, which must trap.
    private static Trap RunTrapping(Strategy strategy, byte[] wasm)
    {
        var store = new Store<int>(EngineFor(strategy), 0);
        Func run = new Instance(store, Module.FromBytes(store.Engine, wasm), []).GetFunc(store, "run")!;
        return Assert.Throws<Trap>(() => run.Call(store, [], []));
    }

    // The offset of each function body's start (after its size), as Wasmtime's func_offset counts from.
    private static int[] BodyStarts(byte[] wasm)
    {
        int position = 8;
        while (position < wasm.Length)
        {
            byte id = wasm[position++];
            int size = (int)ReadU32(wasm, ref position);
            if (id != 10)
            {
                position += size;
                continue;
            }

            var starts = new int[ReadU32(wasm, ref position)];
            for (int i = 0; i < starts.Length; i++)
            {
                int length = (int)ReadU32(wasm, ref position);
                starts[i] = position;
                position += length;
            }

            return starts;
        }

        throw new InvalidOperationException("no code section");
    }

    private static uint ReadU32(byte[] wasm, ref int position)
    {
        uint result = 0;
        for (int shift = 0; ; shift += 7)
        {
            byte b = wasm[position++];
            result |= (uint)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }
    }
}

using System.Diagnostics;

namespace WasmSharp.Tests.Api;

/// <summary>
/// A trap that leaves a stack segment unwinds the outer segments by returning (see
/// <c>Vm.StackSegments</c>): it must keep its code, message and bounded backtrace, reach the host
/// as an exception at every host-to-wasm entry, never be caught by wasm handlers, charge no fuel
/// on the way out, and leave the store usable.
/// </summary>
public sealed class StackOverflowUnwindingTests
{
    private const string Recursion = """
        (module
          (global $depth (export "depth") (mut i32) (i32.const 0))
          (func $f (export "f")
            (global.set $depth (i32.add (global.get $depth) (i32.const 1)))
            (call $f))
          (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))
        """;

    [Fact]
    public void AnOverflowOfALargeBudgetReturnsThroughTheOuterSegments()
    {
        // 256 MiB holds millions of frames of $f in 64 segments. Thrown through all of them, the
        // trap recorded each frame in its .NET stack trace; it is thrown only where the host
        // entered, so its own stack trace is a few frames deep.
        var engine = new Engine(new Config { MaxWasmStack = 256 << 20 });
        var store = new Store<int>(engine, 0);
        Instance instance = new(store, Module.FromText(engine, Recursion), []);
        Func f = instance.GetFunc(store, "f")!;

        Trap trap = Assert.Throws<Trap>(() => f.Call(store, [], []));
        Assert.Equal(TrapCode.StackOverflow, trap.Code);
        Assert.Equal("wasm trap: call stack exhausted", trap.Message);
        Assert.True(instance.GetGlobal(store, "depth")!.Get(store).AsI32() > 2_000_000);
        Assert.True(new StackTrace(trap).FrameCount < 50, $"the trap passed {new StackTrace(trap).FrameCount} frames as an exception");

        WasmBacktrace backtrace = trap.Backtrace;
        Assert.Equal(WasmSharp.Vm.Backtrace.MaxFrames, backtrace.Frames.Count);
        Assert.All(backtrace.Frames, frame => Assert.Equal(0, frame.FuncIndex));
        Assert.True(backtrace.IsTruncated);

        // Nothing is left pending, and the store runs again, typed and untyped.
        Assert.Null(store.Context.PendingTrap);
        Assert.Equal(5, instance.GetTypedFunc<(int, int), int>(store, "add").Call(store, (2, 3)));
        Assert.Equal(TrapCode.StackOverflow, Assert.Throws<Trap>(() => instance.GetTypedFunc<ValueTuple, ValueTuple>(store, "f").Call(store, default)).Code);
        Assert.Null(store.Context.PendingTrap);
    }

    [Theory]
    [InlineData(512 << 10, false)]
    [InlineData(1 << 20, false)]
    [InlineData((1 << 20) + 1, true)]
    [InlineData(32 << 20, true)]
    public void OnlyABudgetOfMoreThanOneSegmentIsSplit(int maxWasmStack, bool segmented)
    {
        // Wasmtime's default 512 KiB is a native budget of 2 MiB, and up to 1 MiB one of 4 MiB: one
        // segment, whose compiled code checks for no pending trap after its calls (so the store
        // must never continue a call in another). Above that, the stack is split.
        Assert.Equal(segmented, WasmSharp.Vm.StackSegments.AreUsed(maxWasmStack));
        var engine = new Engine(new Config { MaxWasmStack = maxWasmStack, Strategy = Strategy.Compiler });
        var store = new Store<int>(engine, 0);
        Module module = Module.FromText(engine, """
            (module (import "" "probe" (func $probe))
              (global $depth (export "depth") (mut i32) (i32.const 0))
              (func $f (export "f") (param i32)
                (global.set $depth (i32.add (global.get $depth) (i32.const 1)))
                (if (i32.eqz (local.get 0)) (then (call $probe) (return)))
                (call $f (i32.sub (local.get 0) (i32.const 1)))))
            """);
        (nuint Limit, nuint Hard) seen = default;
        Func probe = Func.Wrap(store, (Caller<int> caller) => { seen = (caller.Store.Context.StackLimit, caller.Store.Context.HardStackLimit); });
        Instance instance = new(store, module, [probe]);
        var f = instance.GetTypedFunc<int, ValueTuple>(store, "f");

        f.Call(store, 10);
        Assert.Equal(segmented, seen.Limit > seen.Hard);

        // Recursion without end overflows either way, and leaves the store usable.
        Assert.Equal(TrapCode.StackOverflow, Assert.Throws<Trap>(() => f.Call(store, -1)).Code);
        Assert.Null(store.Context.PendingTrap);
        Global depth = instance.GetGlobal(store, "depth")!;
        depth.Set(store, Val.I32(0));
        f.Call(store, 1000);
        Assert.Equal(1001, depth.Get(store).AsI32());
    }

    [Fact]
    public void TheWayOutOfAnOverflowChargesNoFuel()
    {
        // Each frame of $f that runs its body costs 5 (global.get, i32.const, i32.add, global.set,
        // call), charged before its call; the frame that overflows runs nothing, and neither do
        // the frames the trap returns through.
        var engine = new Engine(new Config { MaxWasmStack = 32 << 20, ConsumeFuel = true });
        var store = new Store<int>(engine, 0);
        Instance instance = new(store, Module.FromText(engine, Recursion), []);
        const ulong fuel = 1UL << 40;
        store.SetFuel(fuel);

        Assert.Equal(TrapCode.StackOverflow, Assert.Throws<Trap>(() => instance.GetFunc(store, "f")!.Call(store, [], [])).Code);
        int depth = instance.GetGlobal(store, "depth")!.Get(store).AsI32();
        Assert.True(depth > 200_000);
        Assert.Equal(5UL * (ulong)depth, fuel - store.GetFuel());
    }

    [Fact]
    public void RecursionThroughTheHostOverALargeBudgetReachesEachHostCallAsATrap()
    {
        // wasm -> host -> wasm -> ... across several 4 MiB segments: each host function sees the
        // overflow as a Trap from its call back into wasm, and the outermost call throws it.
        var engine = new Engine(new Config { MaxWasmStack = 24 << 20 });
        var store = new Store<int>(engine, 0);
        Module module = Module.FromText(engine, """
            (module (import "" "host" (func $host (param i32)))
              (func $down (param i32)
                (if (i32.eqz (local.get 0)) (then (call $host (i32.const 0)) (return)))
                (call $down (i32.sub (local.get 0) (i32.const 1))))
              (func (export "f") (call $down (i32.const 100))))
            """);
        Func? reenter = null;
        int seen = 0;
        bool handle = false;

        // A filter, not a catch and rethrow: a handler runs on top of the frames it catches from,
        // and a throw in it starts a new dispatch there, so rethrowing at every level of host
        // recursion piles the dispatches up on the little stack left past the limit.
        bool Handles(Trap trap)
        {
            Assert.Equal(TrapCode.StackOverflow, trap.Code);
            seen++;
            return handle;
        }

        Func host = Func.Wrap(store, (Caller<int> caller, int unused) =>
        {
            caller.Data++;
            try
            {
                reenter!.Call(caller, [], []);
            }
            catch (Trap trap) when (Handles(trap))
            {
            }
        });
        reenter = new Instance(store, module, [host]).GetFunc(store, "f")!;

        Trap outer = Assert.Throws<Trap>(() => reenter.Call(store, [], []));
        Assert.Equal(TrapCode.StackOverflow, outer.Code);
        Assert.True(store.Data > 100, $"only {store.Data} host calls");
        Assert.Equal(store.Data, seen);
        Assert.Null(store.Context.PendingTrap);

        // A host function that handles the trap lets its wasm caller go on: the innermost one sees
        // it, and every frame above returns normally.
        store.Data = 0;
        seen = 0;
        handle = true;
        reenter.Call(store, [], []);
        Assert.True(store.Data > 100);
        Assert.Equal(1, seen);
        Assert.Null(store.Context.PendingTrap);
    }

    [Theory]
    [InlineData(512 << 10, int.MaxValue)]
    [InlineData(64 << 20, int.MaxValue)]
    [InlineData(64 << 20, 16)]
    public void WasmHandlersNeverCatchAStackOverflow(int maxWasmStack, int splitThreshold)
    {
        // Stack exhaustion is a trap, not a wasm exception (spec 4.4.1; Wasmtime's
        // StackOverflow): neither a try_table's catch_all nor a legacy catch_all runs on the way
        // out, whether the trap is thrown through them (one segment) or returns through them.
        var engine = new Engine(new Config { MaxWasmStack = maxWasmStack, FunctionSplitThreshold = splitThreshold });
        var store = new Store<int>(engine, 0);
        Module module = Module.FromText(engine, """
            (module
              (tag $e (param i32))
              (global $caught (export "caught") (mut i32) (i32.const 0))
              (func $note (global.set $caught (i32.add (global.get $caught) (i32.const 1))))
              (func $table (export "try_table") (result i32)
                (block $h
                  (try_table (catch_all $h)
                    (drop (call $table))))
                (call $note)
                (i32.const 7))
              (func $legacy (export "legacy") (result i32)
                (try (result i32)
                  (do (call $legacy))
                  (catch_all (call $note) (i32.const 7))))
              (func $deep (param i32) (result i32)
                (if (i32.eqz (local.get 0)) (then (throw $e (i32.const 42))))
                (call $deep (i32.sub (local.get 0) (i32.const 1))))
              (func (export "throw-deep") (param i32) (result i32)
                (block $h (result i32)
                  (try_table (catch $e $h)
                    (drop (call $deep (local.get 0))))
                  (i32.const -1))))
            """);
        Instance instance = new(store, module, []);
        Global caught = instance.GetGlobal(store, "caught")!;
        foreach (string name in new[] { "try_table", "legacy" })
        {
            var function = instance.GetTypedFunc<ValueTuple, int>(store, name);
            Assert.Equal(TrapCode.StackOverflow, Assert.Throws<Trap>(() => function.Call(store, default)).Code);
            Assert.Equal(0, caught.Get(store).AsI32());
        }

        // A wasm exception thrown as deep still reaches its handler, through every segment.
        int depth = maxWasmStack > (1 << 20) ? 300_000 : 1_000;
        Assert.Equal(42, instance.GetTypedFunc<int, int>(store, "throw-deep").Call(store, depth));
    }
}

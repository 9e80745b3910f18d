namespace WasmSharp.Tests.Api;

public sealed class StackAndThreadTests
{
    private static readonly Engine s_engine = new();

    [Fact]
    public void InfiniteRecursionTrapsWithStackOverflow()
    {
        var store = new Store<int>(s_engine, 0);
        Module module = Module.FromText(s_engine, """(module (func $f (export "f") (param i32) (result i32) local.get 0 i32.const 1 i32.add call $f))""");
        var f = new Instance(store, module, []).GetTypedFunc<int, int>(store, "f");
        Assert.Equal(TrapCode.StackOverflow, Assert.Throws<Trap>(() => f.Call(store, 0)).Code);
        Assert.Equal(TrapCode.StackOverflow, Assert.Throws<Trap>(() => f.Call(store, 0)).Code);
    }

    [Fact]
    public void CompiledCodeGetsNativeStackBeyondTheWasmBudget()
    {
        // RyuJIT's frames are larger than Cranelift's, so a budget in native bytes that Wasmtime's
        // code fits in would overflow here (Yosys synth_ice40 did at 512 KiB): compiled code may use
        // up to four times MaxWasmStack. 1,000 frames of $down, each keeping eight i64s across its
        // call (about 100 bytes), take more than 64 KiB and less than 256 KiB; a runaway recursion
        // still traps.
        var engine = new Engine(new Config { Strategy = Strategy.Compiler, MaxWasmStack = 64 << 10 });
        var store = new Store<int>(engine, 0);
        Module module = Module.FromText(engine, """
            (module
              (func $down (export "down") (param $n i64) (result i64)
                (local $a i64) (local $b i64) (local $c i64) (local $d i64) (local $e i64) (local $f i64) (local $g i64)
                (if (result i64) (i64.eqz (local.get $n))
                  (then (i64.const 0))
                  (else
                    (local.set $a (i64.mul (local.get $n) (i64.const 3)))
                    (local.set $b (i64.xor (local.get $a) (i64.const 5)))
                    (local.set $c (i64.add (local.get $b) (local.get $n)))
                    (local.set $d (i64.rotl (local.get $c) (i64.const 7)))
                    (local.set $e (i64.sub (local.get $d) (local.get $a)))
                    (local.set $f (i64.or (local.get $e) (local.get $b)))
                    (local.set $g (i64.and (local.get $f) (local.get $c)))
                    (i64.add
                      (call $down (i64.sub (local.get $n) (i64.const 1)))
                      (i64.add (i64.add (i64.add (local.get $a) (local.get $b)) (i64.add (local.get $c) (local.get $d)))
                               (i64.add (i64.add (local.get $e) (local.get $f)) (i64.add (local.get $g) (local.get $n)))))))))
            """);
        var down = new Instance(store, module, []).GetTypedFunc<long, long>(store, "down");
        long expected = 0;
        for (long n = 1; n <= 1000; n++)
        {
            long a = n * 3, b = a ^ 5, c = b + n, d = long.RotateLeft(c, 7), e = d - a, f = e | b, g = f & c;
            expected += a + b + c + d + e + f + g + n;
        }

        Assert.Equal(expected, down.Call(store, 1000));
        Assert.Equal(TrapCode.StackOverflow, Assert.Throws<Trap>(() => down.Call(store, 1 << 30)).Code);
    }

    [Fact]
    public void ADeepStackOverflowRecordsABoundedBacktrace()
    {
        // 32 MiB of wasm stack holds about a million frames of $f, over 8 stack segments: the trap
        // is caught where the last segment starts and returns through the others, and the
        // backtrace keeps the innermost frames only.
        var engine = new Engine(new Config { MaxWasmStack = 32 << 20 });
        var store = new Store<int>(engine, 0);
        Module module = Module.FromText(engine, """(module (func $f (export "f") (param i32) (result i32) local.get 0 i32.const 1 i32.add call $f))""");
        var f = new Instance(store, module, []).GetTypedFunc<int, int>(store, "f");
        Trap trap = Assert.Throws<Trap>(() => f.Call(store, 0));
        Assert.Equal(TrapCode.StackOverflow, trap.Code);
        Assert.Equal("wasm trap: call stack exhausted", trap.Message);

        WasmBacktrace backtrace = trap.Backtrace;
        Assert.Equal(WasmSharp.Vm.Backtrace.MaxFrames, backtrace.Frames.Count);
        Assert.All(backtrace.Frames, frame => Assert.Equal(0, frame.FuncIndex));
        Assert.True(backtrace.IsTruncated);
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(16)]
    public void DeepRecursionCarriesEveryValueTypeAcrossStackSegments(int splitThreshold)
    {
        // About 200,000 frames of $down span many 4 MiB stack segments: each crossing calls the
        // function again with its arguments copied, and the results must come back unchanged,
        // also when the function is split into region methods (whose checks extend the segment).
        var engine = new Engine(new Config { MaxWasmStack = 256 << 20, FunctionSplitThreshold = splitThreshold });
        var store = new Store<int>(engine, 0);
        Module module = Module.FromText(engine, """
            (module
              (func $down (param $n i32) (param $i i64) (param $f f32) (param $d f64) (param $v v128) (param $r externref)
                          (result i32 i64 f32 f64 v128 externref)
                (if (result i32 i64 f32 f64 v128 externref) (i32.eqz (local.get $n))
                  (then (local.get $n) (local.get $i) (local.get $f) (local.get $d) (local.get $v) (local.get $r))
                  (else
                    (block (result i32 i64 f32 f64 v128 externref)
                      (call $down
                        (i32.sub (local.get $n) (i32.const 1))
                        (i64.add (local.get $i) (i64.const 3))
                        (f32.add (local.get $f) (f32.const 0.5))
                        (f64.add (local.get $d) (f64.const 0.25))
                        (i32x4.add (local.get $v) (v128.const i32x4 1 2 3 4))
                        (local.get $r))))))
              (func (export "run") (param i32 externref) (result i64 f64 i32 externref)
                (local $v v128) (local $r externref) (local $d f64) (local $f f32) (local $i i64) (local $n i32)
                (call $down (local.get 0) (i64.const 0) (f32.const 0) (f64.const 0) (v128.const i32x4 0 0 0 0) (local.get 1))
                (local.set $r) (local.set $v) (local.set $d) (local.set $f) (local.set $i) (local.set $n)
                (local.get $i)
                (f64.add (local.get $d) (f64.promote_f32 (local.get $f)))
                (i32x4.extract_lane 3 (local.get $v))
                (local.get $r)))
            """);
        Func run = new Instance(store, module, []).GetFunc(store, "run")!;
        var marker = new object();
        var results = new Val[4];
        const int depth = 200_000;
        run.Call(store, [Val.I32(depth), Val.ExternRef(marker)], results);
        Assert.Equal(3L * depth, results[0].AsI64());
        Assert.Equal((0.25 * depth) + (0.5f * depth), results[1].AsF64());
        Assert.Equal(4 * depth, results[2].AsI32());
        Assert.Same(marker, results[3].AsExternRef());

        // The budget is still enforced in full, and the store runs again afterwards.
        Trap trap = Assert.Throws<Trap>(() => run.Call(store, [Val.I32(int.MaxValue), Val.ExternRef(null)], results));
        Assert.Equal(TrapCode.StackOverflow, trap.Code);
        run.Call(store, [Val.I32(10), Val.ExternRef(marker)], results);
        Assert.Equal(30L, results[0].AsI64());
    }

    [Fact]
    public void RecursionThroughTheHostTrapsWithStackOverflow()
    {
        var store = new Store<int>(s_engine, 0);
        Module module = Module.FromText(s_engine, """
            (module (import "" "host" (func $host))
              (func (export "f") call $host))
            """);
        Func? reenter = null;
        Func host = Func.Wrap(store, (Caller<int> caller) =>
        {
            caller.Data++;
            reenter!.Call(caller, [], []);
        });
        reenter = new Instance(store, module, [host]).GetFunc(store, "f")!;
        Assert.Equal(TrapCode.StackOverflow, Assert.Throws<Trap>(() => reenter.Call(store, [], [])).Code);
        Assert.True(store.Data > 10);

        // The store still works afterwards.
        store.Data = 0;
        Assert.Throws<Trap>(() => reenter.Call(store, [], []));
    }

    [Fact]
    public void CallsFromSmallStacksRunOnALargerOne()
    {
        var store = new Store<int>(new Engine(new Config { MaxWasmStack = 1024 * 1024 }), 0);
        Module module = Module.FromText(store.Engine, """
            (module (func $d (export "depth") (param i32) (result i32)
              local.get 0 i32.eqz if (result i32) i32.const 0 else local.get 0 i32.const 1 i32.sub call $d i32.const 1 i32.add end))
            """);
        var depth = new Instance(store, module, []).GetTypedFunc<int, int>(store, "depth");
        int result = 0;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = depth.Call(store, 5000);
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(failure);
        Assert.Equal(5000, result);
    }

    [Fact]
    public async Task OneModuleRunsInStoresOnSeveralThreads()
    {
        Module module = Module.FromText(s_engine, """
            (module (import "env" "tick" (func $tick))
              (memory 1)
              (func (export "sum") (param i32) (result i32) (local i32)
                block loop
                  local.get 0 i32.eqz br_if 1
                  call $tick
                  local.get 1 local.get 0 i32.add local.set 1
                  local.get 0 i32.const 1 i32.sub local.set 0
                  br 0
                end end
                local.get 1))
            """);
        var linker = new Linker<int>(s_engine);
        linker.FuncWrap("env", "tick", (Caller<int> c) => { c.Data++; });
        InstancePre<int> pre = linker.InstantiatePre(module);
        var tasks = Enumerable.Range(0, 4).Select(i => Task.Factory.StartNew(() =>
        {
            var store = new Store<int>(s_engine, 0);
            var sum = pre.Instantiate(store).GetTypedFunc<int, int>(store, "sum");
            int total = 0;
            for (int round = 0; round < 50; round++)
            {
                total = sum.Call(store, 1000 + i);
            }

            return (total, store.Data);
        }, TaskCreationOptions.LongRunning)).ToArray();
        (int Total, int Ticks)[] results = await Task.WhenAll(tasks);
        for (int i = 0; i < results.Length; i++)
        {
            int n = 1000 + i;
            Assert.Equal((n * (n + 1) / 2, 50 * n), results[i]);
        }
    }
}

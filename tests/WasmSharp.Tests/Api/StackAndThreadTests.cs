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
    public void ADeepStackOverflowRecordsABoundedBacktraceAndCountsTheRest()
    {
        // 32 MiB of wasm stack holds about a million frames of $f: the backtrace keeps the
        // innermost ones and only counts the others, whatever the stack limit.
        var engine = new Engine(new Config { MaxWasmStack = 32 << 20 });
        var store = new Store<int>(engine, 0);
        Module module = Module.FromText(engine, """(module (func $f (export "f") (param i32) (result i32) local.get 0 i32.const 1 i32.add call $f))""");
        var f = new Instance(store, module, []).GetTypedFunc<int, int>(store, "f");
        Trap trap = Assert.Throws<Trap>(() => f.Call(store, 0));
        Assert.Equal(TrapCode.StackOverflow, trap.Code);
        Assert.Equal("wasm trap: call stack exhausted", trap.Message);

        WasmBacktrace backtrace = trap.Backtrace;
        Assert.Equal(WasmSharp.Compilation.Backtrace.MaxFrames, backtrace.Frames.Count);
        Assert.All(backtrace.Frames, frame => Assert.Equal(0, frame.FuncIndex));
        Assert.True(backtrace.OmittedFrames > 100_000, $"{backtrace.OmittedFrames} frames counted beyond the recorded ones");
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

namespace WasmSharp.Tests.Api;

/// <summary><see cref="Store{T}.EpochDeadlineCallback"/> and <see cref="Store{T}.CallHook"/> (Wasmtime's <c>Store::epoch_deadline_callback</c> and <c>Store::call_hook</c>).</summary>
public sealed class StoreHookTests
{
    private const string Wat = """
        (module
          (import "host" "tick" (func $tick))
          (func (export "add") (result i32) (i32.add (i32.const 1) (i32.const 2)))
          (func (export "trap") unreachable)
          (func (export "callTick") call $tick)
          (func (export "ticks") (param $n i32) (result i32) (local $i i32)
            (block $done
              (loop $l
                (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
                (call $tick)
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (br $l)))
            (local.get $i)))
        """;

    private static (Store<List<string>> Store, Instance Instance) Instantiate(Config config, Action<Caller<List<string>>> tick)
    {
        var engine = new Engine(config);
        var store = new Store<List<string>>(engine, []);
        var linker = new Linker<List<string>>(engine);
        linker.FuncWrap("host", "tick", tick);
        return (store, linker.Instantiate(store, Module.FromText(engine, Wat)));
    }

    [Fact]
    public void TheEpochCallbackLetsCodeContinueWithANewDeadline()
    {
        (Store<List<string>> store, Instance instance) = Instantiate(new Config { EpochInterruption = true, EpochDeadlineContinuation = true }, caller => caller.Engine.IncrementEpoch());
        int callbacks = 0;
        store.EpochDeadlineCallback(s =>
        {
            Assert.Same(store, s);
            callbacks++;
            return UpdateDeadline.Continue(1);
        });
        store.SetEpochDeadline(1);

        // Every tick moves the epoch onto the deadline; the next loop header finds it reached.
        Assert.Equal(100, instance.GetTypedFunc<int, int>(store, "ticks").Call(store, 100));
        Assert.Equal(100, callbacks);
    }

    [Fact]
    public void TheEpochCallbackCanInterruptAndTrapIsTheDefaultAgain()
    {
        (Store<List<string>> store, Instance instance) = Instantiate(new Config { EpochInterruption = true, EpochDeadlineContinuation = true }, caller => caller.Engine.IncrementEpoch());
        int callbacks = 0;
        store.EpochDeadlineCallback(_ => ++callbacks < 3 ? UpdateDeadline.Continue(1) : UpdateDeadline.Interrupt);
        store.SetEpochDeadline(1);
        var ticks = instance.GetTypedFunc<int, int>(store, "ticks");
        Assert.Equal(TrapCode.Interrupt, Assert.Throws<Trap>(() => ticks.Call(store, 100)).Code);
        Assert.Equal(3, callbacks);

        store.EpochDeadlineTrap();
        store.SetEpochDeadline(1);
        Assert.Equal(TrapCode.Interrupt, Assert.Throws<Trap>(() => ticks.Call(store, 100)).Code);
        Assert.Equal(3, callbacks);
    }

    [Fact]
    public void AnExceptionFromTheEpochCallbackAbortsTheCallAndTheStoreStaysUsable()
    {
        (Store<List<string>> store, Instance instance) = Instantiate(new Config { EpochInterruption = true, EpochDeadlineContinuation = true }, caller => caller.Engine.IncrementEpoch());
        store.EpochDeadlineCallback(_ => throw new TimeoutException("time slice used up"));
        store.SetEpochDeadline(1);
        Assert.Equal("time slice used up", Assert.Throws<TimeoutException>(() => instance.GetTypedFunc<int, int>(store, "ticks").Call(store, 10)).Message);

        store.SetEpochDeadline(100);
        Assert.Equal(3, instance.GetTypedFunc<ValueTuple, int>(store, "add").Call(store, default));
    }

    [Fact]
    public void WithoutContinuationTheCallbackIsRefusedAndTheDeadlineTraps()
    {
        (Store<List<string>> store, Instance instance) = Instantiate(new Config { EpochInterruption = true }, caller => caller.Engine.IncrementEpoch());
        var refused = Assert.Throws<InvalidOperationException>(() => store.EpochDeadlineCallback(_ => UpdateDeadline.Continue(1)));
        Assert.Contains("EpochDeadlineContinuation", refused.Message);

        store.SetEpochDeadline(1);
        Assert.Equal(TrapCode.Interrupt, Assert.Throws<Trap>(() => instance.GetTypedFunc<int, int>(store, "ticks").Call(store, 100)).Code);
        Assert.Throws<ArgumentException>(() => new Engine(new Config { EpochDeadlineContinuation = true }));
    }

    [Fact]
    public void TheCallHookSeesEveryBoundaryOfTypedAndUntypedCalls()
    {
        (Store<List<string>> store, Instance instance) = Instantiate(new Config(), caller => caller.Data.Add("tick"));
        store.CallHook((s, kind) => s.Data.Add(kind.ToString()));

        instance.GetTypedFunc<ValueTuple, ValueTuple>(store, "callTick").Call(store, default);
        string[] expected = ["CallingWasm", "CallingHost", "tick", "ReturningFromHost", "ReturningFromWasm"];
        Assert.Equal(expected, store.Data);

        store.Data.Clear();
        instance.GetFunc(store, "callTick")!.Call(store, [], []);
        Assert.Equal(expected, store.Data);

        store.Data.Clear();
        Assert.Equal(TrapCode.UnreachableCodeReached, Assert.Throws<Trap>(() => instance.GetFunc(store, "trap")!.Call(store, [], [])).Code);
        Assert.Throws<Trap>(() => instance.GetTypedFunc<ValueTuple, ValueTuple>(store, "trap").Call(store, default));
        Assert.Equal(["CallingWasm", "ReturningFromWasm", "CallingWasm", "ReturningFromWasm"], store.Data);
    }

    [Fact]
    public void TheCallHookSeesStartFunctionsAndNestedEntries()
    {
        var engine = new Engine();
        var store = new Store<List<string>>(engine, []);
        store.CallHook((s, kind) => s.Data.Add(kind.ToString()));
        Func? inner = null;
        Func reenter = Func.Wrap(store, (Caller<List<string>> caller) => inner!.Call(caller, [], []));
        Module module = Module.FromText(engine, """
            (module (import "" "reenter" (func $reenter)) (func $nop (export "nop")) (func $start call $reenter) (start $start))
            """);
        Module innerModule = Module.FromText(engine, """(module (func (export "nop")))""");
        inner = new Instance(store, innerModule, []).GetFunc(store, "nop");
        new Instance(store, module, [reenter]);
        Assert.Equal(["CallingWasm", "CallingHost", "CallingWasm", "ReturningFromWasm", "ReturningFromHost", "ReturningFromWasm"], store.Data);
    }

    [Fact]
    public void AnExceptionFromTheCallHookAbortsTheCall()
    {
        (Store<List<string>> store, Instance instance) = Instantiate(new Config(), caller => caller.Data.Add("tick"));
        store.CallHook((s, kind) =>
        {
            s.Data.Add(kind.ToString());
            if (kind == CallHook.CallingHost)
            {
                throw new UnauthorizedAccessException("no host calls");
            }
        });

        var callTick = instance.GetTypedFunc<ValueTuple, ValueTuple>(store, "callTick");
        Assert.Equal("no host calls", Assert.Throws<UnauthorizedAccessException>(() => callTick.Call(store, default)).Message);

        // The host function never ran; the wasm entry still saw its return, as in Wasmtime.
        Assert.Equal(["CallingWasm", "CallingHost", "ReturningFromWasm"], store.Data);

        store.CallHook((s, kind) =>
        {
            if (kind == CallHook.ReturningFromWasm)
            {
                throw new InvalidOperationException("refused on return");
            }
        });
        Assert.Equal("refused on return", Assert.Throws<InvalidOperationException>(() => instance.GetTypedFunc<ValueTuple, int>(store, "add").Call(store, default)).Message);
        Assert.Equal("refused on return", Assert.Throws<InvalidOperationException>(() => instance.GetFunc(store, "trap")!.Call(store, [], [])).Message);

        store.CallHook((_, _) => { });
        Assert.Equal(3, instance.GetTypedFunc<ValueTuple, int>(store, "add").Call(store, default));
    }
}

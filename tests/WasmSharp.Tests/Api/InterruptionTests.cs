namespace WasmSharp.Tests.Api;

/// <summary>Fuel metering and epoch interruption in compiled code (DESIGN.md decision 9).</summary>
public sealed class InterruptionTests
{
    private const string Wat = """
        (module
          (import "host" "tick" (func $tick))
          (func (export "spin") (loop $l (br $l)))
          (func $recurse (export "recurse") (call $recurse))
          (func (export "add") (result i32) (i32.add (i32.const 1) (i32.const 2)))
          (func (export "ticks") (param $n i32) (result i32) (local $i i32)
            (block $done
              (loop $l
                (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
                (call $tick)
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (br $l)))
            (local.get $i)))
        """;

    private static (Store<int> Store, Instance Instance) Instantiate(Config config, Action<Caller<int>> tick)
    {
        var engine = new Engine(config);
        var store = new Store<int>(engine, 0);
        var linker = new Linker<int>(engine);
        linker.FuncWrap("host", "tick", tick);
        return (store, linker.Instantiate(store, Module.FromText(engine, Wat)));
    }

    [Fact]
    public void AnInfiniteLoopRunsOutOfFuelAndTheStoreStaysUsable()
    {
        (Store<int> store, Instance instance) = Instantiate(new Config { ConsumeFuel = true }, _ => { });
        store.SetFuel(10_000);
        var spin = instance.GetTypedFunc<ValueTuple, ValueTuple>(store, "spin");
        Trap trap = Assert.Throws<Trap>(() => spin.Call(store, default));
        Assert.Equal(TrapCode.OutOfFuel, trap.Code);
        Assert.Contains("all fuel consumed by WebAssembly", trap.Message);
        Assert.Equal(0UL, store.GetFuel());

        store.SetFuel(100);
        Assert.Equal(3, instance.GetTypedFunc<ValueTuple, int>(store, "add").Call(store, default));
    }

    [Fact]
    public void RecursionWithoutLoopsRunsOutOfFuel()
    {
        (Store<int> store, Instance instance) = Instantiate(new Config { ConsumeFuel = true }, _ => { });
        store.SetFuel(1_000);
        Trap trap = Assert.Throws<Trap>(() => instance.GetTypedFunc<ValueTuple, ValueTuple>(store, "recurse").Call(store, default));
        Assert.Equal(TrapCode.OutOfFuel, trap.Code);
    }

    [Fact]
    public void FuelDecreasesByTheInstructionsRun()
    {
        (Store<int> store, Instance instance) = Instantiate(new Config { ConsumeFuel = true }, _ => { });
        store.SetFuel(100);
        var add = instance.GetTypedFunc<ValueTuple, int>(store, "add");
        Assert.Equal(3, add.Call(store, default));

        // Two constants and an add, as Wasmtime counts; `end` is free.
        Assert.Equal(97UL, store.GetFuel());
    }

    [Fact]
    public void WithoutFuelTheFirstInstructionsTrap()
    {
        (Store<int> store, Instance instance) = Instantiate(new Config { ConsumeFuel = true }, _ => { });
        Trap trap = Assert.Throws<Trap>(() => instance.GetTypedFunc<ValueTuple, int>(store, "add").Call(store, default));
        Assert.Equal(TrapCode.OutOfFuel, trap.Code);
    }

    [Fact]
    public void AHostFunctionCanRefuelTheGuest()
    {
        Store<int>? refuelled = null;
        (Store<int> store, Instance instance) = Instantiate(new Config { ConsumeFuel = true }, caller =>
        {
            refuelled!.SetFuel(50);
            caller.Data++;
        });
        refuelled = store;
        store.SetFuel(50);
        var ticks = instance.GetTypedFunc<int, int>(store, "ticks");

        // Each iteration costs about a dozen units, far more than 50 over 1000 iterations.
        Assert.Equal(1000, ticks.Call(store, 1000));
        Assert.Equal(1000, store.Data);
        Assert.True(store.GetFuel() < 50);
    }

    [Fact]
    public void WithoutRefuellingTheSameLoopTraps()
    {
        (Store<int> store, Instance instance) = Instantiate(new Config { ConsumeFuel = true }, caller => caller.Data++);
        store.SetFuel(50);
        Trap trap = Assert.Throws<Trap>(() => instance.GetTypedFunc<int, int>(store, "ticks").Call(store, 1000));
        Assert.Equal(TrapCode.OutOfFuel, trap.Code);
        Assert.InRange(store.Data, 1, 10);
    }

    [Fact]
    public async Task AnotherThreadInterruptsAnInfiniteLoop()
    {
        (Store<int> store, Instance instance) = Instantiate(new Config { EpochInterruption = true }, _ => { });
        store.SetEpochDeadline(1);
        var spin = instance.GetTypedFunc<ValueTuple, ValueTuple>(store, "spin");
        Task<Exception?> run = Task.Run(() => Record(() => spin.Call(store, default)));

        // Keep ticking until the guest stops, so a slow start cannot miss the single increment.
        var sw = System.Diagnostics.Stopwatch.StartNew();
        while (!run.IsCompleted && sw.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(20);
            store.Engine.IncrementEpoch();
        }

        Assert.True(run.IsCompleted, "the epoch did not interrupt the loop");
        Trap trap = Assert.IsType<Trap>(await run);
        Assert.Equal(TrapCode.Interrupt, trap.Code);
        Assert.Contains("interrupt", trap.Message);
    }

    [Fact]
    public void WithoutADeadlineCodeTrapsAtItsFirstCheckAsInWasmtime()
    {
        (Store<int> store, Instance instance) = Instantiate(new Config { EpochInterruption = true }, _ => { });
        var add = instance.GetTypedFunc<ValueTuple, int>(store, "add");
        Assert.Equal(TrapCode.Interrupt, Assert.Throws<Trap>(() => add.Call(store, default)).Code);

        store.SetEpochDeadline(1);
        Assert.Equal(3, add.Call(store, default));
        store.Engine.IncrementEpoch();
        Assert.Equal(TrapCode.Interrupt, Assert.Throws<Trap>(() => add.Call(store, default)).Code);
    }

    [Fact]
    public void WithBothFeaturesOffNothingIsChecked()
    {
        (Store<int> store, Instance instance) = Instantiate(new Config(), caller => caller.Data++);
        store.Engine.IncrementEpoch();
        Assert.Equal(3, instance.GetTypedFunc<ValueTuple, int>(store, "add").Call(store, default));
        Assert.Equal(10_000, instance.GetTypedFunc<int, int>(store, "ticks").Call(store, 10_000));
        Assert.Throws<InvalidOperationException>(() => store.SetFuel(1));
        Assert.Throws<InvalidOperationException>(() => store.GetFuel());
        Assert.Throws<InvalidOperationException>(() => store.SetEpochDeadline(1));
    }

    private static Exception? Record(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}

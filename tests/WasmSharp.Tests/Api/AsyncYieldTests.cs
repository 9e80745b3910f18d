using System.Runtime.CompilerServices;

namespace WasmSharp.Tests.Api;

/// <summary>
/// CPU-bound guests in async stores give their thread back at fuel or epoch intervals
/// (Wasmtime's <c>fuel_async_yield_interval</c> and <c>epoch_deadline_async_yield_and_update</c>).
/// </summary>
public sealed class AsyncYieldTests
{
    // Spins until the host's flag is set: without yields, CallAsync would never return to its caller.
    private const string Wat = """
        (module
          (import "host" "flag" (func $flag (result i32)))
          (import "host" "tick" (func $tick))
          (func (export "waitForFlag") (result i32) (local $spins i32)
            (loop $l
              (call $tick)
              (local.set $spins (i32.add (local.get $spins) (i32.const 1)))
              (br_if $l (i32.eqz (call $flag))))
            (local.get $spins))
          (func (export "spin") (loop $l (br $l))))
        """;

    private static Linker<StrongBox<bool>> Linker(Engine engine, bool tickEpoch)
    {
        var linker = new Linker<StrongBox<bool>>(engine);
        linker.FuncWrap("host", "flag", (Caller<StrongBox<bool>> caller) => Volatile.Read(ref caller.Data.Value) ? 1 : 0);
        linker.FuncWrap("host", "tick", (Caller<StrongBox<bool>> caller) =>
        {
            if (tickEpoch)
            {
                caller.Engine.IncrementEpoch();
            }
        });
        return linker;
    }

    [Theory]
    [MemberData(nameof(AsyncTesting.Strategies), MemberType = typeof(AsyncTesting))]
    public async Task AFuelIntervalMakesACpuBoundGuestYield(Strategy strategy)
    {
        Engine engine = AsyncTesting.Engine(strategy, c => c.ConsumeFuel = true);
        var store = new Store<StrongBox<bool>>(engine, new StrongBox<bool>());
        store.SetFuel(1_000_000_000);
        store.FuelAsyncYieldInterval(1_000);
        Instance instance = await Linker(engine, tickEpoch: false).InstantiateAsync(store, Module.FromText(engine, Wat));

        Task<int> call = await StartsAndReturns(() => instance.GetTypedFunc<ValueTuple, int>(store, "waitForFlag").CallAsync(store, default));
        Volatile.Write(ref store.Data.Value, true);
        Assert.True(await call > 0);
        Assert.True(store.GetFuel() < 1_000_000_000);
    }

    [Theory]
    [MemberData(nameof(AsyncTesting.Strategies), MemberType = typeof(AsyncTesting))]
    public async Task RunningOutOfFuelStillTrapsWithAnInterval(Strategy strategy)
    {
        Engine engine = AsyncTesting.Engine(strategy, c => c.ConsumeFuel = true);
        var store = new Store<StrongBox<bool>>(engine, new StrongBox<bool>());
        store.FuelAsyncYieldInterval(100);
        store.SetFuel(10_000);
        Instance instance = await Linker(engine, tickEpoch: false).InstantiateAsync(store, Module.FromText(engine, Wat));
        Trap trap = await Assert.ThrowsAsync<Trap>(() => instance.GetTypedFunc<ValueTuple, ValueTuple>(store, "spin").CallAsync(store, default));
        Assert.Equal(TrapCode.OutOfFuel, trap.Code);
        Assert.Equal(0UL, store.GetFuel());
    }

    [Theory]
    [MemberData(nameof(AsyncTesting.Strategies), MemberType = typeof(AsyncTesting))]
    public async Task AnEpochDeadlineMakesACpuBoundGuestYieldAndGoOn(Strategy strategy)
    {
        Engine engine = AsyncTesting.Engine(strategy, c =>
        {
            c.EpochInterruption = true;
            c.EpochDeadlineContinuation = true;
        });
        var store = new Store<StrongBox<bool>>(engine, new StrongBox<bool>());
        store.EpochDeadlineAsyncYieldAndUpdate(1);
        store.SetEpochDeadline(1);
        Instance instance = await Linker(engine, tickEpoch: true).InstantiateAsync(store, Module.FromText(engine, Wat));

        Task<int> call = await StartsAndReturns(() => instance.GetTypedFunc<ValueTuple, int>(store, "waitForFlag").CallAsync(store, default));
        Volatile.Write(ref store.Data.Value, true);
        Assert.True(await call > 0);
    }

    // The guest waits for a flag only set once the call has returned its task: only a guest that
    // yields lets CallAsync return. A regression would spin forever, so the start is watched.
    private static async Task<Task<int>> StartsAndReturns(Func<Task<int>> start) =>
        await Task.Factory.StartNew(start, CancellationToken.None, TaskCreationOptions.None, TaskScheduler.Default).WaitAsync(TimeSpan.FromSeconds(60));
}

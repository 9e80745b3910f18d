using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// The non-generic part of a <see cref="Store{T}"/>, so externs and calls can take any store;
/// mirrors what Wasmtime's <c>AsContext</c>/<c>AsContextMut</c> give access to. Only
/// <see cref="Store{T}"/> derives from it.
/// </summary>
/// <remarks>
/// A store belongs to one thread at a time, like Wasmtime's <c>Store</c>: it may move between
/// threads, but never run code on two threads at once. Different stores are independent.
/// </remarks>
public abstract class Store : IDisposable
{
    private protected Store(Engine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        Engine = engine;
        Context = new StoreContext(engine.MaxWasmStack, engine.Epoch)
        {
            Owner = this,
            RunsCompiledCode = engine.Strategy != Strategy.Interpreter,
            Async = engine.AsyncSupport ? new AsyncState() : null,
            EpochInterruption = engine.EpochInterruption,
            Pool = engine.InstanceAllocator,
            Inventory = engine.CoredumpOnTrap ? new StoreInventory() : null,
        };
    }

    /// <summary>The engine of this store (<c>Store::engine</c>).</summary>
    public Engine Engine { get; }

    /// <summary>The state compiled code reads.</summary>
    internal StoreContext Context { get; }

    /// <summary>
    /// Frees the linear memories of this store's instances now rather than when the garbage
    /// collector finalizes them (Wasmtime frees them when the <c>Store</c> is dropped; its .NET
    /// binding's <c>Store</c> is disposable likewise). Afterwards calls into the store's functions
    /// throw <see cref="ObjectDisposedException"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">WebAssembly code is running in this store.</exception>
    public void Dispose()
    {
        Context.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Sets the fuel available to WebAssembly code (<c>Store::set_fuel</c>). Each instruction costs
    /// one unit except <c>nop</c>, <c>drop</c>, <c>block</c>, <c>loop</c>, <c>else</c> and <c>end</c>,
    /// as in Wasmtime; a straight-line run is charged as a whole before the branch, call or block
    /// boundary ending it, and code traps with <see cref="TrapCode.OutOfFuel"/> when the fuel does
    /// not cover it. A host function may call this to let the guest continue with the new amount.
    /// </summary>
    /// <exception cref="InvalidOperationException"><see cref="Config.ConsumeFuel"/> is off.</exception>
    public void SetFuel(ulong fuel)
    {
        RequireFuel();

        // Held signed in the context; no program can burn 2^63 units, so clamping loses nothing.
        Context.Fuel = (long)Math.Min(fuel, long.MaxValue);
        Context.ResetFuelYieldFloor();
    }

    /// <summary>
    /// Makes WebAssembly code of an async call yield its thread to other tasks each time it has
    /// consumed <paramref name="interval"/> units of fuel, then continue (<c>Store::fuel_async_yield_interval</c>);
    /// null stops the yields. Running out of fuel still traps. Cooperative multitasking for CPU-bound
    /// guests: an async call of such a guest then completes in many short slices. Interpreted code
    /// yields; compiled code, which cannot suspend, does not (an instance created while neither this
    /// nor <see cref="EpochDeadlineAsyncYieldAndUpdate"/> is set runs compiled when it imports no
    /// function that can suspend: set it before instantiating; see docs/tiers.md).
    /// </summary>
    /// <exception cref="InvalidOperationException"><see cref="Config.ConsumeFuel"/> or <see cref="Config.AsyncSupport"/> is off.</exception>
    /// <exception cref="ArgumentException"><paramref name="interval"/> is 0.</exception>
    public void FuelAsyncYieldInterval(ulong? interval)
    {
        RequireFuel();
        if (Context.Async is not AsyncState state)
        {
            throw new InvalidOperationException(AsyncRefusals.FuelYield);
        }

        if (interval == 0)
        {
            throw new ArgumentException("fuel_async_yield_interval must not be 0", nameof(interval));
        }

        state.FuelYieldInterval = interval ?? 0;
        Context.ResetFuelYieldFloor();
    }

    /// <summary>The fuel left (<c>Store::get_fuel</c>); see <see cref="SetFuel"/>.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Config.ConsumeFuel"/> is off.</exception>
    public ulong GetFuel()
    {
        RequireFuel();

        // The charge that trapped may have driven the count below zero.
        return (ulong)Math.Max(Context.Fuel, 0);
    }

    /// <summary>
    /// Sets the epoch deadline <paramref name="ticksBeyondCurrent"/> ticks after the engine's current
    /// epoch (<c>Store::set_epoch_deadline</c>). Compiled code checks the epoch at function entries
    /// and loop headers and traps with <see cref="TrapCode.Interrupt"/> once it reaches the deadline.
    /// Until a deadline is set it is 0, so, as in Wasmtime, code traps at its first check.
    /// <see cref="Store{T}.EpochDeadlineCallback"/> can decide instead whether to continue.
    /// </summary>
    /// <exception cref="InvalidOperationException"><see cref="Config.EpochInterruption"/> is off.</exception>
    public void SetEpochDeadline(ulong ticksBeyondCurrent)
    {
        if (!Engine.EpochInterruption)
        {
            throw new InvalidOperationException("epoch interruption is not enabled in this store's engine");
        }

        Context.SetEpochDeadline(ticksBeyondCurrent);
    }

    /// <summary>
    /// Makes WebAssembly code of an async call that reaches the epoch deadline yield its thread to
    /// other tasks, then continue with the deadline <paramref name="delta"/> ticks after the epoch at
    /// which it resumes (<c>Store::epoch_deadline_async_yield_and_update</c>): with a background task
    /// incrementing the engine's epoch, CPU-bound guests share threads fairly. Replaces any
    /// <see cref="Store{T}.EpochDeadlineCallback"/>. As with that callback, the engine must be
    /// configured with <see cref="Config.EpochDeadlineContinuation"/>. Interpreted code yields;
    /// compiled code continues without yielding (see <see cref="FuelAsyncYieldInterval"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// The engine's <see cref="Config.AsyncSupport"/> or <see cref="Config.EpochDeadlineContinuation"/> is off.
    /// </exception>
    public void EpochDeadlineAsyncYieldAndUpdate(ulong delta)
    {
        AsyncRefusals.Require(Engine, AsyncRefusals.EpochYield);
        if (!Engine.EpochDeadlineContinuation)
        {
            throw new InvalidOperationException("an epoch deadline yield needs Config.EpochDeadlineContinuation (and Config.EpochInterruption) in this store's engine");
        }

        Context.EpochDeadlineCallback = () => UpdateDeadline.Yield(delta);
        Context.Async!.EpochYields = true;
    }

    /// <summary>
    /// Makes reaching the epoch deadline trap with <see cref="TrapCode.Interrupt"/>, the default,
    /// removing any <see cref="Store{T}.EpochDeadlineCallback"/> (<c>Store::epoch_deadline_trap</c>).
    /// </summary>
    public void EpochDeadlineTrap()
    {
        Context.EpochDeadlineCallback = null;
        if (Context.Async is AsyncState state)
        {
            state.EpochYields = false;
        }
    }

    /// <summary>Throws Wasmtime's panic message when an object of another store is used with this one.</summary>
    internal void Check(StoreContext owner)
    {
        if (!ReferenceEquals(owner, Context))
        {
            throw new ArgumentException("object used with the wrong store");
        }
    }

    private void RequireFuel()
    {
        if (!Engine.ConsumeFuel)
        {
            throw new InvalidOperationException("fuel is not configured in this store");
        }
    }
}

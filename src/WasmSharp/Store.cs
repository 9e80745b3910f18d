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
    private ulong _fuel;
    private ulong _epochDeadline;

    private protected Store(Engine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        Engine = engine;
        Context = new StoreContext(engine.MaxWasmStack) { Owner = this };
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
    /// Sets the fuel available to WebAssembly code (<c>Store::set_fuel</c>). Metering fuel in
    /// compiled code is a later step of the runtime: the value is kept and reported by
    /// <see cref="GetFuel"/> but not yet consumed.
    /// </summary>
    /// <exception cref="InvalidOperationException"><see cref="Config.ConsumeFuel"/> is off.</exception>
    public void SetFuel(ulong fuel)
    {
        RequireFuel();
        _fuel = fuel;
    }

    /// <summary>The fuel left (<c>Store::get_fuel</c>); see <see cref="SetFuel"/>.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Config.ConsumeFuel"/> is off.</exception>
    public ulong GetFuel()
    {
        RequireFuel();
        return _fuel;
    }

    /// <summary>
    /// Sets the epoch deadline <paramref name="ticksBeyondCurrent"/> ticks after the engine's current
    /// epoch (<c>Store::set_epoch_deadline</c>). Checking epochs in compiled code is a later step of
    /// the runtime: the deadline is recorded but does not interrupt yet.
    /// </summary>
    /// <exception cref="InvalidOperationException"><see cref="Config.EpochInterruption"/> is off.</exception>
    public void SetEpochDeadline(ulong ticksBeyondCurrent)
    {
        if (!Engine.EpochInterruption)
        {
            throw new InvalidOperationException("epoch interruption is not enabled in this store's engine");
        }

        _epochDeadline = (ulong)Engine.CurrentEpoch + ticksBeyondCurrent;
    }

    /// <summary>The absolute epoch deadline set by <see cref="SetEpochDeadline"/>.</summary>
    internal ulong EpochDeadline => _epochDeadline;

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

namespace WasmSharp;

/// <summary>
/// A collection of instances and host objects with host data <typeparamref name="T"/>; mirrors
/// <c>wasmtime::Store&lt;T&gt;</c>. Everything created in a store (instances, functions, memories,
/// tables, globals) lives as long as the store is reachable and can only be used with it.
/// </summary>
/// <remarks>A store belongs to one thread at a time (see <see cref="Store"/>).</remarks>
/// <typeparam name="T">The host data, reachable from host functions through <see cref="Caller{T}.Data"/>.</typeparam>
public sealed class Store<T> : Store
{
    /// <summary>Creates a store in <paramref name="engine"/> holding <paramref name="data"/> (<c>Store::new</c>).</summary>
    public Store(Engine engine, T data)
        : base(engine)
    {
        Data = data;
    }

    /// <summary>The host data (<c>Store::data</c>/<c>Store::data_mut</c>).</summary>
    public T Data { get; set; }

    /// <summary>
    /// Installs <paramref name="callback"/> to run when WebAssembly code in this store reaches the
    /// epoch deadline, instead of trapping (<c>Store::epoch_deadline_callback</c>). It runs on the
    /// thread running the code, at the epoch check (function entry or loop header) that found the
    /// deadline reached, and returns <see cref="UpdateDeadline.Continue"/> with a new deadline delta
    /// (the code goes on; the callback may do host work such as yielding a time slice first) or
    /// <see cref="UpdateDeadline.Interrupt"/> (the code traps with <see cref="TrapCode.Interrupt"/>).
    /// An exception it throws aborts the code and propagates out of the call, as a host function's
    /// does. Replaces any earlier callback; <see cref="Store.EpochDeadlineTrap"/> removes it.
    /// The engine must be configured with <see cref="Config.EpochDeadlineContinuation"/>, which makes
    /// compiled code able to continue after the deadline (at a cost on every loop iteration).
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// The engine's <see cref="Config.EpochDeadlineContinuation"/> is off: its code can only trap at the deadline.
    /// </exception>
    public void EpochDeadlineCallback(Func<Store<T>, UpdateDeadline> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        if (!Engine.EpochDeadlineContinuation)
        {
            throw new InvalidOperationException("an epoch deadline callback needs Config.EpochDeadlineContinuation (and Config.EpochInterruption) in this store's engine");
        }

        Context.EpochDeadlineCallback = () => callback(this);
        if (Context.Async is Vm.AsyncState state)
        {
            state.EpochYields = false;
        }
    }

    /// <summary>
    /// Installs <paramref name="hook"/> to run at every boundary between host and WebAssembly code
    /// in this store (<c>Store::call_hook</c>): <see cref="WasmSharp.CallHook.CallingWasm"/> and
    /// <see cref="WasmSharp.CallHook.ReturningFromWasm"/> around each call from the host into
    /// WebAssembly (including start functions), <see cref="WasmSharp.CallHook.CallingHost"/> and
    /// <see cref="WasmSharp.CallHook.ReturningFromHost"/> around each host function WebAssembly calls.
    /// The returning kinds run even when the call failed. An exception the hook throws aborts the
    /// call and propagates out of it, as a host function's does (Wasmtime returns the hook's error
    /// from the call), replacing the call's own exception when thrown on return. Replaces any
    /// earlier hook. With no hook installed, calls only test for one (no allocation, no indirection).
    /// </summary>
    public void CallHook(Action<Store<T>, CallHook> hook)
    {
        ArgumentNullException.ThrowIfNull(hook);
        Context.CallHookHandler = kind => hook(this, kind);
    }

    /// <summary>
    /// Installs the resource limiter that <paramref name="limiter"/> returns for the store's data
    /// (<c>Store::limiter</c>); it applies to every later instantiation and grow.
    /// </summary>
    public void Limiter(Func<T, ResourceLimiter> limiter)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        Context.Limiter = limiter(Data);
        if (Context.Async is Vm.AsyncState state)
        {
            state.Limiter = null;
        }
    }

    /// <summary>
    /// Installs the asynchronous resource limiter that <paramref name="limiter"/> returns for the
    /// store's data (<c>Store::limiter_async</c>), replacing any limiter; it applies to every later
    /// instantiation and grow. See <see cref="ResourceLimiterAsync"/> for when its decisions are
    /// awaited without a thread.
    /// </summary>
    /// <exception cref="InvalidOperationException">The engine has no <see cref="Config.AsyncSupport"/>.</exception>
    public void LimiterAsync(Func<T, ResourceLimiterAsync> limiter)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        AsyncRefusals.Require(Engine, AsyncRefusals.LimiterAsync);
        var adapter = new Vm.AsyncLimiterAdapter(limiter(Data));
        Context.Limiter = adapter;
        Context.Async!.Limiter = adapter;
    }
}

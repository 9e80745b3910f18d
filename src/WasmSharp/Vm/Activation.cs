namespace WasmSharp.Vm;

/// <summary>
/// One call from the host into an async store (<c>Func.CallAsync</c>, a start function run by
/// <c>InstantiateAsync</c>), run in slices by <see cref="AsyncCalls"/>: each slice runs until the
/// call completes or suspends (<see cref="Suspension"/>), and the next resumes it once what it
/// waits for is done, possibly on another thread. Between slices it holds no thread (Wasmtime runs
/// such calls on fibers; here the interpreter's frames are on the heap).
/// </summary>
internal abstract class Activation
{
    /// <summary>Creates a call in <paramref name="store"/> with arguments in <paramref name="values"/>.</summary>
    protected Activation(StoreContext store, ValRaw[] values)
    {
        Store = store;
        Values = values;
    }

    /// <summary>The store the call runs in.</summary>
    public StoreContext Store { get; }

    /// <summary>The arguments, and the results once the call has completed (from index 0).</summary>
    public ValRaw[] Values { get; }

    /// <summary>Cancels the call (see <see cref="AsyncCalls.RunAsync"/>).</summary>
    public CancellationToken CancellationToken { get; set; }

    /// <summary>
    /// Whether an async host function this call made has not finished yet (from its call until its
    /// work is done): only then may the store be entered again, by a call the host function makes.
    /// </summary>
    public bool InAsyncHost { get; set; }

    /// <summary>
    /// Runs a slice: from the start when <paramref name="resumed"/> is null, else on from the
    /// suspension it returned last. Returns null when the call has completed (results in
    /// <see cref="Values"/>), or why it suspended. An exception ends the call; the activation has
    /// then released what it held.
    /// </summary>
    public abstract Suspension? Run(Suspension? resumed);

    /// <summary>Releases what a suspended call holds when it ends without resuming (cancellation, misuse).</summary>
    public virtual void Abandon()
    {
    }

    /// <summary>
    /// Calls the async host function of <paramref name="callee"/> for this call, with the store's
    /// call hook before it: returns null when its task completed at once (results written into
    /// <paramref name="values"/>, and the returning hook run), else the pending call, which
    /// <see cref="FinishHostCall"/> completes. Until then <see cref="InAsyncHost"/> is set, so the
    /// host function may call into the store. Failures are those of <see cref="HostFailure"/>.
    /// </summary>
    public PendingHostCall? StartHostCall(InstanceContext callee, Span<ValRaw> values)
    {
        Action<CallHook>? hook = Store.CallHookHandler;
        hook?.Invoke(CallHook.CallingHost);
        InAsyncHost = true;
        PendingHostCall? pending = null;
        try
        {
            pending = callee.AsyncHost!(callee, values);
        }
        catch (Exception e) when (HostFailure.IsWrapped(e))
        {
            throw HostFailure.Wrap(e);
        }
        finally
        {
            if (pending is null)
            {
                InAsyncHost = false;
                hook?.Invoke(CallHook.ReturningFromHost);
            }
        }

        return pending;
    }

    /// <summary>Writes the results of the host call <paramref name="pending"/> into <paramref name="values"/> (or throws its failure), then runs the returning hook.</summary>
    public void FinishHostCall(PendingHostCall pending, Span<ValRaw> values)
    {
        InAsyncHost = false;
        Action<CallHook>? hook = Store.CallHookHandler;
        try
        {
            pending.Complete(values);
        }
        finally
        {
            // As Wasmtime: the returning hook runs whatever the host function did, and its error wins.
            hook?.Invoke(CallHook.ReturningFromHost);
        }
    }
}

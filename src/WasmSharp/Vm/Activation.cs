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
}

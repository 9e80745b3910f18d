namespace WasmSharp.Vm;

/// <summary>
/// Why an asynchronous activation (<see cref="Activation"/>) stopped before its end: an async host
/// function's work is pending, or the guest yields (fuel or epoch interval, Wasmtime's
/// <c>fuel_async_yield_interval</c> and <c>epoch_deadline_async_yield_and_update</c>). The
/// activation's state stays on the heap meanwhile, so no thread waits (DESIGN.md decision 14).
/// </summary>
internal abstract class Suspension
{
    /// <summary>
    /// Completes, without blocking a thread, once the activation may go on. Never throws the failure
    /// of what it waited for (the resumed activation observes that, where wasm can handle it and a
    /// backtrace can be taken); throws <see cref="OperationCanceledException"/> when
    /// <paramref name="cancellationToken"/> is canceled first.
    /// </summary>
    public abstract ValueTask WaitAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Waits for <paramref name="task"/> to complete, without observing its failure, or for
    /// <paramref name="cancellationToken"/> to be canceled first (then throws).
    /// </summary>
    protected static async ValueTask WaitFor(Task task, CancellationToken cancellationToken)
    {
        Task waited = cancellationToken.CanBeCanceled ? task.WaitAsync(cancellationToken) : task;
        await waited.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (!task.IsCompleted)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}

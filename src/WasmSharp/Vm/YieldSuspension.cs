namespace WasmSharp.Vm;

/// <summary>
/// A guest giving its thread back to other tasks between two slices of its run: the fuel or epoch
/// yield interval of an async store was reached (Wasmtime's <c>Yield</c> future). The activation
/// continues on a thread-pool thread.
/// </summary>
internal sealed class YieldSuspension : Suspension
{
    /// <summary>The only instance: a yield carries no state.</summary>
    public static readonly YieldSuspension Instance = new();

    private YieldSuspension()
    {
    }

    /// <inheritdoc/>
    public override async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        // Not Task.Yield: that would resume on a captured synchronization context, and a guest's
        // slices need no particular thread.
        await Task.CompletedTask.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
        cancellationToken.ThrowIfCancellationRequested();
    }
}

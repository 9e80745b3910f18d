namespace WasmSharp.Vm;

/// <summary>
/// The work of an asynchronous host function that did not complete when it was called: the guest
/// that called it is suspended until <see cref="Task"/> completes, then <see cref="Complete"/>
/// writes the results where the call expects them, or throws what the work failed with.
/// </summary>
internal abstract class PendingHostCall : Suspension
{
    /// <summary>Creates the pending call of <paramref name="task"/>.</summary>
    protected PendingHostCall(Task task) => Task = task;

    /// <summary>The host function's work.</summary>
    public Task Task { get; }

    /// <inheritdoc/>
    public override ValueTask WaitAsync(CancellationToken cancellationToken) => WaitFor(Task, cancellationToken);

    /// <summary>
    /// Writes the results from index 0 of <paramref name="values"/>, or throws the work's failure as
    /// <see cref="HostFailure"/> describes.
    /// </summary>
    public void Complete(Span<ValRaw> values)
    {
        try
        {
            WriteResults(values);
        }
        catch (Exception e) when (HostFailure.IsWrapped(e))
        {
            throw HostFailure.Wrap(e);
        }
    }

    /// <summary>Writes the completed task's results (its exception, if it failed, propagates).</summary>
    protected abstract void WriteResults(Span<ValRaw> values);
}

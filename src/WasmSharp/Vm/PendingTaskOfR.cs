namespace WasmSharp.Vm;

/// <summary>A pending async host function with results <typeparamref name="R"/> (<see cref="Task{R}"/> or <see cref="ValueTask{R}"/>).</summary>
/// <typeparam name="R">One CLR value type or a ValueTuple of several (see <see cref="ValMarshal"/>).</typeparam>
internal sealed class PendingTask<R> : PendingHostCall
{
    /// <summary>Creates the pending call of <paramref name="task"/>.</summary>
    public PendingTask(Task<R> task)
        : base(task)
    {
    }

    /// <inheritdoc/>
    protected override void WriteResults(Span<ValRaw> values) => ValMarshal.Write(((Task<R>)Task).GetAwaiter().GetResult(), values);
}

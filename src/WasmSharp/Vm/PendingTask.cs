namespace WasmSharp.Vm;

/// <summary>A pending async host function without results (<see cref="System.Threading.Tasks.Task"/> or <see cref="ValueTask"/>).</summary>
internal sealed class PendingTask : PendingHostCall
{
    /// <summary>Creates the pending call of <paramref name="task"/>.</summary>
    public PendingTask(Task task)
        : base(task)
    {
    }

    /// <inheritdoc/>
    protected override void WriteResults(Span<ValRaw> values) => Task.GetAwaiter().GetResult();
}

namespace WasmSharp.Vm;

/// <summary>
/// The pending work of an async host function whose results are raw values in an array of its own
/// (a command function of <c>Linker.ModuleAsync</c>): copied to the guest's slots once it completes.
/// </summary>
internal sealed class PendingRawCall : PendingHostCall
{
    private readonly ValRaw[] _results;

    private PendingRawCall(Task task, ValRaw[] results)
        : base(task)
    {
        _results = results;
    }

    /// <summary>
    /// The pending call of <paramref name="task"/>, which leaves its results in <paramref name="results"/>;
    /// or null when it has completed, its results then copied into <paramref name="values"/>.
    /// </summary>
    public static PendingRawCall? Started(Task task, ValRaw[] results, Span<ValRaw> values)
    {
        if (!task.IsCompletedSuccessfully)
        {
            return new PendingRawCall(task, results);
        }

        results.AsSpan(0, values.Length).CopyTo(values);
        return null;
    }

    /// <inheritdoc/>
    protected override void WriteResults(Span<ValRaw> values)
    {
        Task.GetAwaiter().GetResult();
        _results.AsSpan(0, values.Length).CopyTo(values);
    }
}

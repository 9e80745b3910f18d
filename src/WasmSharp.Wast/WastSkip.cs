namespace WasmSharp.Wast;

/// <summary>
/// Thrown inside the runner when a command needs something the engine does not execute yet (a
/// proposal the compiler does not handle); the command is counted as skipped with the reason.
/// </summary>
internal sealed class WastSkip : Exception
{
    /// <summary>Creates the skip with <paramref name="reason"/>.</summary>
    public WastSkip(string reason)
        : base(reason)
    {
    }
}

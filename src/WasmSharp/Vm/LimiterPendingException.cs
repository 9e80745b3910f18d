namespace WasmSharp.Vm;

/// <summary>
/// Thrown by <see cref="AsyncLimiterAdapter"/> out of a grow of an async call whose limiter decision
/// is pending, and caught by the interpreter's slice (<c>Interpreter.RunSlice</c>), which suspends
/// the call. Never seen outside the runtime; the rare path of a rare instruction, so an exception
/// costs nothing where it matters and leaves the instruction loop untouched.
/// </summary>
internal sealed class LimiterPendingException : Exception
{
    /// <summary>Creates the signal for <paramref name="suspension"/>.</summary>
    public LimiterPendingException(LimiterSuspension suspension)
        : base("a resource limiter decision is pending")
    {
        Suspension = suspension;
    }

    /// <summary>What the call waits for.</summary>
    public LimiterSuspension Suspension { get; }
}

namespace WasmSharp.Vm;

/// <summary>
/// An async call waiting for its <see cref="ResourceLimiterAsync"/>'s decision on a grow (see
/// <see cref="AsyncLimiterAdapter"/>); when it resumes, <see cref="Deliver"/> hands the decision to
/// the limiter for the grow the call runs again.
/// </summary>
internal sealed class LimiterSuspension : Suspension
{
    private readonly AsyncLimiterAdapter _limiter;
    private readonly GrowthRequest _request;
    private readonly Task<bool> _decision;

    /// <summary>Creates the wait for <paramref name="decision"/> on <paramref name="request"/>.</summary>
    public LimiterSuspension(AsyncLimiterAdapter limiter, GrowthRequest request, Task<bool> decision)
    {
        _limiter = limiter;
        _request = request;
        _decision = decision;
    }

    /// <inheritdoc/>
    public override ValueTask WaitAsync(CancellationToken cancellationToken) => WaitFor(_decision, cancellationToken);

    /// <summary>Hands the decision (or its failure) to the limiter for the grow that asked.</summary>
    public void Deliver() => _limiter.Answer(_request, _decision);
}

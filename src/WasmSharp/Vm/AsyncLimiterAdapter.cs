namespace WasmSharp.Vm;

/// <summary>
/// A store's <see cref="ResourceLimiterAsync"/> where the runtime asks a <see cref="ResourceLimiter"/>
/// (every grow and instantiation check). A decision that completes at once is used at once. One
/// that is pending suspends the async call whose interpreted <c>memory.grow</c>/<c>table.grow</c>
/// asked, when that grow allowed it (<see cref="MaySuspend"/>): the grow throws
/// <see cref="LimiterPendingException"/>, the call waits for the decision without a thread and runs
/// the grow again, which then finds the decision here (<see cref="Answer"/>). Other askers (compiled
/// code, the host's <c>Memory.Grow</c>) wait for it; <c>InstantiateAsync</c> obtains the decisions
/// for a new instance's memories and tables before instantiating.
/// </summary>
internal sealed class AsyncLimiterAdapter : ResourceLimiter
{
    private readonly List<(GrowthRequest Request, Task<bool> Decision)> _answers = [];

    /// <summary>Wraps <paramref name="limiter"/>.</summary>
    public AsyncLimiterAdapter(ResourceLimiterAsync limiter) => Limiter = limiter;

    /// <summary>The store's async limiter.</summary>
    public ResourceLimiterAsync Limiter { get; }

    /// <summary>Set by the interpreter around a grow of an async call, which may suspend for a pending decision.</summary>
    public bool MaySuspend { get; set; }

    /// <inheritdoc/>
    public override int Instances => Limiter.Instances;

    /// <inheritdoc/>
    public override int Tables => Limiter.Tables;

    /// <inheritdoc/>
    public override int Memories => Limiter.Memories;

    /// <inheritdoc/>
    public override bool MemoryGrowing(long currentBytes, long desiredBytes, long? maximumBytes) =>
        Decide(new GrowthRequest(true, currentBytes, desiredBytes, maximumBytes));

    /// <inheritdoc/>
    public override bool TableGrowing(long currentElements, long desiredElements, long? maximumElements) =>
        Decide(new GrowthRequest(false, currentElements, desiredElements, maximumElements));

    /// <summary>The limiter's decision on <paramref name="request"/>, pending or not.</summary>
    public ValueTask<bool> Ask(GrowthRequest request) => request.Memory
        ? Limiter.MemoryGrowingAsync(request.Current, request.Desired, request.Maximum)
        : Limiter.TableGrowingAsync(request.Current, request.Desired, request.Maximum);

    /// <summary>Keeps <paramref name="decision"/> for the next ask of <paramref name="request"/>.</summary>
    public void Answer(GrowthRequest request, Task<bool> decision) => _answers.Add((request, decision));

    /// <summary>Forgets decisions no ask took (an instantiation that failed before it asked them all).</summary>
    public void ForgetAnswers() => _answers.Clear();

    private bool Decide(GrowthRequest request)
    {
        bool maySuspend = MaySuspend;
        MaySuspend = false;
        int answered = _answers.FindIndex(a => a.Request == request);
        if (answered >= 0)
        {
            Task<bool> decision = _answers[answered].Decision;
            _answers.RemoveAt(answered);
            return decision.GetAwaiter().GetResult();
        }

        ValueTask<bool> asked = Ask(request);
        if (asked.IsCompleted)
        {
            return asked.GetAwaiter().GetResult();
        }

        Task<bool> pending = asked.AsTask();
        if (maySuspend)
        {
            throw new LimiterPendingException(new LimiterSuspension(this, request, pending));
        }

        // An asker that cannot suspend waits for the decision (see docs/tiers.md).
        return pending.GetAwaiter().GetResult();
    }
}

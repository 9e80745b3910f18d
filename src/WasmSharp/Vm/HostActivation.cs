namespace WasmSharp.Vm;

/// <summary>An async call of an asynchronous host function directly from the host (no wasm in between).</summary>
internal sealed class HostActivation : Activation
{
    private readonly InstanceContext _callee;

    /// <summary>Creates the call of the async host function of <paramref name="callee"/> with arguments in <paramref name="values"/>.</summary>
    public HostActivation(InstanceContext callee, ValRaw[] values)
        : base(callee.Store, values)
    {
        _callee = callee;
    }

    /// <inheritdoc/>
    public override Suspension? Run(Suspension? resumed)
    {
        if (resumed is PendingHostCall pending)
        {
            InAsyncHost = false;
            pending.Complete(Values);
            return null;
        }

        InAsyncHost = true;
        PendingHostCall? started = null;
        try
        {
            started = _callee.AsyncHost!(_callee, Values);
        }
        catch (Exception e) when (HostFailure.IsWrapped(e))
        {
            throw HostFailure.Wrap(e);
        }
        finally
        {
            InAsyncHost = started is not null;
        }

        return started;
    }
}

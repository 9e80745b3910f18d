namespace WasmSharp.Vm;

/// <summary>
/// An async call of an asynchronous host function directly from the host (no wasm in between),
/// with the store's call hook around the host function as <see cref="HostCalls"/> has it for a
/// synchronous one.
/// </summary>
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
            FinishHostCall(pending, Values);
            return null;
        }

        return StartHostCall(_callee, Values);
    }
}

namespace WasmSharp.Vm;

/// <summary>
/// An async call of a function that cannot suspend, compiled or a synchronous host function: it runs
/// in one slice.
/// </summary>
internal sealed class SyncActivation : Activation
{
    private readonly FuncRef _function;

    /// <summary>Creates the call of <paramref name="function"/> with arguments in <paramref name="values"/>.</summary>
    public SyncActivation(FuncRef function, ValRaw[] values)
        : base(function.Context.Store, values)
    {
        _function = function;
    }

    /// <inheritdoc/>
    public override Suspension? Run(Suspension? resumed)
    {
        _function.Invoker(_function.Context, Values);
        if (Store.PendingTrap is not null)
        {
            Store.ThrowPendingTrap();
        }

        return null;
    }
}

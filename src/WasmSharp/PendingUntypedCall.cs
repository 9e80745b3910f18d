using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>The pending work of an untyped async host function (<see cref="Func.NewAsync{T}"/>): its results are checked and written once it completes.</summary>
internal sealed class PendingUntypedCall : PendingHostCall
{
    private readonly FuncType _type;
    private readonly Val[] _results;
    private readonly StoreContext _store;

    /// <summary>Creates the pending call of <paramref name="task"/>, which fills <paramref name="results"/>.</summary>
    public PendingUntypedCall(Task task, FuncType type, Val[] results, StoreContext store)
        : base(task)
    {
        _type = type;
        _results = results;
        _store = store;
    }

    /// <inheritdoc/>
    protected override void WriteResults(Span<ValRaw> values)
    {
        Task.GetAwaiter().GetResult();
        HostFuncs.WriteResults(_type, _results, _store, values);
    }
}

using System.Runtime.ExceptionServices;

namespace WasmSharp.Vm;

/// <summary>
/// Runs a host-to-wasm call on a fresh thread whose stack is large enough for the store's wasm
/// budget, when the calling thread's stack is too small (DESIGN.md decision 5: a .NET stack
/// overflow kills the process, so the budget must fit in the real stack). The caller blocks until
/// the call is over; exceptions, traps included, are rethrown on the caller's thread.
/// </summary>
internal static class GuestThread
{
    /// <summary>Stack kept free beyond budget and reserve for the frames between entry and guest code.</summary>
    public const int Margin = 256 * 1024;

    /// <summary>Runs <paramref name="action"/> on a thread with room for <paramref name="store"/>'s budget.</summary>
    public static void Run(StoreContext store, Action action)
    {
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    action();
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            (int)Math.Min(store.NativeStackBudget + StoreContext.Reserve + (2 * Margin), int.MaxValue));
        thread.Start();
        thread.Join();
        if (failure is Trap { IsContinued: true } continued)
        {
            // Its backtrace comes from the innermost stack segment it keeps, not from the frames
            // its own exception recorded, which a dispatch capture would only copy.
            throw continued;
        }

        if (failure is not null)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }
}

namespace WasmSharp.Vm;

/// <summary>
/// Runs calls into async stores (Wasmtime's <c>call_async</c>/<c>instantiate_async</c> on a fiber):
/// a call runs in slices on whatever thread continues it, and between slices it is a heap object
/// awaiting its <see cref="Suspension"/>, so no thread waits for a suspended guest. A call that
/// never suspends completes synchronously with no allocation of its own beyond the
/// <see cref="Activation"/>.
/// </summary>
internal static class AsyncCalls
{
    /// <summary>
    /// Registers <paramref name="activation"/> as the store's innermost call and runs it to its end.
    /// <paramref name="cancellationToken"/> ends it with <see cref="OperationCanceledException"/>
    /// while it waits in an async host function or a yield and, with epoch interruption on, while
    /// the guest runs (see <see cref="GuestCancellation"/>); the store stays usable either way.
    /// </summary>
    /// <exception cref="InvalidOperationException">The store runs another call (<see cref="AsyncState.ConcurrentUse"/>).</exception>
    public static Task RunAsync(Activation activation, CancellationToken cancellationToken)
    {
        activation.CancellationToken = cancellationToken;
        activation.Store.Async!.Begin(activation);
        return Drive(activation, cancellationToken);
    }

    private static async Task Drive(Activation activation, CancellationToken cancellationToken)
    {
        StoreContext store = activation.Store;
        Action<CallHook>? hook = store.CallHookHandler;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            hook?.Invoke(CallHook.CallingWasm);
        }
        catch
        {
            store.Async!.End(activation);
            throw;
        }

        GuestCancellation? cancellation = GuestCancellation.Watch(store, cancellationToken, store.EpochInterruption);
        try
        {
            Suspension? suspension = Slice(activation, null);
            while (suspension is not null)
            {
                await suspension.WaitAsync(cancellationToken).ConfigureAwait(false);
                suspension = Slice(activation, suspension);
            }
        }
        finally
        {
            // A call canceled while it waited still holds its frames; one that ended in a slice
            // has released them already.
            activation.Abandon();
            cancellation?.Dispose();
            store.Async!.End(activation);

            // As Wasmtime: the returning hook runs however the call ended, and its error wins.
            hook?.Invoke(CallHook.ReturningFromWasm);
        }
    }

    // One slice: with the store entered on this thread, as a synchronous call enters it.
    private static Suspension? Slice(Activation activation, Suspension? resumed)
    {
        StoreContext store = activation.Store;
        AsyncState state = store.Async!;
        state.EnterSlice(activation, resumed is not null);
        Activation? outer = AsyncState.Current;
        AsyncState.Current = activation;
        try
        {
            store.Enter();
            try
            {
                return activation.Run(resumed);
            }
            catch (Exception exception) when (store.CaptureCoreDump(exception))
            {
                // Never entered: the filter declines.
                throw;
            }
            finally
            {
                store.Exit();
            }
        }
        finally
        {
            AsyncState.Current = outer;
            state.ExitSlice();
        }
    }
}

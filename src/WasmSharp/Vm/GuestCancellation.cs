namespace WasmSharp.Vm;

/// <summary>
/// Stops a running guest when its async call is canceled: with epoch interruption on, the store's
/// deadline is moved to the past, so the guest stops at its next epoch check (function entry or
/// loop header) with <see cref="OperationCanceledException"/> where the interpreter runs it, an
/// interrupt trap in compiled code. <see cref="Dispose"/> restores the deadline, so the store stays
/// usable. A guest suspended in a host function or a yield is stopped by the wait instead (see
/// <see cref="Suspension.WaitAsync"/>).
/// </summary>
internal sealed class GuestCancellation : IDisposable
{
    private readonly StoreContext _store;
    private readonly CancellationTokenRegistration _registration;
    private bool _fired;

    private GuestCancellation(StoreContext store, CancellationToken cancellationToken)
    {
        _store = store;
        _registration = cancellationToken.UnsafeRegister(static state => ((GuestCancellation)state!).Cancel(), this);
    }

    /// <summary>Watches <paramref name="cancellationToken"/> for a call in <paramref name="store"/>, or returns null when nothing can stop it at an epoch check.</summary>
    public static GuestCancellation? Watch(StoreContext store, CancellationToken cancellationToken, bool epochInterruption) =>
        cancellationToken.CanBeCanceled && epochInterruption ? new GuestCancellation(store, cancellationToken) : null;

    /// <summary>Stops watching, and restores the epoch deadline if the call was canceled.</summary>
    public void Dispose()
    {
        // Waits for a callback that is running, so the restore below cannot be overwritten by it.
        _registration.Dispose();
        if (_fired && Interlocked.Decrement(ref _store.CancelRequests) == 0)
        {
            _store.EpochDeadline = _store.DeadlineBeforeCancel;
        }
    }

    // Nested calls may be canceled too: the first cancellation saves the deadline, the last
    // restore puts it back.
    private void Cancel()
    {
        _fired = true;
        if (Interlocked.Increment(ref _store.CancelRequests) == 1)
        {
            _store.DeadlineBeforeCancel = _store.EpochDeadline;
            Volatile.Write(ref _store.EpochDeadline, long.MinValue);
        }
    }
}

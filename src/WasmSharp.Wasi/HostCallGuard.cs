namespace WasmSharp.Wasi;

/// <summary>
/// Wraps each <c>wasi_snapshot_preview1</c> host function so that a host failure which is not a
/// WASI condition (anything <see cref="ErrnoMapper.TryFromException"/> does not map, i.e. a bug
/// or a misconfigured stream, never an errno) aborts the guest as a <see cref="Trap"/> carrying the
/// exception as its <see cref="Exception.InnerException"/>: Wasmtime's preview 1 turns every
/// error that is not an errno into a trap (<c>types::Error::trap</c>). <see cref="Trap"/>s
/// (bad guest pointers and arguments) and <see cref="WasiExit"/> pass through unchanged.
/// </summary>
internal static class HostCallGuard
{
    /// <summary>Whether <paramref name="exception"/> must be turned into a trap.</summary>
    public static bool IsHostFailure(Exception exception) => exception is not (Trap or WasiExit);

    /// <summary>The trap that reports <paramref name="exception"/> from <paramref name="function"/>.</summary>
    public static Trap ToTrap(string function, Exception exception) =>
        new(TrapCode.HostError, $"host function `{Preview1.ModuleName}::{function}` failed: {exception.Message}", exception);

    /// <summary>
    /// <paramref name="body"/>, guarded: an exception that is a host failure leaves as the trap of
    /// <see cref="ToTrap"/>.
    /// </summary>
    public static UncheckedFuncCallback<T> Guard<T>(string function, UncheckedFuncCallback<T> body) =>
        (caller, values) =>
        {
            try
            {
                body(caller, values);
            }
            catch (Exception e) when (IsHostFailure(e))
            {
                throw ToTrap(function, e);
            }
        };
}

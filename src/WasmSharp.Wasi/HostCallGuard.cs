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

    /// <summary>Guards a host function of 0 parameter(s) after the caller.</summary>
    public static Func<Caller<T>, R> Wrap<T, R>(string function, Func<Caller<T>, R> body) =>
        (caller) =>
        {
            try
            {
                return body(caller);
            }
            catch (Exception e) when (IsHostFailure(e))
            {
                throw ToTrap(function, e);
            }
        };

    /// <summary>Guards a host function of 1 parameter(s) after the caller.</summary>
    public static Func<Caller<T>, A1, R> Wrap<T, A1, R>(string function, Func<Caller<T>, A1, R> body) =>
        (caller, a1) =>
        {
            try
            {
                return body(caller, a1);
            }
            catch (Exception e) when (IsHostFailure(e))
            {
                throw ToTrap(function, e);
            }
        };

    /// <summary>Guards a host function of 2 parameter(s) after the caller.</summary>
    public static Func<Caller<T>, A1, A2, R> Wrap<T, A1, A2, R>(string function, Func<Caller<T>, A1, A2, R> body) =>
        (caller, a1, a2) =>
        {
            try
            {
                return body(caller, a1, a2);
            }
            catch (Exception e) when (IsHostFailure(e))
            {
                throw ToTrap(function, e);
            }
        };

    /// <summary>Guards a host function of 3 parameter(s) after the caller.</summary>
    public static Func<Caller<T>, A1, A2, A3, R> Wrap<T, A1, A2, A3, R>(string function, Func<Caller<T>, A1, A2, A3, R> body) =>
        (caller, a1, a2, a3) =>
        {
            try
            {
                return body(caller, a1, a2, a3);
            }
            catch (Exception e) when (IsHostFailure(e))
            {
                throw ToTrap(function, e);
            }
        };

    /// <summary>Guards a host function of 4 parameter(s) after the caller.</summary>
    public static Func<Caller<T>, A1, A2, A3, A4, R> Wrap<T, A1, A2, A3, A4, R>(string function, Func<Caller<T>, A1, A2, A3, A4, R> body) =>
        (caller, a1, a2, a3, a4) =>
        {
            try
            {
                return body(caller, a1, a2, a3, a4);
            }
            catch (Exception e) when (IsHostFailure(e))
            {
                throw ToTrap(function, e);
            }
        };

    /// <summary>Guards a host function of 5 parameter(s) after the caller.</summary>
    public static Func<Caller<T>, A1, A2, A3, A4, A5, R> Wrap<T, A1, A2, A3, A4, A5, R>(string function, Func<Caller<T>, A1, A2, A3, A4, A5, R> body) =>
        (caller, a1, a2, a3, a4, a5) =>
        {
            try
            {
                return body(caller, a1, a2, a3, a4, a5);
            }
            catch (Exception e) when (IsHostFailure(e))
            {
                throw ToTrap(function, e);
            }
        };

    /// <summary>Guards a host function of 6 parameter(s) after the caller.</summary>
    public static Func<Caller<T>, A1, A2, A3, A4, A5, A6, R> Wrap<T, A1, A2, A3, A4, A5, A6, R>(string function, Func<Caller<T>, A1, A2, A3, A4, A5, A6, R> body) =>
        (caller, a1, a2, a3, a4, a5, a6) =>
        {
            try
            {
                return body(caller, a1, a2, a3, a4, a5, a6);
            }
            catch (Exception e) when (IsHostFailure(e))
            {
                throw ToTrap(function, e);
            }
        };

    /// <summary>Guards a host function that returns nothing (<c>proc_exit</c>).</summary>
    public static Action<Caller<T>, A1> Wrap<T, A1>(string function, Action<Caller<T>, A1> body) =>
        (caller, a1) =>
        {
            try
            {
                body(caller, a1);
            }
            catch (Exception e) when (IsHostFailure(e))
            {
                throw ToTrap(function, e);
            }
        };

    /// <summary>Guards an untyped host function.</summary>
    public static FuncCallback<T> Wrap<T>(string function, FuncCallback<T> body) =>
        (caller, parameters, results) =>
        {
            try
            {
                body(caller, parameters, results);
            }
            catch (Exception e) when (IsHostFailure(e))
            {
                throw ToTrap(function, e);
            }
        };
}

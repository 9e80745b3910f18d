namespace WasmSharp.Vm;

/// <summary>
/// What the guest's call fails with when an asynchronous host function fails. A trap, a wasm
/// exception (which wasm handlers may catch) and a cancellation propagate as they are; any other
/// exception becomes a <see cref="Trap"/> of <see cref="TrapCode.HostError"/> with the host
/// exception as its <see cref="Exception.InnerException"/> and its message, thrown where the guest
/// resumes so that it carries the guest's wasm backtrace (Wasmtime attaches a <c>WasmBacktrace</c>
/// context to a host function's error).
/// </summary>
internal static class HostFailure
{
    /// <summary>Whether <paramref name="exception"/> from an async host function is wrapped by <see cref="Wrap"/>.</summary>
    public static bool IsWrapped(Exception exception) =>
        exception is not (Trap or WasmException or OperationCanceledException);

    /// <summary>The trap an async host function's <paramref name="exception"/> becomes.</summary>
    public static Trap Wrap(Exception exception) => new(TrapCode.HostError, exception.Message, exception);
}

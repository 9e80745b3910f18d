namespace WasmSharp.Wasi;

/// <summary>
/// Raised when a guest pointer or length falls outside linear memory; every WASI entry point
/// turns it into <c>errno::fault</c>, as wasmtime-wasi turns a wiggle <c>GuestError</c>.
/// </summary>
internal sealed class GuestFaultException : Exception
{
    public GuestFaultException()
        : base("guest pointer out of bounds")
    {
    }
}

namespace WasmSharp.Wasi;

/// <summary>
/// The cause carried by a WASI argument trap, mirroring one link of the error chain Wasmtime
/// reports for wiggle's <c>GuestError</c> (<c>InFunc { err }</c> wraps the conversion error, which
/// wraps Rust's <c>TryFromIntError</c>): <see cref="Exception.Message"/> is that link's display
/// text and <see cref="Exception.InnerException"/> the next one, so the innermost message is the
/// root cause Wasmtime prints last.
/// </summary>
internal sealed class GuestError : Exception
{
    public GuestError(string message, GuestError? cause = null)
        : base(message, cause)
    {
    }
}

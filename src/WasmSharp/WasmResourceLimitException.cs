namespace WasmSharp;

/// <summary>
/// Raised when creating an instance, memory or table would exceed the store's resource limits
/// (<see cref="ResourceLimiter"/>); the message is Wasmtime's, e.g.
/// <c>resource limit exceeded: instance count too high at 3</c>.
/// </summary>
public sealed class WasmResourceLimitException : Exception
{
    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public WasmResourceLimitException(string message)
        : base(message)
    {
    }
}

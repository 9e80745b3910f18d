namespace WasmSharp.Wasi;

/// <summary>
/// Carries an errno out of helper code to the WASI entry point that returns it; never escapes
/// to the embedder.
/// </summary>
internal sealed class WasiErrnoException : Exception
{
    public WasiErrnoException(Errno errno)
        : base(errno.ToString())
    {
        Errno = errno;
    }

    public Errno Errno { get; }
}

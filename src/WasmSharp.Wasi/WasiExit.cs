namespace WasmSharp.Wasi;

/// <summary>
/// Thrown out of a guest call when the guest calls <c>proc_exit</c> (or is ended by
/// <c>proc_raise</c>): a normal end of the program with an exit status, not a trap. Mirrors
/// Wasmtime's <c>wasmtime_wasi::I32Exit</c>; catch it around the call to <c>_start</c> and read
/// <see cref="Code"/>.
/// </summary>
public sealed class WasiExit : Exception
{
    /// <summary>Creates an exit with the given status.</summary>
    /// <param name="code">The status the guest passed to <c>proc_exit</c>.</param>
    public WasiExit(int code)
        : base($"guest exited with status {code}")
    {
        Code = code;
    }

    /// <summary>The exit status (<c>proc_exit</c>'s <c>rval</c>, or 128 + signal number after
    /// <c>proc_raise</c>, as a POSIX shell reports a signal death).</summary>
    public int Code { get; }
}

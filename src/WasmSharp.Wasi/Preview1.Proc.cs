namespace WasmSharp.Wasi;

internal static partial class Preview1
{
    /// <summary><c>proc_exit(rval)</c>: ends the guest by throwing <see cref="WasiExit"/>; never returns.</summary>
    public static void ProcExit(WasiContext ctx, int code) => throw new WasiExit(code);

    /// <summary>
    /// <c>proc_raise(signal)</c>: delivers a signal to the guest itself with its POSIX default
    /// action. Signals that are ignored by default (and <c>none</c>) succeed; stop signals cannot be
    /// honoured by an embedded guest (<c>notsup</c>); every other signal terminates it with
    /// status 128 + the witx signal number, as a shell reports a signal death.
    /// </summary>
    public static Errno ProcRaise(WasiContext ctx, int signal)
    {
        switch (WasiArgs.Enum("proc_raise", "Signal", signal, 8, 31))
        {
            case 0: // none
            case 16: // chld
            case 17: // cont
            case 22: // urg
            case 27: // winch
                return Errno.Success;
            case 18: // stop
            case 19: // tstp
            case 20: // ttin
            case 21: // ttou
                return Errno.Notsup;
            default:
                throw new WasiExit(128 + (signal & 0xFF));
        }
    }
}

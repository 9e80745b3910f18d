namespace WasmSharp.Wasi;

internal static partial class Preview1
{
    /// <summary>
    /// <c>proc_exit(rval)</c>: ends the guest by throwing <see cref="WasiExit"/>; never returns.
    /// A status of 126 or more (shells reserve them for "not executable", "not found" and signal
    /// deaths) is refused with a trap, as wasmtime-wasi's <c>proc_exit</c> does; the <c>u32</c>
    /// status is the <c>i32</c> reinterpreted, so a negative one is such a status too.
    /// </summary>
    public static void ProcExit(WasiContext ctx, int code)
    {
        if ((uint)code >= 126)
        {
            throw new Trap(TrapCode.HostError, "exit with invalid exit status outside of [0..126)");
        }

        throw new WasiExit(code);
    }

    /// <summary>
    /// <c>proc_raise(signal)</c>: <c>notsup</c> once the signal decodes, as in wasmtime-wasi
    /// (preview 2 has no signals): an embedded guest is never killed or stopped by a signal it
    /// raises itself.
    /// </summary>
    public static Errno ProcRaise(WasiContext ctx, int signal)
    {
        WasiArgs.Enum("proc_raise", "Signal", signal, 8, 31);
        return Errno.Notsup;
    }
}

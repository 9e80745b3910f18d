namespace WasmSharp.Wasi;

internal static partial class Preview1
{
    /// <summary><c>sched_yield()</c>: gives up the rest of the host thread's time slice.</summary>
    public static Errno SchedYield(WasiContext ctx)
    {
        Thread.Yield();
        return Errno.Success;
    }
}

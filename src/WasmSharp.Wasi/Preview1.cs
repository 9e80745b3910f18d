namespace WasmSharp.Wasi;

/// <summary>
/// The 46 functions of <c>wasi_snapshot_preview1</c> as plain C# methods over a
/// <see cref="WasiContext"/> and the guest's memory, split into one file per function family.
/// Each returns the witx <c>errno</c>; what is not a WASI condition escapes: <see cref="WasiExit"/>,
/// <see cref="Trap"/>s for bad guest pointers and arguments (see <see cref="GuestTraps"/>), and host
/// exceptions, which the linker glue wraps in a trap.
/// </summary>
internal static partial class Preview1
{
    /// <summary>The import module name every function is defined under.</summary>
    public const string ModuleName = "wasi_snapshot_preview1";

    private static void Check(Errno errno)
    {
        if (errno != Errno.Success)
        {
            throw new WasiErrnoException(errno);
        }
    }
}

namespace WasmSharp.Wasi;

/// <summary>
/// The 46 functions of <c>wasi_snapshot_preview1</c> as plain C# methods over a
/// <see cref="WasiContext"/> and the guest's memory, split into one file per function family.
/// Each returns the witx <c>errno</c>; host failures never escape except <see cref="WasiExit"/>.
/// </summary>
internal static partial class Preview1
{
    /// <summary>The import module name every function is defined under.</summary>
    public const string ModuleName = "wasi_snapshot_preview1";

    private static Errno Fail(Exception exception) => ErrnoMapper.FromException(exception);

    private static void Check(Errno errno)
    {
        if (errno != Errno.Success)
        {
            throw new WasiErrnoException(errno);
        }
    }
}

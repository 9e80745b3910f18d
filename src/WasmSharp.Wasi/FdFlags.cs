namespace WasmSharp.Wasi;

/// <summary>The <c>$fdflags</c> flags of typenames.witx (u16).</summary>
[Flags]
internal enum FdFlags : ushort
{
    None = 0,
    Append = 1,
    Dsync = 2,
    Nonblock = 4,
    Rsync = 8,
    Sync = 16,
    All = 31,
}

namespace WasmSharp.Wasi;

/// <summary>
/// What a guest may do with files under a preopened directory, like Wasmtime's
/// <c>wasmtime_wasi::FilePerms</c>.
/// </summary>
[Flags]
public enum WasiFilePerms
{
    /// <summary>Files cannot be opened for reading or writing.</summary>
    None = 0,

    /// <summary>Files may be opened for reading.</summary>
    Read = 1,

    /// <summary>Files may be opened for writing, truncated and resized.</summary>
    Write = 2,

    /// <summary>Both <see cref="Read"/> and <see cref="Write"/>.</summary>
    All = Read | Write,
}

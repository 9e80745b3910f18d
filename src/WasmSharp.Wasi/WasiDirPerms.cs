namespace WasmSharp.Wasi;

/// <summary>
/// What a guest may do with a preopened directory tree, like Wasmtime's
/// <c>wasmtime_wasi::DirPerms</c>.
/// </summary>
[Flags]
public enum WasiDirPerms
{
    /// <summary>No access: even listing fails.</summary>
    None = 0,

    /// <summary>List directories and look up entries.</summary>
    Read = 1,

    /// <summary>Create, rename and remove entries.</summary>
    Mutate = 2,

    /// <summary>Both <see cref="Read"/> and <see cref="Mutate"/>.</summary>
    All = Read | Mutate,
}

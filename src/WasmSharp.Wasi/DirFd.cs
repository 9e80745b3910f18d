namespace WasmSharp.Wasi;

/// <summary>
/// An open directory: a capability for the tree below <see cref="HostPath"/>. Paths resolved
/// through it never leave that tree, whichever way they are spelt.
/// </summary>
internal sealed class DirFd : FdEntry
{
    public DirFd(string hostPath, string? preopenPath, WasiDirPerms dirPerms, WasiFilePerms filePerms, Rights rightsBase, Rights rightsInheriting)
        : base(rightsBase, rightsInheriting)
    {
        HostPath = hostPath;
        PreopenPath = preopenPath;
        DirPerms = dirPerms;
        FilePerms = filePerms;
    }

    /// <summary>Absolute host path with symlinks resolved, so that prefix checks are exact.</summary>
    public string HostPath { get; }

    /// <summary>The guest name for <c>fd_prestat_dir_name</c>; null for directories opened later.</summary>
    public string? PreopenPath { get; }

    public WasiDirPerms DirPerms { get; }

    public WasiFilePerms FilePerms { get; }

    public override WasiFileType FileType => WasiFileType.Directory;

    /// <summary>Creating, renaming or removing entries needs <see cref="WasiDirPerms.Mutate"/>;
    /// Wasmtime reports its absence as <c>perm</c>.</summary>
    public void RequireMutate()
    {
        if ((DirPerms & WasiDirPerms.Mutate) == 0)
        {
            throw new WasiErrnoException(Errno.Perm);
        }
    }
}

namespace WasmSharp.Wasi;

/// <summary>
/// One slot of the guest's descriptor table: what the fd refers to plus the WASI rights and
/// flags attached to it. Rights only ever shrink (<c>fd_fdstat_set_rights</c>).
/// </summary>
internal abstract class FdEntry : IDisposable
{
    protected FdEntry(Rights rightsBase, Rights rightsInheriting)
    {
        RightsBase = rightsBase;
        RightsInheriting = rightsInheriting;
    }

    public Rights RightsBase { get; set; }

    public Rights RightsInheriting { get; set; }

    public FdFlags Flags { get; set; }

    public abstract WasiFileType FileType { get; }

    /// <summary>Fails with <c>notcapable</c> unless every right in <paramref name="required"/> is held.</summary>
    public void Require(Rights required)
    {
        if ((RightsBase & required) != required)
        {
            throw new WasiErrnoException(Errno.Notcapable);
        }
    }

    public virtual void Dispose()
    {
    }
}

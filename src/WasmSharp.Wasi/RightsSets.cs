namespace WasmSharp.Wasi;

/// <summary>The rights each kind of descriptor can carry at most, as wasi-common grants them.</summary>
internal static class RightsSets
{
    public const Rights RegularFileBase = Rights.FdDatasync | Rights.FdRead | Rights.FdSeek
        | Rights.FdFdstatSetFlags | Rights.FdSync | Rights.FdTell | Rights.FdWrite | Rights.FdAdvise
        | Rights.FdAllocate | Rights.FdFilestatGet | Rights.FdFilestatSetSize
        | Rights.FdFilestatSetTimes | Rights.PollFdReadwrite;

    public const Rights DirectoryBase = Rights.FdFdstatSetFlags | Rights.FdSync | Rights.FdDatasync
        | Rights.PathCreateDirectory | Rights.PathCreateFile | Rights.PathLinkSource
        | Rights.PathLinkTarget | Rights.PathOpen | Rights.FdReaddir | Rights.PathReadlink
        | Rights.PathRenameSource | Rights.PathRenameTarget | Rights.PathFilestatGet
        | Rights.PathFilestatSetSize | Rights.PathFilestatSetTimes | Rights.FdFilestatGet
        | Rights.FdFilestatSetTimes | Rights.PathSymlink | Rights.PathRemoveDirectory
        | Rights.PathUnlinkFile;

    public const Rights DirectoryInheriting = DirectoryBase | RegularFileBase;

    /// <summary>stdio: no seek or tell, which is how wasi-libc's <c>isatty</c> recognises a tty.</summary>
    public const Rights StdioBase = Rights.FdRead | Rights.FdWrite | Rights.FdFdstatSetFlags
        | Rights.FdFilestatGet | Rights.PollFdReadwrite | Rights.FdSync | Rights.FdDatasync;

    public const Rights SocketBase = Rights.FdRead | Rights.FdWrite | Rights.FdFdstatSetFlags
        | Rights.FdFilestatGet | Rights.PollFdReadwrite | Rights.SockShutdown | Rights.SockAccept;

    /// <summary>Rights that need the file opened for writing.</summary>
    public const Rights FileWriteRights = Rights.FdWrite | Rights.FdAllocate | Rights.FdFilestatSetSize
        | Rights.FdDatasync | Rights.FdSync;
}

using Microsoft.Win32.SafeHandles;

namespace WasmSharp.Wasi;

/// <summary>
/// An open regular file. The position is kept here and every transfer goes through
/// <see cref="RandomAccess"/>, so <c>fd_pread</c>/<c>fd_pwrite</c> never disturb it.
/// </summary>
internal sealed class FileFd : FdEntry
{
    public FileFd(SafeFileHandle handle, string hostPath, bool readable, bool writable, Rights rightsBase, Rights rightsInheriting)
        : base(rightsBase, rightsInheriting)
    {
        Handle = handle;
        HostPath = hostPath;
        Readable = readable;
        Writable = writable;
    }

    public SafeFileHandle Handle { get; }

    public string HostPath { get; }

    public bool Readable { get; }

    public bool Writable { get; }

    public long Position { get; set; }

    public override WasiFileType FileType => WasiFileType.RegularFile;

    public override void Dispose() => Handle.Dispose();
}

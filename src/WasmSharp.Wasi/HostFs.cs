namespace WasmSharp.Wasi;

/// <summary>
/// Namespace operations on host paths with POSIX errno results. On Linux they go straight to
/// libc (exact errno, trailing-slash and replace-on-rename semantics that .NET's File and
/// Directory APIs hide); elsewhere they fall back to the nearest .NET API.
/// </summary>
internal static class HostFs
{
    /// <summary>The type of the entry at <paramref name="path"/> without following a final symlink,
    /// or null when there is none.</summary>
    public static WasiFileType? LinkType(string path)
    {
        if (Native.IsAvailable)
        {
            return Native.StatPath(path, follow: false, out Native.Stat stat) == Errno.Success ? stat.FileType : null;
        }

        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            return WasiFileType.SymbolicLink;
        }

        if (Directory.Exists(path))
        {
            return WasiFileType.Directory;
        }

        return File.Exists(path) ? WasiFileType.RegularFile : null;
    }

    /// <summary>The target text of a symlink, or null when <paramref name="path"/> is not one.</summary>
    public static string? ReadLink(string path) => new FileInfo(path).LinkTarget;

    /// <summary>Fills a WASI filestat for a host path.</summary>
    public static Errno Stat(string path, bool follow, out Native.Stat stat)
    {
        if (Native.IsAvailable)
        {
            return Native.StatPath(path, follow, out stat);
        }

        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (follow && info.LinkTarget is not null)
        {
            info = info.ResolveLinkTarget(true) ?? info;
        }

        if (!info.Exists && info.LinkTarget is null)
        {
            stat = default;
            return Errno.Noent;
        }

        stat = FromInfo(info);
        return Errno.Success;
    }

    /// <summary>A stat made of what .NET reports, for hosts without <see cref="Native"/>: no device
    /// or inode numbers and one link per file.</summary>
    public static Native.Stat FromInfo(FileSystemInfo info)
    {
        uint mode = info.LinkTarget is not null ? 0xA000u : info is DirectoryInfo ? 0x4000u : 0x8000u;
        long size = info is FileInfo file && info.LinkTarget is null ? file.Length : 0;
        return new Native.Stat(0, (ulong)info.FullName.GetHashCode(), mode, 1, size,
            ToNs(info.LastAccessTimeUtc), ToNs(info.LastWriteTimeUtc), ToNs(info.LastWriteTimeUtc));
    }

    public static long ToNs(DateTime utc) => (utc.Ticks - DateTime.UnixEpoch.Ticks) * 100;

    public static Errno Mkdir(string path)
    {
        if (Native.IsAvailable)
        {
            return Native.Mkdir(path);
        }

        if (LinkType(path) is not null)
        {
            return Errno.Exist;
        }

        Directory.CreateDirectory(path);
        return Errno.Success;
    }

    public static Errno Rmdir(string path)
    {
        if (Native.IsAvailable)
        {
            return Native.Rmdir(path);
        }

        WasiFileType? type = LinkType(path);
        if (type is null)
        {
            return Errno.Noent;
        }

        if (type != WasiFileType.Directory)
        {
            return Errno.Notdir;
        }

        if (Directory.EnumerateFileSystemEntries(path).Any())
        {
            return Errno.Notempty;
        }

        Directory.Delete(path);
        return Errno.Success;
    }

    public static Errno Unlink(string path)
    {
        if (Native.IsAvailable)
        {
            return Native.Unlink(path);
        }

        WasiFileType? type = LinkType(path);
        if (type is null)
        {
            return Errno.Noent;
        }

        if (type == WasiFileType.Directory)
        {
            return Errno.Isdir;
        }

        File.Delete(path);
        return Errno.Success;
    }

    public static Errno Symlink(string target, string linkPath)
    {
        if (Native.IsAvailable)
        {
            return Native.Symlink(target, linkPath);
        }

        if (LinkType(linkPath) is not null)
        {
            return Errno.Exist;
        }

        File.CreateSymbolicLink(linkPath, target);
        return Errno.Success;
    }

    public static Errno Rename(string from, string to)
    {
        if (Native.IsAvailable)
        {
            return Native.Rename(from, to);
        }

        WasiFileType? type = LinkType(from);
        if (type is null)
        {
            return Errno.Noent;
        }

        if (type == WasiFileType.Directory)
        {
            if (LinkType(to) == WasiFileType.Directory && !Directory.EnumerateFileSystemEntries(to).Any())
            {
                Directory.Delete(to);
            }

            Directory.Move(from, to);
        }
        else
        {
            File.Move(from, to, overwrite: true);
        }

        return Errno.Success;
    }

    public static Errno Link(string from, string to)
    {
        if (Native.IsAvailable)
        {
            return Native.Link(from, to);
        }

        // Hard links have no .NET API; a copy is the closest portable behaviour.
        if (LinkType(to) is not null)
        {
            return Errno.Exist;
        }

        File.Copy(from, to);
        return Errno.Success;
    }
}

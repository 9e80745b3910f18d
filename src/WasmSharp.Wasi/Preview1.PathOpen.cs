using Microsoft.Win32.SafeHandles;

namespace WasmSharp.Wasi;

internal static partial class Preview1
{
    /// <summary>
    /// <c>path_open(fd, dirflags, path, oflags, fs_rights_base, fs_rights_inheriting, fdflags) -> fd</c>.
    /// The new descriptor's rights are the requested ones cut down to what <paramref name="fd"/> may
    /// pass on (wasi-libc asks for everything and expects the cut); whether the file is opened for
    /// reading and/or writing follows from them. Creating needs <c>path_create_file</c>, truncating
    /// <c>path_filestat_set_size</c> on the directory. The order of the checks is wasmtime-wasi's:
    /// the path is read first (hostcall fuel, bounds, UTF-8), then the directory is looked up
    /// (a file is <c>notdir</c>, anything else <c>badf</c>), then the sync fdflags, which
    /// Wasmtime cannot honour, are refused with <c>notsup</c> before anything is opened, created
    /// or truncated.
    /// </summary>
    public static Errno PathOpen(WasiContext ctx, IGuestMemory mem, int fd, int dirFlags, int path, int pathLen,
        int oflags, long rightsBase, long rightsInheriting, int fdFlags, int openedFdPtr)
    {
        const string Function = "path_open";
        dirFlags = LookupFlags(Function, dirFlags);
        var open = (OFlags)WasiArgs.Flags(Function, "Oflags", oflags, 16, (int)OFlags.All);
        Rights requestedBaseArg = WasiArgs.Rights(Function, rightsBase);
        Rights requestedInheritingArg = WasiArgs.Rights(Function, rightsInheriting);
        var flags = (FdFlags)FdFlagsArg(Function, fdFlags);
        try
        {
            var fuel = new HostcallFuel();
            string pathText = Guest.ReadString(mem, path, pathLen, ref fuel);

            // wasmtime-wasi's path_open: a file as the directory is `notdir`, stdio (and anything
            // else that is not a directory) `badf`.
            if (ctx.Fds.Get(fd) is FileFd)
            {
                return Errno.Notdir;
            }

            DirFd dir = GetDir(ctx, fd, Rights.PathOpen);
            if ((flags & (FdFlags.Sync | FdFlags.Dsync | FdFlags.Rsync)) != 0)
            {
                // Preview 2's open-at refuses the sync descriptor flags (`unsupported`).
                return Errno.Notsup;
            }

            if ((open & OFlags.Creat) != 0)
            {
                dir.Require(Rights.PathCreateFile);
            }

            if ((open & OFlags.Trunc) != 0)
            {
                dir.Require(Rights.PathFilestatSetSize);
            }

            Rights requestedBase = requestedBaseArg & dir.RightsInheriting;
            Rights requestedInheriting = requestedInheritingArg & dir.RightsInheriting;
            bool follow = (dirFlags & LookupSymlinkFollow) != 0;
            ResolvedPath resolved = PathResolver.Resolve(dir, pathText, follow);
            string hostPath = resolved.PlainHostPath;
            WasiFileType? type = HostFs.LinkType(hostPath);
            bool create = (open & OFlags.Creat) != 0;
            if (create && (open & OFlags.Directory) != 0)
            {
                return Errno.Inval;
            }

            if (create && resolved.TrailingSlash)
            {
                // Linux's open(2) refuses O_CREAT on a name ending in '/' (EISDIR) whether or not it exists.
                return Errno.Isdir;
            }

            if (type is null)
            {
                if (!create)
                {
                    return Errno.Noent;
                }

                if (resolved.TrailingSlash)
                {
                    return Errno.Isdir;
                }

                dir.RequireMutate();
            }
            else
            {
                if (create && (open & OFlags.Excl) != 0)
                {
                    return Errno.Exist;
                }

                if (type == WasiFileType.SymbolicLink)
                {
                    // Only reached without symlink_follow: O_NOFOLLOW semantics.
                    return Errno.Loop;
                }

                if (type == WasiFileType.Directory)
                {
                    return OpenDirectory(ctx, mem, dir, hostPath, requestedBase, requestedInheriting, open, flags, openedFdPtr);
                }

                if ((open & OFlags.Directory) != 0 || resolved.TrailingSlash)
                {
                    return Errno.Notdir;
                }
            }

            bool write = (requestedBase & RightsSets.FileWriteRights & ~(Rights.FdSync | Rights.FdDatasync)) != 0
                || (open & OFlags.Trunc) != 0
                || (flags & FdFlags.Append) != 0;
            bool read = (requestedBase & (Rights.FdRead | Rights.FdReaddir)) != 0 || !write;
            if ((write && (dir.FilePerms & WasiFilePerms.Write) == 0) || (read && (dir.FilePerms & WasiFilePerms.Read) == 0))
            {
                return Errno.Perm;
            }

            if (write && (open & (OFlags.Creat | OFlags.Trunc)) != 0)
            {
                dir.RequireMutate();
            }

            FileMode mode = (open & (OFlags.Creat | OFlags.Excl | OFlags.Trunc)) switch
            {
                var o when (o & OFlags.Creat) != 0 && (o & OFlags.Excl) != 0 => FileMode.CreateNew,
                var o when (o & OFlags.Creat) != 0 && (o & OFlags.Trunc) != 0 => FileMode.Create,
                var o when (o & OFlags.Creat) != 0 => FileMode.OpenOrCreate,
                var o when (o & OFlags.Trunc) != 0 => FileMode.Truncate,
                _ => FileMode.Open,
            };
            FileAccess access = read && write ? FileAccess.ReadWrite : write ? FileAccess.Write : FileAccess.Read;
            if (mode != FileMode.Open && mode != FileMode.OpenOrCreate && !write)
            {
                access = FileAccess.ReadWrite;
            }

            SafeFileHandle handle = File.OpenHandle(hostPath, mode, access, FileShare.ReadWrite | FileShare.Delete);
            var file = new FileFd(handle, hostPath, read, write,
                requestedBase & RightsSets.RegularFileBase, requestedInheriting)
            {
                Flags = flags,
            };
            Guest.WriteU32(mem, openedFdPtr, (uint)ctx.Fds.Insert(file));
            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    private static Errno OpenDirectory(WasiContext ctx, IGuestMemory mem, DirFd parent, string hostPath, Rights requestedBase,
        Rights requestedInheriting, OFlags open, FdFlags flags, int openedFdPtr)
    {
        if ((open & OFlags.Trunc) != 0 || (requestedBase & Rights.FdWrite) != 0 || (flags & FdFlags.Append) != 0)
        {
            return Errno.Isdir;
        }

        var child = new DirFd(hostPath, null, parent.DirPerms, parent.FilePerms,
            requestedBase & RightsSets.DirectoryBase, requestedInheriting)
        {
            Flags = flags,
        };
        Guest.WriteU32(mem, openedFdPtr, (uint)ctx.Fds.Insert(child));
        return Errno.Success;
    }
}

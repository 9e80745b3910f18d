using System.Text;

namespace WasmSharp.Wasi;

internal static partial class Preview1
{
    private const int LookupSymlinkFollow = 1;

    /// <summary><c>path_create_directory(fd, path)</c>.</summary>
    public static Errno PathCreateDirectory(WasiContext ctx, IGuestMemory mem, int fd, int path, int pathLen)
    {
        try
        {
            var fuel = new HostcallFuel();
            DirFd dir = GetDir(ctx, fd, Rights.PathCreateDirectory);
            ResolvedPath resolved = PathResolver.Resolve(dir, Guest.ReadString(mem, path, pathLen, ref fuel), followFinal: false);
            dir.RequireMutate();
            return HostFs.Mkdir(resolved.HostPath);
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary><c>path_filestat_get(fd, flags, path) -> filestat</c>.</summary>
    public static Errno PathFilestatGet(WasiContext ctx, IGuestMemory mem, int fd, int flags, int path, int pathLen, int statPtr)
    {
        flags = LookupFlags("path_filestat_get", flags);
        try
        {
            var fuel = new HostcallFuel();
            DirFd dir = GetDir(ctx, fd, Rights.PathFilestatGet);
            bool follow = (flags & LookupSymlinkFollow) != 0;
            ResolvedPath resolved = PathResolver.Resolve(dir, Guest.ReadString(mem, path, pathLen, ref fuel), follow);
            Check(HostFs.Stat(resolved.HostPath, follow: false, out Native.Stat stat));
            WriteFilestat(mem, statPtr, stat, stat.FileType);
            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary><c>path_filestat_set_times(fd, flags, path, atim, mtim, fstflags)</c>.</summary>
    public static Errno PathFilestatSetTimes(WasiContext ctx, IGuestMemory mem, int fd, int flags, int path, int pathLen, long atim, long mtim, int fstFlags)
    {
        flags = LookupFlags("path_filestat_set_times", flags);
        fstFlags = FstFlagsArg("path_filestat_set_times", fstFlags);
        try
        {
            if (ConflictingTimes(fstFlags))
            {
                // wasmtime-wasi's systimespec runs before the directory is looked up.
                return Errno.Inval;
            }

            var fuel = new HostcallFuel();
            DirFd dir = GetDir(ctx, fd, Rights.PathFilestatSetTimes);
            bool follow = (flags & LookupSymlinkFollow) != 0;
            ResolvedPath resolved = PathResolver.Resolve(dir, Guest.ReadString(mem, path, pathLen, ref fuel), follow);
            dir.RequireMutate();
            return SetTimes(resolved.HostPath, null, atim, mtim, fstFlags, follow: false);
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary><c>path_link(old_fd, old_flags, old_path, new_fd, new_path)</c>: a hard link, both ends in sandboxes.</summary>
    public static Errno PathLink(WasiContext ctx, IGuestMemory mem, int oldFd, int oldFlags, int oldPath, int oldPathLen, int newFd, int newPath, int newPathLen)
    {
        oldFlags = LookupFlags("path_link", oldFlags);
        try
        {
            var fuel = new HostcallFuel();
            DirFd oldDir = GetDir(ctx, oldFd, Rights.PathLinkSource);
            DirFd newDir = GetDir(ctx, newFd, Rights.PathLinkTarget);
            bool follow = (oldFlags & LookupSymlinkFollow) != 0;
            string fromText = Guest.ReadString(mem, oldPath, oldPathLen, ref fuel);
            string toText = Guest.ReadString(mem, newPath, newPathLen, ref fuel);
            if (follow)
            {
                // Preview 2's link-at refuses symlink_follow (`invalid`) before any lookup, as Wasmtime does.
                return Errno.Inval;
            }

            ResolvedPath from = PathResolver.Resolve(oldDir, fromText, follow);
            ResolvedPath to = PathResolver.Resolve(newDir, toText, followFinal: false);
            newDir.RequireMutate();
            return HostFs.Link(from.HostPath, to.HostPath);
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary>
    /// <c>path_readlink(fd, path, buf, buf_len) -> size</c>: the target text, cut at <c>buf_len</c>.
    /// An absolute target is refused with <c>perm</c> rather than shown: cap-std's <c>read_link</c>
    /// (cap-primitives/src/fs/read_link.rs) returns <c>escape_attempt()</c>, a
    /// <c>PermissionDenied</c> error that wasmtime-wasi maps to <c>ErrorCode::NotPermitted</c>, so
    /// the guest never learns host paths.
    /// </summary>
    public static Errno PathReadlink(WasiContext ctx, IGuestMemory mem, int fd, int path, int pathLen, int buf, int bufLen, int bufusedPtr)
    {
        try
        {
            var fuel = new HostcallFuel();
            DirFd dir = GetDir(ctx, fd, Rights.PathReadlink);
            ResolvedPath resolved = PathResolver.Resolve(dir, Guest.ReadString(mem, path, pathLen, ref fuel), followFinal: false);
            WasiFileType? type = HostFs.LinkType(resolved.PlainHostPath);
            if (type is null)
            {
                return Errno.Noent;
            }

            if (resolved.TrailingSlash && type != WasiFileType.Directory)
            {
                // readlinkat("file/") fails in the lookup (ENOTDIR) before the kind is looked at.
                return Errno.Notdir;
            }

            if (type != WasiFileType.SymbolicLink)
            {
                return Errno.Inval;
            }

            string text = HostFs.ReadLink(resolved.PlainHostPath) ?? string.Empty;
            if (Path.IsPathRooted(text))
            {
                return Errno.Perm;
            }

            byte[] target = Encoding.UTF8.GetBytes(text);
            int n = Math.Min(target.Length, (int)Math.Min((uint)bufLen, int.MaxValue));
            target.AsSpan(0, n).CopyTo(Guest.Slice(mem, buf, n));
            Guest.WriteU32(mem, bufusedPtr, (uint)n);
            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary><c>path_remove_directory(fd, path)</c>: the directory must be empty.</summary>
    public static Errno PathRemoveDirectory(WasiContext ctx, IGuestMemory mem, int fd, int path, int pathLen)
    {
        try
        {
            var fuel = new HostcallFuel();
            DirFd dir = GetDir(ctx, fd, Rights.PathRemoveDirectory);
            ResolvedPath resolved = PathResolver.Resolve(dir, Guest.ReadString(mem, path, pathLen, ref fuel), followFinal: false);
            dir.RequireMutate();
            return HostFs.Rmdir(resolved.HostPath);
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary><c>path_rename(fd, old_path, new_fd, new_path)</c>: POSIX rename, replacing the target.</summary>
    public static Errno PathRename(WasiContext ctx, IGuestMemory mem, int fd, int oldPath, int oldPathLen, int newFd, int newPath, int newPathLen)
    {
        try
        {
            var fuel = new HostcallFuel();
            DirFd oldDir = GetDir(ctx, fd, Rights.PathRenameSource);
            DirFd newDir = GetDir(ctx, newFd, Rights.PathRenameTarget);
            string fromText = Guest.ReadString(mem, oldPath, oldPathLen, ref fuel);
            string toText = Guest.ReadString(mem, newPath, newPathLen, ref fuel);
            ResolvedPath from = PathResolver.Resolve(oldDir, fromText, followFinal: false);
            ResolvedPath to = PathResolver.Resolve(newDir, toText, followFinal: false);
            oldDir.RequireMutate();
            newDir.RequireMutate();
            return HostFs.Rename(from.HostPath, to.HostPath);
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary>
    /// <c>path_symlink(old_path, fd, new_path)</c>. The link text is stored as given, but an
    /// absolute target is refused (<c>perm</c>): it could never be followed inside the sandbox.
    /// Relative targets that climb out are allowed to exist and are refused when followed.
    /// </summary>
    public static Errno PathSymlink(WasiContext ctx, IGuestMemory mem, int oldPath, int oldPathLen, int fd, int newPath, int newPathLen)
    {
        try
        {
            var fuel = new HostcallFuel();
            DirFd dir = GetDir(ctx, fd, Rights.PathSymlink);
            string target = Guest.ReadString(mem, oldPath, oldPathLen, ref fuel);
            string linkPath = Guest.ReadString(mem, newPath, newPathLen, ref fuel);
            if (target.StartsWith('/'))
            {
                return Errno.Perm;
            }

            // The link's parent is resolved before the target becomes a C string, so a bad link
            // path (`notdir`, `noent`) is reported before a NUL in the target.
            ResolvedPath link = PathResolver.Resolve(dir, linkPath, followFinal: false);
            if (target.Contains('\0'))
            {
                // rustix turns a path with an interior NUL into EINVAL before the system call.
                return Errno.Inval;
            }

            dir.RequireMutate();
            return HostFs.Symlink(target, link.HostPath);
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary><c>path_unlink_file(fd, path)</c>: removes a file or symlink, never a directory.</summary>
    public static Errno PathUnlinkFile(WasiContext ctx, IGuestMemory mem, int fd, int path, int pathLen)
    {
        try
        {
            DirFd dir = GetDir(ctx, fd, Rights.PathUnlinkFile);
            ResolvedPath resolved = PathResolver.Resolve(dir, Guest.ReadString(mem, path, pathLen), followFinal: false);
            dir.RequireMutate();
            return HostFs.Unlink(resolved.HostPath);
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary>
    /// The directory behind <paramref name="fd"/>: <c>badf</c> when there is none or it is not a
    /// directory (wasmtime-wasi's <c>Transaction::get_dir_fd</c>: stdio, files and sockets alike),
    /// then <c>notcapable</c> without <paramref name="required"/>.
    /// </summary>
    private static DirFd GetDir(WasiContext ctx, int fd, Rights required)
    {
        if (ctx.Fds.Get(fd) is not DirFd dir)
        {
            throw new WasiErrnoException(Errno.Badf);
        }

        dir.Require(required);
        return dir;
    }

    /// <summary>A <c>lookupflags</c> argument (<c>u32</c>, one flag: <c>symlink_follow</c>).</summary>
    private static int LookupFlags(string function, int flags) =>
        WasiArgs.Flags(function, "Lookupflags", flags, 32, LookupSymlinkFollow);

    /// <summary>An <c>fstflags</c> argument (<c>u16</c>, four flags).</summary>
    private static int FstFlagsArg(string function, int flags) =>
        WasiArgs.Flags(function, "Fstflags", flags, 16, (int)FstFlags.All);
}

namespace WasmSharp.Wasi;

internal static partial class Preview1
{
    /// <summary><c>fd_advise(fd, offset, len, advice)</c>: validated, then accepted as the hint it is.</summary>
    public static Errno FdAdvise(WasiContext ctx, int fd, long offset, long len, int advice)
    {
        WasiArgs.Enum("fd_advise", "Advice", advice, 8, 6);
        try
        {
            FileFd file = GetFile(ctx, fd, Rights.FdAdvise);
            if (offset < 0 || len < 0)
            {
                return Errno.Inval;
            }

            GC.KeepAlive(file);
            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary><c>fd_allocate(fd, offset, len)</c>: makes the file at least <c>offset + len</c> bytes long.</summary>
    public static Errno FdAllocate(WasiContext ctx, int fd, long offset, long len)
    {
        try
        {
            FileFd file = GetFile(ctx, fd, Rights.FdAllocate);
            if (offset < 0 || len < 0 || offset > long.MaxValue - len)
            {
                return Errno.Inval;
            }

            RequireWritable(file);
            if (RandomAccess.GetLength(file.Handle) < offset + len)
            {
                RandomAccess.SetLength(file.Handle, offset + len);
            }

            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary><c>fd_close(fd)</c>: preopens may be closed too, as in Wasmtime.</summary>
    public static Errno FdClose(WasiContext ctx, int fd)
    {
        try
        {
            ctx.Fds.Close(fd);
            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary><c>fd_datasync(fd)</c>: fdatasync. Only regular files: stdio and directories are
    /// <c>badf</c> (wasmtime-wasi's <c>get_file_fd</c>).</summary>
    public static Errno FdDatasync(WasiContext ctx, int fd) => Sync(ctx, fd, Rights.FdDatasync, dataOnly: true);

    /// <summary><c>fd_sync(fd)</c>: fsync, regular files only, as <c>fd_datasync</c>.</summary>
    public static Errno FdSync(WasiContext ctx, int fd) => Sync(ctx, fd, Rights.FdSync, dataOnly: false);

    private static Errno Sync(WasiContext ctx, int fd, Rights right, bool dataOnly)
    {
        try
        {
            FileFd file = GetFile(ctx, fd, right);
            return Native.IsAvailable ? Native.Fsync((int)file.Handle.DangerousGetHandle(), dataOnly) : Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary><c>fd_fdstat_get(fd) -> fdstat</c> (24 bytes: filetype u8, flags u16 at 2, rights at 8 and 16).</summary>
    public static Errno FdFdstatGet(WasiContext ctx, IGuestMemory mem, int fd, int statPtr)
    {
        try
        {
            FdEntry entry = ctx.Fds.Get(fd);
            Span<byte> stat = Guest.Slice(mem, statPtr, 24);
            stat.Clear();
            stat[0] = (byte)entry.FileType;
            Guest.WriteU16(mem, statPtr + 2, (ushort)entry.Flags);
            Guest.WriteU64(mem, statPtr + 8, (ulong)entry.RightsBase);
            Guest.WriteU64(mem, statPtr + 16, (ulong)entry.RightsInheriting);
            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary>
    /// <c>fd_fdstat_set_flags(fd, fdflags)</c>: append and nonblock take effect on later calls.
    /// As in wasmtime-wasi, only regular files (and WasmSharp's sockets) have settable flags:
    /// stdio and directories are <c>badf</c>; the sync flags cannot be changed after opening
    /// (<c>inval</c>).
    /// </summary>
    public static Errno FdFdstatSetFlags(WasiContext ctx, int fd, int flags)
    {
        flags = FdFlagsArg("fd_fdstat_set_flags", flags);
        try
        {
            FdEntry entry = ctx.Fds.Get(fd);
            if (entry is not (FileFd or SocketFd))
            {
                return Errno.Badf;
            }

            if ((flags & (int)(FdFlags.Sync | FdFlags.Dsync | FdFlags.Rsync)) != 0)
            {
                return Errno.Inval;
            }

            entry.Require(Rights.FdFdstatSetFlags);
            if (entry is SocketFd socket)
            {
                socket.Socket.Blocking = (flags & (int)FdFlags.Nonblock) == 0;
            }

            // The sync flags chosen at path_open stay.
            entry.Flags = (FdFlags)flags | (entry.Flags & (FdFlags.Sync | FdFlags.Dsync | FdFlags.Rsync));
            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary>
    /// <c>fd_fdstat_set_rights(fd, base, inheriting)</c>: rights can only be dropped (<c>notcapable</c>
    /// when asked for more). A deliberate difference from Wasmtime 50, whose wasmtime-wasi returns
    /// <c>notsup</c> for files and directories: dropping rights is a restriction the guest asks
    /// for and relies on (wasi-testsuite's <c>fd_fdstat_set_rights</c> and
    /// <c>truncation_rights</c> require it); stdio is <c>badf</c>, as in Wasmtime (<c>get_fd</c>).
    /// </summary>
    public static Errno FdFdstatSetRights(WasiContext ctx, int fd, long rightsBase, long rightsInheriting)
    {
        Rights newBase = WasiArgs.Rights("fd_fdstat_set_rights", rightsBase);
        Rights newInheriting = WasiArgs.Rights("fd_fdstat_set_rights", rightsInheriting);
        try
        {
            FdEntry entry = ctx.Fds.Get(fd);
            if (entry is StreamFd)
            {
                return Errno.Badf;
            }

            if ((newBase & ~entry.RightsBase) != 0 || (newInheriting & ~entry.RightsInheriting) != 0)
            {
                return Errno.Notcapable;
            }

            entry.RightsBase = newBase;
            entry.RightsInheriting = newInheriting;
            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary>
    /// <c>fd_filestat_get(fd) -> filestat</c>. For stdio, as Wasmtime: zeros but the file type
    /// (a character device for a terminal, else unknown), not the host's own stat of its stdio.
    /// </summary>
    public static Errno FdFilestatGet(WasiContext ctx, IGuestMemory mem, int fd, int statPtr)
    {
        try
        {
            FdEntry entry = ctx.Fds.Get(fd);
            entry.Require(Rights.FdFilestatGet);
            Native.Stat stat;
            switch (entry)
            {
                case FileFd file:
                    stat = Native.IsAvailable
                        ? StatOrThrow(Native.StatFd((int)file.Handle.DangerousGetHandle(), out Native.Stat s), s)
                        : HostFs.FromInfo(new FileInfo(file.HostPath));
                    break;
                case DirFd dir:
                    Check(HostFs.Stat(dir.HostPath, follow: true, out stat));
                    break;
                default:
                    stat = default;
                    break;
            }

            WriteFilestat(mem, statPtr, stat, entry is FileFd or DirFd ? stat.FileType : entry.FileType);
            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    private static Native.Stat StatOrThrow(Errno errno, Native.Stat stat)
    {
        Check(errno);
        return stat;
    }

    /// <summary>Writes a 64-byte <c>filestat</c>: dev, ino, filetype at 16, nlink, size, atim, mtim, ctim.</summary>
    internal static void WriteFilestat(IGuestMemory mem, int ptr, Native.Stat stat, WasiFileType fileType)
    {
        Span<byte> span = Guest.Slice(mem, ptr, 64);
        span.Clear();
        Guest.WriteU64(mem, ptr, stat.Dev);
        Guest.WriteU64(mem, ptr + 8, stat.Ino);
        span[16] = (byte)fileType;
        Guest.WriteU64(mem, ptr + 24, stat.Nlink);
        Guest.WriteU64(mem, ptr + 32, (ulong)stat.Size);
        Guest.WriteU64(mem, ptr + 40, (ulong)stat.AtimNs);
        Guest.WriteU64(mem, ptr + 48, (ulong)stat.MtimNs);
        Guest.WriteU64(mem, ptr + 56, (ulong)stat.CtimNs);
    }

    /// <summary><c>fd_filestat_set_size(fd, size)</c>: truncates or zero-extends.</summary>
    public static Errno FdFilestatSetSize(WasiContext ctx, int fd, long size)
    {
        try
        {
            FileFd file = GetFile(ctx, fd, Rights.FdFilestatSetSize);
            if (size < 0)
            {
                return Errno.Inval;
            }

            RequireWritable(file);
            RandomAccess.SetLength(file.Handle, size);
            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary><c>fd_filestat_set_times(fd, atim, mtim, fstflags)</c>: a time both given and "now" is
    /// <c>inval</c> before the descriptor is looked up (wasmtime-wasi's <c>systimespec</c> runs
    /// first); stdio is <c>badf</c> (<c>get_fd</c>).</summary>
    public static Errno FdFilestatSetTimes(WasiContext ctx, int fd, long atim, long mtim, int fstFlags)
    {
        fstFlags = FstFlagsArg("fd_filestat_set_times", fstFlags);
        try
        {
            if (ConflictingTimes(fstFlags))
            {
                return Errno.Inval;
            }

            FdEntry entry = ctx.Fds.Get(fd);
            if (entry is not (FileFd or DirFd))
            {
                return Errno.Badf;
            }

            entry.Require(Rights.FdFilestatSetTimes);
            switch (entry)
            {
                case FileFd file:
                    return SetTimes(null, file, atim, mtim, fstFlags, follow: true);
                case DirFd dir:
                    return SetTimes(dir.HostPath, null, atim, mtim, fstFlags, follow: true);
                default:
                    return Errno.Badf;
            }
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary>Shared by the fd and path forms: rejects a time both given and "now" (<c>inval</c>, as
    /// wasmtime-wasi's <c>systimespec</c>) and applies the times.</summary>
    private static Errno SetTimes(string? path, FileFd? file, long atim, long mtim, int fstFlags, bool follow)
    {
        var flags = (FstFlags)fstFlags;
        if (ConflictingTimes(fstFlags))
        {
            return Errno.Inval;
        }

        (long aSec, long aNsec) = TimeSpec(flags, FstFlags.Atim, FstFlags.AtimNow, atim);
        (long mSec, long mNsec) = TimeSpec(flags, FstFlags.Mtim, FstFlags.MtimNow, mtim);
        if (Native.IsAvailable)
        {
            return Native.SetTimes(path, file is null ? -1 : (int)file.Handle.DangerousGetHandle(), follow, aSec, aNsec, mSec, mNsec);
        }

        string target = path ?? file!.HostPath;
        DateTime now = DateTime.UtcNow;
        if ((flags & (FstFlags.Atim | FstFlags.AtimNow)) != 0)
        {
            File.SetLastAccessTimeUtc(target, (flags & FstFlags.AtimNow) != 0 ? now : DateTime.UnixEpoch.AddTicks(atim / 100));
        }

        if ((flags & (FstFlags.Mtim | FstFlags.MtimNow)) != 0)
        {
            File.SetLastWriteTimeUtc(target, (flags & FstFlags.MtimNow) != 0 ? now : DateTime.UnixEpoch.AddTicks(mtim / 100));
        }

        return Errno.Success;
    }

    /// <summary>Whether a time is both given and "now" (<c>systimespec</c>'s <c>inval</c>).</summary>
    private static bool ConflictingTimes(int fstFlags)
    {
        var flags = (FstFlags)fstFlags;
        return (flags & (FstFlags.Atim | FstFlags.AtimNow)) == (FstFlags.Atim | FstFlags.AtimNow)
            || (flags & (FstFlags.Mtim | FstFlags.MtimNow)) == (FstFlags.Mtim | FstFlags.MtimNow);
    }

    private static (long Sec, long Nsec) TimeSpec(FstFlags flags, FstFlags set, FstFlags now, long value)
    {
        if ((flags & now) != 0)
        {
            return (0, Native.UtimeNow);
        }

        if ((flags & set) != 0)
        {
            ulong ns = (ulong)value;
            return ((long)(ns / 1_000_000_000UL), (long)(ns % 1_000_000_000UL));
        }

        return (0, Native.UtimeOmit);
    }

    /// <summary><c>fd_prestat_get(fd) -> prestat</c> (8 bytes: tag u8 = dir, name length u32 at 4).</summary>
    public static Errno FdPrestatGet(WasiContext ctx, IGuestMemory mem, int fd, int prestatPtr)
    {
        try
        {
            if (ctx.Fds.Get(fd) is not DirFd { PreopenPath: { } name })
            {
                return Errno.Badf;
            }

            Guest.Slice(mem, prestatPtr, 8).Clear();
            Guest.WriteU32(mem, prestatPtr + 4, (uint)System.Text.Encoding.UTF8.GetByteCount(name));
            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary><c>fd_prestat_dir_name(fd, path, path_len)</c>: the guest name, not NUL-terminated. An
    /// open descriptor that is not a preopen is <c>notdir</c>, as in wasmtime-wasi (the legacy
    /// implementation's errno); a closed one <c>badf</c>.</summary>
    public static Errno FdPrestatDirName(WasiContext ctx, IGuestMemory mem, int fd, int pathPtr, int pathLen)
    {
        try
        {
            if (ctx.Fds.Get(fd) is not DirFd { PreopenPath: { } name })
            {
                return Errno.Notdir;
            }

            byte[] bytes = System.Text.Encoding.UTF8.GetBytes(name);
            if ((uint)pathLen < (uint)bytes.Length)
            {
                return Errno.Nametoolong;
            }

            bytes.CopyTo(Guest.Slice(mem, pathPtr, bytes.Length));
            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary><c>fd_renumber(fd, to)</c>: moves <c>fd</c> onto <c>to</c>, closing what <c>to</c> held.</summary>
    public static Errno FdRenumber(WasiContext ctx, int fd, int to)
    {
        try
        {
            ctx.Fds.Renumber(fd, to);
            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary><c>fd_seek(fd, offset, whence) -> filesize</c>. Seeking past the end is allowed; before 0 is <c>inval</c>.</summary>
    public static Errno FdSeek(WasiContext ctx, IGuestMemory mem, int fd, long offset, int whence, int newOffsetPtr)
    {
        whence = WasiArgs.Enum("fd_seek", "Whence", whence, 8, 3);
        try
        {
            FdEntry entry = ctx.Fds.Get(fd);
            if (entry is StreamFd or SocketFd)
            {
                return Errno.Spipe;
            }

            // fd_tell is fd_seek(0, cur) in wasi-libc, so either right allows that form.
            bool tellOnly = offset == 0 && whence == 1;
            FileFd file = GetFile(ctx, fd, Rights.None);
            if (tellOnly ? (file.RightsBase & (Rights.FdSeek | Rights.FdTell)) == 0 : (file.RightsBase & Rights.FdSeek) == 0)
            {
                return Errno.Notcapable;
            }

            long origin = whence switch
            {
                0 => 0,
                1 => file.Position,
                _ => RandomAccess.GetLength(file.Handle),
            };
            long position = origin + offset;
            if ((offset > 0 && position < origin) || position < 0)
            {
                return Errno.Inval;
            }

            Guest.WriteU64(mem, newOffsetPtr, (ulong)position);
            file.Position = position;
            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary><c>fd_tell(fd) -> filesize</c>.</summary>
    public static Errno FdTell(WasiContext ctx, IGuestMemory mem, int fd, int offsetPtr)
    {
        try
        {
            if (ctx.Fds.Get(fd) is StreamFd or SocketFd)
            {
                return Errno.Spipe;
            }

            FileFd file = GetFile(ctx, fd, Rights.FdTell);
            Guest.WriteU64(mem, offsetPtr, (ulong)file.Position);
            return Errno.Success;
        }
        catch (Exception e) when (ErrnoMapper.TryFromException(e, out Errno errno))
        {
            return errno;
        }
    }

    /// <summary>
    /// The regular file behind <paramref name="fd"/>. Directories and other kinds give <c>badf</c>
    /// before any rights check, as in Wasmtime, so a directory fd never reports <c>notcapable</c>
    /// for a file operation.
    /// </summary>
    private static FileFd GetFile(WasiContext ctx, int fd, Rights required)
    {
        if (ctx.Fds.Get(fd) is not FileFd file)
        {
            throw new WasiErrnoException(Errno.Badf);
        }

        file.Require(required);
        return file;
    }

    private static void RequireWritable(FileFd file)
    {
        if (!file.Writable)
        {
            throw new WasiErrnoException(Errno.Badf);
        }
    }

    private static void RequireReadable(FileFd file)
    {
        if (!file.Readable)
        {
            throw new WasiErrnoException(Errno.Badf);
        }
    }

    /// <summary>An <c>fdflags</c> argument (<c>u16</c>, five flags).</summary>
    private static int FdFlagsArg(string function, int flags) =>
        WasiArgs.Flags(function, "Fdflags", flags, 16, (int)FdFlags.All);
}

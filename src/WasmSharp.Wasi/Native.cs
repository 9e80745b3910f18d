using System.Runtime.InteropServices;

namespace WasmSharp.Wasi;

/// <summary>
/// The only P/Invoke in WASI: libc calls for what .NET has no API for (inode numbers, hard links,
/// nanosecond timestamps, POSIX rename/unlink/rmdir/mkdir/symlink errno semantics, trailing-slash
/// rules, fsync). Linux only: every caller checks <see cref="IsAvailable"/> first and falls back
/// to portable .NET APIs elsewhere, because struct layouts and errno numbers differ per OS.
/// </summary>
internal static partial class Native
{
    public const int AtFdCwd = -100;
    public const int AtSymlinkNofollow = 0x100;
    public const long UtimeNow = (1L << 30) - 1;
    public const long UtimeOmit = (1L << 30) - 2;

    /// <summary>Linux on x64 or arm64: the two layouts of <c>struct stat</c> decoded below.</summary>
    public static bool IsAvailable { get; } = OperatingSystem.IsLinux()
        && (RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64);

    /// <summary>The fields of <c>struct stat</c> that WASI's <c>filestat</c> needs.</summary>
    public readonly record struct Stat(ulong Dev, ulong Ino, uint Mode, ulong Nlink, long Size,
        long AtimNs, long MtimNs, long CtimNs)
    {
        public WasiFileType FileType => (Mode & 0xF000) switch
        {
            0x1000 => WasiFileType.Unknown, // fifo: WASI has no pipe type
            0x2000 => WasiFileType.CharacterDevice,
            0x4000 => WasiFileType.Directory,
            0x6000 => WasiFileType.BlockDevice,
            0x8000 => WasiFileType.RegularFile,
            0xA000 => WasiFileType.SymbolicLink,
            0xC000 => WasiFileType.SocketStream,
            _ => WasiFileType.Unknown,
        };
    }

    [LibraryImport("libc", EntryPoint = "fstatat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static unsafe partial int FStatAt(int dirfd, string path, byte* buf, int flags);

    [LibraryImport("libc", EntryPoint = "fstat", SetLastError = true)]
    private static unsafe partial int FStat(int fd, byte* buf);

    [LibraryImport("libc", EntryPoint = "utimensat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static unsafe partial int UtimensAt(int dirfd, string path, long* times, int flags);

    [LibraryImport("libc", EntryPoint = "futimens", SetLastError = true)]
    private static unsafe partial int FUtimens(int fd, long* times);

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int LinkNative(string oldPath, string newPath);

    [LibraryImport("libc", EntryPoint = "rename", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameNative(string oldPath, string newPath);

    [LibraryImport("libc", EntryPoint = "unlink", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int UnlinkNative(string path);

    [LibraryImport("libc", EntryPoint = "rmdir", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RmdirNative(string path);

    [LibraryImport("libc", EntryPoint = "mkdir", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int MkdirNative(string path, uint mode);

    [LibraryImport("libc", EntryPoint = "symlink", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int SymlinkNative(string target, string linkPath);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int FsyncNative(int fd);

    [LibraryImport("libc", EntryPoint = "fdatasync", SetLastError = true)]
    private static partial int FdatasyncNative(int fd);

    [LibraryImport("libc", EntryPoint = "isatty")]
    private static partial int IsattyNative(int fd);

    public static Errno LastErrno() => ErrnoMapper.FromLinuxErrno(Marshal.GetLastPInvokeError());

    /// <summary>stat or lstat of a host path; on failure the errno says why.</summary>
    public static unsafe Errno StatPath(string path, bool follow, out Stat stat)
    {
        byte* buf = stackalloc byte[256];
        if (FStatAt(AtFdCwd, path, buf, follow ? 0 : AtSymlinkNofollow) != 0)
        {
            stat = default;
            return LastErrno();
        }

        stat = Decode(buf);
        return Errno.Success;
    }

    /// <summary>fstat of an open descriptor (on Linux a SafeFileHandle wraps the fd number).</summary>
    public static unsafe Errno StatFd(int fd, out Stat stat)
    {
        byte* buf = stackalloc byte[256];
        if (FStat(fd, buf) != 0)
        {
            stat = default;
            return LastErrno();
        }

        stat = Decode(buf);
        return Errno.Success;
    }

    private static unsafe Stat Decode(byte* buf)
    {
        // Offsets of struct stat: x86_64 (arch/x86 layout) and arm64 (asm-generic layout)
        // differ only in where st_mode and st_nlink live and how wide st_nlink is.
        ulong dev = *(ulong*)buf;
        ulong ino = *(ulong*)(buf + 8);
        uint mode;
        ulong nlink;
        if (RuntimeInformation.ProcessArchitecture == Architecture.X64)
        {
            nlink = *(ulong*)(buf + 16);
            mode = *(uint*)(buf + 24);
        }
        else
        {
            mode = *(uint*)(buf + 16);
            nlink = *(uint*)(buf + 20);
        }

        long size = *(long*)(buf + 48);
        long atim = (*(long*)(buf + 72) * 1_000_000_000L) + *(long*)(buf + 80);
        long mtim = (*(long*)(buf + 88) * 1_000_000_000L) + *(long*)(buf + 96);
        long ctim = (*(long*)(buf + 104) * 1_000_000_000L) + *(long*)(buf + 112);
        return new Stat(dev, ino, mode, nlink, size, atim, mtim, ctim);
    }

    /// <summary>Sets access and modification times (utimensat/futimens); a nanosecond field may hold
    /// <see cref="UtimeNow"/> or <see cref="UtimeOmit"/>.</summary>
    public static unsafe Errno SetTimes(string? path, int fd, bool follow, long atimSec, long atimNsec, long mtimSec, long mtimNsec)
    {
        long* times = stackalloc long[4] { atimSec, atimNsec, mtimSec, mtimNsec };
        int rc = path is null
            ? FUtimens(fd, times)
            : UtimensAt(AtFdCwd, path, times, follow ? 0 : AtSymlinkNofollow);
        return rc == 0 ? Errno.Success : LastErrno();
    }

    public static Errno Link(string oldPath, string newPath) => Check(LinkNative(oldPath, newPath));

    public static Errno Rename(string oldPath, string newPath) => Check(RenameNative(oldPath, newPath));

    public static Errno Unlink(string path) => Check(UnlinkNative(path));

    public static Errno Rmdir(string path) => Check(RmdirNative(path));

    public static Errno Mkdir(string path) => Check(MkdirNative(path, 0x1FF));

    public static Errno Symlink(string target, string linkPath) => Check(SymlinkNative(target, linkPath));

    public static Errno Fsync(int fd, bool dataOnly) => Check(dataOnly ? FdatasyncNative(fd) : FsyncNative(fd));

    public static bool IsTerminal(int fd) => IsattyNative(fd) == 1;

    private static Errno Check(int rc) => rc == 0 ? Errno.Success : LastErrno();
}

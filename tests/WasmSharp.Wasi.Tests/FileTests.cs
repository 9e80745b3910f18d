using WasmSharp.Wasi;

namespace WasmSharp.Wasi.Tests;

public sealed class FileTests
{
    [Fact]
    public void PrestatNamesThePreopen()
    {
        using var fx = new WasiFixture();
        int p = fx.Mem.Alloc(8);
        Assert.Equal(Errno.Success, Preview1.FdPrestatGet(fx.Ctx, fx.Mem, 3, p));
        Assert.Equal(0, fx.Mem.Span[p]);
        Assert.Equal(8u, fx.Mem.U32(p + 4));
        int name = fx.Mem.Alloc(8);
        Assert.Equal(Errno.Success, Preview1.FdPrestatDirName(fx.Ctx, fx.Mem, 3, name, 8));
        Assert.Equal("/sandbox", fx.Mem.Text(name, 8));
        Assert.Equal(Errno.Badf, Preview1.FdPrestatGet(fx.Ctx, fx.Mem, 1, p));
        Assert.Equal(Errno.Badf, Preview1.FdPrestatGet(fx.Ctx, fx.Mem, 4, p));
    }

    [Fact]
    public void CreateWriteSeekReadTell()
    {
        using var fx = new WasiFixture();
        (Errno e, int fd) = fx.Open("new.txt", OFlags.Creat | OFlags.Excl);
        Assert.Equal(Errno.Success, e);
        Assert.Equal(4, fd);
        Assert.Equal(Errno.Success, fx.Write(fd, "abcdef"));
        int pos = fx.Mem.Alloc(8);
        Assert.Equal(Errno.Success, Preview1.FdTell(fx.Ctx, fx.Mem, fd, pos));
        Assert.Equal(6UL, fx.Mem.U64(pos));
        Assert.Equal(Errno.Success, Preview1.FdSeek(fx.Ctx, fx.Mem, fd, 2, 0, pos));
        Assert.Equal("cdef", fx.Read(fd).Text);
        Assert.Equal(Errno.Success, Preview1.FdSeek(fx.Ctx, fx.Mem, fd, -1, 2, pos));
        Assert.Equal(5UL, fx.Mem.U64(pos));
        Assert.Equal(Errno.Inval, Preview1.FdSeek(fx.Ctx, fx.Mem, fd, -10, 1, pos));
        Assert.Throws<Trap>(() => Preview1.FdSeek(fx.Ctx, fx.Mem, fd, 0, 3, pos));
        Assert.Equal(Errno.Spipe, Preview1.FdSeek(fx.Ctx, fx.Mem, 1, 0, 0, pos));
        Assert.Equal(Errno.Exist, fx.Open("new.txt", OFlags.Creat | OFlags.Excl).Errno);
        Assert.Equal("abcdef", File.ReadAllText(Path.Combine(fx.Root, "new.txt")));
        Assert.Equal(Errno.Success, Preview1.FdClose(fx.Ctx, fd));
        Assert.Equal(Errno.Badf, Preview1.FdClose(fx.Ctx, fd));
    }

    [Fact]
    public void PreadPwriteLeaveThePositionAlone()
    {
        using var fx = new WasiFixture();
        int fd = fx.Open("hello.txt").Fd;
        int iov = fx.Mem.Iovec(5);
        int n = fx.Mem.Alloc(4);
        Assert.Equal(Errno.Success, Preview1.FdPread(fx.Ctx, fx.Mem, fd, iov, 1, 6, n));
        Assert.Equal("world", fx.Mem.Text(fx.Mem.IovecBuffer(iov), 5));
        int w = fx.Mem.Iovec(5, "WORLD"u8.ToArray());
        Assert.Equal(Errno.Success, Preview1.FdPwrite(fx.Ctx, fx.Mem, fd, w, 1, 6, n));
        Assert.Equal("hello WORLD", fx.Read(fd).Text);
        Assert.Equal(Errno.Inval, Preview1.FdPread(fx.Ctx, fx.Mem, fd, iov, 1, -1, n));
    }

    [Fact]
    public void AppendWritesGoToTheEnd()
    {
        using var fx = new WasiFixture();
        int fd = fx.Open("hello.txt", rights: Rights.FdWrite | Rights.FdSeek, fdflags: FdFlags.Append).Fd;
        Assert.Equal(Errno.Success, fx.Write(fd, "!"));
        int w = fx.Mem.Iovec(1, "?"u8.ToArray());
        Assert.Equal(Errno.Success, Preview1.FdPwrite(fx.Ctx, fx.Mem, fd, w, 1, 0, fx.Mem.Alloc(4)));
        Assert.Equal("hello world!?", File.ReadAllText(Path.Combine(fx.Root, "hello.txt")));
    }

    [Fact]
    public void TruncSizeAllocateAndFilestat()
    {
        using var fx = new WasiFixture();
        int fd = fx.Open("hello.txt", OFlags.Trunc).Fd;
        int st = fx.Mem.Alloc(64);
        Assert.Equal(Errno.Success, Preview1.FdFilestatGet(fx.Ctx, fx.Mem, fd, st));
        Assert.Equal(0UL, fx.Mem.U64(st + 32));
        Assert.Equal((byte)WasiFileType.RegularFile, fx.Mem.Span[st + 16]);
        Assert.Equal(Errno.Success, Preview1.FdAllocate(fx.Ctx, fd, 10, 90));
        Assert.Equal(Errno.Success, Preview1.FdFilestatGet(fx.Ctx, fx.Mem, fd, st));
        Assert.Equal(100UL, fx.Mem.U64(st + 32));
        Assert.Equal(Errno.Success, Preview1.FdFilestatSetSize(fx.Ctx, fd, 3));
        Assert.Equal(3L, new FileInfo(Path.Combine(fx.Root, "hello.txt")).Length);
        Assert.Equal(Errno.Success, Preview1.FdFilestatSetTimes(fx.Ctx, fd, 0, 1_000_000_123L, (int)FstFlags.Mtim));
        Assert.Equal(Errno.Success, Preview1.FdFilestatGet(fx.Ctx, fx.Mem, fd, st));
        Assert.Equal(1_000_000_123UL, fx.Mem.U64(st + 48));
        Assert.Equal(Errno.Inval, Preview1.FdFilestatSetTimes(fx.Ctx, fd, 0, 0, (int)(FstFlags.Mtim | FstFlags.MtimNow)));
        Assert.Equal(Errno.Success, Preview1.FdSync(fx.Ctx, fd));
        Assert.Equal(Errno.Success, Preview1.FdDatasync(fx.Ctx, fd));
        Assert.Equal(Errno.Success, Preview1.FdAdvise(fx.Ctx, fd, 0, 0, 3));
        Assert.Throws<Trap>(() => Preview1.FdAdvise(fx.Ctx, fd, 0, 0, 6));
    }

    [Fact]
    public void FileOperationsOnADirectoryAreBadf()
    {
        using var fx = new WasiFixture();
        int pos = fx.Mem.Alloc(8);
        Assert.Equal(Errno.Badf, fx.Read(3).Errno);
        Assert.Equal(Errno.Badf, Preview1.FdSeek(fx.Ctx, fx.Mem, 3, 0, 1, pos));
        Assert.Equal(Errno.Badf, Preview1.FdTell(fx.Ctx, fx.Mem, 3, pos));
        Assert.Equal(Errno.Badf, Preview1.FdAllocate(fx.Ctx, 3, 0, 1));
        Assert.Equal(Errno.Badf, Preview1.FdFilestatSetSize(fx.Ctx, 3, 0));
        int fd = fx.Open("hello.txt").Fd;
        Assert.Equal(Errno.Notdir, fx.Open("x", dir: fd).Errno);
        Assert.Equal(Errno.Notdir, fx.Open("hello.txt/").Errno);
        Assert.Equal(Errno.Notdir, fx.Open("hello.txt", OFlags.Directory).Errno);
        Assert.Equal(Errno.Isdir, fx.Open("sub", rights: Rights.FdWrite).Errno);
        Assert.Equal(Errno.Inval, fx.Open("sub", OFlags.Creat | OFlags.Directory).Errno);
        Assert.Equal(Errno.Noent, fx.Open("missing").Errno);
    }

    [Fact]
    public void FdstatReportsTypeFlagsAndRights()
    {
        using var fx = new WasiFixture();
        int st = fx.Mem.Alloc(24);
        Assert.Equal(Errno.Success, Preview1.FdFdstatGet(fx.Ctx, fx.Mem, 3, st));
        Assert.Equal((byte)WasiFileType.Directory, fx.Mem.Span[st]);
        Assert.NotEqual(0UL, fx.Mem.U64(st + 8) & (ulong)Rights.PathOpen);
        Assert.Equal(0UL, fx.Mem.U64(st + 8) & (ulong)Rights.FdSeek);
        int fd = fx.Open("hello.txt", rights: Rights.FdRead | Rights.FdSeek, fdflags: FdFlags.Nonblock).Fd;
        Assert.Equal(Errno.Success, Preview1.FdFdstatGet(fx.Ctx, fx.Mem, fd, st));
        Assert.Equal((byte)WasiFileType.RegularFile, fx.Mem.Span[st]);
        Assert.Equal((ushort)FdFlags.Nonblock, fx.Mem.U16(st + 2));
        Assert.Equal((ulong)(Rights.FdRead | Rights.FdSeek), fx.Mem.U64(st + 8));
        Assert.Equal(Errno.Success, Preview1.FdFdstatGet(fx.Ctx, fx.Mem, 1, st));

        // The fixture's stdout is a stream it gave, so not a terminal (as Wasmtime's pipes).
        Assert.Equal((byte)WasiFileType.Unknown, fx.Mem.Span[st]);
    }

    [Fact]
    public void ReaddirListsDotEntriesAndResumesFromCookies()
    {
        using var fx = new WasiFixture();
        int buf = fx.Mem.Alloc(4096);
        int used = fx.Mem.Alloc(4);
        Assert.Equal(Errno.Success, Preview1.FdReaddir(fx.Ctx, fx.Mem, 3, buf, 4096, 0, used));
        var names = new List<(string Name, ulong Next, byte Type)>();
        int p = buf;
        while (p < buf + (int)fx.Mem.U32(used))
        {
            int len = (int)fx.Mem.U32(p + 16);
            names.Add((fx.Mem.Text(p + 24, len), fx.Mem.U64(p), fx.Mem.Span[p + 20]));
            p += 24 + len;
        }

        Assert.Equal([".", "..", "hello.txt", "sub"], names.Select(n => n.Name));
        Assert.Equal((byte)WasiFileType.RegularFile, names[2].Type);
        Assert.Equal((byte)WasiFileType.Directory, names[3].Type);
        Assert.Equal(Errno.Success, Preview1.FdReaddir(fx.Ctx, fx.Mem, 3, buf, 4096, (long)names[2].Next, used));
        Assert.Equal(24u + 3u, fx.Mem.U32(used));
        Assert.Equal(Errno.Success, Preview1.FdReaddir(fx.Ctx, fx.Mem, 3, buf, 10, 0, used));
        Assert.Equal(10u, fx.Mem.U32(used));
    }

    [Fact]
    public void RenumberMovesAndCloses()
    {
        using var fx = new WasiFixture();
        int a = fx.Open("hello.txt").Fd;
        int b = fx.Open("hello.txt").Fd;
        Assert.Equal(Errno.Success, Preview1.FdRenumber(fx.Ctx, a, b));
        Assert.Equal(Errno.Badf, fx.Read(a).Errno);
        Assert.Equal("hello world", fx.Read(b).Text);
        Assert.Equal(Errno.Badf, Preview1.FdRenumber(fx.Ctx, b, 50));
    }

    [Fact]
    public void DirectoryLifecycleAndPosixErrors()
    {
        using var fx = new WasiFixture();
        Errno Mkdir(string p) => fx.Call((ptr, len) => Preview1.PathCreateDirectory(fx.Ctx, fx.Mem, 3, ptr, len), p);
        Errno Rmdir(string p) => fx.Call((ptr, len) => Preview1.PathRemoveDirectory(fx.Ctx, fx.Mem, 3, ptr, len), p);
        Errno Unlink(string p) => fx.Call((ptr, len) => Preview1.PathUnlinkFile(fx.Ctx, fx.Mem, 3, ptr, len), p);
        Assert.Equal(Errno.Success, Mkdir("d"));
        Assert.Equal(Errno.Exist, Mkdir("d"));
        Assert.Equal(Errno.Exist, Mkdir("hello.txt"));
        Assert.Equal(Errno.Success, Mkdir("d/e"));
        Assert.Equal(Errno.Notempty, Rmdir("d"));
        Assert.Equal(Errno.Isdir, Unlink("d"));
        Assert.Equal(Errno.Notdir, Rmdir("hello.txt"));
        Assert.Equal(Errno.Notdir, Unlink("hello.txt/"));
        Assert.Equal(Errno.Success, Rmdir("d/e/"));
        Assert.Equal(Errno.Success, Rmdir("d"));
        Assert.Equal(Errno.Noent, Unlink("nothing"));
        Assert.Equal(Errno.Success, Unlink("hello.txt"));
    }

    [Fact]
    public void RenameLinkSymlinkReadlink()
    {
        using var fx = new WasiFixture();
        (int o, int ol) = fx.Mem.Str("hello.txt");
        (int n, int nl) = fx.Mem.Str("moved.txt");
        Assert.Equal(Errno.Success, Preview1.PathRename(fx.Ctx, fx.Mem, 3, o, ol, 3, n, nl));
        Assert.True(File.Exists(Path.Combine(fx.Root, "moved.txt")));
        (int s, int sl) = fx.Mem.Str("sub");
        Assert.Equal(Errno.Isdir, Preview1.PathRename(fx.Ctx, fx.Mem, 3, n, nl, 3, s, sl));
        (int h, int hl) = fx.Mem.Str("hard.txt");
        Assert.Equal(Errno.Success, Preview1.PathLink(fx.Ctx, fx.Mem, 3, 0, n, nl, 3, h, hl));
        int st = fx.Mem.Alloc(64);
        Assert.Equal(Errno.Success, Preview1.PathFilestatGet(fx.Ctx, fx.Mem, 3, 0, h, hl, st));
        Assert.Equal(2UL, fx.Mem.U64(st + 24));
        (int l, int ll) = fx.Mem.Str("link");
        Assert.Equal(Errno.Success, Preview1.PathSymlink(fx.Ctx, fx.Mem, n, nl, 3, l, ll));
        Assert.Equal(Errno.Exist, Preview1.PathSymlink(fx.Ctx, fx.Mem, n, nl, 3, l, ll));
        int buf = fx.Mem.Alloc(64);
        int used = fx.Mem.Alloc(4);
        Assert.Equal(Errno.Success, Preview1.PathReadlink(fx.Ctx, fx.Mem, 3, l, ll, buf, 64, used));
        Assert.Equal("moved.txt", fx.Mem.Text(buf, (int)fx.Mem.U32(used)));
        Assert.Equal(Errno.Success, Preview1.PathReadlink(fx.Ctx, fx.Mem, 3, l, ll, buf, 4, used));
        Assert.Equal(4u, fx.Mem.U32(used));
        Assert.Equal(Errno.Inval, Preview1.PathReadlink(fx.Ctx, fx.Mem, 3, n, nl, buf, 64, used));
        Assert.Equal(Errno.Success, Preview1.PathFilestatGet(fx.Ctx, fx.Mem, 3, 0, l, ll, st));
        Assert.Equal((byte)WasiFileType.SymbolicLink, fx.Mem.Span[st + 16]);
        Assert.Equal(Errno.Success, Preview1.PathFilestatGet(fx.Ctx, fx.Mem, 3, 1, l, ll, st));
        Assert.Equal((byte)WasiFileType.RegularFile, fx.Mem.Span[st + 16]);
        Assert.Equal(Errno.Loop, fx.Open("link", dirFlags: 0).Errno);
        Assert.Equal("hello world", fx.Read(fx.Open("link").Fd).Text);
        Assert.Equal(Errno.Success, Preview1.PathFilestatSetTimes(fx.Ctx, fx.Mem, 3, 0, l, ll, 5_000_000_000, 0, (int)FstFlags.Atim));
    }
}

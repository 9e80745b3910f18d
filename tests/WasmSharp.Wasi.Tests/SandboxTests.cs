using WasmSharp.Wasi;

namespace WasmSharp.Wasi.Tests;

public sealed class SandboxTests
{
    [Theory]
    [InlineData("../secret.txt")]
    [InlineData("sub/../../secret.txt")]
    [InlineData("/secret.txt")]
    [InlineData("..")]
    public void DotDotAndAbsolutePathsCannotEscape(string path)
    {
        using var fx = new WasiFixture();
        Assert.Equal(Errno.Perm, fx.Open(path).Errno);
        int st = fx.Mem.Alloc(64);
        Assert.Equal(Errno.Perm, fx.Call((p, l) => Preview1.PathFilestatGet(fx.Ctx, fx.Mem, 3, 1, p, l, st), path));
    }

    [Fact]
    public void DotDotInsideTheSandboxIsFine()
    {
        using var fx = new WasiFixture();
        Assert.Equal("hello world", fx.Read(fx.Open("sub/../hello.txt").Fd).Text);
        Assert.Equal(Errno.Success, fx.Open("sub/..", OFlags.Directory, RightsSets.DirectoryBase).Errno);
    }

    [Fact]
    public void SubdirectoryFdIsItsOwnRoot()
    {
        using var fx = new WasiFixture();
        int sub = fx.Open("sub", OFlags.Directory, RightsSets.DirectoryBase).Fd;
        Assert.Equal(Errno.Perm, fx.Open("../hello.txt", dir: sub).Errno);
    }

    [Fact]
    public void HostSymlinksPointingOutsideAreRefused()
    {
        using var fx = new WasiFixture();
        File.CreateSymbolicLink(Path.Combine(fx.Root, "abs"), Path.Combine(fx.Outer, "secret.txt"));
        File.CreateSymbolicLink(Path.Combine(fx.Root, "rel"), "../secret.txt");
        Directory.CreateSymbolicLink(Path.Combine(fx.Root, "updir"), "..");
        Assert.Equal(Errno.Perm, fx.Open("abs").Errno);
        Assert.Equal(Errno.Perm, fx.Open("rel").Errno);
        Assert.Equal(Errno.Perm, fx.Open("updir/secret.txt").Errno);
        Assert.Equal(Errno.Perm, fx.Open("updir/root/hello.txt").Errno);
    }

    [Fact]
    public void GuestCreatedSymlinksCannotBeFollowedOut()
    {
        using var fx = new WasiFixture();
        (int t, int tl) = fx.Mem.Str("../secret.txt");
        (int l, int ll) = fx.Mem.Str("escape");
        Assert.Equal(Errno.Success, Preview1.PathSymlink(fx.Ctx, fx.Mem, t, tl, 3, l, ll));
        Assert.Equal(Errno.Perm, fx.Open("escape").Errno);
        (int a, int al) = fx.Mem.Str("/etc/passwd");
        Assert.Equal(Errno.Perm, Preview1.PathSymlink(fx.Ctx, fx.Mem, a, al, 3, l, ll));
        (int d, int dl) = fx.Mem.Str("sub/../..");
        (int l2, int l2l) = fx.Mem.Str("up");
        Assert.Equal(Errno.Success, Preview1.PathSymlink(fx.Ctx, fx.Mem, d, dl, 3, l2, l2l));
        Assert.Equal(Errno.Perm, fx.Open("up/secret.txt").Errno);
        Assert.Equal(Errno.Perm, fx.Call((p, len) => Preview1.PathCreateDirectory(fx.Ctx, fx.Mem, 3, p, len), "up/newdir"));
        Assert.False(Directory.Exists(Path.Combine(fx.Outer, "newdir")));
    }

    [Fact]
    public void SymlinkLoopsAreLoop()
    {
        using var fx = new WasiFixture();
        File.CreateSymbolicLink(Path.Combine(fx.Root, "a"), "b");
        File.CreateSymbolicLink(Path.Combine(fx.Root, "b"), "a");
        Assert.Equal(Errno.Loop, fx.Open("a").Errno);
        Assert.Equal(Errno.Loop, fx.Open("a/x").Errno);
    }

    [Fact]
    public void ReadOnlyPreopenRefusesWrites()
    {
        using var fx = new WasiFixture(readOnly: true);
        Assert.Equal("hello world", fx.Read(fx.Open("hello.txt", rights: Rights.FdRead).Fd).Text);
        Assert.Equal(Errno.Perm, fx.Open("hello.txt", rights: Rights.FdWrite).Errno);
        Assert.Equal(Errno.Perm, fx.Open("new.txt", OFlags.Creat, Rights.FdRead).Errno);
        Assert.Equal(Errno.Perm, fx.Call((p, l) => Preview1.PathCreateDirectory(fx.Ctx, fx.Mem, 3, p, l), "d"));
        Assert.Equal(Errno.Perm, fx.Call((p, l) => Preview1.PathUnlinkFile(fx.Ctx, fx.Mem, 3, p, l), "hello.txt"));
        Assert.True(File.Exists(Path.Combine(fx.Root, "hello.txt")));
    }

    [Fact]
    public void RightsAreEnforcedAndOnlyShrink()
    {
        using var fx = new WasiFixture();
        int fd = fx.Open("hello.txt", rights: Rights.FdRead).Fd;
        Assert.Equal(Errno.Notcapable, fx.Write(fd, "x"));
        Assert.Equal(Errno.Notcapable, Preview1.FdSeek(fx.Ctx, fx.Mem, fd, 1, 0, fx.Mem.Alloc(8)));
        Assert.Equal(Errno.Success, Preview1.FdFdstatSetRights(fx.Ctx, fd, 0, 0));
        Assert.Equal(Errno.Notcapable, fx.Read(fd).Errno);
        Assert.Equal(Errno.Notcapable, Preview1.FdFdstatSetRights(fx.Ctx, fd, (long)Rights.FdRead, 0));
        Assert.Equal(Errno.Badf, Preview1.FdFdstatSetRights(fx.Ctx, 1, 0, 0)); // stdio: badf, as in Wasmtime
        Assert.Equal(Errno.Success, Preview1.FdFdstatSetRights(fx.Ctx, 3, (long)(RightsSets.DirectoryBase & ~Rights.PathFilestatSetSize), (long)RightsSets.DirectoryInheriting));
        Assert.Equal(Errno.Notcapable, fx.Open("hello.txt", OFlags.Trunc).Errno);
    }

    [Fact]
    public void NeverGrantedFdsAreBadf()
    {
        using var fx = new WasiFixture();
        Assert.Equal(Errno.Badf, fx.Read(4).Errno);
        Assert.Equal(Errno.Badf, fx.Open("hello.txt", dir: 4).Errno);
        Assert.Equal(Errno.Badf, fx.Open("hello.txt", dir: 1).Errno);
    }
}

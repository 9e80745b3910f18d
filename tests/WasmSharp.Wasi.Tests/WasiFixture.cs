using WasmSharp.Wasi;

namespace WasmSharp.Wasi.Tests;

/// <summary>A temporary directory tree preopened as fd 3 (and "/sandbox" around it to test escapes).</summary>
internal sealed class WasiFixture : IDisposable
{
    public WasiFixture(bool readOnly = false, Action<WasiConfig>? configure = null)
    {
        Outer = Directory.CreateTempSubdirectory("wasi-test-").FullName;
        Root = Path.Combine(Outer, "root");
        Directory.CreateDirectory(Root);
        File.WriteAllText(Path.Combine(Outer, "secret.txt"), "secret");
        File.WriteAllText(Path.Combine(Root, "hello.txt"), "hello world");
        Directory.CreateDirectory(Path.Combine(Root, "sub"));
        var config = new WasiConfig().PreopenedDir(Root, "/sandbox", readOnly).Stdout(Stdout).Stderr(Stderr);
        configure?.Invoke(config);
        Ctx = config.Build();
    }

    public const int Dir = 3;

    public string Outer { get; }

    public string Root { get; }

    public MemoryStream Stdout { get; } = new();

    public MemoryStream Stderr { get; } = new();

    public WasiContext Ctx { get; }

    public TestMemory Mem { get; } = new();

    /// <summary>path_open relative to the preopen, returning (errno, fd).</summary>
    public (Errno Errno, int Fd) Open(string path, OFlags oflags = OFlags.None, Rights rights = Rights.All, FdFlags fdflags = FdFlags.None, int dirFlags = 1, int dir = Dir)
    {
        (int p, int len) = Mem.Str(path);
        int fdPtr = Mem.Alloc(4);
        Errno e = Preview1.PathOpen(Ctx, Mem, dir, dirFlags, p, len, (int)oflags, (long)rights, (long)Rights.All, (int)fdflags, fdPtr);
        return (e, (int)Mem.U32(fdPtr));
    }

    public Errno Write(int fd, string text)
    {
        int iov = Mem.Iovec(text.Length, System.Text.Encoding.UTF8.GetBytes(text));
        return Preview1.FdWrite(Ctx, Mem, fd, iov, 1, Mem.Alloc(4));
    }

    public (Errno Errno, string Text) Read(int fd, int max = 256)
    {
        int iov = Mem.Iovec(max);
        int n = Mem.Alloc(4);
        Errno e = Preview1.FdRead(Ctx, Mem, fd, iov, 1, n);
        return (e, e == Errno.Success ? Mem.Text(Mem.IovecBuffer(iov), (int)Mem.U32(n)) : string.Empty);
    }

    public Errno Call(Func<int, int, Errno> pathCall, string path)
    {
        (int p, int len) = Mem.Str(path);
        return pathCall(p, len);
    }

    public void Dispose()
    {
        Ctx.Dispose();
        Directory.Delete(Outer, recursive: true);
    }
}

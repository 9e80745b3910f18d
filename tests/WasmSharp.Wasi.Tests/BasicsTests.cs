using WasmSharp.Wasi;

namespace WasmSharp.Wasi.Tests;

public sealed class BasicsTests
{
    [Fact]
    public void ArgsAreLaidOutAsNulTerminatedStrings()
    {
        using WasiContext ctx = new WasiConfig().Arg("prog.wasm").Arg("héllo").Build();
        var mem = new TestMemory();
        int sizes = mem.Alloc(8);
        Assert.Equal(Errno.Success, Preview1.ArgsSizesGet(ctx, mem, sizes, sizes + 4));
        Assert.Equal(2u, mem.U32(sizes));
        Assert.Equal(10u + 7u, mem.U32(sizes + 4));
        int argv = mem.Alloc(8);
        int buf = mem.Alloc(32);
        Assert.Equal(Errno.Success, Preview1.ArgsGet(ctx, mem, argv, buf));
        Assert.Equal((uint)buf, mem.U32(argv));
        Assert.Equal((uint)buf + 10, mem.U32(argv + 4));
        Assert.Equal("prog.wasm\0héllo\0", mem.Text(buf, 17));
    }

    [Fact]
    public void EnvironIsKeyEqualsValue()
    {
        using WasiContext ctx = new WasiConfig().Env("a", "b=c").Env("x", "").Build();
        var mem = new TestMemory();
        int sizes = mem.Alloc(8);
        Assert.Equal(Errno.Success, Preview1.EnvironSizesGet(ctx, mem, sizes, sizes + 4));
        Assert.Equal(2u, mem.U32(sizes));
        Assert.Equal(6u + 3u, mem.U32(sizes + 4));
        int env = mem.Alloc(8);
        int buf = mem.Alloc(16);
        Assert.Equal(Errno.Success, Preview1.EnvironGet(ctx, mem, env, buf));
        Assert.Equal("a=b=c\0x=\0", mem.Text(buf, 9));
    }

    [Fact]
    public void OutOfBoundsPointersTrap()
    {
        using WasiContext ctx = new WasiConfig().Arg("a").Build();
        var mem = new TestMemory();
        Trap trap = Assert.Throws<Trap>(() => Preview1.ArgsSizesGet(ctx, mem, 65536, 0));
        Assert.Equal(TrapCode.MemoryOutOfBounds, trap.Code);
        Assert.Equal("Pointer out of bounds: Region { start: 65536, len: 4 }", trap.Message);
        Assert.Equal("Pointer out of bounds: Region { start: 4294967295, len: 16 }",
            Assert.Throws<Trap>(() => Preview1.RandomGet(ctx, mem, -1, 16)).Message);
    }

    [Fact]
    public void MisalignedResultPointersTrap()
    {
        using WasiContext ctx = new WasiConfig().Arg("a").Build();
        var mem = new TestMemory();
        Trap trap = Assert.Throws<Trap>(() => Preview1.ArgsSizesGet(ctx, mem, 1026, 1032));
        Assert.Equal(TrapCode.HeapMisaligned, trap.Code);
        Assert.Equal("Pointer not aligned to 4: Region { start: 1026, len: 4 }", trap.Message);
        Assert.Equal("Pointer not aligned to 8: Region { start: 1028, len: 8 }",
            Assert.Throws<Trap>(() => Preview1.ClockTimeGet(ctx, mem, 0, 0, 1028)).Message);
    }

    [Fact]
    public void ClocksCanBeSubstituted()
    {
        ulong wall = 1_700_000_000_000_000_000UL;
        ulong mono = 42;
        using WasiContext ctx = new WasiConfig().WallClock(() => wall, 1000).MonotonicClock(() => mono, 7).Build();
        var mem = new TestMemory();
        int t = mem.Alloc(8);
        Assert.Equal(Errno.Success, Preview1.ClockTimeGet(ctx, mem, 0, 0, t));
        Assert.Equal(wall, mem.U64(t));
        Assert.Equal(Errno.Success, Preview1.ClockTimeGet(ctx, mem, 1, 0, t));
        Assert.Equal(42UL, mem.U64(t));
        Assert.Equal(Errno.Success, Preview1.ClockResGet(ctx, mem, 1, t));
        Assert.Equal(7UL, mem.U64(t));
        Assert.Equal(Errno.Badf, Preview1.ClockTimeGet(ctx, mem, 2, 0, t)); // no CPU-time clocks, as in wasmtime-wasi
        Assert.Equal(Errno.Badf, Preview1.ClockResGet(ctx, mem, 3, t));
        Assert.Equal("In func wasi_snapshot_preview1::clock_time_get at convert Clockid: Invalid enum value Clockid",
            Assert.Throws<Trap>(() => Preview1.ClockTimeGet(ctx, mem, 4, 0, t)).Message);
        Assert.Equal(TrapCode.HostError, Assert.Throws<Trap>(() => Preview1.ClockResGet(ctx, mem, 9, t)).Code);
    }

    [Fact]
    public void SeededRandomIsReproducible()
    {
        var mem = new TestMemory();
        int a = mem.Alloc(32);
        int b = mem.Alloc(32);
        using (WasiContext ctx = new WasiConfig().SecureRandom(new Random(5)).Build())
        {
            Assert.Equal(Errno.Success, Preview1.RandomGet(ctx, mem, a, 32));
        }

        using (WasiContext ctx = new WasiConfig().SecureRandom(new Random(5)).Build())
        {
            Assert.Equal(Errno.Success, Preview1.RandomGet(ctx, mem, b, 32));
        }

        Assert.True(mem.Span.Slice(a, 32).SequenceEqual(mem.Span.Slice(b, 32)));
        Assert.Contains(mem.Span.Slice(a, 32).ToArray(), x => x != 0);
    }

    [Fact]
    public void ProcExitThrowsWasiExitAndRaiseIsNotSupported()
    {
        using WasiContext ctx = new WasiConfig().Build();
        Assert.Equal(33, Assert.Throws<WasiExit>(() => Preview1.ProcExit(ctx, 33)).Code);
        Assert.Equal(125, Assert.Throws<WasiExit>(() => Preview1.ProcExit(ctx, 125)).Code);
        Assert.Equal("exit with invalid exit status outside of [0..126)", Assert.Throws<Trap>(() => Preview1.ProcExit(ctx, 126)).Message);
        Assert.Equal("exit with invalid exit status outside of [0..126)", Assert.Throws<Trap>(() => Preview1.ProcExit(ctx, -1)).Message);
        Assert.Equal(Errno.Notsup, Preview1.ProcRaise(ctx, 0));
        Assert.Equal(Errno.Notsup, Preview1.ProcRaise(ctx, 15));
        Assert.Equal("In func wasi_snapshot_preview1::proc_raise at convert Signal: Invalid enum value Signal",
            Assert.Throws<Trap>(() => Preview1.ProcRaise(ctx, 99)).Message);
        Trap tooLarge = Assert.Throws<Trap>(() => Preview1.ProcRaise(ctx, 0x100)); // u8::try_from(i32)
        Assert.Equal("In func wasi_snapshot_preview1::proc_raise at convert Signal: Int conversion error: TryFromIntError(PosOverflow)", tooLarge.Message);
        Assert.Equal("number too large to fit in target type", tooLarge.InnerException!.InnerException!.Message);
        Assert.Equal(Errno.Success, Preview1.SchedYield(ctx));
    }

    [Fact]
    public void StdoutAndStderrGoToStreams()
    {
        using var fx = new WasiFixture();
        Assert.Equal(Errno.Success, fx.Write(1, "out"));
        Assert.Equal(Errno.Success, fx.Write(2, "err"));
        Assert.Equal("out", System.Text.Encoding.UTF8.GetString(fx.Stdout.ToArray()));
        Assert.Equal("err", System.Text.Encoding.UTF8.GetString(fx.Stderr.ToArray()));
        Assert.Equal(Errno.Badf, fx.Write(0, "x"));
        Assert.Equal(Errno.Badf, fx.Write(99, "x"));
        Assert.Equal(Errno.Badf, fx.Write(FixtureDir, "x"));
    }

    private const int FixtureDir = WasiFixture.Dir;

    [Fact]
    public void StdinReadsFromStream()
    {
        using WasiContext ctx = new WasiConfig().Stdin(new MemoryStream("abc"u8.ToArray())).Build();
        var mem = new TestMemory();
        int iov = mem.Iovec(16);
        int n = mem.Alloc(4);
        Assert.Equal(Errno.Success, Preview1.FdRead(ctx, mem, 0, iov, 1, n));
        Assert.Equal("abc", mem.Text(mem.IovecBuffer(iov), (int)mem.U32(n)));
        Assert.Equal(Errno.Success, Preview1.FdRead(ctx, mem, 0, iov, 1, n));
        Assert.Equal(0u, mem.U32(n));
    }

    [Fact]
    public void StdioIsACharacterDeviceOnlyWhenItIsATerminal()
    {
        var mem = new TestMemory();
        int stat = mem.Alloc(64);

        // Streams the embedder gives are pipes, never terminals.
        using (WasiContext piped = new WasiConfig().Stdin(new MemoryStream()).Stdout(new MemoryStream()).Build())
        {
            for (int fd = 0; fd < 3; fd++)
            {
                Assert.Equal(Errno.Success, Preview1.FdFdstatGet(piped, mem, fd, stat));
                Assert.Equal((byte)WasiFileType.Unknown, mem.Span[stat]);
                Assert.Equal(Errno.Success, Preview1.FdFilestatGet(piped, mem, fd, stat));
                Assert.Equal((byte)WasiFileType.Unknown, mem.Span[stat + 16]);
            }
        }

        // Inherited stdio is what the test host's own stdio is: a terminal or redirected.
        using WasiContext inherited = new WasiConfig().InheritStdio().Build();
        bool[] redirected = [Console.IsInputRedirected, Console.IsOutputRedirected, Console.IsErrorRedirected];
        for (int fd = 0; fd < 3; fd++)
        {
            byte expected = (byte)(redirected[fd] ? WasiFileType.Unknown : WasiFileType.CharacterDevice);
            Assert.Equal(Errno.Success, Preview1.FdFdstatGet(inherited, mem, fd, stat));
            Assert.Equal(expected, mem.Span[stat]);
            Assert.Equal(0UL, mem.U64(stat + 8) & (ulong)(Rights.FdSeek | Rights.FdTell));
            Assert.Equal(Errno.Success, Preview1.FdFilestatGet(inherited, mem, fd, stat));
            Assert.Equal(expected, mem.Span[stat + 16]);
            Assert.Equal(0UL, mem.U64(stat + 32)); // size: zero, as Wasmtime, not the host's stat
        }
    }

    [Fact]
    public void SocketCallsOnNonSocketsFail()
    {
        using var fx = new WasiFixture();
        Assert.Equal(Errno.Notsock, Preview1.SockShutdown(fx.Ctx, 1, 3));
        Assert.Equal(Errno.Badf, Preview1.SockShutdown(fx.Ctx, 77, 3));
        Assert.Equal(Errno.Badf, Preview1.SockAccept(fx.Ctx, fx.Mem, 77, 0, fx.Mem.Alloc(4)));
    }

    [Fact]
    public void HandedInSocketsAcceptSendReceiveAndShutdown()
    {
        using var listener = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
        listener.Bind(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 0));
        listener.Listen();
        using var fx = new WasiFixture(configure: c => c.PreopenedSocket(listener));
        const int listenerFd = 4;
        int fdPtr = fx.Mem.Alloc(4);
        Assert.Equal(Errno.Success, Preview1.FdFdstatSetFlags(fx.Ctx, listenerFd, (int)FdFlags.Nonblock));
        Assert.Equal(Errno.Again, Preview1.SockAccept(fx.Ctx, fx.Mem, listenerFd, 0, fdPtr));
        using var client = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
        client.Connect(listener.LocalEndPoint!);
        client.Send("ping"u8.ToArray());
        Thread.Sleep(50);
        Assert.Equal(Errno.Success, Preview1.SockAccept(fx.Ctx, fx.Mem, listenerFd, 0, fdPtr));
        int conn = (int)fx.Mem.U32(fdPtr);
        int iov = fx.Mem.Iovec(16);
        int n = fx.Mem.Alloc(4);
        int flags = fx.Mem.Alloc(4);
        Assert.Equal(Errno.Success, Preview1.SockRecv(fx.Ctx, fx.Mem, conn, iov, 1, 0, n, flags));
        Assert.Equal("ping", fx.Mem.Text(fx.Mem.IovecBuffer(iov), (int)fx.Mem.U32(n)));
        int out1 = fx.Mem.Iovec(4, "pong"u8.ToArray());
        Assert.Equal(Errno.Success, Preview1.SockSend(fx.Ctx, fx.Mem, conn, out1, 1, 0, n));
        byte[] reply = new byte[4];
        Assert.Equal(4, client.Receive(reply));
        Assert.Equal("pong", System.Text.Encoding.ASCII.GetString(reply));
        Assert.Equal(Errno.Success, Preview1.SockShutdown(fx.Ctx, conn, 2));
        Assert.Equal(0, client.Receive(reply));
    }
}

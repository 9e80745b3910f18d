using WasmSharp.Wasi;

namespace WasmSharp.Wasi.Tests;

public sealed class ConfigTests
{
    [Fact]
    public void MissingPreopenIsRejectedUpFront()
    {
        Assert.Throws<DirectoryNotFoundException>(() => new WasiConfig().PreopenedDir("/definitely/not/here", "/"));
    }

    [Fact]
    public void EnvNameCannotContainEquals()
    {
        Assert.Throws<ArgumentException>(() => new WasiConfig().Env("a=b", "c"));
    }

    [Fact]
    public void PreopensAndSocketsFollowStdioInOrder()
    {
        string a = Directory.CreateTempSubdirectory("wasi-a-").FullName;
        string b = Directory.CreateTempSubdirectory("wasi-b-").FullName;
        try
        {
            using WasiContext ctx = new WasiConfig().PreopenedDir(a, "a").PreopenedDir(b, "b", readOnly: true).Build();
            var mem = new TestMemory();
            int name = mem.Alloc(8);
            Assert.Equal(Errno.Success, Preview1.FdPrestatDirName(ctx, mem, 4, name, 1));
            Assert.Equal("b", mem.Text(name, 1));
            Assert.Equal(Errno.Nametoolong, Preview1.FdPrestatDirName(ctx, mem, 3, name, 0));
            Assert.Equal(Errno.Badf, Preview1.FdPrestatGet(ctx, mem, 5, name));
        }
        finally
        {
            Directory.Delete(a);
            Directory.Delete(b);
        }
    }

    [Fact]
    public void OneConfigBuildsIndependentContexts()
    {
        var config = new WasiConfig().Arg("x");
        using WasiContext first = config.Build();
        using WasiContext second = config.Build();
        Assert.Equal(Errno.Success, Preview1.FdClose(first, 1));
        var mem = new TestMemory();
        Assert.Equal(Errno.Success, Preview1.FdFdstatGet(second, mem, 1, mem.Alloc(24)));
    }

    [Fact]
    public void AbsoluteClockSubscriptionsInThePastFireAtOnce()
    {
        ulong wall = 5_000_000_000UL;
        using WasiContext ctx = new WasiConfig().WallClock(() => wall, 1).MonotonicClock(() => 100, 1).Build();
        var mem = new TestMemory();
        int sub = mem.Alloc(48);
        mem.SetU64(sub, 9);
        mem.SetU32(sub + 16, 0);
        mem.SetU64(sub + 24, 4_000_000_000UL);
        mem.SetU16(sub + 40, 1);
        int ev = mem.Alloc(32);
        int n = mem.Alloc(4);
        Assert.Equal(Errno.Success, Preview1.PollOneoff(ctx, mem, sub, ev, 1, n));
        Assert.Equal(1u, mem.U32(n));
        Assert.Equal(9UL, mem.U64(ev));
    }

    [Fact]
    public void VirtualMonotonicClockDoesNotHangPoll()
    {
        using WasiContext ctx = new WasiConfig().MonotonicClock(() => 0, 1).Build();
        var mem = new TestMemory();
        int sub = mem.Alloc(48);
        mem.SetU32(sub + 16, 1);
        mem.SetU64(sub + 24, 1_000_000);
        int n = mem.Alloc(4);
        Assert.Equal(Errno.Success, Preview1.PollOneoff(ctx, mem, sub, mem.Alloc(32), 1, n));
        Assert.Equal(1u, mem.U32(n));
    }

    [Fact]
    public void InvalidSubscriptionFieldsFailPollWithInval()
    {
        // Subscriptions live in memory: wiggle's read fails with InvalidEnumValue/InvalidFlagValue,
        // which wasmtime-wasi maps to `inval` for the whole call (no event is written).
        using WasiContext ctx = new WasiConfig().Build();
        var mem = new TestMemory();
        int sub = mem.Alloc(48);
        int ev = mem.Alloc(32);
        int n = mem.Alloc(4);
        mem.SetU32(sub + 16, 77);
        Assert.Equal(Errno.Inval, Preview1.PollOneoff(ctx, mem, sub, ev, 1, n));
        mem.SetU32(sub + 16, 1);
        mem.SetU16(sub + 40, 2);
        Assert.Equal(Errno.Inval, Preview1.PollOneoff(ctx, mem, sub, ev, 1, n));
        mem.SetU16(sub + 40, 0);
        mem.Span[sub + 8] = 3;
        Assert.Equal(Errno.Inval, Preview1.PollOneoff(ctx, mem, sub, ev, 1, n));
        Assert.Equal(0u, mem.U32(n));
    }

    [Fact]
    public void PollSubscriptionsPastMemoryTrap()
    {
        using WasiContext ctx = new WasiConfig().Build();
        var mem = new TestMemory();
        Assert.Equal("Pointer out of bounds: Region { start: 65536, len: 8 }",
            Assert.Throws<Trap>(() => Preview1.PollOneoff(ctx, mem, 65536 - 48, mem.Alloc(64), 2, mem.Alloc(4))).Message);
    }

    [Fact]
    public void StdinPollReportsAvailableBytes()
    {
        using WasiContext ctx = new WasiConfig().Stdin(new MemoryStream("hey"u8.ToArray())).Build();
        var mem = new TestMemory();
        int sub = mem.Alloc(48);
        mem.Span[sub + 8] = 1;
        mem.SetU32(sub + 16, 0);
        int ev = mem.Alloc(32);
        int n = mem.Alloc(4);
        Assert.Equal(Errno.Success, Preview1.PollOneoff(ctx, mem, sub, ev, 1, n));
        Assert.Equal(1, mem.Span[ev + 10]);
        Assert.Equal(3UL, mem.U64(ev + 16));
    }

    [Fact]
    public void ErrnoValuesFollowTheWitx()
    {
        Assert.Equal(0, (int)Errno.Success);
        Assert.Equal(1, (int)Errno.TooBig);
        Assert.Equal(8, (int)Errno.Badf);
        Assert.Equal(20, (int)Errno.Exist);
        Assert.Equal(28, (int)Errno.Inval);
        Assert.Equal(44, (int)Errno.Noent);
        Assert.Equal(54, (int)Errno.Notdir);
        Assert.Equal(63, (int)Errno.Perm);
        Assert.Equal(76, (int)Errno.Notcapable);
        Assert.Equal(1UL << 29, (ulong)Rights.SockAccept);
        Assert.Equal(1UL << 13, (ulong)Rights.PathOpen);
    }
}

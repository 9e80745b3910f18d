using WasmSharp.Wasi;

namespace WasmSharp.Wasi.Tests;

public sealed class PollTests
{
    [Fact]
    public void RelativeClockTimesOut()
    {
        using var fx = new WasiFixture();
        TestMemory mem = fx.Mem;
        int sub = mem.Alloc(48);
        mem.SetU64(sub, 0xABCD);
        mem.Span[sub + 8] = 0;
        mem.SetU32(sub + 16, 1);
        mem.SetU64(sub + 24, 20_000_000);
        int ev = mem.Alloc(32);
        int n = mem.Alloc(4);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal(Errno.Success, Preview1.PollOneoff(fx.Ctx, mem, sub, ev, 1, n));
        Assert.True(watch.ElapsedMilliseconds >= 15);
        Assert.Equal(1u, mem.U32(n));
        Assert.Equal(0xABCDUL, mem.U64(ev));
        Assert.Equal(0, mem.U16(ev + 8));
        Assert.Equal(0, mem.Span[ev + 10]);
    }

    [Fact]
    public void StdoutIsWritableImmediatelyAndABadFdFailsTheCall()
    {
        using var fx = new WasiFixture();
        TestMemory mem = fx.Mem;
        int subs = mem.Alloc(48 * 3);
        mem.SetU64(subs, 1);
        mem.Span[subs + 8] = 0;
        mem.SetU32(subs + 16, 1);
        mem.SetU64(subs + 24, 5_000_000_000);
        mem.SetU64(subs + 48, 2);
        mem.Span[subs + 48 + 8] = 2;
        mem.SetU32(subs + 48 + 16, 1);
        mem.SetU64(subs + 96, 3);
        mem.Span[subs + 96 + 8] = 1;
        mem.SetU32(subs + 96 + 16, 42);
        int ev = mem.Alloc(32 * 3);
        int n = mem.Alloc(4);
        // An fd_read subscription on a closed fd fails the whole call (wasmtime-wasi's poll_oneoff)...
        Assert.Equal(Errno.Badf, Preview1.PollOneoff(fx.Ctx, mem, subs, ev, 3, n));

        // ...and without it stdout is writable at once.
        Assert.Equal(Errno.Success, Preview1.PollOneoff(fx.Ctx, mem, subs, ev, 2, n));
        Assert.Equal(1u, mem.U32(n));
        Assert.Equal(2UL, mem.U64(ev));
        Assert.Equal(2, mem.Span[ev + 10]);
    }
}

using System.Security.Cryptography;
using System.Text;

namespace WasmSharp.Wasi;

/// <summary>
/// The state of one WASI guest: its descriptor table, arguments, environment, clocks and random
/// source. Built by <see cref="WasiConfig.Build"/>; the counterpart of Wasmtime's
/// <c>WasiP1Ctx</c>. Not thread-safe: one guest, one context.
/// </summary>
public sealed class WasiContext : IDisposable
{
    internal WasiContext(string[] args, string[] env, FdTable fds, Func<ulong> wallClock, ulong wallClockResolution,
        Func<ulong> monotonicClock, ulong monotonicClockResolution, Random? random)
    {
        Args = args.Select(a => Encoding.UTF8.GetBytes(a)).ToArray();
        Environment = env.Select(e => Encoding.UTF8.GetBytes(e)).ToArray();
        Fds = fds;
        WallClock = wallClock;
        WallClockResolution = wallClockResolution;
        MonotonicClock = monotonicClock;
        MonotonicClockResolution = monotonicClockResolution;
        Random = random;
    }

    internal byte[][] Args { get; }

    internal byte[][] Environment { get; }

    internal FdTable Fds { get; }

    internal Func<ulong> WallClock { get; }

    internal ulong WallClockResolution { get; }

    internal Func<ulong> MonotonicClock { get; }

    internal ulong MonotonicClockResolution { get; }

    internal Random? Random { get; }

    /// <summary>Fills <paramref name="buffer"/> from the configured source, or from the OS CSPRNG.</summary>
    internal void FillRandom(Span<byte> buffer)
    {
        if (Random is null)
        {
            RandomNumberGenerator.Fill(buffer);
        }
        else
        {
            Random.NextBytes(buffer);
        }
    }

    /// <summary>Closes every descriptor the guest still holds, including handed-in sockets.</summary>
    public void Dispose() => Fds.Dispose();
}

using System.Diagnostics;

namespace WasmSharp.Benchmarks.Harness;

/// <summary>
/// Timestamps taken by the <c>bench.start</c>/<c>bench.end</c> host functions. The first start and
/// the last end count, so a program that brackets several phases is timed over all of them.
/// </summary>
internal sealed class BenchClock
{
    private long _start;
    private long _end;

    /// <summary>True once both imports have been called.</summary>
    public bool Complete => _start != 0 && _end != 0;

    /// <summary>Milliseconds between bench.start and bench.end.</summary>
    public double ElapsedMs => Stopwatch.GetElapsedTime(_start, _end).TotalMilliseconds;

    /// <summary>The <c>bench.start</c> import.</summary>
    public void Start()
    {
        if (_start == 0)
        {
            _start = Stopwatch.GetTimestamp();
        }
    }

    /// <summary>The <c>bench.end</c> import.</summary>
    public void End() => _end = Stopwatch.GetTimestamp();
}

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
    private double _startCpu;
    private double _endCpu;

    /// <summary>True once both imports have been called.</summary>
    public bool Complete => _start != 0 && _end != 0;

    /// <summary>Milliseconds between bench.start and bench.end.</summary>
    public double ElapsedMs => Stopwatch.GetElapsedTime(_start, _end).TotalMilliseconds;

    /// <summary>CPU time of the thread between bench.start and bench.end (NaN where unavailable).</summary>
    public double ElapsedCpuMs => _endCpu - _startCpu;

    /// <summary>The <c>bench.start</c> import.</summary>
    public void Start()
    {
        if (_start == 0)
        {
            _startCpu = ThreadCpuClock.NowMs();
            _start = Stopwatch.GetTimestamp();
        }
    }

    /// <summary>The <c>bench.end</c> import.</summary>
    public void End()
    {
        _end = Stopwatch.GetTimestamp();
        _endCpu = ThreadCpuClock.NowMs();
    }
}

using BenchmarkDotNet.Attributes;

namespace WasmSharp.Benchmarks;

/// <summary>
/// Front-end throughput: decode and validate the largest Sightglass module (issue: at least
/// 100 MB/s on one core). <see cref="Program"/> turns the median into MB/s.
/// </summary>
[MemoryDiagnoser]
public class DecodeValidateBenchmarks
{
    private readonly Engine _engine = new();
    private byte[] _bytes = [];

    /// <summary>Size of the module in bytes, for the MB/s figure.</summary>
    public static long ModuleSize { get; private set; }

    /// <summary>Loads the module once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _bytes = File.ReadAllBytes(BenchmarkInputs.LargestSightglassModule());
        ModuleSize = _bytes.Length;
    }

    /// <summary>Decode and validate, as <c>Module.Validate</c> does.</summary>
    [Benchmark]
    public void DecodeAndValidate() => Module.Validate(_engine, _bytes);
}

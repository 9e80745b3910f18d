using BenchmarkDotNet.Attributes;
using WT = Wasmtime;

namespace WasmSharp.Benchmarks;

/// <summary>
/// Each exported kernel of <c>mixbench-core.wasm</c> at scale 10, WasmSharp against Wasmtime
/// (the <c>Wasmtime</c> NuGet package) in the same process. Wasmtime is the baseline, so the
/// Ratio column is WasmSharp's time over Wasmtime's.
/// </summary>
[MemoryDiagnoser]
public class MixbenchKernelBenchmarks
{
    private const int Scale = 10;

    private Store<object?> _store = null!;
    private TypedFunc<int, long> _wasmSharpKernel = null!;
    private WT.Engine _wasmtimeEngine = null!;
    private WT.Store _wasmtimeStore = null!;
    private Func<int, long> _wasmtimeKernel = null!;

    /// <summary>The kernel export to run.</summary>
    [Params("matmul", "sha256", "sieve", "nbody", "fib", "qsort")]
    public string Kernel { get; set; } = "matmul";

    /// <summary>Instantiates the module in both runtimes and checks both produce the expected checksum.</summary>
    [GlobalSetup]
    public void Setup()
    {
        byte[] bytes = File.ReadAllBytes(BenchmarkInputs.MixbenchCore);
        long expected = BenchmarkInputs.MixbenchChecksum(Kernel, Scale);

        var engine = new Engine();
        _store = new Store<object?>(engine, null);
        Instance instance = new Linker<object?>(engine).Instantiate(_store, Module.FromBytes(engine, bytes));
        _wasmSharpKernel = instance.GetTypedFunc<int, long>(_store, Kernel);

        _wasmtimeEngine = new WT.Engine();
        _wasmtimeStore = new WT.Store(_wasmtimeEngine);
        using var wasmtimeModule = WT.Module.FromBytes(_wasmtimeEngine, "mixbench-core", bytes);
        using var wasmtimeLinker = new WT.Linker(_wasmtimeEngine);
        WT.Instance wasmtimeInstance = wasmtimeLinker.Instantiate(_wasmtimeStore, wasmtimeModule);
        _wasmtimeKernel = wasmtimeInstance.GetFunction<int, long>(Kernel)
            ?? throw new InvalidOperationException($"Wasmtime: no export {Kernel}");

        Check("WasmSharp", expected, WasmSharp());
        Check("Wasmtime", expected, Wasmtime());
    }

    /// <summary>Releases Wasmtime's native objects.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _wasmtimeStore.Dispose();
        _wasmtimeEngine.Dispose();
    }

    /// <summary>The kernel under Wasmtime.</summary>
    [Benchmark(Baseline = true)]
    public long Wasmtime() => _wasmtimeKernel(Scale);

    /// <summary>The kernel under WasmSharp, through a typed function.</summary>
    [Benchmark]
    public long WasmSharp() => _wasmSharpKernel.Call(_store, Scale);

    private void Check(string runtime, long expected, long actual)
    {
        if (expected != actual)
        {
            throw new InvalidOperationException($"{runtime}: {Kernel}({Scale}) = {actual}, expected {expected}");
        }
    }
}

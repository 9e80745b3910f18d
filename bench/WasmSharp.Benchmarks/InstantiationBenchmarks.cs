using BenchmarkDotNet.Attributes;
using WT = Wasmtime;

namespace WasmSharp.Benchmarks;

/// <summary>
/// Instantiating <c>mixbench-core.wasm</c> in a fresh Store: WasmSharp through <see cref="InstancePre{T}"/>
/// against Wasmtime's <c>Linker.Instantiate</c> (goal: no slower).
/// </summary>
[MemoryDiagnoser]
public class InstantiationBenchmarks
{
    private Engine _engine = null!;
    private InstancePre<object?> _pre = null!;
    private WT.Engine _wasmtimeEngine = null!;
    private WT.Module _wasmtimeModule = null!;
    private WT.Linker _wasmtimeLinker = null!;

    /// <summary>Compiles the module once in each runtime.</summary>
    [GlobalSetup]
    public void Setup()
    {
        byte[] bytes = File.ReadAllBytes(BenchmarkInputs.MixbenchCore);
        _engine = new Engine();
        _pre = new Linker<object?>(_engine).InstantiatePre(Module.FromBytes(_engine, bytes));

        _wasmtimeEngine = new WT.Engine();
        _wasmtimeModule = WT.Module.FromBytes(_wasmtimeEngine, "mixbench-core", bytes);
        _wasmtimeLinker = new WT.Linker(_wasmtimeEngine);
    }

    /// <summary>Releases Wasmtime's native objects.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _wasmtimeLinker.Dispose();
        _wasmtimeModule.Dispose();
        _wasmtimeEngine.Dispose();
    }

    /// <summary>Wasmtime: new Store, Linker.Instantiate.</summary>
    [Benchmark(Baseline = true)]
    public object Wasmtime()
    {
        using var store = new WT.Store(_wasmtimeEngine);
        return _wasmtimeLinker.Instantiate(store, _wasmtimeModule);
    }

    /// <summary>WasmSharp: new Store, InstancePre.Instantiate; the Store is disposed like Wasmtime's.</summary>
    [Benchmark]
    public object WasmSharp()
    {
        using var store = new Store<object?>(_engine, null);
        return _pre.Instantiate(store);
    }
}

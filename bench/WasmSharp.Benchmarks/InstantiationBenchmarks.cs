using BenchmarkDotNet.Attributes;
using WT = Wasmtime;

namespace WasmSharp.Benchmarks;

/// <summary>
/// Instantiating <c>mixbench-core.wasm</c> in a fresh Store: WasmSharp through <see cref="InstancePre{T}"/>
/// against Wasmtime's <c>Linker.Instantiate</c> (goal: no slower), each with on-demand allocation and
/// with the pooling allocator (the same limits for both).
/// </summary>
[MemoryDiagnoser]
public class InstantiationBenchmarks
{
    private Engine _engine = null!;
    private InstancePre<object?> _pre = null!;
    private WT.Engine _wasmtimeEngine = null!;
    private WT.Module _wasmtimeModule = null!;
    private WT.Linker _wasmtimeLinker = null!;
    private Engine _pooledEngine = null!;
    private InstancePre<object?> _pooledPre = null!;
    private WT.Engine _wasmtimePooledEngine = null!;
    private WT.Module _wasmtimePooledModule = null!;
    private WT.Linker _wasmtimePooledLinker = null!;

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

        var pool = new PoolingAllocationConfig { TotalCoreInstances = 100, TotalMemories = 100, TotalTables = 100 };
        _pooledEngine = new Engine(new Config { AllocationStrategy = InstanceAllocationStrategy.Pooling(pool) });
        _pooledPre = new Linker<object?>(_pooledEngine).InstantiatePre(Module.FromBytes(_pooledEngine, bytes));
        // The engine disposes the config; the config copies the pool settings.
        using (var wasmtimePool = new WT.PoolingAllocationConfig().WithMaxCoreInstances(100).WithMaxMemories(100).WithMaxTables(100))
        {
            _wasmtimePooledEngine = new WT.Engine(new WT.Config().WithPoolingAllocationStrategy(wasmtimePool));
        }

        _wasmtimePooledModule = WT.Module.FromBytes(_wasmtimePooledEngine, "mixbench-core", bytes);
        _wasmtimePooledLinker = new WT.Linker(_wasmtimePooledEngine);
    }

    /// <summary>Releases Wasmtime's native objects.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _wasmtimeLinker.Dispose();
        _wasmtimeModule.Dispose();
        _wasmtimeEngine.Dispose();
        _wasmtimePooledLinker.Dispose();
        _wasmtimePooledModule.Dispose();
        _wasmtimePooledEngine.Dispose();
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

    /// <summary>Wasmtime with its pooling allocator: new Store, Linker.Instantiate.</summary>
    [Benchmark]
    public object WasmtimePooled()
    {
        using var store = new WT.Store(_wasmtimePooledEngine);
        return _wasmtimePooledLinker.Instantiate(store, _wasmtimePooledModule);
    }

    /// <summary>WasmSharp with the pooling allocator: new Store, InstancePre.Instantiate, Store disposed (its slot reset).</summary>
    [Benchmark]
    public object WasmSharpPooled()
    {
        using var store = new Store<object?>(_pooledEngine, null);
        return _pooledPre.Instantiate(store);
    }
}

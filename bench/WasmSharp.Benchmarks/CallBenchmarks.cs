using BenchmarkDotNet.Attributes;
using WT = Wasmtime;

namespace WasmSharp.Benchmarks;

/// <summary>
/// Crossing the host/wasm boundary: a typed host→wasm call of an empty function, and a wasm→host
/// call of an empty host function (timed inside a wasm loop of <see cref="HostCallsPerInvoke"/> calls).
/// Goal: under 20 ns each.
/// </summary>
[MemoryDiagnoser]
public class CallBenchmarks
{
    /// <summary>How many wasm→host calls one invocation of the loop makes.</summary>
    public const int HostCallsPerInvoke = 1000;

    private const string Wat = """
        (module
          (import "env" "host" (func $host))
          (func (export "empty"))
          (func (export "call_host") (param $n i32)
            (loop $again
              (call $host)
              (br_if $again (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))))
        """;

    private Store<object?> _store = null!;
    private TypedFunc<ValueTuple, ValueTuple> _empty = null!;
    private TypedFunc<int, ValueTuple> _callHost = null!;
    private WT.Engine _wasmtimeEngine = null!;
    private WT.Store _wasmtimeStore = null!;
    private Action _wasmtimeEmpty = null!;
    private Action<int> _wasmtimeCallHost = null!;

    /// <summary>Instantiates the module in both runtimes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var engine = new Engine();
        _store = new Store<object?>(engine, null);
        var linker = new Linker<object?>(engine);
        linker.FuncWrap("env", "host", () => { });
        Instance instance = linker.Instantiate(_store, Module.FromText(engine, Wat));
        _empty = instance.GetTypedFunc<ValueTuple, ValueTuple>(_store, "empty");
        _callHost = instance.GetTypedFunc<int, ValueTuple>(_store, "call_host");

        _wasmtimeEngine = new WT.Engine();
        _wasmtimeStore = new WT.Store(_wasmtimeEngine);
        using var module = WT.Module.FromText(_wasmtimeEngine, "calls", Wat);
        using var wasmtimeLinker = new WT.Linker(_wasmtimeEngine);
        wasmtimeLinker.DefineFunction("env", "host", () => { });
        WT.Instance wasmtimeInstance = wasmtimeLinker.Instantiate(_wasmtimeStore, module);
        _wasmtimeEmpty = wasmtimeInstance.GetAction("empty") ?? throw new InvalidOperationException("no empty");
        _wasmtimeCallHost = wasmtimeInstance.GetAction<int>("call_host") ?? throw new InvalidOperationException("no call_host");
    }

    /// <summary>Releases Wasmtime's native objects.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _wasmtimeStore.Dispose();
        _wasmtimeEngine.Dispose();
    }

    /// <summary>Host→wasm, Wasmtime.</summary>
    [Benchmark]
    public void WasmtimeHostToWasm() => _wasmtimeEmpty();

    /// <summary>Host→wasm, WasmSharp typed call.</summary>
    [Benchmark]
    public void WasmSharpHostToWasm() => _empty.Call(_store, default);

    /// <summary>Wasm→host, Wasmtime (per call).</summary>
    [Benchmark(OperationsPerInvoke = HostCallsPerInvoke)]
    public void WasmtimeWasmToHost() => _wasmtimeCallHost(HostCallsPerInvoke);

    /// <summary>Wasm→host, WasmSharp (per call).</summary>
    [Benchmark(OperationsPerInvoke = HostCallsPerInvoke)]
    public void WasmSharpWasmToHost() => _callHost.Call(_store, HostCallsPerInvoke);
}

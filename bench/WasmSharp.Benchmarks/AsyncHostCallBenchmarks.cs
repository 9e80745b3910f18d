using BenchmarkDotNet.Attributes;

namespace WasmSharp.Benchmarks;

/// <summary>
/// The cost of an async host function whose task has already completed, against a synchronous host
/// function of the same shape, per wasm→host call (timed inside a wasm loop of
/// <see cref="CallsPerInvoke"/> calls). An instance importing an async function runs in the
/// interpreter (docs/tiers.md), so the baselines are interpreted too; the compiled synchronous call
/// is there for scale. Goal (issue 11): at most 100 ns more than the synchronous call.
/// </summary>
[MemoryDiagnoser]
public class AsyncHostCallBenchmarks
{
    /// <summary>How many wasm→host calls one invocation of the loop makes.</summary>
    public const int CallsPerInvoke = 1000;

    private const string Wat = """
        (module
          (import "env" "host" (func $host (param i32) (result i32)))
          (func (export "call_host") (param $n i32) (result i32) (local $acc i32)
            (loop $again
              (local.set $acc (call $host (local.get $acc)))
              (br_if $again (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
            (local.get $acc)))
        """;

    private Store<object?> _syncStore = null!;
    private Store<object?> _compiledStore = null!;
    private Store<object?> _asyncStore = null!;
    private Store<object?> _asyncTaskStore = null!;
    private TypedFunc<int, int> _sync = null!;
    private TypedFunc<int, int> _compiled = null!;
    private TypedFunc<int, int> _asyncValueTask = null!;
    private TypedFunc<int, int> _asyncTask = null!;

    /// <summary>Instantiates the loop against each kind of host function.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (_syncStore, _sync) = Instantiate(new Config { Strategy = Strategy.Interpreter }, linker => linker.FuncWrap("env", "host", (Caller<object?> caller, int x) => x + 1));
        (_compiledStore, _compiled) = Instantiate(new Config { Strategy = Strategy.Compiler }, linker => linker.FuncWrap("env", "host", (Caller<object?> caller, int x) => x + 1));
        (_asyncStore, _asyncValueTask) = Instantiate(new Config { Strategy = Strategy.Interpreter, AsyncSupport = true }, linker => linker.FuncWrapAsync("env", "host", (Caller<object?> caller, int x) => ValueTask.FromResult(x + 1)));
        (_asyncTaskStore, _asyncTask) = Instantiate(new Config { Strategy = Strategy.Interpreter, AsyncSupport = true }, linker => linker.FuncWrapAsync("env", "host", (Caller<object?> caller, int x) => Task.FromResult(x + 1)));
    }

    /// <summary>Interpreted guest, synchronous host function (per call).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = CallsPerInvoke)]
    public int InterpretedSyncHost() => _sync.Call(_syncStore, CallsPerInvoke);

    /// <summary>Compiled guest, synchronous host function (per call).</summary>
    [Benchmark(OperationsPerInvoke = CallsPerInvoke)]
    public int CompiledSyncHost() => _compiled.Call(_compiledStore, CallsPerInvoke);

    /// <summary>Interpreted guest in an async call, async host function returning a completed <see cref="ValueTask{TResult}"/> (per call).</summary>
    [Benchmark(OperationsPerInvoke = CallsPerInvoke)]
    public Task<int> AsyncHostCompletedValueTask() => _asyncValueTask.CallAsync(_asyncStore, CallsPerInvoke);

    /// <summary>As <see cref="AsyncHostCompletedValueTask"/> with a completed <see cref="Task{TResult}"/> (allocated by Task.FromResult beyond its small-value cache).</summary>
    [Benchmark(OperationsPerInvoke = CallsPerInvoke)]
    public Task<int> AsyncHostCompletedTask() => _asyncTask.CallAsync(_asyncTaskStore, CallsPerInvoke);

    private static (Store<object?> Store, TypedFunc<int, int> Loop) Instantiate(Config config, Action<Linker<object?>> define)
    {
        var engine = new Engine(config);
        var store = new Store<object?>(engine, null);
        var linker = new Linker<object?>(engine);
        define(linker);
        Module module = Module.FromText(engine, Wat);
        Instance instance = config.AsyncSupport
            ? linker.InstantiateAsync(store, module).GetAwaiter().GetResult()
            : linker.Instantiate(store, module);
        return (store, instance.GetTypedFunc<int, int>(store, "call_host"));
    }
}

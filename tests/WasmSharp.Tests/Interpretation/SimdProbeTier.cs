namespace WasmSharp.Tests.Interpretation;

/// <summary>One instance of a <see cref="SimdProbeModule"/> on one tier, for comparing their outcomes.</summary>
internal sealed class SimdProbeTier : IDisposable
{
    private readonly Store _store;
    private readonly Instance _instance;
    private readonly Memory _memory;
    private readonly Dictionary<string, Func> _functions = [];

    /// <summary>Instantiates the module <paramref name="bytes"/> in a new engine of <paramref name="strategy"/>, relaxed SIMD enabled.</summary>
    public SimdProbeTier(Strategy strategy, byte[] bytes)
    {
        var engine = new Engine(new Config { Strategy = strategy, WasmRelaxedSimd = true });
        _store = new Store<int>(engine, 0);
        _instance = new Instance(_store, Module.FromBytes(engine, bytes), []);
        _memory = _instance.GetMemory(_store, "mem")!;
    }

    /// <summary>
    /// Calls <paramref name="export"/>: the outcome as text (its result with exact bits, its trap, or
    /// a digest of the memory after a store) and the result itself, if any.
    /// </summary>
    public (string Outcome, Val? Result) Run(string export, Val[] arguments)
    {
        if (!_functions.TryGetValue(export, out Func? function))
        {
            function = _instance.GetFunc(_store, export)!;
            _functions[export] = function;
        }

        Val[] results = new Val[function.Ty(_store).Results.Count];
        try
        {
            function.Call(_store, arguments, results);
        }
        catch (Trap trap)
        {
            return ("trap: " + trap.Message, null);
        }

        return results.Length == 1
            ? (InterpreterSimdDifferentialTests.Describe(results[0]), results[0])
            : ("memory " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(_memory.Span(_store))), null);
    }

    /// <summary>Disposes the store.</summary>
    public void Dispose() => _store.Dispose();
}

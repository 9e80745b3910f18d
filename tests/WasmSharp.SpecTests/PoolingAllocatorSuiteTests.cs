using WasmSharp.Wast;

namespace WasmSharp.SpecTests;

/// <summary>
/// Spec scripts with the pooling allocator (<see cref="InstanceAllocationStrategy.Pooling(PoolingAllocationConfig)"/>)
/// under both tiers, with per-module limits raised as Wasmtime's own wast tests raise them, so that
/// each script's modules fit: memories come from reused slots, and every memory, data and table
/// assertion must hold as it does with on-demand allocation. (The full 3.0 suite passes too, with
/// <c>wasmsharp wast -O pooling-allocator,pooling-max-memories-per-module=100,pooling-max-tables-per-module=100,pooling-table-elements=10000000</c>,
/// except for three <c>module definition</c> commands whose minimum exceeds any pool, refused at
/// module creation as Wasmtime's <c>Module::new</c> refuses them; and shared memories, which
/// Wasmtime's pool does not support either.)
/// </summary>
public sealed class PoolingAllocatorSuiteTests
{
    public static IEnumerable<object[]> Scripts() =>
        SpecSuite.Files(SearchOption.TopDirectoryOnly, ["wasm-2.0", "wasm-3.0/core/bulk-memory", "wasm-3.0/core/multi-memory"]);

    [SpecSuiteTheory]
    [MemberData(nameof(Scripts))]
    public void ExecutesScriptWithPooledInstances(string script)
    {
        var pool = new PoolingAllocationConfig { MaxMemoriesPerModule = 100, MaxTablesPerModule = 100, TableElements = 10_000_000, TotalMemories = 200 };
        foreach (Strategy strategy in new[] { Strategy.Compiler, Strategy.Interpreter })
        {
            var options = new WastRunnerOptions { Strategy = strategy, AllocationStrategy = InstanceAllocationStrategy.Pooling(pool) };
            ExecutionTests.AssertExecuted(new WastRunner(options).RunFile(SpecSuite.ScriptPath(script)), script);
        }
    }
}

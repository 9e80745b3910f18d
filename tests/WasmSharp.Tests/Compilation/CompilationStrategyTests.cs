using System.Runtime;
using System.Text;

namespace WasmSharp.Tests.Compilation;

/// <summary>
/// When machine code is made: by default at <c>Module</c> creation (as Wasmtime's <c>Module::new</c>),
/// on one or several threads, or lazily at first call with <see cref="Config.LazyCompilation"/>.
/// </summary>
public sealed class CompilationStrategyTests
{
    private const int FunctionCount = 300;

    // f0 returns 0 and f(i) returns f(i-1) + 1, so "top" returns FunctionCount - 1 only if every
    // function was compiled and linked right.
    private static string ChainModule()
    {
        var wat = new StringBuilder("(module\n  (func $f0 (result i32) (i32.const 0))\n");
        for (int i = 1; i < FunctionCount; i++)
        {
            wat.Append($"  (func $f{i} (result i32) (i32.add (call $f{i - 1}) (i32.const 1)))\n");
        }

        wat.Append($"  (export \"top\" (func $f{FunctionCount - 1})))");
        return wat.ToString();
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void EveryStrategyRunsTheSameCode(bool lazy, bool parallel)
    {
        var engine = new Engine(new Config { LazyCompilation = lazy, ParallelCompilation = parallel });
        var store = new Store<int>(engine, 0);
        var instance = new Instance(store, Module.FromText(engine, ChainModule()), []);
        Assert.Equal(FunctionCount - 1, instance.GetTypedFunc<ValueTuple, int>(store, "top").Call(store, default));
    }

    [Fact]
    public void ModuleCreationCompilesEveryFunctionToMachineCodeByDefault()
    {
        string wat = ChainModule();
        var eager = new Engine(new Config { ParallelCompilation = false });
        long before = JitInfo.GetCompiledMethodCount(currentThread: true);
        Module.FromText(eager, wat);
        Assert.True(JitInfo.GetCompiledMethodCount(currentThread: true) - before >= FunctionCount);

        var lazy = new Engine(new Config { LazyCompilation = true });
        before = JitInfo.GetCompiledMethodCount(currentThread: true);
        Module.FromText(lazy, wat);
        Assert.True(JitInfo.GetCompiledMethodCount(currentThread: true) - before < FunctionCount);
    }

    [Fact]
    public void DefaultsMatchWasmtime()
    {
        var config = new Config();
        Assert.True(config.ParallelCompilation);
        Assert.False(config.LazyCompilation);
        Assert.True(new Engine(config).ParallelCompilation);
    }
}

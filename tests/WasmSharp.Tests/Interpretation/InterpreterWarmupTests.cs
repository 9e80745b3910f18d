using WasmSharp.Interpretation;

namespace WasmSharp.Tests.Interpretation;

/// <summary>
/// The interpreter's dispatch loop is compiled by the JIT in the background as soon as a module is
/// known to be interpreted (<see cref="InterpreterWarmup"/>), not at its first call.
/// </summary>
public sealed class InterpreterWarmupTests
{
    [Fact]
    public async Task AnInterpretedModuleHasTheDispatchLoopCompiledInTheBackgroundAndRuns()
    {
        var engine = new Engine(new Config { Strategy = Strategy.Interpreter });
        Module module = Module.FromText(engine, """
            (module (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))
            """);

        // Started by the module's creation in this process at the latest; the JIT needs about
        // 100 ms for it, far less than the timeout on any machine that runs these tests.
        await InterpreterWarmup.Compiled.WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

        var store = new Store<int>(engine, 0);
        var instance = new Instance(store, module, []);
        Assert.Equal(5, instance.GetTypedFunc<(int, int), int>(store, "add").Call(store, (2, 3)));
    }
}

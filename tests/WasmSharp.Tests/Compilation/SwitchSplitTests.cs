using WasmSharp.TestSupport;

namespace WasmSharp.Tests.Compilation;

/// <summary>
/// C <c>switch</c> statements (a <c>br_table</c> over a ladder of hundreds of nested blocks) in
/// functions above <see cref="Config.FunctionSplitThreshold"/>: their case bodies are compiled as
/// regions of their own, so that no method is left too large for RyuJIT to optimize, and the
/// split interpreter loop computes exactly what the whole one does.
/// </summary>
[Collection(JitEventsCollection.Name)]
public sealed class SwitchSplitTests
{
    private static readonly string s_interpreter = SwitchModuleGenerator.Wat(cases: 300, largeEvery: 40, largeBytes: 8000);

    // Shared tails, each jumped to by the five cases before it, that take 36 KB: kept in the
    // function as the tails of a small switch are, they would leave it too large to optimize.
    private static readonly string s_interpreterWithTails = SwitchModuleGenerator.Wat(cases: 300, largeEvery: 1000, largeBytes: 0, tailEvery: 10, tailBytes: 1200);

    // A block with a result deep in the ladder, and a value pushed between two of its outer
    // blocks (QuickJS's JS_CallInternal has both): spans go past the first, and those outside
    // the second stay in the function.
    private static readonly string s_interpreterWithMerge = SwitchModuleGenerator.Wat(cases: 300, largeEvery: 40, largeBytes: 8000, mergeAt: 30, pushAt: 295);

    // The switch inside an `if` just outside the table's block, as in Ruby's VM loop (ruby.wasm
    // 3.4): spans start at the if's end.
    private static readonly string s_interpreterInAnIf = SwitchModuleGenerator.Wat(cases: 300, largeEvery: 40, largeBytes: 8000, ifAt: 0);

    // The switch's inner blocks inside a loop that case 10 (which falls through) repeats, as in two
    // of ruby.wasm's functions: spans go on outside it.
    private static readonly string s_interpreterInALoop = SwitchModuleGenerator.Wat(cases: 300, largeEvery: 40, largeBytes: 8000, loopAt: 10);

    [Fact]
    public void NoMethodOfASwitchInterpreterIsCompiledWithMinOpts() => AssertSplitWithoutMinOpts(s_interpreter);

    [Fact]
    public void NoMethodOfASwitchInterpreterWithLargeSharedTailsIsCompiledWithMinOpts() => AssertSplitWithoutMinOpts(s_interpreterWithTails);

    [Fact]
    public void NoMethodOfASwitchInterpreterWithAResultBlockInItsLadderIsCompiledWithMinOpts() => AssertSplitWithoutMinOpts(s_interpreterWithMerge);

    [Fact]
    public void NoMethodOfASwitchInterpreterInsideAnIfIsCompiledWithMinOpts() => AssertSplitWithoutMinOpts(s_interpreterInAnIf);

    [Fact]
    public void NoMethodOfASwitchInterpreterWithALoopInItsLadderIsCompiledWithMinOpts() => AssertSplitWithoutMinOpts(s_interpreterInALoop);

    [Fact]
    public void TheListenerSeesMethodsCompiledWithMinOpts()
    {
        // A method the JIT must give up on (over 2,000 basic blocks), so that the test above can fail.
        var method = new System.Reflection.Emit.DynamicMethod("LargerThanRyuJitOptimizes", typeof(int), [typeof(int)]);
        System.Reflection.Emit.ILGenerator il = method.GetILGenerator();
        System.Reflection.Emit.LocalBuilder sum = il.DeclareLocal(typeof(int));
        for (int i = 0; i < 2500; i++)
        {
            System.Reflection.Emit.Label skip = il.DefineLabel();
            il.Emit(System.Reflection.Emit.OpCodes.Ldarg_0);
            il.Emit(System.Reflection.Emit.OpCodes.Ldc_I4, i);
            il.Emit(System.Reflection.Emit.OpCodes.Bne_Un, skip);
            il.Emit(System.Reflection.Emit.OpCodes.Ldloc, sum);
            il.Emit(System.Reflection.Emit.OpCodes.Ldc_I4, i * 3);
            il.Emit(System.Reflection.Emit.OpCodes.Add);
            il.Emit(System.Reflection.Emit.OpCodes.Stloc, sum);
            il.MarkLabel(skip);
        }

        il.Emit(System.Reflection.Emit.OpCodes.Ldloc, sum);
        il.Emit(System.Reflection.Emit.OpCodes.Ret);
        using var listener = new JitTierListener();
        Assert.Equal(30, method.CreateDelegate<Func<int, int>>()(10));

        IReadOnlyList<string>? minOpts = listener.TakeMinOpts(TimeSpan.FromSeconds(30));
        Assert.NotNull(minOpts);
        Assert.Contains(minOpts, m => m.EndsWith("LargerThanRyuJitOptimizes", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(300, 40, 8000, 0, 0, -1, -1, 6 * 1024, 1)]
    [InlineData(300, 40, 8000, 0, 0, -1, -1, 6 * 1024, 77)]
    [InlineData(120, 7, 3000, 0, 0, -1, -1, 1024, 5)]
    [InlineData(200, 1000, 0, 0, 0, -1, -1, 512, 9)]
    [InlineData(60, 11, 600, 0, 0, -1, -1, 16, 3)]
    [InlineData(300, 1000, 0, 10, 1200, -1, -1, 6 * 1024, 4)]
    [InlineData(300, 40, 8000, 10, 1200, -1, -1, 6 * 1024, 8)]
    [InlineData(90, 1000, 0, 6, 300, -1, -1, 1024, 6)]
    [InlineData(60, 1000, 0, 7, 100, -1, -1, 16, 2)]
    [InlineData(300, 40, 8000, 0, 0, 30, 295, 6 * 1024, 10)]
    [InlineData(300, 40, 8000, 10, 1200, 150, 200, 6 * 1024, 11)]
    [InlineData(120, 7, 3000, 0, 0, 3, 60, 1024, 12)]
    [InlineData(60, 11, 600, 0, 0, 20, 40, 16, 13)]
    [InlineData(60, 1000, 0, 7, 100, 1, 2, 16, 14)]
    public void ASplitSwitchInterpreterComputesWhatTheInterpreterTierDoes(int cases, int largeEvery, int largeBytes, int tailEvery, int tailBytes, int mergeAt, int pushAt, int threshold, int seed) =>
        AssertSplitComputesWhatTheInterpreterDoes(SwitchModuleGenerator.Wat(cases, largeEvery, largeBytes, tailEvery, tailBytes, mergeAt, pushAt), threshold, seed);

    [Theory]
    [InlineData(300, 40, 8000, 0, 6 * 1024, 15)]
    [InlineData(300, 40, 8000, 3, 6 * 1024, 16)]
    [InlineData(120, 7, 3000, 0, 1024, 17)]
    [InlineData(60, 11, 600, 0, 16, 18)]
    [InlineData(60, 11, 600, 5, 16, 19)]
    public void ASplitSwitchInsideAnIfComputesWhatTheInterpreterTierDoes(int cases, int largeEvery, int largeBytes, int ifAt, int threshold, int seed) =>
        AssertSplitComputesWhatTheInterpreterDoes(SwitchModuleGenerator.Wat(cases, largeEvery, largeBytes, ifAt: ifAt), threshold, seed);

    [Theory]
    [InlineData(120, 7, 3000, 25)]
    [InlineData(200, 1000, 0, 26)]
    public void ASwitchInsideAnIfInAFunctionUnderTwoBudgetsIsCutIntoSpans(int cases, int largeEvery, int largeBytes, int seed)
    {
        // With the function at 1.5 budgets, the plan that stops its ladder at the if cuts
        // nothing; the function is planned again past the if.
        string wat = SwitchModuleGenerator.Wat(cases, largeEvery, largeBytes, ifAt: 0);
        int size = Module.FromText(new Engine(new Config { Strategy = Strategy.Interpreter }), wat).Info.Bodies[2].CodeLength;
        var config = new Config { Strategy = Strategy.Compiler, FunctionSplitThreshold = size * 2 / 3 };
        Assert.NotEmpty(SplitCode.RegionsOf(Module.FromText(new Engine(config), wat), 2));
        Assert.Equal(Run(new Config { Strategy = Strategy.Interpreter }, wat, seed, 20_000), Run(config, wat, seed, 20_000));
    }

    [Theory]
    [InlineData(300, 40, 8000, 10, -1, 6 * 1024, 20)]
    [InlineData(300, 40, 8000, 28, 0, 6 * 1024, 21)]
    [InlineData(120, 7, 3000, 1, -1, 1024, 22)]
    [InlineData(60, 11, 600, 10, -1, 16, 23)]
    [InlineData(60, 11, 600, 19, 0, 16, 24)]
    public void ASplitSwitchWithALoopInItsLadderComputesWhatTheInterpreterTierDoes(int cases, int largeEvery, int largeBytes, int loopAt, int ifAt, int threshold, int seed) =>
        AssertSplitComputesWhatTheInterpreterDoes(SwitchModuleGenerator.Wat(cases, largeEvery, largeBytes, ifAt: ifAt, loopAt: loopAt), threshold, seed);

    private static void AssertSplitComputesWhatTheInterpreterDoes(string wat, int threshold, int seed)
    {
        long interpreted = Run(new Config { Strategy = Strategy.Interpreter }, wat, seed, 20_000);
        long compiled = Run(new Config { Strategy = Strategy.Compiler, FunctionSplitThreshold = threshold }, wat, seed, 20_000);
        Assert.Equal(interpreted, compiled);
    }

    [Fact]
    public void ASplitSwitchInterpreterConsumesTheFuelTheInterpreterTierDoes()
    {
        ulong interpreted = FuelUsed(new Config { Strategy = Strategy.Interpreter, ConsumeFuel = true });
        ulong compiled = FuelUsed(new Config { Strategy = Strategy.Compiler, ConsumeFuel = true });
        Assert.Equal(interpreted, compiled);
    }

    // Compiles the module (function 2 is the interpreter) and checks that it was split and that
    // RyuJIT optimized every method of it.
    private static void AssertSplitWithoutMinOpts(string wat) =>
        Assert.NotEmpty(SplitCode.RegionsOf(SplitCode.CompileWithoutMinOpts(new Engine(), wat), 2));

    private static ulong FuelUsed(Config config)
    {
        var engine = new Engine(config);
        var store = new Store<int>(engine, 0);
        store.SetFuel(100_000_000);
        var instance = new Instance(store, Module.FromText(engine, s_interpreter), []);
        instance.GetTypedFunc<int, ValueTuple>(store, "init").Call(store, 11);
        instance.GetTypedFunc<int, long>(store, "run").Call(store, 5_000);
        return 100_000_000 - store.GetFuel();
    }

    private static long Run(Config config, string wat, int seed, int steps)
    {
        var engine = new Engine(config);
        var store = new Store<int>(engine, 0);
        var instance = new Instance(store, Module.FromText(engine, wat), []);
        instance.GetTypedFunc<int, ValueTuple>(store, "init").Call(store, seed);
        return instance.GetTypedFunc<int, long>(store, "run").Call(store, steps);
    }
}

using WasmSharp.TestSupport;
using WasmSharp.Tests.Binary;

namespace WasmSharp.Tests.Api;

/// <summary>
/// Modules at the size extremes a valid module reaches (docs/limits.md) compile or are interpreted
/// and compute the right result under both strategies: functions past the CLR's 65,535 methods per
/// type, wasmparser's 50,000 locals, 1,000 params and results, a million-entry <c>br_table</c>,
/// 100,000 nested blocks, megabyte bodies, and tens of thousands of types, globals, tables,
/// segments and exports. Sizes keep the whole class within about a minute on two cores; the
/// compiler's function count still crosses the old limit (about 32,700 functions, two methods each).
/// </summary>
[Collection(LargeModuleCollection.Name)]
public sealed class ModuleSizeExtremesTests
{
    public static TheoryData<Strategy> Strategies => new() { Strategy.Compiler, Strategy.Interpreter };

    [Theory]
    [MemberData(nameof(Strategies))]
    public void FunctionsPastTheMethodsPerTypeLimitAllRunAndAreExported(Strategy strategy)
    {
        int count = strategy == Strategy.Compiler ? 36_000 : 200_000;
        ExtremeModules.Generated module = ExtremeModules.ManyFunctions(count, exportAll: true);
        (Store<object?> store, Instance instance) = Instantiate(module, strategy);
        Assert.Equal(module.Expected, instance.GetTypedFunc<ValueTuple, long>(store, "run").Call(store, default));

        // f_i = i + f_(i/2): the last function calls across every type boundary down to f_0.
        long last = 0;
        for (int i = count - 1; i > 0; i /= 2)
        {
            last += i;
        }

        Assert.Equal(last, instance.GetTypedFunc<ValueTuple, long>(store, "f" + (count - 1)).Call(store, default));

        // The backtrace names a function of the last of the compiled types.
        Trap trap = Assert.Throws<Trap>(() => instance.GetTypedFunc<ValueTuple, long>(store, "trap").Call(store, default));
        Assert.Equal(count + 1, trap.Backtrace.Frames[0].FuncIndex);
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void FiftyThousandLocals(Strategy strategy) => AssertRuns(ExtremeModules.ManyLocals(50_000), strategy);

    [Theory]
    [MemberData(nameof(Strategies))]
    public void ThousandParamsAndResults(Strategy strategy)
    {
        const int count = 1_000;
        ExtremeModules.Generated module = ExtremeModules.ManyParamsAndResults(count);
        (Store<object?> store, Instance instance) = Instantiate(module, strategy);
        Assert.Equal(module.Expected, instance.GetTypedFunc<ValueTuple, long>(store, "run").Call(store, default));

        // From the host too, through the untyped entry point.
        var parameters = new Val[count];
        for (int i = 0; i < count; i++)
        {
            parameters[i] = Val.I32(i);
        }

        var results = new Val[count];
        instance.GetFunc(store, "mix")!.Call(store, parameters, results);
        for (int j = 0; j < count; j++)
        {
            Assert.Equal(count - 1, results[j].AsI32());
        }
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void MillionEntryBranchTable(Strategy strategy) => AssertRuns(ExtremeModules.HugeBranchTable(1_000_000), strategy);

    [Theory]
    [MemberData(nameof(Strategies))]
    public void HundredThousandNestedBlocksLoopsAndIfs(Strategy strategy) => AssertRuns(ExtremeModules.DeepNesting(100_000), strategy);

    [Theory]
    [MemberData(nameof(Strategies))]
    public void TwoMegabyteFunction(Strategy strategy) => AssertRuns(ExtremeModules.HugeFunction(2 << 20), strategy);

    // Regions of a split function used to start only where the operand stack was empty: this stayed
    // one method, compiled unoptimized with a frame past the 512 KiB stack budget ("call stack
    // exhausted" from 1 MB on; 700 KB still ran).
    [Theory]
    [MemberData(nameof(Strategies))]
    public void MegabyteExpressionKeepingItsValueOnTheOperandStack(Strategy strategy) =>
        AssertRuns(ExtremeModules.HugeFunction(1 << 20, onStack: true), strategy);

    [Theory]
    [MemberData(nameof(Strategies))]
    public void TensOfThousandsOfTypesGlobalsSegmentsAndExportsAndHundredsOfTables(Strategy strategy) =>
        AssertRuns(ExtremeModules.ManyOfEverything(20_000, tables: 500), strategy);

    [Theory]
    [MemberData(nameof(Strategies))]
    public void SixtyThousandOperandsOnTheStack(Strategy strategy) => AssertRuns(ExtremeModules.DeepOperandStack(60_000), strategy);

    [Fact]
    public void ACompiledOperandStackPastTheEvaluationStacksDepthIsAnImplementationLimitUpFront()
    {
        // The .NET evaluation stack of a method is at most 65,535 deep: rejected while the module
        // is created, not by the JIT's InvalidProgramException at the first call.
        byte[] bytes = ExtremeModules.DeepOperandStack(WasmImplementationLimitException.MaxCompiledOperandStack + 1).Bytes;
        var e = Assert.Throws<WasmImplementationLimitException>(() => Module.FromBytes(new Engine(new Config { Strategy = Strategy.Compiler }), bytes));
        Assert.StartsWith("implementation limit exceeded: function 0 has more than 65000 values", e.Message);

        // The interpreter keeps operands in frame slots on the wasm stack: a larger budget holds them.
        ExtremeModules.Generated deep = ExtremeModules.DeepOperandStack(70_000);
        var engine = new Engine(new Config { Strategy = Strategy.Interpreter, MaxWasmStack = 4 << 20 });
        var store = new Store<object?>(engine, null);
        Instance instance = new Linker<object?>(engine).Instantiate(store, Module.FromBytes(engine, deep.Bytes));
        Assert.Equal(deep.Expected, instance.GetTypedFunc<ValueTuple, long>(store, "run").Call(store, default));

        // Strategy.Auto runs every valid module: what the compiler rejects runs in the interpreter.
        var auto = new Engine(new Config { MaxWasmStack = 4 << 20 });
        Module module = Module.FromBytes(auto, deep.Bytes);
        Assert.IsType<WasmSharp.Interpretation.InterpretedModule>(module.Code);
        var autoStore = new Store<object?>(auto, null);
        Instance autoInstance = new Linker<object?>(auto).Instantiate(autoStore, module);
        Assert.Equal(deep.Expected, autoInstance.GetTypedFunc<ValueTuple, long>(autoStore, "run").Call(autoStore, default));
    }

    [Fact]
    public void PastWasmtimesBoundsOnFunctionsParamsResultsAndMemoriesModulesAreMalformed()
    {
        var engine = new Engine();
        Assert.Contains("functions count exceeds limit of 1000000", Assert.Throws<WasmFormatException>(() => Module.Validate(engine, ExtremeModules.FunctionSectionOnly(1_000_001))).Message);
        Assert.DoesNotContain("exceeds limit", Assert.Throws<WasmFormatException>(() => Module.Validate(engine, ExtremeModules.FunctionSectionOnly(1_000_000))).Message);
        Assert.Contains("function params size is out of bounds", Assert.Throws<WasmFormatException>(() => Module.Validate(engine, ExtremeModules.OneFunctionType(1_001, 0))).Message);
        Assert.Contains("function returns size is out of bounds", Assert.Throws<WasmFormatException>(() => Module.Validate(engine, ExtremeModules.OneFunctionType(0, 1_001))).Message);
        Module.Validate(engine, ExtremeModules.OneFunctionType(1_000, 1_000));

        // Memories, defined or imported (a compiled function keeps locals per memory it uses).
        byte[] Memories(int count) => WasmBuilder.Section(5, WasmBuilder.Vec(Enumerable.Repeat(WasmBuilder.B(0x00, 0x00), count).ToArray()));
        byte[] Imports(int count) => WasmBuilder.Section(2, WasmBuilder.Vec(Enumerable.Range(0, count).Select(i => WasmBuilder.Concat(WasmBuilder.Name("env"), WasmBuilder.Name("m" + i), WasmBuilder.B(0x02, 0x00, 0x00))).ToArray()));
        Module.Validate(engine, WasmBuilder.Module(Imports(50), Memories(50)));
        Assert.Contains("memories count exceeds limit of 100", Assert.Throws<WasmFormatException>(() => Module.Validate(engine, WasmBuilder.Module(Memories(101)))).Message);
        Assert.Contains("memories count exceeds limit of 100", Assert.Throws<WasmFormatException>(() => Module.Validate(engine, WasmBuilder.Module(Imports(50), Memories(51)))).Message);
        Assert.Contains("memories count exceeds limit of 100", Assert.Throws<WasmFormatException>(() => Module.Validate(engine, WasmBuilder.Module(Imports(101)))).Message);
    }

    private static void AssertRuns(ExtremeModules.Generated module, Strategy strategy)
    {
        (Store<object?> store, Instance instance) = Instantiate(module, strategy);
        Assert.Equal(module.Expected, instance.GetTypedFunc<ValueTuple, long>(store, "run").Call(store, default));
    }

    private static (Store<object?> Store, Instance Instance) Instantiate(ExtremeModules.Generated module, Strategy strategy)
    {
        var engine = new Engine(new Config { Strategy = strategy });
        var store = new Store<object?>(engine, null);
        return (store, new Linker<object?>(engine).Instantiate(store, Module.FromBytes(engine, module.Bytes)));
    }
}

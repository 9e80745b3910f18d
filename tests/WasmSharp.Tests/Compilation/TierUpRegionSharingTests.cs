using WasmSharp.Compilation;

namespace WasmSharp.Tests.Compilation;

/// <summary>
/// Under tier-up a split function gets two methods, its ordinary one and its on-stack replacement
/// entry, compiled at different times: they call the same region methods (<see cref="SharedRegions"/>)
/// instead of each compiling them, and compute what the compiler tier does. The entry of a
/// function that RyuJIT optimizes whole is compiled whole (<see cref="RegionPlanner.FitsWhole"/>),
/// so that it can enter every loop.
/// </summary>
public sealed class TierUpRegionSharingTests
{
    // A loop of blocks: with a split threshold of 16 bytes each block is a region of its own.
    // LOADS is empty, or a block of loads that takes the function past the blocks RyuJIT optimizes whole.
    private const string Template = """
        (module
          (memory 1)
          (func (export "work") (param $n i32) (result i64) (local $i i32) (local $acc i64)
            LOADS
            (loop $again
              (block (local.set $acc (i64.add (local.get $acc) (i64.extend_i32_u (i32.mul (local.get $i) (i32.const 7))))))
              (block (i32.store offset=64 (i32.and (local.get $i) (i32.const 255)) (i32.add (local.get $i) (i32.load offset=64 (i32.const 0)))))
              (block (br_if 0 (i32.and (local.get $i) (i32.const 3))) (local.set $acc (i64.xor (local.get $acc) (i64.const 0x5555))))
              (block (local.set $acc (i64.add (local.get $acc) (i64.load32_u offset=64 (i32.const 0)))))
              (br_if $again (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
            (local.get $acc)))
        """;

    private static readonly string Wat = Template.Replace("LOADS", "(block " + string.Concat(Enumerable.Repeat("(drop (i32.load (i32.const 0)))", 600)) + ")", StringComparison.Ordinal);

    private static readonly string WholeWat = Template.Replace("LOADS", "", StringComparison.Ordinal);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TheLoopEntryAndTheOrdinaryMethodCompileTheRegionsOnce(bool loopEntryFirst)
    {
        var engine = new Engine(new Config { Strategy = Strategy.Interpreter });
        Module module = Module.FromText(engine, Wat);
        var compiler = new TierUpCompiler(module.Info, consumeFuel: false, epochInterruption: false, epochContinuation: false, splitThreshold: 16);
        int work = module.Info.ImportedFunctionCount;

        if (loopEntryFirst)
        {
            Assert.NotNull(compiler.CompileLoops(work));
        }
        else
        {
            compiler.Compile([work]);
        }

        int regions = compiler.RegionMethodCount;
        Assert.True(regions >= 4, $"{regions} region methods");
        if (loopEntryFirst)
        {
            compiler.Compile([work]);
        }
        else
        {
            Assert.NotNull(compiler.CompileLoops(work));
        }

        Assert.Equal(regions, compiler.RegionMethodCount);
    }

    [Fact]
    public void AnActivationThatMovesToTheLoopEntryAfterTheFunctionCompiledComputesWhatTheCompilerDoes()
    {
        // Synchronous tier-up: the call's own back-edges make the function hot (its ordinary
        // method is compiled), then its loop hot (its entry is compiled, calling those regions).
        var auto = new Engine(new Config { Strategy = Strategy.Auto, TierUpCodeSize = 0, TierUpThreshold = 10, TierUpSynchronously = true, FunctionSplitThreshold = 16 });
        var compiled = new Engine(new Config { Strategy = Strategy.Compiler, FunctionSplitThreshold = 16 });
        Assert.Equal(Run(compiled), Run(auto));
    }

    [Fact]
    public void TheLoopEntryOfAFunctionRyuJitOptimizesWholeIsOneMethodThatEntersItsLoop()
    {
        var engine = new Engine(new Config { Strategy = Strategy.Interpreter });
        Module module = Module.FromText(engine, WholeWat);
        Module split = Module.FromText(engine, Wat);
        Assert.True(RegionPlanner.FitsWhole(module.Info, module.Info.Bodies[0]));
        Assert.False(RegionPlanner.FitsWhole(split.Info, split.Info.Bodies[0]));

        var compiler = new TierUpCompiler(module.Info, consumeFuel: false, epochInterruption: false, epochContinuation: false, splitThreshold: 16);
        Assert.NotNull(compiler.CompileLoops(module.Info.ImportedFunctionCount));
        Assert.Equal(0, compiler.RegionMethodCount);

        // Its ordinary method is still split, as under the compiler tier.
        compiler.Compile([module.Info.ImportedFunctionCount]);
        Assert.True(compiler.RegionMethodCount >= 4, $"{compiler.RegionMethodCount} region methods");
    }

    [Fact]
    public void AnActivationOfAFunctionOptimizedWholeMovesIntoItsLoopEntryAndComputesWhatTheCompilerDoes()
    {
        var auto = new Engine(new Config { Strategy = Strategy.Auto, TierUpCodeSize = 0, TierUpThreshold = 10, TierUpSynchronously = true, FunctionSplitThreshold = 16 });
        var compiled = new Engine(new Config { Strategy = Strategy.Compiler, FunctionSplitThreshold = 16 });
        Assert.Equal(Run(compiled, WholeWat), Run(auto, WholeWat));
    }

    private static long Run(Engine engine) => Run(engine, Wat);

    private static long Run(Engine engine, string wat)
    {
        var store = new Store<int>(engine, 0);
        var instance = new Instance(store, Module.FromText(engine, wat), []);
        return instance.GetTypedFunc<int, long>(store, "work").Call(store, 100_000);
    }
}

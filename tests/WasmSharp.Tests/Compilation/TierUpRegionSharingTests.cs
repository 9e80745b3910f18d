using WasmSharp.Compilation;

namespace WasmSharp.Tests.Compilation;

/// <summary>
/// Under tier-up a split function gets two methods, its ordinary one and its on-stack replacement
/// entry, compiled at different times: they call the same region methods (<see cref="SharedRegions"/>)
/// instead of each compiling them, and compute what the compiler tier does.
/// </summary>
public sealed class TierUpRegionSharingTests
{
    // A loop of blocks: with a split threshold of 16 bytes each block is a region of its own.
    private const string Wat = """
        (module
          (memory 1)
          (func (export "work") (param $n i32) (result i64) (local $i i32) (local $acc i64)
            (loop $again
              (block (local.set $acc (i64.add (local.get $acc) (i64.extend_i32_u (i32.mul (local.get $i) (i32.const 7))))))
              (block (i32.store offset=64 (i32.and (local.get $i) (i32.const 255)) (i32.add (local.get $i) (i32.load offset=64 (i32.const 0)))))
              (block (br_if 0 (i32.and (local.get $i) (i32.const 3))) (local.set $acc (i64.xor (local.get $acc) (i64.const 0x5555))))
              (block (local.set $acc (i64.add (local.get $acc) (i64.load32_u offset=64 (i32.const 0)))))
              (br_if $again (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
            (local.get $acc)))
        """;

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

    private static long Run(Engine engine)
    {
        var store = new Store<int>(engine, 0);
        var instance = new Instance(store, Module.FromText(engine, Wat), []);
        return instance.GetTypedFunc<int, long>(store, "work").Call(store, 100_000);
    }
}

using System.Text;

namespace WasmSharp.Tests.Compilation;

/// <summary>
/// The precomputed bounds-check limits of a function (one local per access extent) are reloaded
/// after every call that may grow memory. In a function with hundreds of such calls they must not
/// push its method past RyuJIT's 20,000 IL instructions for full optimization (the SQLite shell's
/// bytecode loop did, under tier-up): there, an extent keeps a limit only where its accesses save
/// more than its reloads cost.
/// </summary>
[Collection(JitEventsCollection.Name)]
public sealed class BoundsCheckLimitTests
{
    // 500 calls that may grow memory, then loads at 8 offsets: with a limit local for each offset,
    // each call's reload alone is 39 IL instructions, over 19,500 for the function.
    private static string CallHeavyModule()
    {
        var body = new StringBuilder();
        for (int i = 0; i < 500; i++)
        {
            body.Append("    (call $maybe (local.get $g))\n");
        }

        foreach (int offset in (int[])[0, 4, 8, 16, 32, 64, 128, 256])
        {
            body.Append($"    (local.set $s (i32.add (local.get $s) (i32.load offset={offset} (local.get $a))))\n");
        }

        return $$"""
            (module
              (memory 1)
              (func $maybe (param $g i32)
                (if (local.get $g) (then (drop (memory.grow (i32.const 1))))))
              (func (export "store") (param $a i32) (param $v i32)
                (i32.store (local.get $a) (local.get $v)))
              (func (export "run") (param $a i32) (param $g i32) (result i32) (local $s i32)
            {{body}}    (local.get $s)))
            """;
    }

    [Fact]
    public void AFunctionWithHundredsOfCallsThatMayGrowMemoryIsOptimized()
    {
        var engine = new Engine(new Config { Strategy = Strategy.Compiler });
        Module module = SplitCode.CompileWithoutMinOpts(engine, CallHeavyModule());

        // And its checks stand against the length reloaded after the growth.
        var store = new Store<int>(engine, 0);
        Instance instance = new Linker<int>(engine).Instantiate(store, module);
        TypedFunc<(int, int), int> run = instance.GetTypedFunc<(int, int), int>(store, "run");
        Assert.Equal(0, run.Call(store, (65536, 1)));
        int end = 501 * 65536;
        instance.GetTypedFunc<(int, int), ValueTuple>(store, "store").Call(store, (end - 4, 9));
        Assert.Equal(9, run.Call(store, (end - 260, 0)));
        Trap trap = Assert.Throws<Trap>(() => run.Call(store, (end - 259, 0)));
        Assert.Equal(TrapCode.MemoryOutOfBounds, trap.Code);
    }
}

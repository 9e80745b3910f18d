using System.Globalization;
using System.Text;

namespace WasmSharp.Tests.Compilation;

/// <summary>
/// Straight-line code cut into pieces (a function over <see cref="Config.FunctionSplitThreshold"/>
/// whose blocks are not enough): a piece must stop before a construct larger than a piece even
/// where the construct's operand is pushed just before it and the function has no value slots to
/// hand it over, so that no piece grows into a method RyuJIT compiles with MinOpts.
/// </summary>
[Collection(JitEventsCollection.Name)]
public sealed class StraightLineSplitTests
{
    // Memory-heavy code as clang emits at -O0 (CPython's WASI build): 5.5 KB of statements, then
    // an `if` on a loaded value over 6.4 KB more, then more statements; no results anywhere, so
    // the frame has no value slots.
    private static readonly string s_wat = Module(before: 300, inside: 360, after: 200);

    [Fact]
    public void APieceStopsBeforeALargeIfWhoseConditionIsPushedJustBeforeIt() =>
        Assert.NotEmpty(SplitCode.RegionsOf(SplitCode.CompileWithoutMinOpts(new Engine(), s_wat), 0));

    [Theory]
    [InlineData(6 * 1024)]
    [InlineData(1024)]
    [InlineData(16)]
    public void SplitStraightLineCodeComputesWhatTheInterpreterTierDoes(int threshold)
    {
        Assert.Equal(Run(new Config { Strategy = Strategy.Interpreter }), Run(new Config { Strategy = Strategy.Compiler, FunctionSplitThreshold = threshold }));
    }

    private static long Run(Config config)
    {
        var engine = new Engine(config);
        var store = new Store<int>(engine, 0);
        var instance = new Instance(store, WasmSharp.Module.FromText(engine, s_wat), []);
        var run = instance.GetTypedFunc<ValueTuple, ValueTuple>(store, "run");
        for (int i = 0; i < 3; i++)
        {
            run.Call(store, default);
        }

        return instance.GetTypedFunc<ValueTuple, long>(store, "checksum").Call(store, default);
    }

    private static string Module(int before, int inside, int after)
    {
        var w = new StringBuilder();
        w.AppendLine("(module (memory 1) (data (i32.const 0) \"\\01\\02\\03\\04\\05\\06\\07\\08\\09\")");
        w.AppendLine("  (func (export \"run\")");
        int n = 0;
        void Statements(int count)
        {
            for (int i = 0; i < count; i++, n++)
            {
                int a = (n * 12) % 4000;
                int b = (n * 20 + 4) % 4000;
                int c = (n * 28 + 8) % 4000;
                w.AppendLine(CultureInfo.InvariantCulture, $"    (i32.store offset={c} (i32.const 0) (i32.add (i32.load offset={a} (i32.const 0)) (i32.load offset={b} (i32.const 0))))");
            }
        }

        Statements(before);
        w.AppendLine("    (if (i32.load offset=8 (i32.const 0)) (then");
        Statements(inside);
        w.AppendLine("    ))");
        Statements(after);
        w.AppendLine("  )");
        w.AppendLine("  (func (export \"checksum\") (result i64) (local $i i32) (local $sum i64)");
        w.AppendLine("    (loop $l (local.set $sum (i64.add (i64.mul (local.get $sum) (i64.const 31)) (i64.load (local.get $i))))");
        w.AppendLine("      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 8))) (i32.const 4096))))");
        w.AppendLine("    (local.get $sum)))");
        return w.ToString();
    }
}

using System.Globalization;
using System.Text;
using WasmSharp.Text;

namespace WasmSharp.Tests.Api;

/// <summary>
/// <see cref="Config.GenerateAddressMap"/> (Wasmtime's <c>Config::generate_address_map</c>): with
/// it, every frame of a compiled backtrace has its module offset, also where the IL offsets .NET
/// reports cannot tell (a function calling one callee in several places, several trapping
/// instructions of a kind in one function, accesses sharing a trap block). Without it those frames
/// have none, and these tests show that they do not, so that each case is one the map decides.
/// Markers as in <see cref="TrapOffsetTests"/>: the instruction after <c>i64.const K drop</c>.
/// </summary>
public sealed class AddressMapTests
{
    public static TheoryData<int> Calls => new() { 1, 2, 3 };

    [Theory]
    [MemberData(nameof(Calls))]
    public void EachCallOfOneCalleeIsLocated(int trapping)
    {
        // $caller calls $callee three times, each result feeding the next call through a local
        // (the JIT merges the three statements into one); call number `trapping` traps.
        string wat = TrapOffsetTests.MergedCalls(trapping);
        AssertOffsets(wat, [0x7777, 0x6660 + trapping, 0x8888], unmappedUnknown: [1]);
    }

    [Fact]
    public void TheTrappingOneOfSeveralDivisionsIsLocated()
    {
        // Both divisions trap in the same runtime helper; the second one divides by zero.
        const string wat = """
            (module
              (func $divide (param i32 i32) (result i32)
                (local.get 0) (i32.const 3) (i64.const 0x7776) drop i32.div_s
                (local.get 0) (local.get 1) (i64.const 0x7777) drop i32.div_s
                i32.add)
              (func (export "run") (i32.const 7) (i32.const 0) (i64.const 0x8888) drop (call $divide) drop))
            """;
        AssertOffsets(wat, [0x7777, 0x8888], unmappedUnknown: [0]);
    }

    [Fact]
    public void AnAccessSharingItsTrapBlockIsLocated()
    {
        // 1,500 loads in one method, each wider than the last (so each is checked): past the
        // accesses that get a trap block of their own, they share one, which cannot tell which
        // access failed. The last one is out of bounds.
        var loads = new StringBuilder();
        for (int i = 0; i < 1500; i++)
        {
            loads.Append(CultureInfo.InvariantCulture, $"(i32.load offset={4 * i} (local.get 0)) i32.add\n");
        }

        string wat = $$"""
            (module
              (memory 1)
              (func $trapping (param i32)
                (i32.const 0)
                {{loads}}
                (local.get 0) (i64.const 0x7777) drop (i32.load offset=65536) i32.add drop)
              (func (export "run") (i32.const 0) (i64.const 0x8888) drop (call $trapping)))
            """;
        AssertOffsets(wat, [0x7777, 0x8888], unmappedUnknown: [0], split: int.MaxValue);
    }

    [Fact]
    public void AHostErrorIsLocatedAtItsCall()
    {
        // $caller calls the host twice in one expression; the second call throws.
        const string wat = """
            (module
              (import "host" "f" (func $f (param i32) (result i32)))
              (func $caller (result i32)
                (call $f (i32.const 1))
                (i32.const 2) (i64.const 0x6662) drop (call $f)
                i32.add)
              (func (export "run") (i64.const 0x8888) drop (call $caller) drop))
            """;
        byte[] wasm = WatParser.ParseModule(wat);
        foreach (bool map in new[] { true, false })
        {
            var engine = new Engine(new Config { Strategy = Strategy.Compiler, GenerateAddressMap = map });
            var linker = new Linker<int>(engine);
            linker.FuncWrap("host", "f", (int n) => n == 2 ? throw new Trap(TrapCode.HostError, "refused") : n);
            var store = new Store<int>(engine, 0);
            Func run = linker.Instantiate(store, Module.FromBytes(engine, wasm)).GetFunc(store, "run")!;
            Trap trap = Assert.Throws<Trap>(() => run.Call(store, [], []));
            IReadOnlyList<FrameInfo> frames = trap.Backtrace.Frames;
            Assert.Equal(BacktraceTests.After(wasm, 0x8888), frames[^1].ModuleOffset);
            Assert.Equal(map ? BacktraceTests.After(wasm, 0x6662) : null, frames[^2].ModuleOffset);
        }
    }

    [Fact]
    public void ReturnsAndTailCallsLeaveTheMapsRegion()
    {
        // $count has several calls (so an address map) and counts down by return_call a million
        // times: the tail calls, made after the region, must not grow the stack.
        const string wat = """
            (module
              (func $id (param i64) (result i64) (local.get 0))
              (func $count (param i64 i64) (result i64)
                (if (result i64) (i64.eqz (local.get 0))
                  (then (call $id (local.get 1)))
                  (else (return_call $count (i64.sub (local.get 0) (i64.const 1)) (i64.add (call $id (local.get 1)) (i64.const 2))))))
              (func (export "run") (param i64) (result i64) (call $count (local.get 0) (i64.const 0))))
            """;
        var engine = new Engine(new Config { Strategy = Strategy.Compiler, GenerateAddressMap = true });
        var store = new Store<int>(engine, 0);
        TypedFunc<long, long> run = new Instance(store, Module.FromText(engine, wat), []).GetTypedFunc<long, long>(store, "run");
        Assert.Equal(2_000_000L, run.Call(store, 1_000_000));
        Assert.Equal(0L, run.Call(store, 0));
    }

    [Fact]
    public void ACaughtExceptionLeavesNoRecordsBehindForTheNextTrap()
    {
        // $thrower's exception passes $middle (a map) and is caught in $catcher; then the
        // second call of $middle traps: its frames are located as if nothing had been thrown.
        const string wat = """
            (module
              (tag $e)
              (func $thrower (param i32)
                (if (local.get 0) (then (throw $e)))
                (i64.const 0x7777) drop unreachable)
              (func $middle (param i32)
                (local.get 0) (i64.const 0x6661) drop (call $thrower)
                (local.get 0) (i64.const 0x6662) drop (call $thrower))
              (func $catcher
                (block $done (try_table (catch $e $done) (call $middle (i32.const 1))))
                (i32.const 0) (i64.const 0x5555) drop (call $middle))
              (func (export "run") (i64.const 0x8888) drop (call $catcher)))
            """;
        AssertOffsets(wat, [0x7777, 0x6661, 0x5555, 0x8888], unmappedUnknown: [1]);
    }

    [Fact]
    public void ASavedModuleKeepsItsMapsAndItsSetting()
    {
        const string wat = """
            (module
              (func $callee (param i32) (result i32)
                (if (local.get 0) (then (i64.const 0x7777) drop unreachable))
                (local.get 0))
              (func $caller (result i32)
                (i32.const 0) (i64.const 0x6661) drop (call $callee)
                (i32.const 1) (i64.const 0x6662) drop (call $callee) i32.add)
              (func (export "run") (i64.const 0x8888) drop (call $caller) drop))
            """;
        byte[] wasm = WatParser.ParseModule(wat);
        var config = new Config { Strategy = Strategy.Compiler, GenerateAddressMap = true };
        byte[] artifact = Module.FromBytes(new Engine(config), wasm).Serialize();

        var engine = new Engine(config);
        var store = new Store<int>(engine, 0);
        Func run = new Instance(store, Module.Deserialize(engine, artifact), []).GetFunc(store, "run")!;
        Trap trap = Assert.Throws<Trap>(() => run.Call(store, [], []));
        Assert.Equal(new long[] { 0x7777, 0x6662, 0x8888 }.Select(m => (int?)BacktraceTests.After(wasm, m)), trap.Backtrace.Frames.Select(f => f.ModuleOffset));

        var without = Assert.Throws<WasmSerializationException>(() => Module.Deserialize(new Engine(new Config { Strategy = Strategy.Compiler }), artifact));
        Assert.Equal("Module was compiled with a different 'address-map' setting: expected 'true' but host has 'false'", without.Message);
    }

    // The frames of the trap of `run` stand after `markers`, innermost first, compiled with an
    // address map and interpreted; compiled without one, the frames numbered in `unmappedUnknown`
    // have no offset, and the others the same one or none (as the JIT kept IL offsets).
    private static void AssertOffsets(string wat, long[] markers, int[] unmappedUnknown, int split = 6 * 1024)
    {
        byte[] wasm = WatParser.ParseModule(wat);
        int?[] expected = markers.Select(m => (int?)BacktraceTests.After(wasm, m)).ToArray();
        Assert.Equal(expected, Offsets(wasm, new Config { Strategy = Strategy.Compiler, GenerateAddressMap = true, FunctionSplitThreshold = split }));
        Assert.Equal(expected, Offsets(wasm, new Config { Strategy = Strategy.Interpreter }));
        int?[] unmapped = Offsets(wasm, new Config { Strategy = Strategy.Compiler, FunctionSplitThreshold = split });
        Assert.Equal(expected.Length, unmapped.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(unmappedUnknown.Contains(i) ? unmapped[i] is null : unmapped[i] is null || unmapped[i] == expected[i], $"frame {i}: {unmapped[i]}");
        }
    }

    private static int?[] Offsets(byte[] wasm, Config config)
    {
        var engine = new Engine(config);
        var store = new Store<int>(engine, 0);
        Func run = new Instance(store, Module.FromBytes(engine, wasm), []).GetFunc(store, "run")!;
        Trap trap = Assert.Throws<Trap>(() => run.Call(store, [], []));
        return trap.Backtrace.Frames.Select(f => f.ModuleOffset).ToArray();
    }
}

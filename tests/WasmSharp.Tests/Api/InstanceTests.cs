using WasmSharp.Types;

namespace WasmSharp.Tests.Api;

public sealed class InstanceTests
{
    private static readonly Engine s_engine = new();

    [Fact]
    public void PositionalImportsAreCountedAndTypeChecked()
    {
        Module module = Module.FromText(s_engine, """(module (import "env" "f" (func)) (import "env" "g" (global i32)))""");
        var store = new Store<int>(s_engine, 0);
        Func f = Func.Wrap(store, () => { });
        var count = Assert.Throws<WasmLinkException>(() => new Instance(store, module, [f]));
        Assert.Equal("expected 2 imports, found 1", count.Message);

        var type = Assert.Throws<WasmLinkException>(() => new Instance(store, module, [f, f]));
        Assert.StartsWith("incompatible import type for `env::g`", type.Message, StringComparison.Ordinal);

        var g = new Global(store, new GlobalType(ValType.I32, false), Val.I32(4));
        new Instance(store, module, [f, g]);
    }

    /// <summary>
    /// A defined global that is immutable, initialized by a number constant and not exported has one
    /// cell for all instances of the module, in every store (no instance can change or see it
    /// apart); mutable, exported and reference globals get a cell per instance. Every strategy
    /// reads the same values.
    /// </summary>
    [Theory]
    [InlineData(Strategy.Compiler)]
    [InlineData(Strategy.Interpreter)]
    public void ConstantGlobalsNobodyCanObserveAreSharedByInstances(Strategy strategy)
    {
        var engine = new Engine(new Config { Strategy = strategy });
        Module module = Module.FromText(engine, """
            (module
              (global $constant i32 (i32.const 40))
              (global $counter (mut i32) (i32.const 0))
              (global $exported (export "exported") i64 (i64.const 7))
              (global $vector v128 (v128.const i32x4 1 2 3 4))
              (global $null funcref (ref.null func))
              (func (export "next") (result i32)
                (global.set $counter (i32.add (global.get $counter) (i32.const 1)))
                (i32.add (global.get $constant) (global.get $counter)))
              (func (export "lane") (result i32) (i32x4.extract_lane 3 (global.get $vector))))
            """);
        var store = new Store<int>(engine, 0);
        var otherStore = new Store<int>(engine, 0);
        Instance first = new(store, module, []), second = new(store, module, []), third = new(otherStore, module, []);
        WasmSharp.Vm.GlobalCell[] a = first.Context.Globals, b = second.Context.Globals, c = third.Context.Globals;
        Assert.Same(a[0], b[0]);
        Assert.Same(a[0], c[0]);
        Assert.Same(a[3], c[3]);
        Assert.NotSame(a[1], b[1]);
        Assert.NotSame(a[2], b[2]);
        Assert.NotSame(a[4], b[4]);

        var next = first.GetTypedFunc<ValueTuple, int>(store, "next");
        Assert.Equal(41, next.Call(store, default));
        Assert.Equal(42, next.Call(store, default));
        Assert.Equal(41, second.GetTypedFunc<ValueTuple, int>(store, "next").Call(store, default));
        Assert.Equal(4, third.GetTypedFunc<ValueTuple, int>(otherStore, "lane").Call(otherStore, default));
        Assert.Equal(Val.I64(7), second.GetGlobal(store, "exported")!.Get(store));
    }

    [Fact]
    public void ExternsOfAnotherStoreAreRefused()
    {
        Module module = Module.FromText(s_engine, """(module (import "env" "f" (func)))""");
        var store = new Store<int>(s_engine, 0);
        var other = new Store<int>(s_engine, 0);
        var e = Assert.Throws<WasmLinkException>(() => new Instance(store, module, [Func.Wrap(other, () => { })]));
        Assert.Equal("cross-`Store` instantiation is not currently supported", e.Message);
    }

    [Fact]
    public void ModulesOfAnotherEngineAreRefused()
    {
        Module module = Module.FromText(new Engine(), "(module)");
        var e = Assert.Throws<WasmLinkException>(() => new Instance(new Store<int>(s_engine, 0), module, []));
        Assert.Equal("cross-`Engine` instantiation is not currently supported", e.Message);
    }

    [Fact]
    public void StartTrapSurfacesFromInstantiationAndTheStoreStaysUsable()
    {
        var store = new Store<int>(s_engine, 0);
        Module trapping = Module.FromText(s_engine, """(module (func $start unreachable) (start $start))""");
        var trap = Assert.Throws<Trap>(() => new Instance(store, trapping, []));
        Assert.Equal(TrapCode.UnreachableCodeReached, trap.Code);

        Module fine = Module.FromText(s_engine, """(module (func (export "div") (param i32 i32) (result i32) local.get 0 local.get 1 i32.div_s))""");
        Instance instance = new(store, fine, []);
        TypedFunc<(int, int), int> div = instance.GetTypedFunc<(int, int), int>(store, "div");
        Assert.Equal(TrapCode.IntegerDivisionByZero, Assert.Throws<Trap>(() => div.Call(store, (1, 0))).Code);
        Assert.Equal(3, div.Call(store, (9, 3)));
    }

    [Fact]
    public void SegmentsOutOfBoundsTrapAfterEarlierOnesApplied()
    {
        var store = new Store<int>(s_engine, 0);
        var memory = new Memory(store, new MemoryType(new Limits(1, null), false, false));
        Module module = Module.FromText(s_engine, """
            (module (import "env" "m" (memory 1))
              (data (i32.const 0) "ab")
              (data (i32.const 65535) "cd"))
            """);
        var trap = Assert.Throws<Trap>(() => new Instance(store, module, [memory]));
        Assert.Equal(TrapCode.MemoryOutOfBounds, trap.Code);
        Assert.Equal((byte)'a', memory.Span(store)[0]);
    }

    [Fact]
    public void ExportsAreListedInModuleOrderAndFoundByHandle()
    {
        Module module = Module.FromText(s_engine, """
            (module (memory (export "z") 1) (func (export "a")) (global (export "m") i32 (i32.const 1)) (table (export "t") 1 funcref))
            """);
        var store = new Store<int>(s_engine, 0);
        var instance = new Instance(store, module, []);
        Assert.Equal(["z", "a", "m", "t"], instance.Exports(store).Select(e => e.Name));
        Assert.Equal([ExternKind.Memory, ExternKind.Func, ExternKind.Global, ExternKind.Table], instance.Exports(store).Select(e => e.Value.Kind));
        ModuleExport handle = module.GetExportIndex("m")!.Value;
        Assert.Same(instance.GetExport(store, "m"), instance.GetExport(store, handle));
        Assert.Null(instance.GetExport(store, "nope"));
    }

    [Fact]
    public void MissingTypedFunctionIsNamed()
    {
        var store = new Store<int>(s_engine, 0);
        var instance = new Instance(store, Module.FromText(s_engine, "(module)"), []);
        var e = Assert.Throws<ArgumentException>(() => instance.GetTypedFunc<int, int>(store, "x"));
        Assert.Equal("failed to find function export `x`", e.Message);
    }

    [Fact]
    public void MistypedTypedFunctionIsNamedAndKeepsTheMismatch()
    {
        var store = new Store<int>(s_engine, 0);
        var instance = new Instance(store, Module.FromText(s_engine, """(module (func (export "f") (param i32) (result i64) i64.const 0))"""), []);
        var byParams = Assert.Throws<ArgumentException>(() => instance.GetTypedFunc<long, long>(store, "f"));
        Assert.Equal("failed to convert function `f` to given type", byParams.Message);
        Assert.StartsWith("type mismatch with parameters", byParams.InnerException!.Message);
        var byResults = Assert.Throws<ArgumentException>(() => instance.GetTypedFunc<int, int>(store, "f"));
        Assert.Equal("failed to convert function `f` to given type", byResults.Message);
        Assert.StartsWith("type mismatch with results", byResults.InnerException!.Message);
        Assert.Equal(0L, instance.GetTypedFunc<int, long>(store, "f").Call(store, 1));
    }

    [Fact]
    public void TrapsCarryABacktraceWithNames()
    {
        var store = new Store<int>(s_engine, 0);
        Module module = Module.FromText(s_engine, """
            (module $m (func $inner unreachable) (func $outer (export "run") call $inner))
            """);
        Func run = new Instance(store, module, []).GetFunc(store, "run")!;
        Trap trap = Assert.Throws<Trap>(() => run.Call(store, [], []));
        Assert.Contains(trap.Backtrace.Frames, f => f.FuncIndex is 0 or 1);
    }

    [Fact]
    public void InstanceCountIsLimited()
    {
        var store = new Store<int>(s_engine, 0);
        store.Limiter(_ => new StoreLimits { InstanceLimit = 2 });
        Module module = Module.FromText(s_engine, "(module)");
        new Instance(store, module, []);
        new Instance(store, module, []);
        var e = Assert.Throws<WasmResourceLimitException>(() => new Instance(store, module, []));
        Assert.Equal("resource limit exceeded: instance count too high at 3", e.Message);
    }

    [Fact]
    public void BacktraceFramesCarryNameSectionNames()
    {
        var store = new Store<int>(s_engine, 0);
        Module module = Module.FromText(s_engine, """
            (module (@name "mod")
              (func $inner (@name "inner") (param i32) (result i32)
                local.get 0 i32.eqz if unreachable end
                local.get 0 i32.const 1 i32.sub call $inner)
              (func (@name "outer") (export "run") (param i32) (result i32) local.get 0 call $inner))
            """);
        var run = new Instance(store, module, []).GetTypedFunc<int, int>(store, "run");
        Trap trap = Assert.Throws<Trap>(() => run.Call(store, 3));
        FrameInfo innermost = trap.Backtrace.Frames[0];
        Assert.Equal(0, innermost.FuncIndex);
        Assert.Equal("inner", innermost.FuncName);
        Assert.Equal("mod", innermost.ModuleName);
        Assert.Contains("mod!inner", trap.Backtrace.ToString(), StringComparison.Ordinal);
    }
}

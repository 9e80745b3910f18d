using WasmSharp.Types;

namespace WasmSharp.Tests.Api;

public sealed class LinkerTests
{
    private static readonly Engine s_engine = new();

    [Fact]
    public void UnknownImportIsNamed()
    {
        Module module = Module.FromText(s_engine, """(module (import "env" "g" (global i32)))""");
        var store = new Store<int>(s_engine, 0);
        var linker = new Linker<int>(s_engine);
        var e = Assert.Throws<WasmLinkException>(() => linker.Instantiate(store, module));
        Assert.Equal("unknown import: `env::g` has not been defined", e.Message);
    }

    [Fact]
    public void DefiningTwiceFailsUnlessShadowingIsAllowed()
    {
        var linker = new Linker<int>(s_engine);
        linker.FuncWrap("env", "f", () => { });
        var e = Assert.Throws<WasmLinkException>(() => linker.FuncWrap("env", "f", () => { }));
        Assert.Equal("import of `env::f` defined twice", e.Message);

        linker.AllowShadowing = true;
        linker.FuncWrap("env", "f", () => 7);
        var store = new Store<int>(s_engine, 0);
        Assert.Equal(7, linker.Get(store, "env", "f") is Func f ? f.Typed<ValueTuple, int>(store).Call(store, default) : -1);
    }

    [Fact]
    public void FunctionTypeMismatchNamesTheImportAndTheReason()
    {
        Module module = Module.FromText(s_engine, """(module (import "env" "f" (func (param i32))))""");
        var store = new Store<int>(s_engine, 0);
        var linker = new Linker<int>(s_engine);
        linker.FuncWrap("env", "f", () => { });
        var e = Assert.Throws<WasmLinkException>(() => linker.Instantiate(store, module));
        Assert.StartsWith("incompatible import type for `env::f`", e.Message, StringComparison.Ordinal);
        Assert.Contains("function types incompatible", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MemoryTableAndGlobalMismatchesGiveTheirReasons()
    {
        var store = new Store<int>(s_engine, 0);
        var linker = new Linker<int>(s_engine);
        linker.Define(store, "env", "m", new Memory(store, new MemoryType(new Limits(1, null), false, false)));
        linker.Define(store, "env", "t", new Table(store, new TableType(ValType.FuncRef, new Limits(1, 5), false), Val.FuncRef(null)));
        linker.Define(store, "env", "g", new Global(store, new GlobalType(ValType.I32, true), Val.I32(1)));

        // Import matching: the maximum must exist and be at most the expected one; min at least.
        var memory = Assert.Throws<WasmLinkException>(() => linker.Instantiate(store, Module.FromText(s_engine, """(module (import "env" "m" (memory 1 2)))""")));
        Assert.Contains("incompatible import type for `env::m`: memory types incompatible", memory.Message, StringComparison.Ordinal);
        var table = Assert.Throws<WasmLinkException>(() => linker.Instantiate(store, Module.FromText(s_engine, """(module (import "env" "t" (table 2 funcref)))""")));
        Assert.Contains("table types incompatible", table.Message, StringComparison.Ordinal);
        var global = Assert.Throws<WasmLinkException>(() => linker.Instantiate(store, Module.FromText(s_engine, """(module (import "env" "g" (global i32)))""")));
        Assert.Contains("global types incompatible", global.Message, StringComparison.Ordinal);

        // Subtyping that holds: smaller expected minimum, larger expected maximum.
        linker.Instantiate(store, Module.FromText(s_engine, """(module (import "env" "t" (table 0 10 funcref)) (import "env" "g" (global (mut i32))))"""));
    }

    [Fact]
    public void InstancePreInstantiatesInManyStores()
    {
        Module module = Module.FromText(s_engine, """
            (module
              (import "env" "inc" (func $inc))
              (memory (export "mem") 1)
              (func (export "run") (result i32) call $inc call $inc i32.const 42))
            """);
        var linker = new Linker<int>(s_engine);
        linker.FuncWrap("env", "inc", (Caller<int> caller) => { caller.Data++; });
        InstancePre<int> pre = linker.InstantiatePre(module);
        for (int i = 0; i < 3; i++)
        {
            var store = new Store<int>(s_engine, i * 10);
            Instance instance = pre.Instantiate(store);
            Assert.Equal(42, instance.GetTypedFunc<ValueTuple, int>(store, "run").Call(store, default));
            Assert.Equal((i * 10) + 2, store.Data);
            Assert.Equal(1UL, instance.GetMemory(store, "mem")!.Size(store));
        }
    }

    [Fact]
    public void InstancePreRefusesExternsOfAnotherStore()
    {
        Module module = Module.FromText(s_engine, """(module (import "env" "g" (global i32)))""");
        var first = new Store<int>(s_engine, 0);
        var linker = new Linker<int>(s_engine);
        linker.Define(first, "env", "g", new Global(first, new GlobalType(ValType.I32, false), Val.I32(1)));
        InstancePre<int> pre = linker.InstantiatePre(module);
        pre.Instantiate(first);
        var e = Assert.Throws<WasmLinkException>(() => pre.Instantiate(new Store<int>(s_engine, 0)));
        Assert.Equal("cross-`Store` instantiation is not currently supported", e.Message);
    }

    [Fact]
    public void ModulesOfAnotherEngineAreRefused()
    {
        Module module = Module.FromText(new Engine(), "(module)");
        var e = Assert.Throws<WasmLinkException>(() => new Linker<int>(s_engine).InstantiatePre(module));
        Assert.Equal("cross-`Engine` instantiation is not currently supported", e.Message);
    }

    [Fact]
    public void InstanceDefinesAllExportsAndModulesLinkToEachOther()
    {
        var store = new Store<int>(s_engine, 0);
        var linker = new Linker<int>(s_engine);
        Instance a = linker.Instantiate(store, Module.FromText(s_engine, """(module (func (export "five") (result i32) i32.const 5) (global (export "g") i32 (i32.const 3)))"""));
        linker.Instance(store, "a", a);
        Instance b = linker.Instantiate(store, Module.FromText(s_engine, """
            (module (import "a" "five" (func $five (result i32))) (import "a" "g" (global $g i32))
              (func (export "sum") (result i32) call $five global.get $g i32.add))
            """));
        Assert.Equal(8, b.GetTypedFunc<ValueTuple, int>(store, "sum").Call(store, default));
    }

    [Fact]
    public void ReactorModulesAreInitializedOnceAndCommandsGetADefault()
    {
        var store = new Store<int>(s_engine, 0);
        var linker = new Linker<int>(s_engine);
        linker.FuncWrap("host", "bump", (Caller<int> c) => { c.Data++; });
        Module reactor = Module.FromText(s_engine, """
            (module (import "host" "bump" (func $bump))
              (func (export "_initialize") call $bump)
              (func (export "get") (result i32) i32.const 9))
            """);
        linker.Module(store, "reactor", reactor);
        Assert.Equal(1, store.Data);
        Assert.Equal(9, ((Func)linker.Get(store, "reactor", "get")!).Typed<ValueTuple, int>(store).Call(store, default));

        Module command = Module.FromText(s_engine, """
            (module (import "host" "bump" (func $bump)) (func (export "_start") call $bump))
            """);
        linker.Module(store, "command", command);
        Func start = linker.GetDefault(store, "command");
        start.Call(store, [], []);
        start.Call(store, [], []);
        Assert.Equal(3, store.Data);

        // A module without either gets a function that does nothing.
        linker.GetDefault(store, "nothing").Call(store, [], []);
    }

    [Fact]
    public void UnknownImportsCanBeDefinedAsTraps()
    {
        Module module = Module.FromText(s_engine, """(module (import "env" "missing" (func $m)) (func (export "call") call $m))""");
        var store = new Store<int>(s_engine, 0);
        var linker = new Linker<int>(s_engine);
        linker.DefineUnknownImportsAsTraps(module);
        Instance instance = linker.Instantiate(store, module);
        var trap = Assert.Throws<Trap>(() => instance.GetFunc(store, "call")!.Call(store, [], []));
        Assert.Contains("unknown import: `env::missing` has not been defined", trap.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UntypedLinkerFunctionsSeeTheCallingInstance()
    {
        var store = new Store<int>(s_engine, 0);
        var linker = new Linker<int>(s_engine);
        linker.DefineFunc("env", "peek", new FuncType([ValType.I32], [ValType.I32]), (caller, args, results) =>
        {
            results[0] = caller.GetExport("mem") is Memory memory ? Val.I32(memory.Span(caller)[args[0].AsI32()]) : Val.I32(-1);
        });
        Module module = Module.FromText(s_engine, """
            (module (import "env" "peek" (func $peek (param i32) (result i32)))
              (memory (export "mem") 1) (data (i32.const 7) "\2a")
              (func (export "run") (result i32) i32.const 7 call $peek))
            """);
        Assert.Equal(42, linker.Instantiate(store, module).GetTypedFunc<ValueTuple, int>(store, "run").Call(store, default));

        // Outside wasm, a linker function has no calling instance.
        var results = new Val[1];
        ((Func)linker.Get(store, "env", "peek")!).Call(store, [Val.I32(0)], results);
        Assert.Equal(-1, results[0].AsI32());
    }
}

namespace WasmSharp.Tests.Api;

/// <summary>
/// One store running both tiers: instances of an interpreted module (<c>Module.RunInterpreted</c>)
/// beside compiled ones, calling each other through imports, tables and <c>call_indirect</c>, with
/// traps, exceptions, backtraces and the stack limit behaving as in a single-tier store.
/// </summary>
public sealed class MixedTiersTests
{
    // Interpreted: functions called from compiled code, directly and through its exported table.
    private const string Library = """
        (module $lib
          (import "app" "twice" (func $twice (param i32) (result i32)))
          (table (export "table") 2 funcref)
          (elem (i32.const 0) $add $via_compiled)
          (tag $oops (export "oops") (param i32))
          (func $add (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
          (func $via_compiled (export "via_compiled") (param i32) (result i32) local.get 0 call $twice i32.const 1 i32.add)
          (func $fail (export "fail") (param i32) (result i32) unreachable)
          (func $throw (export "throw") (param i32) (result i32) local.get 0 throw $oops))
        """;

    // Compiled: calls into the library, and is called back by it.
    private const string App = """
        (module $app
          (import "lib" "add" (func $add (param i32 i32) (result i32)))
          (import "lib" "fail" (func $fail (param i32) (result i32)))
          (import "lib" "throw" (func $throw (param i32) (result i32)))
          (import "lib" "table" (table 2 funcref))
          (import "lib" "oops" (tag $oops (param i32)))
          (type $unary (func (param i32) (result i32)))
          (type $binary (func (param i32 i32) (result i32)))
          (func (export "direct") (param i32 i32) (result i32) local.get 0 local.get 1 call $add)
          (func (export "indirect") (param i32 i32) (result i32) local.get 0 local.get 1 i32.const 0 call_indirect (type $binary))
          (func (export "round_trip") (param i32) (result i32) local.get 0 i32.const 1 call_indirect (type $unary))
          (func $outer (export "trap") (param i32) (result i32) local.get 0 call $fail)
          (func (export "catch") (param i32) (result i32)
            (block $caught (result i32)
              (try_table (catch $oops $caught) local.get 0 call $throw return) unreachable)
            i32.const 100 i32.add))
        """;

    private static (Store<int> Store, Instance Library, Instance App) Link(bool libraryInterpreted = true)
    {
        var engine = new Engine(new Config { Strategy = Strategy.Compiler });
        var store = new Store<int>(engine, 0);
        var linker = new Linker<int>(engine);
        linker.FuncWrap("app", "twice", (int x) => x * 2);
        Module library = Module.FromText(engine, Library);
        library.RunInterpreted = libraryInterpreted;
        Instance lib = linker.Instantiate(store, library);
        linker.Instance(store, "lib", lib);
        Instance app = linker.Instantiate(store, Module.FromText(engine, App));
        return (store, lib, app);
    }

    [Fact]
    public void CompiledCodeCallsInterpretedFunctionsDirectlyAndThroughTables()
    {
        (Store<int> store, _, Instance app) = Link();

        Assert.Equal(5, app.GetTypedFunc<(int, int), int>(store, "direct").Call(store, (2, 3)));
        Assert.Equal(-1, app.GetTypedFunc<(int, int), int>(store, "indirect").Call(store, (int.MaxValue, int.MinValue)));

        // compiled → (table) interpreted → host → interpreted → compiled caller.
        Assert.Equal(43, app.GetTypedFunc<int, int>(store, "round_trip").Call(store, 21));
    }

    [Fact]
    public void InterpretedFunctionsCalledFromTheHostWorkInACompiledStore()
    {
        (Store<int> store, Instance lib, _) = Link();

        Assert.Equal(9, lib.GetTypedFunc<(int, int), int>(store, "add").Call(store, (4, 5)));
        var results = new Val[1];
        lib.GetFunc(store, "add")!.Call(store, [Val.I32(6), Val.I32(7)], results);
        Assert.Equal(13, results[0].AsI32());

        Table table = lib.GetTable(store, "table")!;
        Func viaTable = table.Get(store, 0)!.Value.AsFuncRef()!;
        Assert.Equal(3, viaTable.Typed<(int, int), int>(store).Call(store, (1, 2)));
    }

    [Fact]
    public void ATrapInAnInterpretedCalleeUnwindsThroughCompiledFramesWithBothInTheBacktrace()
    {
        (Store<int> store, _, Instance app) = Link();

        Trap trap = Assert.Throws<Trap>(() => app.GetTypedFunc<int, int>(store, "trap").Call(store, 1));

        Assert.Equal(TrapCode.UnreachableCodeReached, trap.Code);
        Assert.Equal(["lib!fail", "app!outer"], trap.Backtrace.Frames.Select(f => f.ToString()));

        // The store stays usable.
        Assert.Equal(5, app.GetTypedFunc<(int, int), int>(store, "direct").Call(store, (2, 3)));
    }

    [Fact]
    public void AnExceptionThrownByInterpretedCodeIsCaughtByACompiledHandler()
    {
        (Store<int> store, _, Instance app) = Link();

        Assert.Equal(107, app.GetTypedFunc<int, int>(store, "catch").Call(store, 7));
    }

    [Fact]
    public void DeepRecursionAcrossTiersIsAStackOverflowTrap()
    {
        var engine = new Engine(new Config { Strategy = Strategy.Compiler });
        var store = new Store<int>(engine, 0);
        var linker = new Linker<int>(engine);

        // ping (interpreted) and pong (compiled) call each other through a shared table.
        const string Table = """(module (table (export "t") 2 funcref))""";
        Instance tables = linker.Instantiate(store, Module.FromText(engine, Table));
        linker.Instance(store, "t", tables);
        const string Body = """
            (module
              (import "t" "t" (table 2 funcref))
              (type $f (func (param i32) (result i32)))
              (func $self (param i32) (result i32)
                local.get 0 i32.eqz if (result i32) i32.const 0
                else local.get 0 i32.const 1 i32.sub i32.const SLOT call_indirect (type $f) i32.const 1 i32.add end)
              (elem (i32.const OWN) func $self)
              (export "run" (func $self)))
            """;
        Module ping = Module.FromText(engine, Body.Replace("SLOT", "1").Replace("OWN", "0"));
        ping.RunInterpreted = true;
        Instance pingInstance = linker.Instantiate(store, ping);
        linker.Instantiate(store, Module.FromText(engine, Body.Replace("SLOT", "0").Replace("OWN", "1")));

        var run = pingInstance.GetTypedFunc<int, int>(store, "run");
        Assert.Equal(200, run.Call(store, 200));
        Trap trap = Assert.Throws<Trap>(() => run.Call(store, int.MaxValue));
        Assert.Equal(TrapCode.StackOverflow, trap.Code);
        Assert.Equal(300, run.Call(store, 300));
    }

    [Fact]
    public void TheSameModulesGiveTheSameResultsInOneTier()
    {
        (Store<int> store, _, Instance app) = Link(libraryInterpreted: false);

        Assert.Equal(43, app.GetTypedFunc<int, int>(store, "round_trip").Call(store, 21));
        Assert.Equal(107, app.GetTypedFunc<int, int>(store, "catch").Call(store, 7));
    }
}

using WasmSharp.Types;

namespace WasmSharp.Tests.Interpretation;

/// <summary>
/// Exception handling and tail calls in the interpreter tier (spec 4.4.8 <c>throw</c>,
/// <c>try_table</c>, <c>throw_ref</c>, <c>return_call</c>): interpreted code throws and catches the
/// same <see cref="WasmException"/> objects as host functions and the compiled tier, and tail calls
/// replace the caller's frame.
/// </summary>
public sealed class InterpreterExceptionTests
{
    private static readonly Engine s_interpreter = new(new Config { Strategy = Strategy.Interpreter });

    private static Instance Instantiate(Store store, string wat, params Extern[] imports) =>
        new(store, Module.FromText(store.Engine, wat), imports);

    // Untyped calls: TypedFunc calls compiled code directly, which an interpreter store has none of.
    private static Val[] Call(Store store, Func function, params Val[] arguments)
    {
        var results = new Val[function.Ty(store).Results.Count];
        function.Call(store, arguments, results);
        return results;
    }

    private static Val[] Call(Store store, Instance instance, string name, params Val[] arguments) =>
        Call(store, instance.GetFunc(store, name)!, arguments);

    [Fact]
    public void HostExceptionIsCaughtByAnInterpretedTryTable()
    {
        var store = new Store<int>(s_interpreter, 0);
        var tag = new Tag(store, new FuncType([ValType.I32, ValType.I64], []));
        Func host = Func.Wrap(store, (int x) =>
        {
            throw new WasmException(store, tag, Val.I32(x), Val.I64(x * 1000L));
        });
        Instance instance = Instantiate(store, """
            (module
              (import "env" "tag" (tag $t (param i32 i64)))
              (import "env" "host" (func $host (param i32)))
              (func $middle (param i32) (call $host (local.get 0)))
              (func (export "run") (param i32) (result i64)
                (local $x i64)
                (block $caught (result i32 i64)
                  (try_table (catch $t $caught) (call $middle (local.get 0)))
                  (return (i64.const -1)))
                (local.set $x)
                (i64.extend_i32_s)
                (i64.add (local.get $x))))
            """, tag, host);
        Assert.Equal(7007L, Call(store, instance, "run", Val.I32(7))[0].AsI64());

        // The handler left the interpreter stack as it was: the function runs again.
        Assert.Equal(3003L, Call(store, instance, "run", Val.I32(3))[0].AsI64());
    }

    [Fact]
    public void InterpretedThrowReachesTheHostAsWasmException()
    {
        var store = new Store<int>(s_interpreter, 0);
        Instance instance = Instantiate(store, """
            (module
              (tag $t (export "t") (param i32 f64))
              (tag $other (param i32 f64))
              (global $saved (mut exnref) (ref.null exn))
              (func $throw (param i32) (throw $t (local.get 0) (f64.const 2.5)))
              (func (export "run") (param i32)
                (block $ignored (result i32 f64)
                  (try_table (catch $other $ignored) (call $throw (local.get 0)))
                  (return))
                (unreachable))
              (func (export "save") (param i32)
                (block $caught (result exnref)
                  (try_table (catch_all_ref $caught) (call $throw (local.get 0)))
                  (return))
                (global.set $saved))
              (func (export "rethrow") (throw_ref (global.get $saved))))
            """);
        WasmException exception = Assert.Throws<WasmException>(() => Call(store, instance, "run", Val.I32(41)));
        Assert.Equal(instance.GetExport(store, "t"), exception.Tag);
        Assert.Equal([41, 2.5], exception.Payload.Select(v => v.Kind == ValKind.I32 ? (double)v.AsI32() : v.AsF64()));

        // An exnref caught by catch_all_ref and thrown again is the same object every time.
        Call(store, instance, "save", Val.I32(5));
        WasmException first = Assert.Throws<WasmException>(() => Call(store, instance, "rethrow"));
        WasmException second = Assert.Throws<WasmException>(() => Call(store, instance, "rethrow"));
        Assert.Same(first, second);
        Assert.Equal(5, first.Payload[0].AsI32());
    }

    [Fact]
    public void ExceptionCaughtAcrossANestedActivationLeavesNoStaleFrames()
    {
        // run → host → throw (a nested activation, which records its frames as the exception
        // leaves it) → caught in run and saved; thrown again later from `again` (function 3), its
        // backtrace holds only the frames of that second throw.
        var store = new Store<int>(s_interpreter, 0);
        Func? thrower = null;
        Func host = Func.Wrap(store, (Caller<int> caller) => { Call(caller, thrower!); });
        Instance instance = Instantiate(store, """
            (module $m
              (import "env" "host" (func $host))
              (tag $t)
              (global $saved (mut exnref) (ref.null exn))
              (func $throw (export "throw") (throw $t))
              (func (export "run") (result i32)
                (block $caught (result exnref)
                  (try_table (catch_all_ref $caught) (call $host))
                  (return (i32.const 0)))
                (global.set $saved)
                (i32.const 1))
              (func $again (export "again") (throw_ref (global.get $saved)))
              (func $trap (export "trap") (unreachable)))
            """, host);
        thrower = instance.GetFunc(store, "throw");
        Assert.Equal(1, Call(store, instance, "run")[0].AsI32());

        WasmException exception = Assert.Throws<WasmException>(() => Call(store, instance, "again"));
        Assert.Equal([3], Vm.Backtrace.Capture(exception).Select(f => f.FunctionIndex));

        Trap trap = Assert.Throws<Trap>(() => Call(store, instance, "trap"));
        Assert.Equal([4], trap.Backtrace.Frames.Select(f => f.FuncIndex));
    }

    [Fact]
    public void TrapsPassInterpretedCatchAll()
    {
        var store = new Store<int>(s_interpreter, 0);
        Instance instance = Instantiate(store, """
            (module
              (func $recurse (call $recurse))
              (func (export "trap") (result i32)
                (block $caught (try_table (catch_all $caught) (unreachable)))
                (i32.const 1))
              (func (export "exhaust") (result i32)
                (try (result i32) (do (call $recurse) (i32.const 0)) (catch_all (i32.const 1)))))
            """);
        Assert.Equal(TrapCode.UnreachableCodeReached, Assert.Throws<Trap>(() => Call(store, instance, "trap")).Code);
        Assert.Equal(TrapCode.StackOverflow, Assert.Throws<Trap>(() => Call(store, instance, "exhaust")).Code);
    }

    [Fact]
    public void ExceptionsCrossBetweenCompiledAndInterpretedCode()
    {
        // A compiled module in its own engine and store, reached from interpreted code through a
        // host function, and back: each tier's catch_all_ref catches the other's exception object.
        var compiledEngine = new Engine(new Config { Strategy = Strategy.Compiler });
        var compiledStore = new Store<int>(compiledEngine, 0);
        var interpretedStore = new Store<int>(s_interpreter, 0);
        const string wat = """
            (module
              (import "env" "call-other" (func $call-other (param i32)))
              (tag $t (export "t") (param i32))
              (global $caught (mut exnref) (ref.null exn))
              (func (export "throw") (param i32) (throw $t (local.get 0)))
              (func (export "catch-other") (param i32) (result i32)
                (block $h (result exnref)
                  (try_table (catch_all_ref $h) (call $call-other (local.get 0)))
                  (return (i32.const 0)))
                (global.set $caught)
                (i32.const 1))
              (func (export "rethrow") (throw_ref (global.get $caught))))
            """;
        Instance? compiled = null;
        Instance? interpreted = null;
        Func callCompiled = Func.Wrap(interpretedStore, (int x) => { Call(compiledStore, compiled!, "throw", Val.I32(x)); });
        Func callInterpreted = Func.Wrap(compiledStore, (int x) => { Call(interpretedStore, interpreted!, "throw", Val.I32(x)); });
        compiled = Instantiate(compiledStore, wat, callInterpreted);
        interpreted = Instantiate(interpretedStore, wat, callCompiled);

        Assert.Equal(1, Call(interpretedStore, interpreted, "catch-other", Val.I32(11))[0].AsI32());
        WasmException fromCompiled = Assert.Throws<WasmException>(() => Call(interpretedStore, interpreted, "rethrow"));
        Assert.Equal(compiled.GetExport(compiledStore, "t"), fromCompiled.Tag);
        Assert.Equal(11, fromCompiled.Payload[0].AsI32());

        Assert.Equal(1, Call(compiledStore, compiled, "catch-other", Val.I32(12))[0].AsI32());
        WasmException fromInterpreted = Assert.Throws<WasmException>(() => Call(compiledStore, compiled, "rethrow"));
        Assert.Equal(interpreted.GetExport(interpretedStore, "t"), fromInterpreted.Tag);
        Assert.Equal(12, fromInterpreted.Payload[0].AsI32());
        Assert.NotSame(fromCompiled, fromInterpreted);
    }

    [Fact]
    public void MillionDeepReturnCallLoopRunsInConstantFrames()
    {
        // 256 KiB of wasm stack holds 8,192 interpreter frames: enough for the tail calls only if
        // each replaces its caller, as the ordinary calls show by exhausting it.
        var engine = new Engine(new Config { Strategy = Strategy.Interpreter, MaxWasmStack = 256 * 1024 });
        var store = new Store<int>(engine, 0);
        Instance instance = Instantiate(store, """
            (module
              (type $step (func (param i32 i64) (result i64)))
              (table funcref (elem $odd))
              (func $even (export "even") (type $step)
                (if (result i64) (i32.eqz (local.get 0))
                  (then (local.get 1))
                  (else (return_call_indirect (type $step)
                    (i32.sub (local.get 0) (i32.const 1)) (i64.add (local.get 1) (i64.const 1)) (i32.const 0)))))
              (func $odd (type $step)
                (if (result i64) (i32.eqz (local.get 0))
                  (then (i64.sub (i64.const 0) (local.get 1)))
                  (else (return_call $even (i32.sub (local.get 0) (i32.const 1)) (i64.add (local.get 1) (i64.const 1))))))
              (func $plain (export "plain") (param i32) (result i32)
                (if (result i32) (i32.eqz (local.get 0))
                  (then (i32.const 0))
                  (else (call $plain (i32.sub (local.get 0) (i32.const 1)))))))
            """);
        Assert.Equal(1_000_000L, Call(store, instance, "even", Val.I32(1_000_000), Val.I64(0))[0].AsI64());
        Assert.Equal(-1_000_001L, Call(store, instance, "even", Val.I32(1_000_001), Val.I64(0))[0].AsI64());
        Assert.Equal(TrapCode.StackOverflow, Assert.Throws<Trap>(() => Call(store, instance, "plain", Val.I32(1_000_000))).Code);
    }

    [Fact]
    public void ReturnCallToAHostFunctionReturnsItsResults()
    {
        // The host callee returns more values than the caller has locals and stack slots.
        var store = new Store<int>(s_interpreter, 0);
        Func triple = Func.Wrap(store, (int x) => (x, x * 2L, x * 3.0));
        Instance instance = Instantiate(store, """
            (module
              (import "env" "triple" (func $triple (param i32) (result i32 i64 f64)))
              (func $count (export "count") (param i32 i32) (result i32 i64 f64)
                (if (result i32 i64 f64) (i32.eqz (local.get 0))
                  (then (return_call $triple (local.get 1)))
                  (else (return_call $count (i32.sub (local.get 0) (i32.const 1)) (i32.add (local.get 1) (i32.const 2)))))))
            """, triple);
        Val[] results = Call(store, instance, "count", Val.I32(1_000_000), Val.I32(0));
        Assert.Equal((2_000_000, 4_000_000L, 6_000_000.0), (results[0].AsI32(), results[1].AsI64(), results[2].AsF64()));
    }
}

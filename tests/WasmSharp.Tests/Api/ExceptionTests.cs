using WasmSharp.Types;

namespace WasmSharp.Tests.Api;

/// <summary>
/// Exception handling through the public API (spec 4.4.8 <c>throw</c>, <c>try_table</c>,
/// <c>throw_ref</c>): wasm exceptions cross wasm and host frames, are caught by tag identity,
/// keep their identity as exnref values, and surface to the host as <see cref="WasmException"/>;
/// traps are never caught by wasm handlers.
/// </summary>
public sealed class ExceptionTests
{
    private static readonly Engine s_engine = new();

    private static Instance Instantiate(Store store, string wat, params Extern[] imports) =>
        new(store, Module.FromText(s_engine, wat), imports);

    [Fact]
    public void ExceptionThrownInACalleeIsCaughtByTagWithItsPayload()
    {
        var store = new Store<int>(s_engine, 0);
        Instance instance = Instantiate(store, """
            (module
              (tag $a (param i32 i64))
              (tag $b (param f64))
              (func $throw (param i32)
                (if (local.get 0)
                  (then (throw $a (i32.const 7) (i64.const 35)))
                  (else (throw $b (f64.const 1.5)))))
              (func (export "run") (param i32) (result i64) (local $x i64)
                (block $on-a (result i32 i64)
                  (block $on-b (result f64)
                    (try_table (catch $a $on-a) (catch $b $on-b)
                      (call $throw (local.get 0)))
                    (return (i64.const -1)))
                  (return (i64.trunc_f64_s)))
                (local.set $x)
                (i64.extend_i32_s)
                (i64.add (local.get $x))))
            """);
        var run = instance.GetTypedFunc<int, long>(store, "run");
        Assert.Equal(42L, run.Call(store, 1));
        Assert.Equal(1L, run.Call(store, 0));
    }

    [Fact]
    public void CatchRefAndThrowRefKeepTheExceptionIdentity()
    {
        var store = new Store<int>(s_engine, 0);
        Instance instance = Instantiate(store, """
            (module
              (tag $t (export "t") (param i32))
              (global $saved (mut exnref) (ref.null exn))
              (func (export "rethrow-twice") (result i32)
                (block $outer (result i32 exnref)
                  (try_table (catch_ref $t $outer)
                    (block $inner (result i32 exnref)
                      (try_table (catch_ref $t $inner)
                        (throw $t (i32.const 9)))
                      (unreachable))
                    (global.set $saved)
                    (drop)
                    (throw_ref (global.get $saved)))
                  (unreachable))
                (drop)
                (i32.add (i32.const 1)))
              (func (export "throw-saved") (throw_ref (global.get $saved)))
              (func (export "escape") (param i32) (throw $t (local.get 0))))
            """);
        Assert.Equal(10, instance.GetTypedFunc<ValueTuple, int>(store, "rethrow-twice").Call(store, default));

        // The saved exnref is the very exception object, each time it is thrown again.
        var throwSaved = instance.GetTypedFunc<ValueTuple, ValueTuple>(store, "throw-saved");
        WasmException first = Assert.Throws<WasmException>(() => throwSaved.Call(store, default));
        WasmException second = Assert.Throws<WasmException>(() => throwSaved.Call(store, default));
        Assert.Same(first, second);
        Assert.Equal(9, Assert.Single(first.Payload).AsI32());

        WasmException exception = Assert.Throws<WasmException>(() => instance.GetTypedFunc<int, ValueTuple>(store, "escape").Call(store, 3));
        Assert.Equal(instance.GetExport(store, "t"), exception.Tag);
        Assert.Equal(3, Assert.Single(exception.Payload).AsI32());
    }

    [Fact]
    public void ThrowRefOfNullTraps()
    {
        var store = new Store<int>(s_engine, 0);
        Instance instance = Instantiate(store, """
            (module (func (export "f") (throw_ref (ref.null exn))))
            """);
        Trap trap = Assert.Throws<Trap>(() => instance.GetFunc(store, "f")!.Call(store, [], []));
        Assert.Equal(TrapCode.NullReference, trap.Code);
        Assert.Contains("null exception reference", trap.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExceptionsCrossHostFramesAndHostTagsMatchByIdentity()
    {
        var store = new Store<int>(s_engine, 0);
        var type = new FuncType([ValType.I32], []);
        var tag = new Tag(store, type);
        var other = new Tag(store, type);
        Func? thrower = null;
        Func host = Func.Wrap(store, (Caller<int> caller, int x) =>
        {
            thrower!.Typed<int, ValueTuple>(caller).Call(caller, x);
        });
        const string wat = """
            (module
              (import "env" "tag" (tag $t (param i32)))
              (import "env" "host" (func $host (param i32)))
              (func (export "throw") (param i32) (throw $t (local.get 0)))
              (func (export "run") (param i32) (result i32)
                (block $caught (result i32)
                  (try_table (catch $t $caught)
                    (call $host (local.get 0)))
                  (i32.const -1))))
            """;
        Instance a = Instantiate(store, wat, tag, host);
        thrower = a.GetFunc(store, "throw");

        // a's run → host → a's throw: the exception passes the host frame and is caught by tag.
        Assert.Equal(12, a.GetTypedFunc<int, int>(store, "run").Call(store, 12));

        // b imports another tag of the same type: a's exception is not b's, and reaches the host.
        Instance b = Instantiate(store, wat, other, host);
        WasmException escaped = Assert.Throws<WasmException>(() => b.GetTypedFunc<int, int>(store, "run").Call(store, 4));
        Assert.Equal(tag, escaped.Tag);
        Assert.NotEqual(other, escaped.Tag);
    }

    [Fact]
    public void HostFunctionsThrowExceptionsThatWasmCatches()
    {
        var store = new Store<int>(s_engine, 0);
        var tag = new Tag(store, new FuncType([ValType.I32, ValType.F64], []));
        Func host = Func.Wrap(store, (int x) =>
        {
            throw new WasmException(store, tag, Val.I32(x), Val.F64(0.5));
        });
        Instance instance = Instantiate(store, """
            (module
              (import "env" "tag" (tag $t (param i32 f64)))
              (import "env" "host" (func $host (param i32)))
              (func (export "run") (param i32) (result i32)
                (block $caught (result i32 f64)
                  (try_table (catch $t $caught) (call $host (local.get 0)))
                  (return (i32.const -1)))
                (drop)))
            """, tag, host);
        Assert.Equal(6, instance.GetTypedFunc<int, int>(store, "run").Call(store, 6));
        Assert.Throws<ArgumentException>(() => new WasmException(store, tag, Val.I32(1)));
    }

    [Fact]
    public void TrapsAndStackExhaustionAreNotCaughtByCatchAll()
    {
        var store = new Store<int>(s_engine, 0);
        Instance instance = Instantiate(store, """
            (module
              (func $recurse (call $recurse))
              (func (export "trap") (result i32)
                (block $caught
                  (try_table (catch_all $caught) (unreachable)))
                (i32.const 1))
              (func (export "exhaust") (result i32)
                (block $caught
                  (try_table (catch_all $caught) (call $recurse)))
                (i32.const 1))
              (tag $t)
              (func $recurse-in-try
                (block $caught
                  (try_table (catch $t $caught) (call $recurse-in-try))))
              (func (export "exhaust-filtered") (result i32)
                (call $recurse-in-try)
                (i32.const 1)))
            """);
        Assert.Equal(TrapCode.UnreachableCodeReached, Assert.Throws<Trap>(() => instance.GetTypedFunc<ValueTuple, int>(store, "trap").Call(store, default)).Code);
        Assert.Equal(TrapCode.StackOverflow, Assert.Throws<Trap>(() => instance.GetTypedFunc<ValueTuple, int>(store, "exhaust").Call(store, default)).Code);

        // Tagged clauses become exception filters, which run before unwinding, at the deepest frame.
        Assert.Equal(TrapCode.StackOverflow, Assert.Throws<Trap>(() => instance.GetTypedFunc<ValueTuple, int>(store, "exhaust-filtered").Call(store, default)).Code);
    }

    [Fact]
    public void LegacyTryCatchAndDelegateUseTheSameMachinery()
    {
        var store = new Store<int>(s_engine, 0);
        Instance instance = Instantiate(store, """
            (module
              (tag $t (param i32))
              (func (export "run") (param i32) (result i32)
                (try (result i32)
                  (do
                    (try (result i32)
                      (do (throw $t (local.get 0)))
                      (delegate 0)))
                  (catch $t (i32.add (i32.const 100)))
                  (catch_all (i32.const -1)))))
            """);
        Assert.Equal(105, instance.GetTypedFunc<int, int>(store, "run").Call(store, 5));
    }
}

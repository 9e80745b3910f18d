namespace WasmSharp.Tests.Compilation;

/// <summary>
/// Tail calls and typed function references through the public API: tail calls must run in
/// constant stack (spec 4.4.8 <c>return_call</c>), whatever the shape of the call.
/// </summary>
public sealed class TailCallTests
{
    private static readonly Engine s_engine = new();

    private static Instance Instantiate(Store store, string wat) => new(store, Module.FromText(s_engine, wat), []);

    [Fact]
    public void MillionMutualTailCallsRunInConstantStack()
    {
        var store = new Store<int>(s_engine, 0);
        Instance instance = Instantiate(store, """
            (module
              (func $even (export "even") (param i32) (result i32)
                (if (result i32) (i32.eqz (local.get 0))
                  (then (i32.const 1))
                  (else (return_call $odd (i32.sub (local.get 0) (i32.const 1))))))
              (func $odd (param i32) (result i32)
                (if (result i32) (i32.eqz (local.get 0))
                  (then (i32.const 0))
                  (else (return_call $even (i32.sub (local.get 0) (i32.const 1)))))))
            """);
        var even = instance.GetTypedFunc<int, int>(store, "even");
        Assert.Equal(1, even.Call(store, 1_000_000));
        Assert.Equal(0, even.Call(store, 1_000_001));
    }

    [Fact]
    public void TailCallsToWiderSignaturesAndThroughTablesAndReferencesRunInConstantStack()
    {
        // The callees take more arguments than their callers (stack-passed on x64), so the JIT
        // cannot reuse the caller's incoming area and goes through its tail-call helper.
        var store = new Store<int>(s_engine, 0);
        Instance instance = Instantiate(store, """
            (module
              (type $narrow (func (param i64) (result i64)))
              (type $wide (func (param i64 i64 i64 i64 i64 i64 i64 i64) (result i64)))
              (table 2 funcref)
              (elem (i32.const 0) $narrow $wide)
              (elem declare func $narrow)
              (func $narrow (export "narrow") (type $narrow)
                (if (result i64) (i64.eqz (local.get 0))
                  (then (i64.const 7))
                  (else (return_call_indirect (type $wide)
                    (i64.sub (local.get 0) (i64.const 1)) (i64.const 1) (i64.const 2) (i64.const 3)
                    (i64.const 4) (i64.const 5) (i64.const 6) (i64.const 7) (i32.const 1)))))
              (func $wide (type $wide)
                (i64.const 99)
                (return_call_ref $narrow (local.get 0) (ref.func $narrow))))
            """);
        Assert.Equal(7L, instance.GetTypedFunc<long, long>(store, "narrow").Call(store, 1_000_000));
    }

    [Fact]
    public void TailCallsReturningSeveralValuesAndCallingImportsRunInConstantStack()
    {
        // Several results come back as one ValueTuple (a return buffer), and the import is reached
        // through calli on its function reference: both still leave no caller frame behind.
        var store = new Store<int>(s_engine, 0);
        Module module = Module.FromText(s_engine, """
            (module
              (import "env" "pair" (func $pair (param i32) (result i32 i64)))
              (func $count (export "count") (param i32 i64) (result i32 i64)
                (if (result i32 i64) (i32.eqz (local.get 0))
                  (then (return_call $pair (i32.wrap_i64 (local.get 1))))
                  (else (return_call $count
                    (i32.sub (local.get 0) (i32.const 1))
                    (i64.add (local.get 1) (i64.const 2)))))))
            """);
        Func pair = Func.Wrap(store, (int x) => (x, (long)x * 10));
        var instance = new Instance(store, module, [pair]);
        var count = instance.GetTypedFunc<(int, long), (int, long)>(store, "count");
        Assert.Equal((2_000_000, 20_000_000L), count.Call(store, (1_000_000, 0L)));
    }

    [Fact]
    public void TailCallInsideTryTableLeavesTheHandlerBehind()
    {
        // The callee's exception must not be caught by the caller's handler: return_call first
        // leaves the protected region, then calls.
        var store = new Store<int>(s_engine, 0);
        Instance instance = Instantiate(store, """
            (module
              (tag $t (param i32))
              (func $thrower (param i32) (result i32) (throw $t (local.get 0)))
              (func $loop (export "loop") (param i32) (result i32)
                (block $caught (result i32)
                  (try_table (result i32) (catch $t $caught)
                    (if (result i32) (i32.eqz (local.get 0))
                      (then (return_call $thrower (i32.const 5)))
                      (else (return_call $loop (i32.sub (local.get 0) (i32.const 1)))))))
                (i32.const 100)
                (i32.add)))
            """);
        var loop = instance.GetTypedFunc<int, int>(store, "loop");
        WasmException exception = Assert.Throws<WasmException>(() => loop.Call(store, 100_000));
        Assert.Equal(5, exception.Payload[0].AsI32());
    }

    [Fact]
    public void CallRefOfNullTraps()
    {
        var store = new Store<int>(s_engine, 0);
        Instance instance = Instantiate(store, """
            (module
              (type $t (func (result i32)))
              (func $one (type $t) (i32.const 1))
              (elem declare func $one)
              (func (export "call") (param i32) (result i32)
                (call_ref $t (if (result (ref null $t)) (local.get 0)
                  (then (ref.func $one))
                  (else (ref.null $t))))))
            """);
        var call = instance.GetTypedFunc<int, int>(store, "call");
        Assert.Equal(1, call.Call(store, 1));
        Trap trap = Assert.Throws<Trap>(() => call.Call(store, 0));
        Assert.Equal(TrapCode.NullReference, trap.Code);
        Assert.Contains("null function reference", trap.Message, StringComparison.Ordinal);
    }
}

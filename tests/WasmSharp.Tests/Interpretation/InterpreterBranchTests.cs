namespace WasmSharp.Tests.Interpretation;

/// <summary>
/// Conditional branches under <see cref="Strategy.Interpreter"/> whose values must be moved into
/// the label's slots (values read from locals, branches to the function label): the translator
/// emits those moves on the taken path only, so the fall-through code must still find its operands.
/// </summary>
public sealed class InterpreterBranchTests
{
    private static readonly Engine s_engine = new(new Config { Strategy = Strategy.Interpreter });

    private static Instance Instantiate(Store<int> store, string wat) => new(store, Module.FromText(s_engine, wat), []);

    private static int CallI32(Store<int> store, Instance instance, string name, params Val[] args)
    {
        var results = new Val[1];
        instance.GetFunc(store, name)!.Call(store, args, results);
        return results[0].AsI32();
    }

    [Fact]
    public void BrIfToTheFunctionLeavesTheFallThroughOperandInPlace()
    {
        var store = new Store<int>(s_engine, 0);
        Instance instance = Instantiate(store, """
            (module
              (func (export "f") (param i32 i32) (result i32)
                (local.get 0) (local.get 1) (br_if 0) (drop) (i32.const 5) (local.get 0) (i32.add))
              (func (export "g") (param i32 i32) (result i32)
                (local.get 0) (local.get 1) (br_if 0)))
            """);

        // "f" first leaves 12 in the stack slot "g" would wrongly read after not branching.
        Assert.Equal(12, CallI32(store, instance, "f", Val.I32(7), Val.I32(0)));
        Assert.Equal(7, CallI32(store, instance, "g", Val.I32(7), Val.I32(0)));
        Assert.Equal(7, CallI32(store, instance, "g", Val.I32(7), Val.I32(1)));
    }

    [Fact]
    public void BrOnNullAndNonNullMoveLocalsOnlyWhenTaken()
    {
        var store = new Store<int>(s_engine, 0);
        Instance instance = Instantiate(store, """
            (module
              (type $s (struct (field i32)))
              (func $make (param $k i32) (result (ref null $s))
                (if (result (ref null $s)) (local.get $k) (then (struct.new $s (i32.const 10))) (else (ref.null $s))))
              (func (export "on-null") (param $k i32) (param $x i32) (result i32)
                (block $l (result i32)
                  (local.get $x) (call $make (local.get $k)) (br_on_null $l)
                  (struct.get $s 0) (i32.add)))
              (func (export "on-null-return") (param $k i32) (param $x i32) (result i32)
                (local.get $x) (call $make (local.get $k)) (br_on_null 0)
                (struct.get $s 0) (i32.add))
              (func (export "on-non-null") (param $k i32) (param $x i32) (result i32)
                (block $l (result i32 (ref $s))
                  (local.get $x) (call $make (local.get $k)) (br_on_non_null $l)
                  (return (i32.sub (i32.const 0) (local.get $x))))
                (struct.get $s 0) (i32.add))
              (func $non-null-return (param $k i32) (param $x i32) (result i32 (ref null $s))
                (local.get $x) (call $make (local.get $k)) (br_on_non_null 0)
                (drop) (i32.const 99) (ref.null $s))
              (func (export "on-non-null-return") (param $k i32) (param $x i32) (result i32)
                (call $non-null-return (local.get $k) (local.get $x))
                (ref.is_null) (i32.add)))
            """);
        // Every call passes another x: a stale slot left by an earlier call cannot pass for it.
        Assert.Equal(11, CallI32(store, instance, "on-null", Val.I32(1), Val.I32(1)));
        Assert.Equal(2, CallI32(store, instance, "on-null", Val.I32(0), Val.I32(2)));
        Assert.Equal(13, CallI32(store, instance, "on-null-return", Val.I32(1), Val.I32(3)));
        Assert.Equal(4, CallI32(store, instance, "on-null-return", Val.I32(0), Val.I32(4)));
        Assert.Equal(15, CallI32(store, instance, "on-non-null", Val.I32(1), Val.I32(5)));
        Assert.Equal(-6, CallI32(store, instance, "on-non-null", Val.I32(0), Val.I32(6)));
        Assert.Equal(7, CallI32(store, instance, "on-non-null-return", Val.I32(1), Val.I32(7)));
        Assert.Equal(100, CallI32(store, instance, "on-non-null-return", Val.I32(0), Val.I32(8)));
    }

    [Fact]
    public void BrOnCastAndCastFailMoveLocalsOnlyWhenTaken()
    {
        var store = new Store<int>(s_engine, 0);
        Instance instance = Instantiate(store, """
            (module
              (type $t (sub (struct (field i32))))
              (type $u (sub $t (struct (field i32) (field i32))))
              (func $make (param $k i32) (result (ref $t))
                (if (result (ref $t)) (local.get $k)
                  (then (struct.new $u (i32.const 4) (i32.const 40)))
                  (else (struct.new $t (i32.const 1)))))
              (func (export "on-cast") (param $k i32) (param $x i32) (result i32)
                (block $l (result i32 (ref $u))
                  (local.get $x) (call $make (local.get $k)) (br_on_cast $l (ref $t) (ref $u))
                  (drop) (return (local.get $x)))
                (struct.get $u 1) (i32.add))
              (func (export "on-cast-fail") (param $k i32) (param $x i32) (result i32)
                (block $l (result i32 (ref $t))
                  (local.get $x) (call $make (local.get $k)) (br_on_cast_fail $l (ref $t) (ref $u))
                  (struct.get $u 1) (i32.add) (return))
                (struct.get $t 0) (i32.sub))
              (func $cast-fail-return (param $k i32) (param $x i32) (result i32 (ref $t))
                (local.get $x) (call $make (local.get $k)) (br_on_cast_fail 0 (ref $t) (ref $u))
                (drop) (i32.const 1000) (i32.add) (call $make (i32.const 0)))
              (func (export "on-cast-fail-return") (param $k i32) (param $x i32) (result i32)
                (call $cast-fail-return (local.get $k) (local.get $x)) (drop)))
            """);
        Assert.Equal(41, CallI32(store, instance, "on-cast", Val.I32(1), Val.I32(1)));
        Assert.Equal(2, CallI32(store, instance, "on-cast", Val.I32(0), Val.I32(2)));
        Assert.Equal(43, CallI32(store, instance, "on-cast-fail", Val.I32(1), Val.I32(3)));
        Assert.Equal(3, CallI32(store, instance, "on-cast-fail", Val.I32(0), Val.I32(4)));
        Assert.Equal(1005, CallI32(store, instance, "on-cast-fail-return", Val.I32(1), Val.I32(5)));
        Assert.Equal(6, CallI32(store, instance, "on-cast-fail-return", Val.I32(0), Val.I32(6)));
    }
}

using System.Runtime.Intrinsics;
using WasmSharp.Types;

namespace WasmSharp.Tests.Interpretation;

/// <summary>
/// GC and typed function reference instructions under <see cref="Strategy.Interpreter"/>, through
/// the public API: the objects interpreted code makes are the runtime's <see cref="StructRef"/>,
/// <see cref="ArrayRef"/> and <see cref="I31Ref"/>, and they survive trips through the host.
/// </summary>
public sealed class InterpreterGcTests
{
    private static readonly Engine s_engine = new(new Config { Strategy = Strategy.Interpreter });

    private static Val Call(Store<int> store, Instance instance, string name, params Val[] args)
    {
        var results = new Val[1];
        instance.GetFunc(store, name)!.Call(store, args, results);
        return results[0];
    }

    [Fact]
    public void StructMadeByInterpretedCodeTravelsThroughTheHostAndBack()
    {
        var store = new Store<int>(s_engine, 0);
        object? seenByHost = null;
        var echo = new Func(store, new FuncType([ValType.Ref(AbstractHeapType.Any, nullable: true)], [ValType.Ref(AbstractHeapType.Any, nullable: true)]), (args, results) =>
        {
            seenByHost = args[0].AsRef();
            results[0] = args[0];
        });
        Module module = Module.FromText(s_engine, """
            (module
              (type $s (struct (field (mut i32)) (field i64) (field (mut anyref))))
              (import "host" "echo" (func $echo (param anyref) (result anyref)))
              (func (export "make") (param i32 i64) (result (ref $s))
                (struct.new $s (local.get 0) (local.get 1) (ref.null any)))
              (func (export "sum") (param (ref null $s)) (result i64)
                (i64.add (i64.extend_i32_s (struct.get $s 0 (local.get 0))) (struct.get $s 1 (local.get 0))))
              (func (export "sum-any") (param anyref) (result i64)
                (i64.add (i64.extend_i32_s (struct.get $s 0 (ref.cast (ref $s) (local.get 0))))
                         (struct.get $s 1 (ref.cast (ref $s) (local.get 0)))))
              (func (export "set") (param (ref $s) i32) (struct.set $s 0 (local.get 0) (local.get 1)))
              (func (export "through-host") (param i32) (result i64)
                (local $t (ref $s))
                (local.set $t (ref.cast (ref $s) (call $echo (struct.new $s (local.get 0) (i64.const 100) (ref.null any)))))
                (struct.set $s 2 (local.get $t) (local.get $t))
                (i64.add (struct.get $s 1 (local.get $t))
                         (i64.extend_i32_s (ref.eq (ref.cast eqref (struct.get $s 2 (local.get $t))) (local.get $t))))))
            """);
        var instance = new Instance(store, module, [echo]);

        Val made = Call(store, instance, "make", Val.I32(-2), Val.I64(40));
        StructRef structure = Assert.IsType<StructRef>(made.AsRef());
        Assert.Equal(38L, Call(store, instance, "sum", made).AsI64());
        Assert.Equal(38L, Call(store, instance, "sum-any", Val.AnyRef(structure)).AsI64());

        instance.GetFunc(store, "set")!.Call(store, [made, Val.I32(10)], []);
        Assert.Equal(50L, Call(store, instance, "sum-any", Val.AnyRef(structure)).AsI64());

        // The host sees the interpreted struct, hands it back, and the cast and field store work on it.
        Assert.Equal(101L, Call(store, instance, "through-host", Val.I32(1)).AsI64());
        Assert.IsType<StructRef>(seenByHost);

        Val nullStruct = Val.Default(instance.GetFunc(store, "sum")!.Ty(store).Params[0]);
        Trap trap = Assert.Throws<Trap>(() => Call(store, instance, "sum", nullStruct));
        Assert.Equal(TrapCode.NullReference, trap.Code);
        Assert.Contains("null structure reference", trap.Message, StringComparison.Ordinal);
        Assert.Equal(TrapCode.CastFailure, Assert.Throws<Trap>(() => Call(store, instance, "sum-any", Val.AnyRef(I31Ref.WrappingI32(1)))).Code);
    }

    [Fact]
    public void ArraysOfEveryElementTypeKeepTheirBits()
    {
        var store = new Store<int>(s_engine, 0);
        Module module = Module.FromText(s_engine, """
            (module
              (type $i8 (array (mut i8)))
              (type $i16 (array (mut i16)))
              (type $f32 (array (mut f32)))
              (type $f64 (array (mut f64)))
              (type $i64 (array (mut i64)))
              (type $v (array (mut v128)))
              (type $r (array (mut i31ref)))
              (data $d "\80\81\82\83")
              (func (export "i8") (param i32) (result i32 i32)
                (local $a (ref $i8))
                (local.set $a (array.new $i8 (local.get 0) (i32.const 3)))
                (array.get_s $i8 (local.get $a) (i32.const 2)) (array.get_u $i8 (local.get $a) (i32.const 0)))
              (func (export "i16-data") (param i32) (result i32)
                (array.get_s $i16 (array.new_data $i16 $d (i32.const 0) (i32.const 2)) (local.get 0)))
              (func (export "f32") (param f32) (result f32)
                (array.get $f32 (array.new_fixed $f32 2 (f32.const 1) (local.get 0)) (i32.const 1)))
              (func (export "f64") (param f64) (result f64)
                (local $a (ref $f64))
                (local.set $a (array.new_default $f64 (i32.const 4)))
                (array.fill $f64 (local.get $a) (i32.const 1) (local.get 0) (i32.const 3))
                (array.get $f64 (local.get $a) (i32.const 3)))
              (func (export "i64-copy") (param i64) (result i64 i64)
                (local $a (ref $i64))
                (local.set $a (array.new_fixed $i64 3 (local.get 0) (i64.const 2) (i64.const 3)))
                (array.copy $i64 $i64 (local.get $a) (i32.const 1) (local.get $a) (i32.const 0) (i32.const 2))
                (array.get $i64 (local.get $a) (i32.const 1)) (array.get $i64 (local.get $a) (i32.const 2)))
              (func (export "v128") (param v128) (result v128)
                (local $a (ref $v))
                (local.set $a (array.new_default $v (i32.const 2)))
                (array.set $v (local.get $a) (i32.const 1) (local.get 0))
                (array.get $v (local.get $a) (i32.const 1)))
              (func (export "refs") (param i32) (result i32)
                (local $a (ref $r))
                (local.set $a (array.new $r (ref.i31 (local.get 0)) (i32.const 2)))
                (i31.get_s (array.get $r (local.get $a) (i32.const 1))))
              (func (export "oob") (param i32) (result i32)
                (array.len (array.new_default $i8 (local.get 0)))
                (array.get_u $i8 (array.new_default $i8 (local.get 0)) (local.get 0))
                (i32.add)))
            """);
        var instance = new Instance(store, module, []);
        var pair = new Val[2];
        instance.GetFunc(store, "i8")!.Call(store, [Val.I32(0x1FF)], pair);
        Assert.Equal(-1, pair[0].AsI32());
        Assert.Equal(0xFF, pair[1].AsI32());
        Assert.Equal(unchecked((short)0x8382), Call(store, instance, "i16-data", Val.I32(1)).AsI32());
        Assert.Equal(0x7FA0_0001u, Call(store, instance, "f32", Val.F32Bits(0x7FA0_0001)).AsF32Bits());
        Assert.Equal(0x7FF4_0000_0000_0001ul, Call(store, instance, "f64", Val.F64Bits(0x7FF4_0000_0000_0001)).AsF64Bits());

        // An overlapping copy reads the source as it was: [x, 2, 3] becomes [x, x, 2].
        instance.GetFunc(store, "i64-copy")!.Call(store, [Val.I64(-5)], pair);
        Assert.Equal(-5L, pair[0].AsI64());
        Assert.Equal(2L, pair[1].AsI64());
        Assert.Equal(Vector128.Create(1UL, 2UL).AsByte(), Call(store, instance, "v128", Val.V128(1, 2)).AsV128());
        Assert.Equal(-3, Call(store, instance, "refs", Val.I32(-3)).AsI32());
        Assert.Equal(TrapCode.ArrayOutOfBounds, Assert.Throws<Trap>(() => Call(store, instance, "oob", Val.I32(2))).Code);
    }

    [Fact]
    public void CallRefReachesInterpretedAndHostFunctionsAndTrapsOnNull()
    {
        var store = new Store<int>(s_engine, 0);
        int hostArgument = 0;
        var host = new Func(store, new FuncType([ValType.I32], [ValType.I32]), (args, results) =>
        {
            hostArgument = args[0].AsI32();
            results[0] = Val.I32(hostArgument * 10);
        });
        Module module = Module.FromText(s_engine, """
            (module
              (type $unary (func (param i32) (result i32)))
              (type $spread (func (param i32) (result i32 i32 i32)))
              (import "host" "times10" (func $times10 (type $unary)))
              (func $spread (type $spread) (local.get 0) (i32.add (local.get 0) (i32.const 1)) (i32.add (local.get 0) (i32.const 2)))
              (elem declare func $times10 $spread)
              (func (export "host") (param i32) (result i32) (call_ref $unary (local.get 0) (ref.func $times10)))
              (func (export "spread") (param i32) (result i32)
                (local $f (ref null $spread))
                (local.set $f (ref.func $spread))
                (call_ref $spread (local.get 0) (local.get $f))
                (i32.add) (i32.add))
              (func (export "null") (param i32) (result i32) (call_ref $unary (local.get 0) (ref.null $unary))))
            """);
        var instance = new Instance(store, module, [host]);
        Assert.Equal(70, Call(store, instance, "host", Val.I32(7)).AsI32());
        Assert.Equal(7, hostArgument);

        // Three results from one parameter: the callee's frame holds more values than were passed.
        Assert.Equal(3 * 5 + 3, Call(store, instance, "spread", Val.I32(5)).AsI32());
        Trap trap = Assert.Throws<Trap>(() => Call(store, instance, "null", Val.I32(1)));
        Assert.Equal(TrapCode.NullReference, trap.Code);
        Assert.Contains("null function reference", trap.Message, StringComparison.Ordinal);
    }
}

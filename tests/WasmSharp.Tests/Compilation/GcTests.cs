using System.Runtime.Intrinsics;

namespace WasmSharp.Tests.Compilation;

/// <summary>GC instructions (Wasm 3.0) through the public API: structs, arrays, i31, casts and conversions.</summary>
public sealed class GcTests
{
    private static readonly Engine s_engine = new();

    private static (Store<int> Store, Instance Instance) Instantiate(string wat)
    {
        var store = new Store<int>(s_engine, 0);
        return (store, new Instance(store, Module.FromText(s_engine, wat), []));
    }

    private static Val Call(Store<int> store, Instance instance, string name, params Val[] args)
    {
        var results = new Val[1];
        instance.GetFunc(store, name)!.Call(store, args, results);
        return results[0];
    }

    [Fact]
    public void StructFieldsOfEveryStorageTypeRoundTrip()
    {
        (Store<int> store, Instance instance) = Instantiate("""
            (module
              (type $s (struct (field (mut i8)) (field (mut i16)) (field (mut i32)) (field (mut i64))
                               (field (mut f32)) (field (mut f64)) (field (mut v128)) (field (mut anyref))))
              (global $g (mut (ref null $s)) (ref.null $s))
              (func (export "make")
                (global.set $g (struct.new $s (i32.const -1) (i32.const 0x18000) (i32.const 7) (i64.const -9)
                  (f32.const nan:0x200001) (f64.const 2.5) (v128.const i64x2 1 2) (ref.i31 (i32.const 5)))))
              (func (export "i8s") (result i32) (struct.get_s $s 0 (global.get $g)))
              (func (export "i8u") (result i32) (struct.get_u $s 0 (global.get $g)))
              (func (export "i16s") (result i32) (struct.get_s $s 1 (global.get $g)))
              (func (export "i32") (result i32) (struct.get $s 2 (global.get $g)))
              (func (export "i64") (result i64) (struct.get $s 3 (global.get $g)))
              (func (export "f32") (result f32) (struct.get $s 4 (global.get $g)))
              (func (export "f64") (result f64) (struct.get $s 5 (global.get $g)))
              (func (export "v128") (result v128) (struct.get $s 6 (global.get $g)))
              (func (export "ref") (result i32) (i31.get_s (ref.cast i31ref (struct.get $s 7 (global.get $g)))))
              (func (export "set") (struct.set $s 2 (global.get $g) (i32.const 42)))
              (func (export "null") (result i32) (struct.get $s 2 (ref.null $s))))
            """);
        Assert.Throws<Trap>(() => Call(store, instance, "i32"));
        instance.GetFunc(store, "make")!.Call(store, [], []);
        Assert.Equal(-1, Call(store, instance, "i8s").AsI32());
        Assert.Equal(255, Call(store, instance, "i8u").AsI32());
        Assert.Equal(-0x8000, Call(store, instance, "i16s").AsI32());
        Assert.Equal(7, Call(store, instance, "i32").AsI32());
        Assert.Equal(-9L, Call(store, instance, "i64").AsI64());
        Assert.Equal(0x7FA0_0001u, Call(store, instance, "f32").AsF32Bits());
        Assert.Equal(2.5, Call(store, instance, "f64").AsF64());
        Assert.Equal(Vector128.Create(1L, 2L).AsByte(), Call(store, instance, "v128").AsV128());
        Assert.Equal(5, Call(store, instance, "ref").AsI32());
        instance.GetFunc(store, "set")!.Call(store, [], []);
        Assert.Equal(42, Call(store, instance, "i32").AsI32());
        Trap trap = Assert.Throws<Trap>(() => Call(store, instance, "null"));
        Assert.Equal(TrapCode.NullReference, trap.Code);
        Assert.Contains("null structure reference", trap.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ArraysFillCopyAndTrapOnBoundsNullAndHugeSizes()
    {
        (Store<int> store, Instance instance) = Instantiate("""
            (module
              (type $a (array (mut i16)))
              (func (export "sum") (param $n i32) (result i32)
                (local $arr (ref $a)) (local $i i32) (local $s i32)
                (local.set $arr (array.new $a (i32.const 3) (local.get $n)))
                (array.fill $a (local.get $arr) (i32.const 1) (i32.const 0x1FFFF) (i32.const 2))
                (array.copy $a $a (local.get $arr) (i32.const 2) (local.get $arr) (i32.const 0) (i32.const 3))
                (block $done
                  (loop $l
                    (br_if $done (i32.ge_u (local.get $i) (array.len (local.get $arr))))
                    (local.set $s (i32.add (local.get $s) (array.get_u $a (local.get $arr) (local.get $i))))
                    (local.set $i (i32.add (local.get $i) (i32.const 1)))
                    (br $l)))
                (local.get $s))
              (func (export "oob") (result i32) (array.get_s $a (array.new_default $a (i32.const 2)) (i32.const 2)))
              (func (export "null") (result i32) (array.len (ref.null $a)))
              (func (export "huge") (result anyref) (array.new_default $a (i32.const -1))))
            """);

        // [3, ffff, ffff, 3, 3, 3] after fill; copy [3, ffff, ffff] to 2: [3, ffff, 3, ffff, ffff, 3].
        Assert.Equal(3 + 0xFFFF + 3 + 0xFFFF + 0xFFFF + 3, Call(store, instance, "sum", 6).AsI32());
        Assert.Equal(TrapCode.ArrayOutOfBounds, Assert.Throws<Trap>(() => Call(store, instance, "sum", 3)).Code);
        Assert.Equal(TrapCode.ArrayOutOfBounds, Assert.Throws<Trap>(() => Call(store, instance, "oob")).Code);
        Assert.Contains("null array reference", Assert.Throws<Trap>(() => Call(store, instance, "null")).Message, StringComparison.Ordinal);
        Assert.Equal(TrapCode.AllocationTooLarge, Assert.Throws<Trap>(() => Call(store, instance, "huge")).Code);
    }

    [Fact]
    public void CastsFollowDeclaredSubtypesAndBranchOnCast()
    {
        (Store<int> store, Instance instance) = Instantiate("""
            (module
              (type $base (sub (struct (field i32))))
              (type $derived (sub $base (struct (field i32) (field i64))))
              (type $other (struct (field i32)))
              (func (export "test") (param $k i32) (result i32)
                (local $v anyref)
                (local.set $v (struct.new $derived (i32.const 1) (i64.const 2)))
                (if (i32.eq (local.get $k) (i32.const 1)) (then (local.set $v (struct.new $base (i32.const 1)))))
                (if (i32.eq (local.get $k) (i32.const 2)) (then (local.set $v (struct.new $other (i32.const 1)))))
                (if (i32.eq (local.get $k) (i32.const 3)) (then (local.set $v (ref.i31 (i32.const 1)))))
                (i32.add
                  (i32.add (i32.mul (ref.test (ref $base) (local.get $v)) (i32.const 1))
                           (i32.mul (ref.test (ref $derived) (local.get $v)) (i32.const 2)))
                  (i32.add (i32.mul (ref.test eqref (local.get $v)) (i32.const 4))
                           (i32.mul (ref.test structref (local.get $v)) (i32.const 8)))))
              (func (export "branch") (param $v anyref) (result i32)
                (block $s (result (ref $base))
                  (br_on_cast $s anyref (ref $base) (local.get $v))
                  (drop)
                  (return (i32.const -1)))
                (struct.get $base 0))
              (func (export "cast") (result i32)
                (struct.get $derived 0 (ref.cast (ref $derived) (struct.new $base (i32.const 1))))))
            """);
        Assert.Equal(1 + 2 + 4 + 8, Call(store, instance, "test", 0).AsI32());
        Assert.Equal(1 + 4 + 8, Call(store, instance, "test", 1).AsI32());
        Assert.Equal(4 + 8, Call(store, instance, "test", 2).AsI32());
        Assert.Equal(4, Call(store, instance, "test", 3).AsI32());
        Assert.Equal(-1, Call(store, instance, "branch", Val.AnyRef(null)).AsI32());
        Assert.Equal(-1, Call(store, instance, "branch", Val.AnyRef(I31Ref.WrappingI32(3))).AsI32());
        Assert.Equal(TrapCode.CastFailure, Assert.Throws<Trap>(() => Call(store, instance, "cast")).Code);
    }

    [Fact]
    public void ReferencesCrossTheApiAndHostObjectsRoundTripThroughAny()
    {
        (Store<int> store, Instance instance) = Instantiate("""
            (module
              (type $a (array i8))
              (global (export "g") anyref (array.new_fixed $a 3 (i32.const 1) (i32.const 2) (i32.const 3)))
              (func (export "internalize") (param externref) (result anyref) (any.convert_extern (local.get 0)))
              (func (export "externalize") (param anyref) (result externref) (extern.convert_any (local.get 0)))
              (func (export "is-eq") (param anyref) (result i32) (ref.test eqref (local.get 0)))
              (func (export "eq") (param eqref eqref) (result i32) (ref.eq (local.get 0) (local.get 1)))
              (func (export "i31") (param i32) (result i31ref) (ref.i31 (local.get 0))))
            """);
        var host = new object();
        Val internalized = Call(store, instance, "internalize", Val.ExternRef(host));
        Assert.Same(host, internalized.AsRef());
        Assert.Equal(0, Call(store, instance, "is-eq", internalized).AsI32());
        Assert.Same(host, Call(store, instance, "externalize", internalized).AsExternRef());

        var array = Assert.IsType<ArrayRef>(instance.GetGlobal(store, "g")!.Get(store).AsRef());
        Assert.Equal(3, array.Length);
        Assert.Same(array, Call(store, instance, "externalize", Val.AnyRef(array)).AsExternRef());
        Assert.Equal(1, Call(store, instance, "is-eq", Val.AnyRef(array)).AsI32());

        var i31 = Assert.IsType<I31Ref>(Call(store, instance, "i31", -1).AsRef());
        Assert.Equal(-1, i31.GetI32());
        Assert.Equal(0x7FFF_FFFFu, i31.GetU32());
        Assert.Equal(1, Call(store, instance, "eq", Val.AnyRef(i31), Val.AnyRef(I31Ref.WrappingI32(-1))).AsI32());
        Assert.Equal(0, Call(store, instance, "eq", Val.AnyRef(i31), Val.AnyRef(array)).AsI32());
    }

    [Fact]
    public void NullBranchesAndSegmentsFeedArrays()
    {
        (Store<int> store, Instance instance) = Instantiate("""
            (module
              (type $b (array i8))
              (type $r (array (ref null $b)))
              (data $d "\01\02\ff")
              (elem $e (ref null $b) (ref.null $b) (array.new_default $b (i32.const 4)))
              (func (export "data") (param $i i32) (result i32)
                (array.get_s $b (array.new_data $b $d (i32.const 0) (i32.const 3)) (local.get $i)))
              (func (export "elem-len") (param $i i32) (result i32)
                (local $arr (ref $r))
                (local.set $arr (array.new_elem $r $e (i32.const 0) (i32.const 2)))
                (block $null
                  (return (array.len (br_on_null $null (array.get $r (local.get $arr) (local.get $i))))))
                (i32.const -1))
              (func (export "non-null") (param anyref) (result i32)
                (block $nn (result (ref any))
                  (br_on_non_null $nn (local.get 0))
                  (return (i32.const 0)))
                (drop)
                (i32.const 1))
              (func (export "as-non-null") (param anyref) (result anyref) (ref.as_non_null (local.get 0))))
            """);
        Assert.Equal(-1, Call(store, instance, "data", 2).AsI32());
        Assert.Equal(2, Call(store, instance, "data", 1).AsI32());
        Assert.Equal(-1, Call(store, instance, "elem-len", 0).AsI32());
        Assert.Equal(4, Call(store, instance, "elem-len", 1).AsI32());
        Assert.Equal(0, Call(store, instance, "non-null", Val.AnyRef(null)).AsI32());
        Assert.Equal(1, Call(store, instance, "non-null", Val.AnyRef("host")).AsI32());
        Assert.Equal("host", Call(store, instance, "as-non-null", Val.AnyRef("host")).AsRef());
        Assert.Equal(TrapCode.NullReference, Assert.Throws<Trap>(() => Call(store, instance, "as-non-null", Val.AnyRef(null))).Code);
    }
}

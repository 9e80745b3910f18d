using System.Runtime.Intrinsics;
using WasmSharp.Vm;

namespace WasmSharp.Tests.Api;

/// <summary>
/// Typed calls (<c>TypedFunc</c>) and wrapped host functions carry every CLR value kind, alone and
/// in tuples, the same way under both strategies: the compiler <c>calli</c>s emitted code, the
/// interpreter goes through the untyped entry with <see cref="TupleLayout{T}"/> and no generated code.
/// </summary>
public sealed class TypedValuesAcrossStrategiesTests
{
    private const string EchoModule = """
        (module
          (func (export "echo7") (param i32 i64 f32 f64 v128 funcref externref) (result i32 i64 f32 f64 v128 funcref externref)
            local.get 0 local.get 1 local.get 2 local.get 3 local.get 4 local.get 5 local.get 6)
          (func (export "unsigned") (param i32 i64) (result i64 i32) local.get 1 local.get 0)
          (func (export "swap") (param i32 i32) (result i32 i32) local.get 1 local.get 0)
          (func (export "single") (param (ref null extern)) (result externref) local.get 0))
        """;

    private static readonly Vector128<byte> s_vector = Vector128.Create((byte)1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);

    private static Engine EngineFor(Strategy strategy) => new(new Config { Strategy = strategy });

    [Theory]
    [InlineData(Strategy.Compiler)]
    [InlineData(Strategy.Interpreter)]
    public void EveryValueKindRoundTripsThroughATypedCall(Strategy strategy)
    {
        Engine engine = EngineFor(strategy);
        var store = new Store<int>(engine, 0);
        var instance = new Instance(store, Module.FromText(engine, EchoModule), []);
        Func seven = Func.Wrap(store, () => 7);
        string payload = "payload";

        var echo = instance.GetTypedFunc<(int, long, float, double, Vector128<byte>, Func, object), (int, long, float, double, Vector128<byte>, Func, object)>(store, "echo7");
        (int i, long l, float f, double d, Vector128<byte> v, Func func, object o) = echo.Call(store, (-5, long.MinValue + 3, -0.5f, double.Epsilon, s_vector, seven, payload));

        Assert.Equal((-5, long.MinValue + 3, -0.5f, double.Epsilon), (i, l, f, d));
        Assert.Equal(s_vector, v);
        Assert.Equal(7, func.Typed<ValueTuple, int>(store).Call(store, default));
        Assert.Same(payload, o);

        var unsigned = instance.GetTypedFunc<(uint, ulong), (ulong, uint)>(store, "unsigned");
        Assert.Equal((ulong.MaxValue - 1, uint.MaxValue), unsigned.Call(store, (uint.MaxValue, ulong.MaxValue - 1)));

        var swap = instance.GetTypedFunc<(int, int), (int, int)>(store, "swap");
        Assert.Equal((2, 1), swap.Call(store, (1, 2)));

        var single = instance.GetTypedFunc<ValueTuple<object>, object>(store, "single");
        Assert.Null(single.Call(store, new ValueTuple<object>(null!)));
        Assert.Same(payload, single.Call(store, new ValueTuple<object>(payload)));
    }

    [Theory]
    [InlineData(Strategy.Compiler)]
    [InlineData(Strategy.Interpreter)]
    public void WrappedHostFunctionsReturnTuplesOfEveryKind(Strategy strategy)
    {
        Engine engine = EngineFor(strategy);
        var store = new Store<int>(engine, 0);
        Func seven = Func.Wrap(store, () => 7);
        string payload = "payload";
        Func host = Func.Wrap(store, (int x) => (x + 1, (long)x << 40, x * 0.5f, x * 0.25, s_vector, seven, (object)payload));
        Module module = Module.FromText(engine, """
            (module
              (import "" "h" (func $h (param i32) (result i32 i64 f32 f64 v128 funcref externref)))
              (func (export "run") (param i32) (result i32 i64 f32 f64 v128 funcref externref) local.get 0 call $h))
            """);
        var instance = new Instance(store, module, [host]);
        var run = instance.GetTypedFunc<int, (int, long, float, double, Vector128<byte>, Func, object)>(store, "run");

        (int i, long l, float f, double d, Vector128<byte> v, Func func, object o) = run.Call(store, 6);

        Assert.Equal((7, 6L << 40, 3f, 1.5), (i, l, f, d));
        Assert.Equal(s_vector, v);
        Assert.Equal(7, func.Typed<ValueTuple, int>(store).Call(store, default));
        Assert.Same(payload, o);

        // A typed view of the host function itself: its own entry, no wasm in between.
        var direct = host.Typed<int, (int, long, float, double, Vector128<byte>, Func, object)>(store);
        Assert.Equal(2, direct.Call(store, 1).Item1);
    }

    [Fact]
    public void InterpretedTypedCallsDoNotAllocate()
    {
        Engine engine = EngineFor(Strategy.Interpreter);
        var store = new Store<int>(engine, 3);
        Module module = Module.FromText(engine, """
            (module (import "" "h" (func $h (param i32 f64) (result i32)))
              (func (export "f") (param i32 i32) (result i32 i32) local.get 1 local.get 0)
              (func (export "e"))
              (func (export "viaHost") (param i32) (result i32) local.get 0 f64.const 1.5 call $h))
            """);
        Func host = Func.Wrap(store, (Caller<int> caller, int x, double y) => x + caller.Data + (int)y);
        var instance = new Instance(store, module, [host]);
        var swap = instance.GetTypedFunc<(int, int), (int, int)>(store, "f");
        var empty = instance.GetTypedFunc<ValueTuple, ValueTuple>(store, "e");
        var viaHost = instance.GetTypedFunc<int, int>(store, "viaHost");
        Assert.Equal((2, 1), swap.Call(store, (1, 2)));
        empty.Call(store, default);
        Assert.Equal(8, viaHost.Call(store, 4));

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            swap.Call(store, (i, 2));
            empty.Call(store, default);
            viaHost.Call(store, i);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void TupleLayoutFindsEveryElementOfAMixedTuple()
    {
        var function = new Func(null!);
        var tuple = (1u, new object(), -2L, s_vector, 1.5f, function, 3.25);
        ValRawBuffer buffer = default;
        Span<ValRaw> values = buffer;

        TupleLayout<(uint, object, long, Vector128<byte>, float, Func, double)>.Write(ref tuple, values);

        Assert.Equal(1ul, values[0].Bits);
        Assert.Same(tuple.Item2, values[1].Ref);
        Assert.Equal(-2L, values[2].AsI64);
        Assert.Equal(s_vector, ValRaw.ReadV128(ref values[3]));
        Assert.Equal(1.5f, values[4].AsF32);
        Assert.Null(values[5].Ref); // a Func stands for its FuncRef, null here
        Assert.Equal(3.25, values[6].AsF64);

        values[0].Bits = 0xFFFF_FFFF;
        values[5] = ValRaw.FromRef(null);
        var read = TupleLayout<(uint, object, long, Vector128<byte>, float, Func, double)>.Read(values);
        Assert.Equal((uint.MaxValue, -2L, 1.5f, 3.25), (read.Item1, read.Item3, read.Item5, read.Item7));
        Assert.Same(tuple.Item2, read.Item2);
        Assert.Equal(s_vector, read.Item4);
        Assert.Null(read.Item6);
    }

    [Fact]
    public void TupleLayoutRoundTripsTuplesOfEveryArityAndOrder()
    {
        object box = new();
        RoundTrip(new ValueTuple<int>(-1));
        RoundTrip(new ValueTuple<object>(box));
        RoundTrip(new ValueTuple<double>(-0.0));
        RoundTrip((1, 2, 3));
        RoundTrip((box, 7));
        RoundTrip((7, box));
        RoundTrip((1.5f, s_vector, -9));
        RoundTrip((s_vector, box, s_vector));
        RoundTrip((1u, 2L, 3f, 4.0, 5ul, box, 6));
        RoundTrip((box, box, box, box, box, box, 1));
        RoundTrip((int.MinValue, long.MaxValue, float.NaN, double.NegativeInfinity, s_vector, (object?)null, uint.MaxValue));
    }

    private static void RoundTrip<T>(T tuple)
    {
        ValRawBuffer buffer = default;
        Span<ValRaw> values = buffer;
        TupleLayout<T>.Write(ref tuple, values);
        var elements = (System.Runtime.CompilerServices.ITuple)tuple!;
        for (int i = 0; i < elements.Length; i++)
        {
            ValRaw expected = Raw(elements[i]);
            Assert.Equal((expected.Bits, expected.Hi), (values[i].Bits, values[i].Hi));
            Assert.Same(expected.Ref, values[i].Ref);
        }

        Assert.Equal(tuple, TupleLayout<T>.Read(values));
    }

    private static ValRaw Raw(object? element)
    {
        switch (element)
        {
            case int i: return ValRaw.I32(i);
            case uint u: return new ValRaw { Bits = u };
            case long l: return ValRaw.I64(l);
            case ulong u: return new ValRaw { Bits = u };
            case float f: return ValRaw.F32(f);
            case double d: return ValRaw.F64(d);
            case Vector128<byte> v:
                ValRaw raw = default;
                ValRaw.WriteV128(ref raw, v);
                return raw;
            default: return ValRaw.FromRef(element);
        }
    }
}

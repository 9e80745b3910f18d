using WasmSharp.Types;

namespace WasmSharp.Tests.Api;

public sealed class FuncTests
{
    private static readonly Engine s_engine = new();

    private sealed class Counter
    {
        public int Calls;
    }

    [Fact]
    public void WrappedHostFunctionReadsDataAndCallsBackIntoAnExport()
    {
        var store = new Store<Counter>(s_engine, new Counter());
        Module module = Module.FromText(s_engine, """
            (module
              (import "host" "twice" (func $twice (param i32) (result i32)))
              (func (export "double") (param i32) (result i32) local.get 0 i32.const 2 i32.mul)
              (func (export "run") (param i32) (result i32) local.get 0 call $twice))
            """);
        Func twice = Func.Wrap(store, (Caller<Counter> caller, int x) =>
        {
            caller.Data.Calls++;
            var doubler = (Func)caller.GetExport("double")!;
            return doubler.Typed<int, int>(caller).Call(caller, x) + 1;
        });
        var instance = new Instance(store, module, [twice]);
        Assert.Equal(21, instance.GetTypedFunc<int, int>(store, "run").Call(store, 10));
        Assert.Equal(1, store.Data.Calls);
    }

    [Fact]
    public void TypedFuncsRoundTripEveryNumberTypeAndMultipleResults()
    {
        var store = new Store<int>(s_engine, 0);
        Module module = Module.FromText(s_engine, """
            (module
              (func (export "swap") (param i32 i64 f32 f64) (result f64 f32 i64 i32)
                local.get 3 local.get 2 local.get 1 local.get 0)
              (func (export "id32") (param f32) (result f32) local.get 0)
              (func (export "none")))
            """);
        var instance = new Instance(store, module, []);
        var swap = instance.GetTypedFunc<(int, long, float, double), (double, float, long, int)>(store, "swap");
        Assert.Equal((2.5, 1.5f, -7L, 3), swap.Call(store, (3, -7L, 1.5f, 2.5)));

        // NaN payloads survive the typed boundary. The bits come from memory: the JIT keeps float
        // constants as doubles, which would quiet a signalling NaN before the call.
        uint[] bits = [0x7FA0_0001];
        float payload = BitConverter.UInt32BitsToSingle(bits[0]);
        var untyped = new Val[1];
        instance.GetFunc(store, "id32")!.Call(store, [Val.F32Bits(0x7FA0_0001)], untyped);
        Assert.Equal(0x7FA0_0001u, untyped[0].AsF32Bits());
        var id = instance.GetTypedFunc<float, float>(store, "id32");
        Assert.Equal(0x7FA0_0001u, BitConverter.SingleToUInt32Bits(id.Call(store, payload)));

        instance.GetTypedFunc<ValueTuple, ValueTuple>(store, "none").Call(store, default);
        Assert.Throws<ArgumentException>(() => instance.GetFunc(store, "swap")!.Typed<int, int>(store));
    }

    [Fact]
    public void HostFunctionsReturnMultipleValuesThroughTuples()
    {
        var store = new Store<int>(s_engine, 0);
        Func divmod = Func.Wrap(store, (int a, int b) => (a / b, a % b));
        Assert.Equal("(func (param i32 i32) (result i32 i32))", divmod.Ty(store).ToString());
        Module module = Module.FromText(s_engine, """
            (module (import "" "divmod" (func $d (param i32 i32) (result i32 i32)))
              (func (export "run") (result i32) i32.const 17 i32.const 5 call $d i32.sub))
            """);
        Assert.Equal(1, new Instance(store, module, [divmod]).GetTypedFunc<ValueTuple, int>(store, "run").Call(store, default));
        Assert.Equal((3, 2), divmod.Typed<(int, int), (int, int)>(store).Call(store, (17, 5)));
    }

    [Fact]
    public void UntypedCallsCheckArgumentsAndKeepBits()
    {
        var store = new Store<int>(s_engine, 0);
        Module module = Module.FromText(s_engine, """(module (func (export "add") (param i64 i64) (result i64) local.get 0 local.get 1 i64.add))""");
        Func add = new Instance(store, module, []).GetFunc(store, "add")!;
        var results = new Val[1];
        add.Call(store, [Val.I64(40), Val.I64(2)], results);
        Assert.Equal(42L, results[0].AsI64());
        Assert.Throws<ArgumentException>(() => add.Call(store, [Val.I32(1), Val.I64(2)], results));
        Assert.Throws<ArgumentException>(() => add.Call(store, [Val.I64(1)], results));
        Assert.Throws<ArgumentException>(() => add.Call(new Store<int>(s_engine, 0), [Val.I64(1), Val.I64(2)], results));
    }

    [Fact]
    public void UntypedHostFunctionsSeeTheirCaller()
    {
        var store = new Store<string>(s_engine, "data");
        var type = new FuncType([ValType.I32], [ValType.I32]);
        string? seen = null;
        Func f = Func.New(store, type, (Caller<string> caller, ReadOnlySpan<Val> args, Span<Val> results) =>
        {
            seen = caller.Data;
            results[0] = Val.I32(args[0].AsI32() * 3);
        });
        var results = new Val[1];
        f.Call(store, [Val.I32(5)], results);
        Assert.Equal(15, results[0].AsI32());
        Assert.Equal("data", seen);

        var plain = new Func(store, new FuncType([], [ValType.F64]), (args, results) => results[0] = Val.F64(0.5));
        Assert.Equal(0.5, plain.Typed<ValueTuple, double>(store).Call(store, default));
    }

    [Fact]
    public void ReferencesCrossTheBoundary()
    {
        var store = new Store<int>(s_engine, 0);
        Module module = Module.FromText(s_engine, """
            (module (table $t 2 funcref) (elem declare func $f)
              (func $f (result i32) i32.const 11)
              (func (export "get") (result funcref) ref.func $f)
              (func (export "id") (param externref) (result externref) local.get 0))
            """);
        var instance = new Instance(store, module, []);
        Func? f = instance.GetTypedFunc<ValueTuple, Func>(store, "get").Call(store, default);
        Assert.Equal(11, f!.Typed<ValueTuple, int>(store).Call(store, default));
        var box = new object();
        Assert.Same(box, instance.GetTypedFunc<object, object>(store, "id").Call(store, box));
    }

    [Fact]
    public void TypedCallsAndWrappedHostCallsDoNotAllocate()
    {
        var store = new Store<int>(s_engine, 0);
        Module module = Module.FromText(s_engine, """
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
        swap.Call(store, (1, 2));
        empty.Call(store, default);
        Assert.Equal(5, viaHost.Call(store, 4));
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
    public void UntypedCallsOfNumbersDoNotAllocate()
    {
        var store = new Store<int>(s_engine, 0);
        Module module = Module.FromText(s_engine, """
            (module (import "" "h" (func $h (param i64) (result i64)))
              (func (export "mix") (param i32 i64 f32 f64) (result f64 f32 i64 i32)
                local.get 3 local.get 2 local.get 1 call $h local.get 0)
              (func (export "none")))
            """);
        Func host = Func.Wrap(store, (long x) => x + 1);
        var instance = new Instance(store, module, [host]);
        Func mix = instance.GetFunc(store, "mix")!;
        Func none = instance.GetFunc(store, "none")!;
        Val[] parameters = [Val.I32(1), Val.I64(2), Val.F32(3.5f), Val.F64(4.25)];
        var results = new Val[4];
        mix.Call(store, parameters, results);
        none.Call(store, [], []);
        Assert.Equal([4.25, 3.5, 3, 1], [results[0].AsF64(), results[1].AsF32(), results[2].AsI64(), results[3].AsI32()]);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            parameters[0] = Val.I32(i);
            mix.Call(store, parameters, results);
            none.Call(store, [], []);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(999, results[3].AsI32());
    }
}

namespace WasmSharp.Tests.Api;

/// <summary>The wide-arithmetic proposal's 128-bit instructions with their two i64 results.</summary>
public sealed class WideArithmeticTests
{
    private static readonly Engine s_engine = new();

    private static Instance Create(Store store) => new(store, Module.FromText(s_engine, """
        (module
          (func (export "add128") (param i64 i64 i64 i64) (result i64 i64)
            local.get 0 local.get 1 local.get 2 local.get 3 i64.add128)
          (func (export "sub128") (param i64 i64 i64 i64) (result i64 i64)
            local.get 0 local.get 1 local.get 2 local.get 3 i64.sub128)
          (func (export "mul_s") (param i64 i64) (result i64 i64) local.get 0 local.get 1 i64.mul_wide_s)
          (func (export "mul_u") (param i64 i64) (result i64 i64) local.get 0 local.get 1 i64.mul_wide_u)
          (func (export "low_of_square") (param i64) (result i64)
            local.get 0 local.get 0 i64.mul_wide_u
            (; the high half is on top, the low half below it ;)
            i64.const 0 i64.mul i64.add))
        """), []);

    [Fact]
    public void AddAndSubCarryAndBorrowAcrossHalves()
    {
        var store = new Store<int>(s_engine, 0);
        Instance instance = Create(store);
        var add = instance.GetTypedFunc<(long, long, long, long), (long, long)>(store, "add128");
        var sub = instance.GetTypedFunc<(long, long, long, long), (long, long)>(store, "sub128");
        Assert.Equal((0L, 1L), add.Call(store, (-1, 0, 1, 0)));
        Assert.Equal((0L, 0L), add.Call(store, (-1, -1, 1, 0)));
        Assert.Equal((long.MinValue, 0L), add.Call(store, (long.MaxValue, 0, 1, 0)));
        Assert.Equal((-2L, long.MinValue), add.Call(store, (-1, long.MaxValue, -1, 0)));
        Assert.Equal((-1L, -1L), sub.Call(store, (0, 0, 1, 0)));
        Assert.Equal((-1L, 0L), sub.Call(store, (0, 1, 1, 0)));
        Assert.Equal((0L, long.MinValue), sub.Call(store, (0, 0, 0, long.MinValue)));
    }

    [Fact]
    public void WideMultipliesAreExact()
    {
        var store = new Store<int>(s_engine, 0);
        Instance instance = Create(store);
        var mulS = instance.GetTypedFunc<(long, long), (long, long)>(store, "mul_s");
        var mulU = instance.GetTypedFunc<(long, long), (long, long)>(store, "mul_u");
        Assert.Equal((1L, -2L), mulU.Call(store, (-1, -1)));
        Assert.Equal((1L, 0L), mulS.Call(store, (-1, -1)));
        Assert.Equal((0L, 1L << 62), mulS.Call(store, (long.MinValue, long.MinValue)));
        Assert.Equal((long.MinValue, -1L), mulS.Call(store, (long.MinValue, 1)));
        Assert.Equal((0L, 0L), mulS.Call(store, (0, long.MinValue)));
        Assert.Equal((-2L, 0L), mulS.Call(store, (2, long.MaxValue)));
        Assert.Equal(1L, instance.GetTypedFunc<long, long>(store, "low_of_square").Call(store, -1));
    }
}

using System.Text;

namespace WasmSharp.Tests.Compilation;

/// <summary>
/// Modules with many functions compile and run. Emitted methods used to be looked up by name one
/// at a time (<c>Type.GetMethod</c> scans the type), which made module creation quadratic in the
/// number of functions: 10,000 functions took 9-18 s, 20,000 up to 80 s.
/// </summary>
public sealed class ManyFunctionsTests
{
    [Fact]
    public void TwentyThousandFunctionsCompileAndEveryOneIsReachable()
    {
        const int count = 20_000;
        var wat = new StringBuilder("(module (table funcref (elem");
        for (int i = 0; i < count; i++)
        {
            wat.Append(" $f").Append(i);
        }

        wat.Append("))");
        for (int i = 0; i < count; i++)
        {
            wat.Append("(func $f").Append(i).Append(" (result i32) (i32.const ").Append(i).Append("))");
        }

        wat.Append("(func (export \"call\") (param i32) (result i32) (call_indirect (result i32) (local.get 0)))");
        wat.Append("(func (export \"last\") (result i32) (call $f").Append(count - 1).Append(")))");

        var engine = new Engine();
        var store = new Store<object?>(engine, null);
        Instance instance = new Linker<object?>(engine).Instantiate(store, Module.FromText(engine, wat.ToString()));
        var call = instance.GetTypedFunc<int, int>(store, "call");
        Assert.Equal(count - 1, instance.GetTypedFunc<ValueTuple, int>(store, "last").Call(store, default));
        foreach (int index in new[] { 0, 1, 4_999, 10_000, count - 1 })
        {
            Assert.Equal(index, call.Call(store, index));
        }
    }
}

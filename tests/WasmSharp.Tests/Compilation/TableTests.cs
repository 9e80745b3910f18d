using WasmSharp.Compilation;
using WasmSharp.Types;
using WasmSharp.Vm;
using Xunit;

namespace WasmSharp.Tests.Compilation;

public class TableTests
{
    private static readonly ValType I32 = ValType.I32;
    private static readonly ValType I64 = ValType.I64;

    [Fact]
    public void CallIndirectChecksBoundsNullAndSignature()
    {
        var b = new TestModuleBuilder();
        int ii = b.AddType([I32], [I32]);
        int il = b.AddType([I32], [I64]);
        b.AddTable(4);
        int inc = b.AddFunction(ii, [], new Code().LocalGet(0).I32Const(1).Op(0x6A).End());
        int wide = b.AddFunction(il, [], new Code().LocalGet(0).Op(0xAC).End());
        b.AddActiveElements(0, 0, inc, wide);
        // (func (param i32 i32) (result i32) (call_indirect (type ii) (local.get 0) (local.get 1)))
        int call = b.AddFunction([I32, I32], [I32], [], new Code().LocalGet(0).LocalGet(1).CallIndirect(ii).End());
        TestInstance m = b.Instantiate();
        Assert.Equal(42, m.I32(call, ValRaw.I32(41), ValRaw.I32(0)));
        Trap mismatch = m.Traps(call, ValRaw.I32(1), ValRaw.I32(1));
        Assert.Equal(TrapCode.BadSignature, mismatch.Code);
        Assert.Contains("indirect call type mismatch", mismatch.Message);
        Trap uninitialized = m.Traps(call, ValRaw.I32(1), ValRaw.I32(2));
        Assert.Equal(TrapCode.IndirectCallToNull, uninitialized.Code);
        Assert.Contains("uninitialized element", uninitialized.Message);
        Trap outside = m.Traps(call, ValRaw.I32(1), ValRaw.I32(4));
        Assert.Equal(TrapCode.TableOutOfBounds, outside.Code);
        Assert.Contains("undefined element", outside.Message);
    }

    [Fact]
    public void CallIndirectAcceptsStructurallyEqualTypesFromAnotherModule()
    {
        var a = new TestModuleBuilder();
        int f = a.AddFunction([I32], [I32], [], new Code().LocalGet(0).I32Const(2).Op(0x6C).End());
        TestInstance instanceA = a.Instantiate();

        var b = new TestModuleBuilder();
        b.AddType([], []);
        int ii = b.AddType([I32], [I32]);
        b.AddTable(1, imported: true);
        int call = b.AddFunction([I32], [I32], [], new Code().LocalGet(0).I32Const(0).CallIndirect(ii).End());
        var table = new TableStorage(new TableType(ValType.FuncRef, new Limits(1, null), false), instanceA.Context.Function(f));
        TestInstance instanceB = b.Instantiate(new InstanceImports { Tables = [table] }, instanceA.Context.Store);
        Assert.Equal(14, instanceB.I32(call, ValRaw.I32(7)));
    }

    [Fact]
    public void TableInstructions()
    {
        var b = new TestModuleBuilder();
        b.AddTable(2, 4);
        int target = b.AddFunction([], [I32], [], new Code().I32Const(5).End());
        // size, grow by n with ref.func target, get index is_null, set index null, fill
        int size = b.AddFunction([], [I32], [], new Code().Prefixed(16, 0).End());
        int grow = b.AddFunction([I32], [I32], [], new Code().Op(0xD2).U32((uint)target).LocalGet(0).Prefixed(15, 0).End());
        int isNull = b.AddFunction([I32], [I32], [], new Code().LocalGet(0).Op(0x25, 0).Op(0xD1).End());
        int clear = b.AddFunction([I32], [], [], new Code().LocalGet(0).Op(0xD0, 0x70).Op(0x26, 0).End());
        int fill = b.AddFunction([I32, I32], [], [], new Code().LocalGet(0).Op(0xD2).U32((uint)target).LocalGet(1).Prefixed(17, 0).End());
        TestInstance m = b.Instantiate();
        Assert.Equal(2, m.I32(size));
        Assert.Equal(1, m.I32(isNull, ValRaw.I32(1)));
        Assert.Equal(2, m.I32(grow, ValRaw.I32(1)));
        Assert.Equal(3, m.I32(size));
        Assert.Equal(0, m.I32(isNull, ValRaw.I32(2)));
        Assert.Equal(-1, m.I32(grow, ValRaw.I32(2)));
        m.Call(clear, ValRaw.I32(2));
        Assert.Equal(1, m.I32(isNull, ValRaw.I32(2)));
        Trap trap = m.Traps(isNull, ValRaw.I32(3));
        Assert.Equal(TrapCode.TableOutOfBounds, trap.Code);
        Assert.Contains("out of bounds table access", trap.Message);
        m.Call(fill, ValRaw.I32(0), ValRaw.I32(3));
        Assert.Equal(0, m.I32(isNull, ValRaw.I32(0)));
        Assert.Equal(TrapCode.TableOutOfBounds, m.Traps(fill, ValRaw.I32(2), ValRaw.I32(2)).Code);
    }

    [Fact]
    public void TableInitCopyAndElemDrop()
    {
        var b = new TestModuleBuilder();
        int ii = b.AddType([], [I32]);
        b.AddTable(4);
        int one = b.AddFunction(ii, [], new Code().I32Const(1).End());
        int two = b.AddFunction(ii, [], new Code().I32Const(2).End());
        int segment = b.AddPassiveElements(one, two);
        int init = b.AddFunction([I32], [], [], new Code().LocalGet(0).I32Const(0).I32Const(2).Prefixed(12, (uint)segment, 0).End());
        int copy = b.AddFunction([I32, I32, I32], [], [], new Code().LocalGet(0).LocalGet(1).LocalGet(2).Prefixed(14, 0, 0).End());
        int drop = b.AddFunction([], [], [], new Code().Prefixed(13, (uint)segment).End());
        int call = b.AddFunction([I32], [I32], [], new Code().LocalGet(0).CallIndirect(ii).End());
        TestInstance m = b.Instantiate();
        m.Call(init, ValRaw.I32(1));
        Assert.Equal(1, m.I32(call, ValRaw.I32(1)));
        Assert.Equal(2, m.I32(call, ValRaw.I32(2)));
        m.Call(copy, ValRaw.I32(2), ValRaw.I32(1), ValRaw.I32(2));
        Assert.Equal(1, m.I32(call, ValRaw.I32(2)));
        Assert.Equal(2, m.I32(call, ValRaw.I32(3)));
        Assert.Equal(TrapCode.TableOutOfBounds, m.Traps(init, ValRaw.I32(3)).Code);
        m.Call(drop);
        Assert.Equal(TrapCode.TableOutOfBounds, m.Traps(init, ValRaw.I32(0)).Code);
    }

    [Fact]
    public void ExternRefsRoundTripThroughTablesAndGlobals()
    {
        var b = new TestModuleBuilder();
        b.AddTable(1, element: ValType.ExternRef);
        int g = b.AddGlobal(ValType.ExternRef, true, new Code().Op(0xD0, 0x6F).End());
        int put = b.AddFunction([ValType.ExternRef], [], [], new Code().I32Const(0).LocalGet(0).Op(0x26, 0).LocalGet(0).GlobalSet(g).End());
        int get = b.AddFunction([], [ValType.ExternRef, ValType.ExternRef], [], new Code().I32Const(0).Op(0x25, 0).GlobalGet(g).End());
        TestInstance m = b.Instantiate();
        object payload = new();
        m.Call(put, ValRaw.FromRef(payload));
        ValRaw[] results = m.Call(get);
        Assert.Same(payload, results[0].Ref);
        Assert.Same(payload, results[1].Ref);
    }

    [Fact]
    public void HostFunctionsAreCallableDirectlyAndThroughTables()
    {
        var store = new StoreContext();
        var type = new FuncType([I32, ValType.F64], [I64, I32]);
        FuncRef host = HostFunctionFactory.Create(type, (_, values) =>
        {
            int a = values[0].AsI32;
            double d = values[1].AsF64;
            values[0] = ValRaw.I64(a * 1000L);
            values[1] = ValRaw.I32((int)d);
        }, store);

        var b = new TestModuleBuilder();
        int t = b.AddType([I32, ValType.F64], [I64, I32]);
        b.ImportFunction(t);
        b.AddTable(1);
        b.AddActiveElements(0, 0, 0);
        // direct: 7 * 1000 + (int)2.5; indirect: 1 * 1000 + (int)40.0
        int g = b.AddFunction([], [I64], [], new Code()
            .I32Const(7).F64Const(2.5).Call(0).Op(0xAC).Op(0x7C)
            .I32Const(1).F64Const(40.0).I32Const(0).CallIndirect(t).Op(0xAC).Op(0x7C)
            .Op(0x7C)
            .End());
        TestInstance m = b.Instantiate(new InstanceImports { Functions = [host] }, store);
        Assert.Equal(7000L + 2 + 1000 + 40, m.I64(g));
    }

    [Fact]
    public void GlobalsAreSharedByReference()
    {
        var cell = new GlobalCell(new GlobalType(I32, true));
        cell.Set(ValRaw.I32(10));
        var b = new TestModuleBuilder();
        int imported = b.ImportGlobal(I32, true);
        int derived = b.AddGlobal(I64, false, new Code().I64Const(5).End());
        int bump = b.AddFunction([], [I32], [], new Code().GlobalGet(imported).I32Const(1).Op(0x6A).GlobalSet(imported).GlobalGet(imported).End());
        int read = b.AddFunction([], [I64], [], new Code().GlobalGet(derived).End());
        TestInstance m = b.Instantiate(new InstanceImports { Globals = [cell] });
        Assert.Equal(11, m.I32(bump));
        Assert.Equal(11, cell.I32);
        cell.I32 = 100;
        Assert.Equal(101, m.I32(bump));
        Assert.Equal(5L, m.I64(read));
    }
}

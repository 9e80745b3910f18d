using WasmSharp.Types;
using WasmSharp.Vm;
using Xunit;

namespace WasmSharp.Tests.Compilation;

public class MemoryTests
{
    private static readonly ValType I32 = ValType.I32;
    private static readonly ValType I64 = ValType.I64;

    [Fact]
    public void LoadsAndStoresAllWidths()
    {
        var b = new TestModuleBuilder();
        b.AddMemory(1);
        int store64 = b.AddFunction([I32, I64], [], [], new Code().LocalGet(0).LocalGet(1).Mem(0x37, 3, 0).End());
        int load8s = b.AddFunction([I32], [I32], [], new Code().LocalGet(0).Mem(0x2C, 0, 0).End());
        int load8u = b.AddFunction([I32], [I32], [], new Code().LocalGet(0).Mem(0x2D, 0, 0).End());
        int load16s = b.AddFunction([I32], [I64], [], new Code().LocalGet(0).Mem(0x32, 1, 0).End());
        int load32u = b.AddFunction([I32], [I64], [], new Code().LocalGet(0).Mem(0x35, 2, 0).End());
        int load64 = b.AddFunction([I32], [I64], [], new Code().LocalGet(0).Mem(0x29, 0, 0).End());
        int store16 = b.AddFunction([I32, I64], [], [], new Code().LocalGet(0).LocalGet(1).Mem(0x3D, 0, 0).End());
        TestInstance m = b.Instantiate();
        m.Call(store64, ValRaw.I32(8), ValRaw.I64(unchecked((long)0xF1F2F3F4F5F6F7F8)));
        Assert.Equal(-8, m.I32(load8s, ValRaw.I32(8)));
        Assert.Equal(0xF8, m.I32(load8u, ValRaw.I32(8)));
        Assert.Equal(unchecked((short)0xF7F8), m.I64(load16s, ValRaw.I32(8)));
        Assert.Equal(0xF1F2F3F4L, m.I64(load32u, ValRaw.I32(12)));
        m.Call(store16, ValRaw.I32(9), ValRaw.I64(0x1234));
        Assert.Equal(unchecked((long)0xF1F2F3F4F51234F8), m.I64(load64, ValRaw.I32(8)));
    }

    [Fact]
    public void BoundsCheckTrapsExactlyAtTheEdge()
    {
        var b = new TestModuleBuilder();
        b.AddMemory(1);
        int load32 = b.AddFunction([I32], [I32], [], new Code().LocalGet(0).Mem(0x28, 2, 0).End());
        int load32Offset = b.AddFunction([I32], [I32], [], new Code().LocalGet(0).Mem(0x28, 2, 4).End());
        int store8 = b.AddFunction([I32], [], [], new Code().LocalGet(0).I32Const(1).Mem(0x3A, 0, 0).End());
        int loadHuge = b.AddFunction([I32], [I32], [], new Code().LocalGet(0).Mem(0x2D, 0, uint.MaxValue).End());
        TestInstance m = b.Instantiate();
        Assert.Equal(0, m.I32(load32, ValRaw.I32(65532)));
        Trap trap = m.Traps(load32, ValRaw.I32(65533));
        Assert.Equal(TrapCode.MemoryOutOfBounds, trap.Code);
        Assert.Contains("out of bounds memory access", trap.Message);
        Assert.Equal(0, m.I32(load32Offset, ValRaw.I32(65528)));
        Assert.Equal(TrapCode.MemoryOutOfBounds, m.Traps(load32Offset, ValRaw.I32(65529)).Code);
        Assert.Equal(TrapCode.MemoryOutOfBounds, m.Traps(load32, ValRaw.I32(-1)).Code);
        m.Call(store8, ValRaw.I32(65535));
        Assert.Equal(TrapCode.MemoryOutOfBounds, m.Traps(store8, ValRaw.I32(65536)).Code);
        Assert.Equal(TrapCode.MemoryOutOfBounds, m.Traps(loadHuge, ValRaw.I32(0)).Code);
    }

    [Fact]
    public void ZeroSizedMemoryTrapsOnEveryAccess()
    {
        var b = new TestModuleBuilder();
        b.AddMemory(0);
        int load = b.AddFunction([I32], [I32], [], new Code().LocalGet(0).Mem(0x2D, 0, 0).End());
        Assert.Equal(TrapCode.MemoryOutOfBounds, b.Instantiate().Traps(load, ValRaw.I32(0)).Code);
    }

    [Fact]
    public void GrowReturnsOldSizeAndRefreshesBounds()
    {
        var b = new TestModuleBuilder();
        b.AddMemory(1, 3);
        // (func (param i32) (result i32) (memory.grow (local.get 0)))
        int grow = b.AddFunction([I32], [I32], [], new Code().LocalGet(0).MemoryGrow().End());
        int size = b.AddFunction([], [I32], [], new Code().MemorySize().End());
        // store at 70000 after growing inside the same function: the cached limit must be reloaded.
        int growThenStore = b.AddFunction([], [I32], [], new Code()
            .I32Const(1).MemoryGrow().Drop()
            .I32Const(70000).I32Const(42).Mem(0x36, 2, 0)
            .I32Const(70000).Mem(0x28, 2, 0).End());
        TestInstance m = b.Instantiate();
        Assert.Equal(1, m.I32(size));
        Assert.Equal(42, m.I32(growThenStore));
        Assert.Equal(2, m.I32(size));
        Assert.Equal(-1, m.I32(grow, ValRaw.I32(2)));
        Assert.Equal(2, m.I32(grow, ValRaw.I32(1)));
        Assert.Equal(-1, m.I32(grow, ValRaw.I32(1)));
        Assert.Equal(3, m.I32(grow, ValRaw.I32(0)));
        Assert.Equal(3, m.I32(size));
    }

    [Fact]
    public void GrowBeyondFourGibibytesFails()
    {
        var b = new TestModuleBuilder();
        b.AddMemory(0);
        int grow = b.AddFunction([I32], [I32], [], new Code().LocalGet(0).MemoryGrow().End());
        TestInstance m = b.Instantiate();
        Assert.Equal(-1, m.I32(grow, ValRaw.I32(65537)));
        Assert.Equal(0, m.I32(grow, ValRaw.I32(0)));
    }

    [Fact]
    public void DataSegmentsInitialiseMemory()
    {
        var b = new TestModuleBuilder();
        b.AddMemory(1);
        b.AddActiveData(100, [1, 2, 3, 4]);
        int passive = b.AddPassiveData([9, 8, 7]);
        int load = b.AddFunction([I32], [I32], [], new Code().LocalGet(0).Mem(0x28, 2, 0).End());
        // memory.init 1 0 at (local.get 0), from 0, 3 bytes; then data.drop 1
        int init = b.AddFunction([I32], [], [], new Code().LocalGet(0).I32Const(0).I32Const(3).Prefixed(8, (uint)passive, 0).End());
        int drop = b.AddFunction([], [], [], new Code().Prefixed(9, (uint)passive).End());
        TestInstance m = b.Instantiate();
        Assert.Equal(0x04030201, m.I32(load, ValRaw.I32(100)));
        m.Call(init, ValRaw.I32(200));
        Assert.Equal(0x00070809, m.I32(load, ValRaw.I32(200)));
        Assert.Equal(TrapCode.MemoryOutOfBounds, m.Traps(init, ValRaw.I32(65534)).Code);
        m.Call(drop);
        Assert.Equal(TrapCode.MemoryOutOfBounds, m.Traps(init, ValRaw.I32(0)).Code);
    }

    [Fact]
    public void FillAndCopyCheckBoundsBeforeWriting()
    {
        var b = new TestModuleBuilder();
        b.AddMemory(1);
        int fill = b.AddFunction([I32, I32, I32], [], [], new Code().LocalGet(0).LocalGet(1).LocalGet(2).Prefixed(11, 0).End());
        int copy = b.AddFunction([I32, I32, I32], [], [], new Code().LocalGet(0).LocalGet(1).LocalGet(2).Prefixed(10, 0, 0).End());
        int load = b.AddFunction([I32], [I32], [], new Code().LocalGet(0).Mem(0x28, 2, 0).End());
        TestInstance m = b.Instantiate();
        m.Call(fill, ValRaw.I32(10), ValRaw.I32(0xAB), ValRaw.I32(4));
        Assert.Equal(unchecked((int)0xABABABAB), m.I32(load, ValRaw.I32(10)));
        m.Call(copy, ValRaw.I32(12), ValRaw.I32(10), ValRaw.I32(4));
        Assert.Equal(unchecked((int)0xABABABAB), m.I32(load, ValRaw.I32(12)));
        Assert.Equal(0x0000ABAB, m.I32(load, ValRaw.I32(14)));
        Assert.Equal(TrapCode.MemoryOutOfBounds, m.Traps(fill, ValRaw.I32(65535), ValRaw.I32(1), ValRaw.I32(2)).Code);
        Assert.Equal(0, m.I32(load, ValRaw.I32(65532)));
        // Zero-length operations at the very end are fine.
        m.Call(fill, ValRaw.I32(65536), ValRaw.I32(1), ValRaw.I32(0));
        Assert.Equal(TrapCode.MemoryOutOfBounds, m.Traps(copy, ValRaw.I32(0), ValRaw.I32(65536), ValRaw.I32(1)).Code);
    }

    [Fact]
    public void HostGrowthOfASharedMemoryIsSeenAfterCalls()
    {
        // Instance B imports A's memory; A grows it; B's cached bounds must be refreshed after its call to A.
        var a = new TestModuleBuilder();
        a.AddMemory(1);
        a.Export("mem", ExternKind.Memory, 0);
        int growA = a.AddFunction([], [I32], [], new Code().I32Const(1).MemoryGrow().End());
        a.Export("grow", ExternKind.Func, growA);
        TestInstance instanceA = a.Instantiate();

        var b = new TestModuleBuilder();
        int growType = b.AddType([], [I32]);
        b.ImportFunction(growType);
        b.AddMemory(1, imported: true);
        int f = b.AddFunction([], [I32], [], new Code()
            .Call(0).Drop()
            .I32Const(100000).I32Const(7).Mem(0x36, 2, 0)
            .I32Const(100000).Mem(0x28, 2, 0).End());
        TestInstance instanceB = b.Instantiate(new InstanceImports
        {
            Functions = [instanceA.Context.Function(growA)],
            Memories = [instanceA.Context.Memories[0]],
        }, instanceA.Context.Store);
        Assert.Equal(7, instanceB.I32(f));
    }
}

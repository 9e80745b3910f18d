using WasmSharp.Types;
using Xunit;
using static WasmSharp.Tests.Validation.Op;

namespace WasmSharp.Tests.Validation;

/// <summary>Unknown indices in every index space (spec valid/instructions.rst, context lookups).</summary>
public sealed class IndexSpaceTests
{
    [Fact]
    public void UnknownFunction()
    {
        TestModule m = new();
        m.Function(Call, 5, End);
        m.AssertInvalid("unknown function 5");
    }

    [Fact]
    public void UnknownGlobal()
    {
        TestModule m = new();
        m.Function(GlobalGet, 0, Drop, End);
        m.AssertInvalid("unknown global 0");
    }

    [Fact]
    public void UnknownTable()
    {
        TestModule m = new();
        m.Function(I32Const, 0, TableGet, 0, Drop, End);
        m.AssertInvalid("unknown table 0");
    }

    [Fact]
    public void UnknownMemoryForLoad()
    {
        TestModule m = new();
        m.Function(I32Const, 0, I32Load, 2, 0, Drop, End);
        m.AssertInvalid("unknown memory 0");
    }

    [Fact]
    public void UnknownMemoryForMemorySize()
    {
        TestModule m = new();
        m.Memory();
        m.Function(MemorySize, 1, Drop, End);
        m.AssertInvalid("unknown memory 1");
    }

    [Fact]
    public void UnknownMemoryViaMultiMemoryMemarg()
    {
        TestModule m = new();
        m.Memory();
        m.Function(I32Const, 0, I32Load, 0x42, 1, 0, Drop, End);
        m.AssertInvalid("unknown memory 1");
    }

    [Fact]
    public void SecondMemoryViaMemarg()
    {
        TestModule m = new();
        m.Memory();
        m.Memory(is64: true);
        m.Function(I64Const, 0, I32Load, 0x42, 1, 0, Drop, End);
        m.Validate();
    }

    [Fact]
    public void UnknownType()
    {
        TestModule m = new();
        m.Function(Block, 9, End, End);
        m.AssertInvalid("unknown type");
    }

    [Fact]
    public void UnknownTypeInCallIndirect()
    {
        TestModule m = new();
        m.Table(ValType.FuncRef);
        m.Function(I32Const, 0, CallIndirect, 7, 0, End);
        m.AssertInvalid("unknown type 7");
    }

    [Fact]
    public void UnknownElemSegment()
    {
        TestModule m = new();
        m.Function(Misc, 13, 0, End);
        m.AssertInvalid("unknown elem segment 0");
    }

    [Fact]
    public void UnknownDataSegment()
    {
        TestModule m = new() { DataCount = 1 };
        m.Memory();
        m.PassiveData();
        m.Function(Misc, 9, 1, End);
        m.AssertInvalid("unknown data segment 1");
    }

    [Fact]
    public void DataDropNeedsDataCount()
    {
        TestModule m = new();
        m.Memory();
        m.PassiveData();
        m.Function(Misc, 9, 0, End);
        m.AssertMalformed("data count section required");
    }

    [Fact]
    public void MemoryInitWithDataCount()
    {
        TestModule m = new() { DataCount = 1 };
        m.Memory();
        m.PassiveData();
        m.Function(I32Const, 0, I32Const, 0, I32Const, 0, Misc, 8, 0, 0, End);
        m.Validate();
    }

    [Fact]
    public void UnknownTag()
    {
        TestModule m = new();
        m.Function(Throw, 0, End);
        m.AssertInvalid("unknown tag 0");
    }

    [Fact]
    public void UnknownLabel()
    {
        TestModule m = new();
        m.Function(Block, Empty, Br, 2, End, End);
        m.AssertInvalid("unknown label");
    }

    [Fact]
    public void GlobalSetImmutable()
    {
        TestModule m = new();
        m.Global(TestModule.I32, false, I32Const, 0, End);
        m.Function(I32Const, 1, GlobalSet, 0, End);
        m.AssertInvalid("immutable global");
    }

    [Fact]
    public void GlobalSetMutable()
    {
        TestModule m = new();
        m.Global(TestModule.I32, true, I32Const, 0, End);
        m.Function(I32Const, 1, GlobalSet, 0, End);
        m.Validate();
    }

    [Fact]
    public void CallArgumentTypes()
    {
        TestModule m = new();
        int callee = m.Function(m.FuncType([TestModule.I32, TestModule.I64], []), [], End);
        m.Function(I32Const, 0, I32Const, 0, Call, (byte)callee, End);
        m.AssertInvalid("type mismatch");
    }

    [Fact]
    public void CallResultsArePushed()
    {
        TestModule m = new();
        int t = m.FuncType([TestModule.I32], [TestModule.F64]);
        int callee = m.ImportFunction(t);
        m.Function(m.FuncType([], [TestModule.F64]), [], I32Const, 0, Call, (byte)callee, End);
        m.Validate();
    }

    [Fact]
    public void CallIndirectOnNonFuncTable()
    {
        TestModule m = new();
        m.Table(ValType.ExternRef);
        int t = m.FuncType([], []);
        m.Function(t, [], I32Const, 0, CallIndirect, (byte)t, 0, End);
        m.AssertInvalid("type mismatch");
    }

    [Fact]
    public void CallIndirectOnTable64NeedsI64()
    {
        TestModule m = new();
        m.Table(ValType.FuncRef, is64: true);
        int t = m.FuncType([], []);
        m.Function(t, [], I32Const, 0, CallIndirect, (byte)t, 0, End);
        m.AssertInvalid("type mismatch");
    }

    [Fact]
    public void ReturnCallResultMismatch()
    {
        TestModule m = new();
        int callee = m.Function(m.FuncType([], [TestModule.I64]), [], I64Const, 0, End);
        m.Function(m.FuncType([], [TestModule.I32]), [], ReturnCall, (byte)callee, End);
        m.AssertInvalid("type mismatch");
    }

    [Fact]
    public void ReturnCallMatchingResults()
    {
        TestModule m = new();
        int callee = m.Function(m.FuncType([], [TestModule.I32]), [], I32Const, 0, End);
        m.Function(m.FuncType([], [TestModule.I32]), [], ReturnCall, (byte)callee, End);
        m.Validate();
    }

    [Fact]
    public void TableInitElementTypeMismatch()
    {
        TestModule m = new();
        m.Table(ValType.ExternRef);
        m.PassiveElem(ValType.FuncRef);
        m.Function(I32Const, 0, I32Const, 0, I32Const, 0, Misc, 12, 0, 0, End);
        m.AssertInvalid("type mismatch");
    }

    [Fact]
    public void TableCopyMixedIndexTypes()
    {
        TestModule m = new();
        m.Table(ValType.FuncRef, is64: true);
        m.Table(ValType.FuncRef);
        // Destination i64, source i32, length i32.
        m.Function(I64Const, 0, I32Const, 0, I32Const, 0, Misc, 14, 0, 1, End);
        m.Validate();
    }
}

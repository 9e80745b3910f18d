using WasmSharp.Types;
using Xunit;
using static WasmSharp.Tests.Validation.Op;

namespace WasmSharp.Tests.Validation;

/// <summary>Module-level rules (spec valid/modules.rst) and constant expressions.</summary>
public sealed class ModuleValidatorTests
{
    [Fact]
    public void EmptyModule() => new TestModule().Validate();

    [Fact]
    public void DuplicateExportName()
    {
        TestModule m = new();
        int f = m.Function(End);
        m.Export("a", ExternKind.Func, f);
        m.Export("a", ExternKind.Func, f);
        m.AssertInvalid("duplicate export name");
    }

    [Fact]
    public void ExportOfUnknownGlobal()
    {
        TestModule m = new();
        m.Export("g", ExternKind.Global, 0);
        m.AssertInvalid("unknown global 0");
    }

    [Fact]
    public void StartFunctionMustBeNullary()
    {
        TestModule m = new();
        m.Start = m.Function(m.FuncType([], [TestModule.I32]), [], I32Const, 0, End);
        m.AssertInvalid("start function");
    }

    [Fact]
    public void UnknownStartFunction()
    {
        TestModule m = new() { Start = 3 };
        m.AssertInvalid("unknown function 3");
    }

    [Fact]
    public void TableMinimumAboveMaximum()
    {
        TestModule m = new();
        m.Table(ValType.FuncRef, 2, 1);
        m.AssertInvalid("size minimum must not be greater than maximum");
    }

    [Fact]
    public void TableSizeLimit()
    {
        TestModule m = new();
        m.Table(ValType.FuncRef, 0x1_0000_0000);
        m.AssertInvalid("table size");
    }

    [Fact]
    public void NonNullableTableNeedsInitializer()
    {
        TestModule m = new();
        int t = m.FuncType([], []);
        m.Table(TestModule.Ref(t));
        m.AssertInvalid("type mismatch");
    }

    [Fact]
    public void NonNullableTableWithInitializer()
    {
        TestModule m = new();
        int t = m.FuncType([], []);
        int f = m.Function(t, [], End);
        m.Table(TestModule.Ref(t), init: [RefFunc, (byte)f, End]);
        m.Validate();
    }

    [Fact]
    public void MemoryTooLarge()
    {
        TestModule m = new();
        m.Memory(65537);
        m.AssertInvalid("memory size must be at most 65536 pages (4GiB)");
    }

    [Fact]
    public void Memory64Limit()
    {
        TestModule m = new();
        m.Memory(0, 0x1_0000_0000_0001, is64: true);
        m.AssertInvalid("memory size");
    }

    [Fact]
    public void MemoryMinimumAboveMaximum()
    {
        TestModule m = new();
        m.Memory(2, 1);
        m.AssertInvalid("size minimum must not be greater than maximum");
    }

    [Fact]
    public void SharedMemoryNeedsMaximum()
    {
        TestModule m = new();
        m.Memory(1, null, shared: true);
        m.AssertInvalid("shared memory must have maximum");
    }

    [Fact]
    public void CustomPageSizeOneAllowsFourGiBPages()
    {
        TestModule m = new();
        m.Memory(0xFFFF_FFFF, pageSizeLog2: 0);
        m.Validate();
        TestModule n = new();
        n.Memory(0x1_0000_0000, pageSizeLog2: 0);
        n.AssertInvalid("memory size");
    }

    [Fact]
    public void MultipleMemoriesNeedFeature()
    {
        TestModule m = new();
        m.Memory();
        m.Memory();
        m.AssertInvalid("multiple memories", WasmFeatures.All & ~WasmFeatures.MultiMemory);
    }

    [Fact]
    public void GlobalInitializerType()
    {
        TestModule m = new();
        m.Global(TestModule.I32, false, I64Const, 0, End);
        m.AssertInvalid("type mismatch");
    }

    [Fact]
    public void GlobalInitializerNotConstant()
    {
        TestModule m = new();
        m.Global(TestModule.I32, false, I32Const, 0, I32Eqz, End);
        m.AssertInvalid("constant expression required");
    }

    [Fact]
    public void GlobalInitializerNop()
    {
        TestModule m = new();
        m.Global(TestModule.I32, false, Nop, End);
        m.AssertInvalid("constant expression required");
    }

    [Fact]
    public void GlobalInitializerTwoValues()
    {
        TestModule m = new();
        m.Global(TestModule.I32, false, I32Const, 0, I32Const, 0, End);
        m.AssertInvalid("type mismatch");
    }

    [Fact]
    public void ExtendedConstArithmetic()
    {
        TestModule m = new();
        m.ImportGlobal(TestModule.I32, false);
        m.Global(TestModule.I32, false, GlobalGet, 0, I32Const, 4, I32Add, End);
        m.Validate();
    }

    [Fact]
    public void GlobalGetOfLaterGlobal()
    {
        TestModule m = new();
        m.Global(TestModule.I32, false, GlobalGet, 1, End);
        m.Global(TestModule.I32, false, I32Const, 0, End);
        m.AssertInvalid("unknown global 1");
    }

    [Fact]
    public void GlobalGetOfEarlierDefinedImmutableGlobal()
    {
        TestModule m = new();
        m.Global(TestModule.I32, false, I32Const, 0, End);
        m.Global(TestModule.I32, false, GlobalGet, 0, End);
        m.Validate();
    }

    [Fact]
    public void GlobalGetOfMutableGlobal()
    {
        TestModule m = new();
        m.ImportGlobal(TestModule.I32, true);
        m.Global(TestModule.I32, false, GlobalGet, 0, End);
        m.AssertInvalid("constant expression required");
    }

    [Fact]
    public void IllegalOpcodeInElementExpression()
    {
        TestModule m = new();
        m.Function(End);
        m.ExprElem(ValType.FuncRef, [0xF3, 0, End]);
        m.AssertMalformed("illegal opcode");
    }

    [Fact]
    public void ConstantStructNew()
    {
        TestModule m = new();
        int s = m.Type(new StructType([new FieldType(StorageType.Of(ValType.I32), false)]));
        m.Global(TestModule.Ref(s), false, I32Const, 1, Gc, 0, (byte)s, End);
        m.Validate();
    }

    [Fact]
    public void TableInitializerSeesOnlyImportedGlobals()
    {
        TestModule m = new();
        m.Global(ValType.FuncRef, false, RefNull, TFuncRef, End);
        m.Table(ValType.FuncRef, init: [GlobalGet, 0, End]);
        m.AssertInvalid("unknown global 0");
    }

    [Fact]
    public void ElementTypeMustMatchTable()
    {
        TestModule m = new();
        int f = m.Function(End);
        m.Table(ValType.ExternRef);
        m.ActiveElem(0, [I32Const, 0, End], ValType.FuncRef, f);
        m.AssertInvalid("type mismatch");
    }

    [Fact]
    public void ElementOffsetForTable64()
    {
        TestModule m = new();
        int f = m.Function(End);
        m.Table(ValType.FuncRef, is64: true);
        m.ActiveElem(0, [I64Const, 0, End], ValType.FuncRef, f);
        m.Validate();
    }

    [Fact]
    public void ElementUnknownFunction()
    {
        TestModule m = new();
        m.DeclarativeElem(4);
        m.AssertInvalid("unknown function 4");
    }

    [Fact]
    public void ActiveElementUnknownTable()
    {
        TestModule m = new();
        int f = m.Function(End);
        m.ActiveElem(0, [I32Const, 0, End], ValType.FuncRef, f);
        m.AssertInvalid("unknown table 0");
    }

    [Fact]
    public void DataUnknownMemory()
    {
        TestModule m = new();
        m.ActiveData(0, [I32Const, 0, End]);
        m.AssertInvalid("unknown memory 0");
    }

    [Fact]
    public void DataOffsetType()
    {
        TestModule m = new();
        m.Memory(is64: true);
        m.ActiveData(0, [I32Const, 0, End]);
        m.AssertInvalid("type mismatch");
    }

    [Fact]
    public void FunctionTypeMustBeFunc()
    {
        TestModule m = new();
        int s = m.Type(new StructType([]));
        m.Function(s, [], End);
        m.AssertInvalid("type mismatch");
    }
}

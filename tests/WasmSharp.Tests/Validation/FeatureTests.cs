using Xunit;
using static WasmSharp.Tests.Validation.Op;

namespace WasmSharp.Tests.Validation;

/// <summary>Instructions of disabled proposals are rejected.</summary>
public sealed class FeatureTests
{
    private static void AssertDisabled(WasmFeatures feature, params byte[] code)
    {
        TestModule m = new();
        m.Memory(max: 1, shared: true);
        m.Function(code);
        m.Validate();
        m.AssertInvalid("", WasmFeatures.All & ~feature);
        Assert.Contains("support is not enabled", Assert.Throws<WasmValidationException>(() => m.Validate(WasmFeatures.All & ~feature)).Reason);
    }

    [Fact]
    public void Simd() => AssertDisabled(WasmFeatures.Simd, Op.Simd, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Drop, End);

    [Fact]
    public void SignExtension() => AssertDisabled(WasmFeatures.SignExtension, I32Const, 0, 0xC0, Drop, End);

    [Fact]
    public void TailCall() => AssertDisabled(WasmFeatures.TailCall, ReturnCall, 0, End);

    [Fact]
    public void Threads() => AssertDisabled(WasmFeatures.Threads, Atomic, 0x03, 0, End);

    [Fact]
    public void WideArithmetic() => AssertDisabled(WasmFeatures.WideArithmetic, I64Const, 0, I64Const, 0, Misc, 21, Drop, Drop, End);

    [Fact]
    public void LegacyExceptions() => AssertDisabled(WasmFeatures.LegacyExceptions, Try, Empty, End, End);

    [Fact]
    public void Gc() => AssertDisabled(WasmFeatures.Gc, I32Const, 0, Op.Gc, 28, Drop, End);

    // Operator features come from the operator table (operators.def); the messages name the proposal as Wasmtime does.
    [Theory]
    [InlineData(WasmFeatures.SignExtension, "sign extension", new byte[] { I64Const, 0, 0xC4, Drop, End })]
    [InlineData(WasmFeatures.SaturatingFloatToInt, "saturating float to int conversions", new byte[] { F32Const, 0, 0, 0, 0, Misc, 0, Drop, End })]
    [InlineData(WasmFeatures.BulkMemory, "bulk memory", new byte[] { I32Const, 0, I32Const, 0, I32Const, 0, Misc, 11, 0, End })]
    [InlineData(WasmFeatures.ReferenceTypes, "reference types", new byte[] { Misc, 16, 0, Drop, End })]
    [InlineData(WasmFeatures.Simd, "SIMD", new byte[] { Op.Simd, 0x80, 0x02, End })]
    [InlineData(WasmFeatures.Simd | WasmFeatures.RelaxedSimd, "SIMD", new byte[] { Op.Simd, 0x80, 0x02, End })]
    [InlineData(WasmFeatures.RelaxedSimd, "relaxed SIMD", new byte[] { Op.Simd, 0x80, 0x02, End })]
    [InlineData(WasmFeatures.FunctionReferences, "function references", new byte[] { RefNull, 0x70, 0x15, 0, End })]
    [InlineData(WasmFeatures.TailCall, "tail calls", new byte[] { RefNull, 0x70, 0x15, 0, End })]
    [InlineData(WasmFeatures.ExceptionHandling, "exceptions", new byte[] { Unreachable, 0x0A, End })]
    [InlineData(WasmFeatures.ExceptionHandling | WasmFeatures.LegacyExceptions, "exceptions", new byte[] { Throw, 0, End })]
    [InlineData(WasmFeatures.LegacyExceptions, "legacy exceptions", new byte[] { Try, Empty, End, End })]
    [InlineData(WasmFeatures.Threads, "threads", new byte[] { Atomic, 0x03, 0, End })]
    [InlineData(WasmFeatures.WideArithmetic, "wide arithmetic", new byte[] { I64Const, 0, I64Const, 0, Misc, 22, Drop, Drop, End })]
    public void OperatorOfADisabledProposalNamesIt(WasmFeatures disabled, string proposal, byte[] code)
    {
        TestModule m = new();
        m.Memory(max: 1, shared: true);
        m.Table(WasmSharp.Types.ValType.FuncRef);
        m.Function(code);
        string reason = Assert.Throws<WasmValidationException>(() => m.Validate(WasmFeatures.All & ~disabled)).Reason;
        Assert.Equal($"{proposal} support is not enabled", reason);
    }

    private const WasmFeatures Wasm20 = WasmFeatures.MutableGlobal | WasmFeatures.SaturatingFloatToInt | WasmFeatures.SignExtension
        | WasmFeatures.MultiValue | WasmFeatures.BulkMemory | WasmFeatures.ReferenceTypes | WasmFeatures.Simd;

    [Fact]
    public void Wasm20MemoryGrowNeedsZeroByte()
    {
        TestModule m = new();
        m.Memory();
        m.Function(I32Const, 0, MemoryGrow, 0x80, 0x00, Drop, End);
        Assert.StartsWith("zero byte expected", Assert.Throws<WasmFormatException>(() => m.Validate(Wasm20)).Reason);
        m.Validate();
    }

    [Fact]
    public void Wasm20LargeAlignmentIsMalformed()
    {
        TestModule m = new();
        m.Memory();
        m.Function(I32Const, 0, I32Load, 0x20, 0, Drop, End);
        Assert.StartsWith("malformed memop flags", Assert.Throws<WasmFormatException>(() => m.Validate(Wasm20)).Reason);
        m.AssertInvalid("alignment must not be larger than natural");
    }

    [Fact]
    public void Wasm20SegmentOffsetsSeeOnlyImportedGlobals()
    {
        TestModule m = new();
        m.Memory();
        m.Global(TestModule.I32, false, I32Const, 0, End);
        m.ActiveData(0, [GlobalGet, 0, End]);
        m.Validate();
        m.AssertInvalid("unknown global 0", Wasm20);
    }

    [Fact]
    public void V128ParameterNeedsSimd()
    {
        TestModule m = new();
        m.FuncType([TestModule.V128], []);
        m.Validate();
        m.AssertInvalid("SIMD support is not enabled", WasmFeatures.All & ~WasmFeatures.Simd);
    }

    [Fact]
    public void StructTypeNeedsGc()
    {
        TestModule m = new();
        m.Type(new WasmSharp.Types.StructType([]));
        m.AssertInvalid("gc support is not enabled", WasmFeatures.All & ~WasmFeatures.Gc);
    }

    [Fact]
    public void NonNullableLocalNeedsFunctionReferences()
    {
        TestModule m = new();
        int t = m.FuncType([], []);
        m.Function(t, [TestModule.Ref(t, nullable: true)], End);
        m.Validate();
        m.AssertInvalid("function references support is not enabled", WasmFeatures.All & ~WasmFeatures.FunctionReferences);
    }

    [Fact]
    public void Memory64NeedsFeature()
    {
        TestModule m = new();
        m.Memory(is64: true);
        m.AssertInvalid("memory64 support is not enabled", WasmFeatures.All & ~WasmFeatures.Memory64);
    }

    [Fact]
    public void BlockTypeV128NeedsSimd()
    {
        TestModule m = new();
        m.Function(Block, TV128, Unreachable, End, Drop, End);
        m.AssertInvalid("SIMD support is not enabled", WasmFeatures.All & ~WasmFeatures.Simd);
    }

    [Fact]
    public void FuncrefTablePredatesReferenceTypes()
    {
        TestModule m = new();
        m.Table(WasmSharp.Types.ValType.FuncRef);
        m.Validate(WasmFeatures.All & ~WasmFeatures.ReferenceTypes);
        TestModule n = new();
        n.Table(WasmSharp.Types.ValType.ExternRef);
        n.AssertInvalid("reference types support is not enabled", WasmFeatures.All & ~WasmFeatures.ReferenceTypes);
    }
}

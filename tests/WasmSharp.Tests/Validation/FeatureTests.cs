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
}

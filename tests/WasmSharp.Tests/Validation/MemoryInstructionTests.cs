using Xunit;
using static WasmSharp.Tests.Validation.Op;

namespace WasmSharp.Tests.Validation;

/// <summary>Memory instructions: alignment, offsets, memory64, atomics, SIMD memory and lanes.</summary>
public sealed class MemoryInstructionTests
{
    private static TestModule WithMemory(bool is64, params byte[] code)
    {
        TestModule m = new();
        m.Memory(is64: is64, max: 1, shared: true);
        m.Function(code);
        return m;
    }

    [Fact]
    public void NaturalAlignment() => WithMemory(false, I32Const, 0, I32Load, 2, 0, Drop, End).Validate();

    [Fact]
    public void AlignmentLargerThanNatural() =>
        WithMemory(false, I32Const, 0, I32Load, 3, 0, Drop, End).AssertInvalid("alignment must not be larger than natural");

    [Fact]
    public void Load8AlignmentLargerThanNatural() =>
        WithMemory(false, I32Const, 0, I32Load8S, 1, 0, Drop, End).AssertInvalid("alignment must not be larger than natural");

    [Fact]
    public void MalformedMemopFlags() =>
        WithMemory(false, I32Const, 0, I32Load, 0x80, 0x01, 0, Drop, End).AssertMalformed("malformed memop flags");

    [Fact]
    public void OffsetOutOfRangeFor32BitMemory() =>
        WithMemory(false, I32Const, 0, I32Load, 2, 0x80, 0x80, 0x80, 0x80, 0x10, Drop, End).AssertInvalid("offset out of range");

    [Fact]
    public void LargeOffsetFor64BitMemory() =>
        WithMemory(true, I64Const, 0, I32Load, 2, 0x80, 0x80, 0x80, 0x80, 0x10, Drop, End).Validate();

    [Fact]
    public void Memory64AddressMustBeI64() =>
        WithMemory(true, I32Const, 0, I32Load, 2, 0, Drop, End).AssertInvalid("type mismatch");

    [Fact]
    public void Memory64GrowUsesI64() =>
        WithMemory(true, I64Const, 1, MemoryGrow, 0, Drop, End).Validate();

    [Fact]
    public void StoreOperandOrder() =>
        WithMemory(false, I32Const, 0, I64Const, 0, I64Store, 3, 0, End).Validate();

    [Fact]
    public void StoreWrongValue() =>
        WithMemory(false, I32Const, 0, I32Const, 0, I64Store, 3, 0, End).AssertInvalid("type mismatch");

    [Fact]
    public void AtomicRmw() =>
        WithMemory(false, I32Const, 0, I32Const, 1, Atomic, 0x1E, 2, 0, Drop, End).Validate();

    [Fact]
    public void AtomicMustBeNaturallyAligned() =>
        WithMemory(false, I32Const, 0, I32Const, 1, Atomic, 0x1E, 1, 0, Drop, End).AssertInvalid("atomic alignment must be natural");

    [Fact]
    public void AtomicCmpxchg64() =>
        WithMemory(false, I32Const, 0, I64Const, 1, I64Const, 2, Atomic, 0x49, 3, 0, Drop, End).Validate();

    [Fact]
    public void AtomicWait() =>
        WithMemory(false, I32Const, 0, I32Const, 0, I64Const, 0, Atomic, 0x01, 2, 0, Drop, End).Validate();

    [Fact]
    public void AtomicFenceNeedsZeroByte() =>
        WithMemory(false, Atomic, 0x03, 1, End).AssertMalformed("zero byte expected");

    [Fact]
    public void SimdLoadStore() =>
        WithMemory(false, I32Const, 0, I32Const, 0, Simd, 0, 4, 0, Simd, 11, 4, 0, End).Validate();

    [Fact]
    public void SimdLoadAlignment() =>
        WithMemory(false, I32Const, 0, Simd, 0, 5, 0, Drop, End).AssertInvalid("alignment must not be larger than natural");

    [Fact]
    public void SimdLoadLane() =>
        WithMemory(false, I32Const, 0, Simd, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Simd, 85, 1, 0, 7, Drop, End).Validate();

    [Fact]
    public void SimdLoadLaneIndexTooLarge() =>
        WithMemory(false, I32Const, 0, Simd, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Simd, 85, 1, 0, 8, Drop, End)
            .AssertInvalid("invalid lane index");

    [Fact]
    public void WideArithmetic() =>
        WithMemory(false, I64Const, 1, I64Const, 2, I64Const, 3, I64Const, 4, Misc, 19, Drop, Drop, I64Const, 1, I64Const, 2, Misc, 22, Drop, Drop, End)
            .Validate();

    [Fact]
    public void MemoryCopyBetween64And32() =>
        new Func<TestModule>(() =>
        {
            TestModule m = new();
            m.Memory(is64: true);
            m.Memory();
            m.Function(I64Const, 0, I32Const, 0, I32Const, 0, Misc, 10, 0, 1, End);
            return m;
        })().Validate();
}

using Xunit;
using static WasmSharp.Tests.Validation.Op;

namespace WasmSharp.Tests.Validation;

/// <summary>SIMD and relaxed SIMD: lanes, shapes and illegal opcodes.</summary>
public sealed class SimdTests
{
    private static readonly byte[] s_zero = [Simd, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

    private static TestModule Body(params byte[] code)
    {
        TestModule m = new();
        m.Function(code);
        return m;
    }

    private static byte[] Cat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    [Fact]
    public void ExtractLaneInRange() => Body(Cat(s_zero, [Simd, 21, 15, Drop, End])).Validate();

    [Fact]
    public void ExtractLaneOutOfRange() => Body(Cat(s_zero, [Simd, 21, 16, Drop, End])).AssertInvalid("invalid lane index");

    [Fact]
    public void I64x2ReplaceLaneNeedsI64() => Body(Cat(s_zero, [I32Const, 0, Simd, 30, 1, Drop, End])).AssertInvalid("type mismatch");

    [Fact]
    public void F64x2ExtractLaneOutOfRange() => Body(Cat(s_zero, [Simd, 33, 2, Drop, End])).AssertInvalid("invalid lane index");

    [Fact]
    public void ShuffleLaneTooLarge()
    {
        byte[] shuffle = [Simd, 13, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 32];
        Body(Cat(s_zero, s_zero, shuffle, [Drop, End])).AssertInvalid("invalid lane index");
    }

    [Fact]
    public void Shuffle()
    {
        byte[] shuffle = [Simd, 13, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 31];
        Body(Cat(s_zero, s_zero, shuffle, [Drop, End])).Validate();
    }

    [Fact]
    public void ShiftTakesI32() => Body(Cat(s_zero, [I32Const, 1, Simd, 107, 1, Drop, End])).Validate();

    [Fact]
    public void BitselectIsTernary() => Body(Cat(s_zero, s_zero, [Simd, 82, Drop, End])).AssertInvalid("type mismatch");

    [Fact]
    public void AllTrueGivesI32() => Body(Cat(s_zero, [Simd, 99, I32Eqz, Drop, End])).Validate();

    [Fact]
    public void ReservedOpcodeIsIllegal() => Body(Cat(s_zero, [Simd, 154, 1, Drop, End])).AssertMalformed("illegal opcode");

    [Fact]
    public void RelaxedMadd() => Body(Cat(s_zero, s_zero, s_zero, [Simd, 0x85, 0x02, Drop, End])).Validate();

    [Fact]
    public void RelaxedSwizzleIsBinary() => Body(Cat(s_zero, [Simd, 0x80, 0x02, Drop, End])).AssertInvalid("type mismatch");

    [Fact]
    public void UnknownRelaxedOpcode() => Body(Cat(s_zero, [Simd, 0x94, 0x02, Drop, End])).AssertMalformed("illegal opcode");
}

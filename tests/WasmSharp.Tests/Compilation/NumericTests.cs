using WasmSharp.Types;
using WasmSharp.Vm;
using Xunit;

namespace WasmSharp.Tests.Compilation;

public class NumericTests
{
    private static readonly ValType I32 = ValType.I32;
    private static readonly ValType I64 = ValType.I64;
    private static readonly ValType F32 = ValType.F32;
    private static readonly ValType F64 = ValType.F64;

    /// <summary>Compiles (func (param a b) (result r) (op (local.get 0) (local.get 1))).</summary>
    private static TestInstance Binary(ValType a, ValType b, ValType result, byte op)
    {
        var builder = new TestModuleBuilder();
        builder.AddFunction([a, b], [result], [], new Code().LocalGet(0).LocalGet(1).Op(op).End());
        return builder.Instantiate();
    }

    private static TestInstance Unary(ValType a, ValType result, params byte[] op)
    {
        var builder = new TestModuleBuilder();
        builder.AddFunction([a], [result], [], new Code().LocalGet(0).Op(op).End());
        return builder.Instantiate();
    }

    [Fact]
    public void SignedDivisionTraps()
    {
        TestInstance div = Binary(I32, I32, I32, 0x6D);
        Assert.Equal(-3, div.I32(0, ValRaw.I32(7), ValRaw.I32(-2)));
        Trap zero = div.Traps(0, ValRaw.I32(1), ValRaw.I32(0));
        Assert.Equal(TrapCode.IntegerDivisionByZero, zero.Code);
        Assert.Contains("integer divide by zero", zero.Message);
        Trap overflow = div.Traps(0, ValRaw.I32(int.MinValue), ValRaw.I32(-1));
        Assert.Equal(TrapCode.IntegerOverflow, overflow.Code);
        Assert.Contains("integer overflow", overflow.Message);

        TestInstance div64 = Binary(I64, I64, I64, 0x7F);
        Assert.Equal(TrapCode.IntegerOverflow, div64.Traps(0, ValRaw.I64(long.MinValue), ValRaw.I64(-1)).Code);
        Assert.Equal(TrapCode.IntegerDivisionByZero, div64.Traps(0, ValRaw.I64(5), ValRaw.I64(0)).Code);
    }

    [Fact]
    public void RemainderOfMinByMinusOneIsZero()
    {
        Assert.Equal(0, Binary(I32, I32, I32, 0x6F).I32(0, ValRaw.I32(int.MinValue), ValRaw.I32(-1)));
        Assert.Equal(0L, Binary(I64, I64, I64, 0x81).I64(0, ValRaw.I64(long.MinValue), ValRaw.I64(-1)));
        Assert.Equal(-1, Binary(I32, I32, I32, 0x6F).I32(0, ValRaw.I32(-7), ValRaw.I32(2)));
        Assert.Equal(TrapCode.IntegerDivisionByZero, Binary(I32, I32, I32, 0x70).Traps(0, ValRaw.I32(1), ValRaw.I32(0)).Code);
    }

    [Fact]
    public void UnsignedDivisionUsesUnsignedOperands()
    {
        Assert.Equal(2147483647, Binary(I32, I32, I32, 0x6E).I32(0, ValRaw.I32(-1), ValRaw.I32(2)));
        Assert.Equal(1, Binary(I32, I32, I32, 0x70).I32(0, ValRaw.I32(-1), ValRaw.I32(2)));
    }

    [Fact]
    public void ShiftCountsWrap()
    {
        Assert.Equal(2, Binary(I32, I32, I32, 0x74).I32(0, ValRaw.I32(1), ValRaw.I32(33)));
        Assert.Equal(-1, Binary(I32, I32, I32, 0x75).I32(0, ValRaw.I32(int.MinValue), ValRaw.I32(31 + 32)));
        Assert.Equal(1, Binary(I32, I32, I32, 0x76).I32(0, ValRaw.I32(int.MinValue), ValRaw.I32(63)));
        Assert.Equal(2L, Binary(I64, I64, I64, 0x86).I64(0, ValRaw.I64(1), ValRaw.I64(65)));
        Assert.Equal(unchecked((int)0x80000000), Binary(I32, I32, I32, 0x78).I32(0, ValRaw.I32(1), ValRaw.I32(33)));
        Assert.Equal(1L, Binary(I64, I64, I64, 0x89).I64(0, ValRaw.I64(long.MinValue), ValRaw.I64(1)));
    }

    [Fact]
    public void BitCounts()
    {
        Assert.Equal(32, Unary(I32, I32, 0x67).I32(0, ValRaw.I32(0)));
        Assert.Equal(32, Unary(I32, I32, 0x68).I32(0, ValRaw.I32(0)));
        Assert.Equal(64L, Unary(I64, I64, 0x79).I64(0, ValRaw.I64(0)));
        Assert.Equal(64L, Unary(I64, I64, 0x7B).I64(0, ValRaw.I64(-1)));
    }

    [Fact]
    public void NearestRoundsHalfToEven()
    {
        TestInstance f32 = Unary(F32, F32, 0x90);
        Assert.Equal(0.0f, f32.F32(0, ValRaw.F32(0.5f)));
        Assert.Equal(2.0f, f32.F32(0, ValRaw.F32(1.5f)));
        Assert.Equal(2.0f, f32.F32(0, ValRaw.F32(2.5f)));
        Assert.Equal(BitConverter.SingleToUInt32Bits(-0.0f), BitConverter.SingleToUInt32Bits(f32.F32(0, ValRaw.F32(-0.5f))));
        TestInstance f64 = Unary(F64, F64, 0x9E);
        Assert.Equal(4.0, f64.F64(0, ValRaw.F64(3.5)));
        Assert.Equal(-4.0, f64.F64(0, ValRaw.F64(-4.5)));
        Assert.Equal(BitConverter.DoubleToUInt64Bits(-0.0), BitConverter.DoubleToUInt64Bits(f64.F64(0, ValRaw.F64(-0.25))));
    }

    [Fact]
    public void MinMaxOrderZerosAndPropagateNaN()
    {
        TestInstance min = Binary(F32, F32, F32, 0x96);
        TestInstance max = Binary(F32, F32, F32, 0x97);
        Assert.Equal(0x80000000u, BitConverter.SingleToUInt32Bits(min.F32(0, ValRaw.F32(0.0f), ValRaw.F32(-0.0f))));
        Assert.Equal(0x80000000u, BitConverter.SingleToUInt32Bits(min.F32(0, ValRaw.F32(-0.0f), ValRaw.F32(0.0f))));
        Assert.Equal(0u, BitConverter.SingleToUInt32Bits(max.F32(0, ValRaw.F32(-0.0f), ValRaw.F32(0.0f))));
        Assert.True(float.IsNaN(min.F32(0, ValRaw.F32(float.NaN), ValRaw.F32(1.0f))));
        Assert.True(float.IsNaN(max.F32(0, ValRaw.F32(1.0f), ValRaw.F32(float.NaN))));
        Assert.Equal(-1.0f, min.F32(0, ValRaw.F32(-1.0f), ValRaw.F32(float.PositiveInfinity)));

        TestInstance min64 = Binary(F64, F64, F64, 0xA4);
        Assert.Equal(0x8000000000000000ul, BitConverter.DoubleToUInt64Bits(min64.F64(0, ValRaw.F64(0.0), ValRaw.F64(-0.0))));
        Assert.True(double.IsNaN(min64.F64(0, ValRaw.F64(double.NaN), ValRaw.F64(0.0))));
    }

    [Fact]
    public void SignOperationsKeepNaNPayloads()
    {
        const uint Signalling = 0x7FA00001;
        Assert.Equal(0xFFA00001u, (uint)Unary(F32, F32, 0x8C).Call(0, ValRaw.F32Bits(Signalling))[0].Bits);
        Assert.Equal(Signalling, (uint)Unary(F32, F32, 0x8B).Call(0, ValRaw.F32Bits(0xFFA00001))[0].Bits);
        Assert.Equal(0xFFA00001u, (uint)Binary(F32, F32, F32, 0x98).Call(0, ValRaw.F32Bits(Signalling), ValRaw.F32(-1.0f))[0].Bits);
        Assert.Equal(0xFFF4000000000001ul, Unary(F64, F64, 0x9A).Call(0, ValRaw.F64Bits(0x7FF4000000000001))[0].Bits);
    }

    [Fact]
    public void ArithmeticQuietsSignallingNaN()
    {
        // (f32.mul (local.get 0) (f32.const 1)) must not be folded to x.
        var b = new TestModuleBuilder();
        b.AddFunction([F32], [F32], [], new Code().LocalGet(0).F32Const(1.0f).Op(0x94).End());
        b.AddFunction([F64], [F64], [], new Code().LocalGet(0).F64Const(0.0).Op(0xA1).End());
        TestInstance instance = b.Instantiate();
        Assert.Equal(0x7FE00000u, (uint)instance.Call(0, ValRaw.F32Bits(0x7FA00000))[0].Bits);
        Assert.Equal(0x7FFC000000000000ul, instance.Call(1, ValRaw.F64Bits(0x7FF4000000000000))[0].Bits);
    }

    [Fact]
    public void SignallingNaNConstantsKeepTheirBits()
    {
        var b = new TestModuleBuilder();
        b.AddFunction([], [I32], [], new Code().F32Bits(0x7FA00001).Op(0xBC).End());
        b.AddFunction([], [I64], [], new Code().F64Bits(0x7FF4000000000001).Op(0xBD).End());
        TestInstance instance = b.Instantiate();
        Assert.Equal(0x7FA00001, instance.I32(0));
        Assert.Equal(0x7FF4000000000001L, instance.I64(1));
    }

    [Fact]
    public void TruncationTrapsOnNaNAndOverflow()
    {
        TestInstance f32ToI32 = Unary(F32, I32, 0xA8);
        Assert.Equal(-2147483648, f32ToI32.I32(0, ValRaw.F32(-2147483648.0f)));
        Assert.Equal(-1, f32ToI32.I32(0, ValRaw.F32(-1.9f)));
        Trap nan = f32ToI32.Traps(0, ValRaw.F32(float.NaN));
        Assert.Equal(TrapCode.BadConversionToInteger, nan.Code);
        Assert.Contains("invalid conversion to integer", nan.Message);
        Assert.Equal(TrapCode.IntegerOverflow, f32ToI32.Traps(0, ValRaw.F32(2147483648.0f)).Code);

        TestInstance f64ToU32 = Unary(F64, I32, 0xAB);
        Assert.Equal(-1, f64ToU32.I32(0, ValRaw.F64(4294967295.9)));
        Assert.Equal(0, f64ToU32.I32(0, ValRaw.F64(-0.9)));
        Assert.Equal(TrapCode.IntegerOverflow, f64ToU32.Traps(0, ValRaw.F64(-1.0)).Code);
        Assert.Equal(TrapCode.IntegerOverflow, f64ToU32.Traps(0, ValRaw.F64(4294967296.0)).Code);

        TestInstance f64ToU64 = Unary(F64, I64, 0xB1);
        Assert.Equal(unchecked((long)0xFFFFFFFFFFFFF800), f64ToU64.I64(0, ValRaw.F64(18446744073709549568.0)));
        Assert.Equal(TrapCode.IntegerOverflow, f64ToU64.Traps(0, ValRaw.F64(18446744073709551616.0)).Code);
    }

    [Fact]
    public void SaturatingTruncationClamps()
    {
        var b = new TestModuleBuilder();
        b.AddFunction([F32], [I32], [], new Code().LocalGet(0).Prefixed(0).End());
        b.AddFunction([F64], [I64], [], new Code().LocalGet(0).Prefixed(7).End());
        TestInstance instance = b.Instantiate();
        Assert.Equal(0, instance.I32(0, ValRaw.F32(float.NaN)));
        Assert.Equal(int.MaxValue, instance.I32(0, ValRaw.F32(3e9f)));
        Assert.Equal(int.MinValue, instance.I32(0, ValRaw.F32(float.NegativeInfinity)));
        Assert.Equal(-1L, instance.I64(1, ValRaw.F64(1e20)));
        Assert.Equal(0L, instance.I64(1, ValRaw.F64(-5.0)));
    }

    [Fact]
    public void UnsignedConversionsRoundOnce()
    {
        TestInstance u64ToF32 = Unary(I64, F32, 0xB5);
        Assert.Equal(18446744073709551616.0f, u64ToF32.F32(0, ValRaw.I64(-1)));
        // 2^63 + 2^39 + 1 must round up to 2^63 + 2^40 (a double detour would round to even, down).
        Assert.Equal(9223373136366403584.0f, u64ToF32.F32(0, ValRaw.I64(unchecked((long)0x8000008000000001))));
        TestInstance u64ToF64 = Unary(I64, F64, 0xBA);
        Assert.Equal(9223372036854777856.0, u64ToF64.F64(0, ValRaw.I64(unchecked((long)0x8000000000000401))));
        Assert.Equal(4294967295.0f, Unary(I32, F32, 0xB3).F32(0, ValRaw.I32(-1)));
    }

    [Fact]
    public void SignExtensionAndWrap()
    {
        Assert.Equal(-128, Unary(I32, I32, 0xC0).I32(0, ValRaw.I32(0x180)));
        Assert.Equal(-32768, Unary(I32, I32, 0xC1).I32(0, ValRaw.I32(0x18000)));
        Assert.Equal(-1L, Unary(I64, I64, 0xC4).I64(0, ValRaw.I64(0xFFFFFFFFL)));
        Assert.Equal(0x55667788, Unary(I64, I32, 0xA7).I32(0, ValRaw.I64(0x1122334455667788)));
        Assert.Equal(0xFFFFFFFFL, Unary(I32, I64, 0xAD).I64(0, ValRaw.I32(-1)));
    }

    [Fact]
    public void FloatComparisonsWithNaN()
    {
        // lt, gt, le, ge, ne of f64 with a NaN operand
        byte[] ops = [0x63, 0x64, 0x65, 0x66];
        foreach (byte op in ops)
        {
            Assert.Equal(0, Binary(F64, F64, I32, op).I32(0, ValRaw.F64(double.NaN), ValRaw.F64(1.0)));
        }

        Assert.Equal(1, Binary(F64, F64, I32, 0x62).I32(0, ValRaw.F64(double.NaN), ValRaw.F64(double.NaN)));
        Assert.Equal(1, Binary(F32, F32, I32, 0x5F).I32(0, ValRaw.F32(-0.0f), ValRaw.F32(0.0f)));
    }
}

using WasmSharp.Binary;
using WasmSharp.Compilation;
using WasmSharp.Text;
using WasmSharp.Types;
using WasmSharp.Validation;
using WasmSharp.Vm;
using Xunit;

namespace WasmSharp.Tests.Compilation;

/// <summary>
/// v128 plumbing (parameters, results, locals, globals, blocks, select, host trampolines) and the
/// guards against JIT folds that the spec scripts do not reach.
/// </summary>
public class VectorTests
{
    private const uint F32SignallingNaN = 0x7FA00000;

    private static TestInstance Compile(string wat, InstanceImports? imports = null)
    {
        byte[] bytes = WatParser.ParseModule(wat);
        ModuleInfo info = ModuleDecoder.Decode(bytes, WasmFeatures.All);
        ModuleValidator.Validate(info, WasmFeatures.All);
        CompiledModule compiled = ModuleCompiler.Compile(info);
        return new TestInstance(compiled, compiled.Instantiate(new StoreContext(), imports ?? InstanceImports.None));
    }

    private static ValRaw V(ulong low, ulong high) => ValRaw.V128(low, high);

    private static ValRaw F32x4(uint bits) => V(((ulong)bits << 32) | bits, ((ulong)bits << 32) | bits);

    [Fact]
    public void PassesV128ThroughParametersResultsAndTuples()
    {
        TestInstance m = Compile("""
            (module
              (func (param v128 v128) (result v128 v128) (local.get 1) (local.get 0))
              (func (result v128) (local v128) (local.get 0)))
            """);
        ValRaw[] results = m.Call(0, V(1, 2), V(3, 4));
        Assert.Equal((3UL, 4UL), (results[0].Bits, results[0].Hi));
        Assert.Equal((1UL, 2UL), (results[1].Bits, results[1].Hi));
        ValRaw zero = m.Call(1)[0];
        Assert.Equal((0UL, 0UL), (zero.Bits, zero.Hi));
    }

    [Fact]
    public void CarriesV128ThroughBlocksBranchesAndSelect()
    {
        TestInstance m = Compile("""
            (module
              (func (param v128 v128 i32) (result v128)
                (block (result v128)
                  (local.get 0)
                  (br_if 0 (local.get 1) (local.get 2))
                  (drop)
                  (drop)
                  (select (local.get 0) (local.get 1) (i32.eqz (local.get 2))))))
            """);
        ValRaw taken = m.Call(0, V(1, 1), V(2, 2), ValRaw.I32(1))[0];
        Assert.Equal(2UL, taken.Hi);
        ValRaw selected = m.Call(0, V(1, 1), V(2, 2), ValRaw.I32(0))[0];
        Assert.Equal(1UL, selected.Bits);
    }

    [Fact]
    public void ReadsAndWritesV128Globals()
    {
        TestInstance m = Compile("""
            (module
              (global $g (export "g") (mut v128) (v128.const i64x2 0x1111 0x2222))
              (func (param v128) (result v128) (global.get $g) (global.set $g (local.get 0))))
            """);
        ValRaw old = m.Call(0, V(5, 6))[0];
        Assert.Equal((0x1111UL, 0x2222UL), (old.Bits, old.Hi));
        ValRaw now = m.Context.Globals[0].Get();
        Assert.Equal((5UL, 6UL), (now.Bits, now.Hi));
    }

    [Fact]
    public void HostFunctionsTakeAndReturnV128()
    {
        var type = new FuncType([ValType.V128, ValType.I32], [ValType.V128]);
        FuncRef host = HostFunctionFactory.Create(type, static (_, values) =>
        {
            values[0] = ValRaw.V128(values[0].Hi, values[0].Bits + (ulong)values[1].AsI32);
        }, new StoreContext());
        TestInstance m = Compile("""
            (module
              (import "env" "swap" (func $swap (param v128 i32) (result v128)))
              (func (param v128) (result v128) (call $swap (local.get 0) (i32.const 10))))
            """, new InstanceImports { Functions = [host] });
        ValRaw result = m.Call(1, V(1, 2))[0];
        Assert.Equal((2UL, 11UL), (result.Bits, result.Hi));
    }

    [Fact]
    public void ConstantOperandsDoNotLetTheJitFoldNaNsOrSignedZeros()
    {
        TestInstance m = Compile("""
            (module
              (func (param v128) (result v128) (f32x4.mul (local.get 0) (v128.const f32x4 1 1 1 1)))
              (func (param v128) (result v128) (f32x4.sub (local.get 0) (v128.const f32x4 0 0 0 0)))
              (func (param v128) (result v128) (f32x4.add (local.get 0) (v128.const f32x4 0 0 0 0)))
              (func (result f32) (f32x4.extract_lane 2 (v128.const i32x4 0 0 0x7FA00000 0))))
            """);
        ValRaw product = m.Call(0, F32x4(F32SignallingNaN))[0];
        Assert.Equal(0x7FE000007FE00000UL, product.Bits);
        ValRaw difference = m.Call(1, F32x4(F32SignallingNaN))[0];
        Assert.Equal(0x7FE000007FE00000UL, difference.Hi);
        ValRaw sum = m.Call(2, F32x4(0x80000000))[0];
        Assert.Equal(0UL, sum.Bits | sum.Hi);
        Assert.Equal(F32SignallingNaN, (uint)m.Call(3)[0].Bits);
    }

    [Fact]
    public void MemoryAccessesAreBoundsChecked()
    {
        TestInstance m = Compile("""
            (module
              (memory 1)
              (func (param i32) (result v128) (v128.load offset=1 (local.get 0)))
              (func (param i32 v128) (v128.store64_lane 1 (local.get 0) (local.get 1)))
              (func (param i32) (result v128) (v128.load32_zero (local.get 0)))
              (func (param i32) (result i64) (i64.load (local.get 0))))
            """);
        m.Call(0, ValRaw.I32(65536 - 17));
        Assert.Equal(TrapCode.MemoryOutOfBounds, m.Traps(0, ValRaw.I32(65536 - 16)).Code);
        m.Call(1, ValRaw.I32(65536 - 8), V(1, 0x0102030405060708));
        Assert.Equal(0x0102030405060708L, m.I64(3, ValRaw.I32(65536 - 8)));
        Assert.Equal(TrapCode.MemoryOutOfBounds, m.Traps(1, ValRaw.I32(65536 - 7), V(0, 0)).Code);
        ValRaw zeroExtended = m.Call(2, ValRaw.I32(65536 - 4))[0];
        Assert.Equal((0x01020304UL, 0UL), (zeroExtended.Bits, zeroExtended.Hi));
        Assert.Equal(TrapCode.MemoryOutOfBounds, m.Traps(2, ValRaw.I32(-1)).Code);
    }

    [Fact]
    public void SkipsVectorImmediatesInDeadCode()
    {
        TestInstance m = Compile("""
            (module
              (memory 1)
              (func (result i32)
                (return (i32.const 7))
                (drop (i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 (v128.const i64x2 -1 -1) (v128.const i64x2 0 0)))
                (drop (v128.load8_lane 3 (i32.const 0) (v128.const i64x2 0 0)))
                (i8x16.extract_lane_u 15 (v128.const i64x2 0 0))))
            """);
        Assert.Equal(7, m.I32(0));
    }

    [Fact]
    public void RelaxedMultiplyAddIsUnfused()
    {
        TestInstance m = Compile("""
            (module
              (func (param v128 v128 v128) (result v128) (f32x4.relaxed_madd (local.get 0) (local.get 1) (local.get 2))))
            """);
        // (1 + 2^-12)^2 - (1 + 2^-11) is 2^-24 when fused and 0 when the product is rounded first.
        ValRaw result = m.Call(0, F32x4(0x3F800800), F32x4(0x3F800800), F32x4(0xBF801000))[0];
        Assert.Equal(0UL, result.Bits | result.Hi);
    }
}

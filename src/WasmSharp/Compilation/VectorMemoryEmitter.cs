using System.Diagnostics.CodeAnalysis;
using WasmSharp.Operators;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Intrinsics;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Emits the vector memory instructions (spec 4.4.7: <c>v128.load</c>/<c>store</c>, the extending,
/// splatting and zero-filling loads, and the lane loads and stores). Each access gets the same
/// one-compare bounds check as scalar accesses (<see cref="FunctionCompiler.EmitEffectiveAddress"/>),
/// then reads or writes with <c>unaligned.</c> <c>ldobj</c>/<c>ldind</c>; a helper widens,
/// splats or inserts the loaded scalar.
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal static class VectorMemoryEmitter
{
    /// <summary>Emits memory instruction <paramref name="o"/>.</summary>
    public static void Emit(FunctionCompiler c, VectorOperands o)
    {
        ILGenerator il = c.IL;
        switch (o.Opcode)
        {
            case 0x00:
                c.Pop();
                c.EmitEffectiveAddress(o.Memory, o.Offset, o.AccessSize);
                EmitUnaligned(il, o);
                il.Emit(OpCodes.Ldobj, typeof(Vector128<byte>));
                c.Push(ValType.V128);
                return;
            case 0x0B:
            {
                c.Pop(2);
                LocalBuilder value = c.RentScratch(typeof(Vector128<byte>));
                il.Emit(OpCodes.Stloc, value);
                c.EmitEffectiveAddress(o.Memory, o.Offset, o.AccessSize);
                il.Emit(OpCodes.Ldloc, value);
                c.ReturnScratch(value);
                EmitUnaligned(il, o);
                il.Emit(OpCodes.Stobj, typeof(Vector128<byte>));
                return;
            }

            case >= 0x54 and <= 0x57:
            {
                c.Pop(2);
                LocalBuilder vector = c.RentScratch(typeof(Vector128<byte>));
                il.Emit(OpCodes.Stloc, vector);
                c.EmitEffectiveAddress(o.Memory, o.Offset, o.AccessSize);
                EmitUnaligned(il, o);
                EmitLoadScalar(il, o.AccessSize);
                if (X86VectorLaneEmitter.TryEmitInsertForLoad(c, (int)o.AccessSize, o.Lane, vector))
                {
                    c.ReturnScratch(vector);
                    c.Push(ValType.V128);
                    return;
                }

                il.Emit(OpCodes.Ldloc, vector);
                c.ReturnScratch(vector);
                c.EmitInt(o.Lane);
                il.Emit(OpCodes.Call, Helper(o.Opcode switch
                {
                    0x54 => nameof(SimdOps.LoadLane8),
                    0x55 => nameof(SimdOps.LoadLane16),
                    0x56 => nameof(SimdOps.LoadLane32),
                    _ => nameof(SimdOps.LoadLane64),
                }));
                c.Push(ValType.V128);
                return;
            }

            case >= 0x58 and <= 0x5B:
            {
                c.Pop(2);
                LocalBuilder vector = c.RentScratch(typeof(Vector128<byte>));
                il.Emit(OpCodes.Stloc, vector);
                c.EmitEffectiveAddress(o.Memory, o.Offset, o.AccessSize);
                il.Emit(OpCodes.Ldloc, vector);
                c.ReturnScratch(vector);
                if (!X86VectorLaneEmitter.TryEmitExtractForStore(il, (int)o.AccessSize, o.Lane))
                {
                    c.EmitInt(o.Lane);
                    il.Emit(OpCodes.Call, Helper(o.Opcode switch
                    {
                        0x58 => nameof(SimdOps.I8x16ExtractLaneU),
                        0x59 => nameof(SimdOps.I16x8ExtractLaneU),
                        0x5A => nameof(SimdOps.I32x4ExtractLane),
                        _ => nameof(SimdOps.I64x2ExtractLane),
                    }));
                }
                EmitUnaligned(il, o);
                il.Emit(o.AccessSize switch
                {
                    1 => OpCodes.Stind_I1,
                    2 => OpCodes.Stind_I2,
                    4 => OpCodes.Stind_I4,
                    _ => OpCodes.Stind_I8,
                });
                return;
            }

            default:
            {
                // Loads of a scalar that a helper turns into a vector.
                c.Pop();
                c.EmitEffectiveAddress(o.Memory, o.Offset, o.AccessSize);
                EmitUnaligned(il, o);
                EmitLoadScalar(il, o.AccessSize);
                if (X86VectorEmitter.IsSupported)
                {
                    X86VectorEmitter.EmitLoadedScalar(il, o.Opcode);
                    c.Push(ValType.V128);
                    return;
                }

                il.Emit(OpCodes.Call, Helper(o.Opcode switch
                {
                    0x01 => nameof(SimdOps.Load8x8S),
                    0x02 => nameof(SimdOps.Load8x8U),
                    0x03 => nameof(SimdOps.Load16x4S),
                    0x04 => nameof(SimdOps.Load16x4U),
                    0x05 => nameof(SimdOps.Load32x2S),
                    0x06 => nameof(SimdOps.Load32x2U),
                    0x07 => nameof(SimdOps.I8x16Splat),
                    0x08 => nameof(SimdOps.I16x8Splat),
                    0x09 => nameof(SimdOps.I32x4Splat),
                    0x0A => nameof(SimdOps.I64x2Splat),
                    0x5C => nameof(SimdOps.Load32Zero),
                    _ => nameof(SimdOps.Load64Zero),
                }));
                c.Push(ValType.V128);
                return;
            }
        }
    }

    private static MethodInfo Helper(string name) => RuntimeMembers.Method(typeof(SimdOps), name);

    // Loads 1, 2 and 4 bytes as an int32, 8 bytes as an int64.
    private static void EmitLoadScalar(ILGenerator il, ulong size) => il.Emit(size switch
    {
        1 => OpCodes.Ldind_U1,
        2 => OpCodes.Ldind_U2,
        4 => OpCodes.Ldind_I4,
        _ => OpCodes.Ldind_I8,
    });

    private static void EmitUnaligned(ILGenerator il, VectorOperands o)
    {
        // Wasm alignment is only a hint; tell the JIT when the access may be misaligned.
        if ((1UL << (int)Math.Min(o.AlignLog2, 63)) < o.AccessSize)
        {
            il.Emit(OpCodes.Unaligned, (byte)1);
        }
    }
}

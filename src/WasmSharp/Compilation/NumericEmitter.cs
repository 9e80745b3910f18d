using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Reflection;
using System.Reflection.Emit;
using WasmSharp.Binary;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Emits the numeric instructions (spec 4.4.1 "Numeric Instructions", 0x41-0xA6): constants,
/// tests, comparisons, unary and binary operators of i32/i64/f32/f64. IL opcodes are used where
/// their semantics equal the spec's; shifts mask their count explicitly; division, min/max,
/// nearest and the sign operations call <see cref="IntegerOps"/> and <see cref="FloatOps"/>.
/// </summary>
internal static class NumericEmitter
{
    private static readonly FieldInfo RotateCountBias = RuntimeMembers.Field(typeof(RotateCounts), nameof(RotateCounts.Bias));

    /// <summary>Emits instruction <paramref name="op"/> (0x41-0xA6).</summary>
    public static void Emit(FunctionCompiler c, byte op, ref WasmReader reader)
    {
        ILGenerator il = c.IL;
        switch (op)
        {
            case 0x41:
            {
                int value = reader.ReadVarInt32();
                il.Emit(OpCodes.Ldc_I4, value);
                c.NoteTopOperand(OperandOrigin.I32Constant, value);
                c.Push(ValType.I32);
                return;
            }

            case 0x42:
                il.Emit(OpCodes.Ldc_I8, reader.ReadVarInt64());
                c.Push(ValType.I64);
                return;
            case 0x43:
                EmitF32Const(il, reader.ReadF32Bits());
                c.Push(ValType.F32);
                return;
            case 0x44:
                EmitF64Const(il, reader.ReadF64Bits());
                c.Push(ValType.F64);
                return;
            case 0x45:
            case 0x50:
                // eqz: compare with zero of the operand's width.
                if (op == 0x50)
                {
                    il.Emit(OpCodes.Ldc_I8, 0L);
                }
                else
                {
                    il.Emit(OpCodes.Ldc_I4_0);
                }

                il.Emit(OpCodes.Ceq);
                c.Pop();
                c.Push(ValType.I32);
                return;
            case >= 0x46 and <= 0x4F:
                EmitIntCompare(il, op - 0x46);
                Compare(c);
                return;
            case >= 0x51 and <= 0x5A:
                EmitIntCompare(il, op - 0x51);
                Compare(c);
                return;
            case >= 0x5B and <= 0x60:
                EmitFloatCompare(il, op - 0x5B);
                Compare(c);
                return;
            case >= 0x61 and <= 0x66:
                EmitFloatCompare(il, op - 0x61);
                Compare(c);
                return;
            case >= 0x67 and <= 0x78:
                EmitInt(c, op - 0x67, is64: false);
                return;
            case >= 0x79 and <= 0x8A:
                EmitInt(c, op - 0x79, is64: true);
                return;
            case >= 0x8B and <= 0x98:
                EmitFloat(c, op - 0x8B, is64: false);
                return;
            default:
                EmitFloat(c, op - 0x99, is64: true);
                return;
        }
    }

    private static void EmitF32Const(ILGenerator il, uint bits)
    {
        float value = BitConverter.UInt32BitsToSingle(bits);
        if (float.IsNaN(value))
        {
            il.Emit(OpCodes.Ldc_I4, (int)bits);
            il.Emit(OpCodes.Call, RuntimeMembers.Method(typeof(OpaqueConstants), nameof(OpaqueConstants.F32NaN)));
        }
        else if (OpaqueConstants.F32Field(bits) is string field)
        {
            il.Emit(OpCodes.Ldsfld, RuntimeMembers.Field(typeof(OpaqueConstants), field));
        }
        else
        {
            il.Emit(OpCodes.Ldc_R4, value);
        }
    }

    private static void EmitF64Const(ILGenerator il, ulong bits)
    {
        if (OpaqueConstants.F64Field(bits) is string field)
        {
            il.Emit(OpCodes.Ldsfld, RuntimeMembers.Field(typeof(OpaqueConstants), field));
        }
        else
        {
            il.Emit(OpCodes.Ldc_R8, BitConverter.UInt64BitsToDouble(bits));
        }
    }

    private static void Compare(FunctionCompiler c)
    {
        c.Pop(2);
        c.Push(ValType.I32);
    }

    private static void Not(ILGenerator il)
    {
        il.Emit(OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Ceq);
    }

    // eq, ne, lt_s, lt_u, gt_s, gt_u, le_s, le_u, ge_s, ge_u
    private static void EmitIntCompare(ILGenerator il, int which)
    {
        switch (which)
        {
            case 0:
                il.Emit(OpCodes.Ceq);
                break;
            case 1:
                il.Emit(OpCodes.Ceq);
                Not(il);
                break;
            case 2:
                il.Emit(OpCodes.Clt);
                break;
            case 3:
                il.Emit(OpCodes.Clt_Un);
                break;
            case 4:
                il.Emit(OpCodes.Cgt);
                break;
            case 5:
                il.Emit(OpCodes.Cgt_Un);
                break;
            case 6:
                il.Emit(OpCodes.Cgt);
                Not(il);
                break;
            case 7:
                il.Emit(OpCodes.Cgt_Un);
                Not(il);
                break;
            case 8:
                il.Emit(OpCodes.Clt);
                Not(il);
                break;
            default:
                il.Emit(OpCodes.Clt_Un);
                Not(il);
                break;
        }
    }

    // eq, ne, lt, gt, le, ge. NaN makes every comparison but ne false: le is "not (greater or
    // unordered)", ge is "not (less or unordered)".
    private static void EmitFloatCompare(ILGenerator il, int which)
    {
        switch (which)
        {
            case 0:
                il.Emit(OpCodes.Ceq);
                break;
            case 1:
                il.Emit(OpCodes.Ceq);
                Not(il);
                break;
            case 2:
                il.Emit(OpCodes.Clt);
                break;
            case 3:
                il.Emit(OpCodes.Cgt);
                break;
            case 4:
                il.Emit(OpCodes.Cgt_Un);
                Not(il);
                break;
            default:
                il.Emit(OpCodes.Clt_Un);
                Not(il);
                break;
        }
    }

    // clz, ctz, popcnt, add, sub, mul, div_s, div_u, rem_s, rem_u, and, or, xor, shl, shr_s, shr_u, rotl, rotr
    private static void EmitInt(FunctionCompiler c, int which, bool is64)
    {
        ILGenerator il = c.IL;
        Type word = is64 ? typeof(ulong) : typeof(uint);
        if (which <= 2)
        {
            string name = which switch
            {
                0 => nameof(BitOperations.LeadingZeroCount),
                1 => nameof(BitOperations.TrailingZeroCount),
                _ => nameof(BitOperations.PopCount),
            };
            il.Emit(OpCodes.Call, typeof(BitOperations).GetMethod(name, [word])!);
            if (is64)
            {
                il.Emit(OpCodes.Conv_U8);
            }

            return;
        }

        c.Pop();
        switch (which)
        {
            case 3:
                il.Emit(OpCodes.Add);
                break;
            case 4:
                il.Emit(OpCodes.Sub);
                break;
            case 5:
                il.Emit(OpCodes.Mul);
                break;
            case 6:
                il.Emit(OpCodes.Call, Helper(typeof(IntegerOps), is64 ? nameof(IntegerOps.I64DivS) : nameof(IntegerOps.I32DivS)));
                break;
            case 7:
                il.Emit(OpCodes.Call, Helper(typeof(IntegerOps), is64 ? nameof(IntegerOps.I64DivU) : nameof(IntegerOps.I32DivU)));
                break;
            case 8:
                il.Emit(OpCodes.Call, Helper(typeof(IntegerOps), is64 ? nameof(IntegerOps.I64RemS) : nameof(IntegerOps.I32RemS)));
                break;
            case 9:
                il.Emit(OpCodes.Call, Helper(typeof(IntegerOps), is64 ? nameof(IntegerOps.I64RemU) : nameof(IntegerOps.I32RemU)));
                break;
            case 10:
                il.Emit(OpCodes.And);
                break;
            case 11:
                il.Emit(OpCodes.Or);
                break;
            case 12:
                EmitXor(c, is64);
                break;
            case 16:
            case 17:
                EmitRotate(c, is64, left: which == 16);
                break;
            default:
                // Shift counts are taken modulo the width (spec ishl etc.); IL leaves
                // counts >= width unspecified, so mask explicitly (the JIT drops the mask on x64).
                if (is64)
                {
                    il.Emit(OpCodes.Conv_I4);
                }

                il.Emit(OpCodes.Ldc_I4, is64 ? 63 : 31);
                il.Emit(OpCodes.And);
                switch (which)
                {
                    case 13:
                        il.Emit(OpCodes.Shl);
                        break;
                    case 14:
                        il.Emit(OpCodes.Shr);
                        break;
                    default:
                        il.Emit(OpCodes.Shr_Un);
                        break;
                }

                break;
        }

    }

    /// <summary>
    /// xor, with the second operand or-ed with <see cref="RotateCounts.Bias"/> where both operands
    /// may be shifts by variable counts: RyuJIT 10 (dotnet/runtime#133864) turns
    /// <c>(x &lt;&lt; (y &amp; 31)) ^ (x &gt;&gt;&gt; ((32 - y) &amp; 31))</c> into a rotate, whose result for a
    /// count of 0 (or 32) is <c>x</c>, where the xor is 0. <c>a ^ (b | Bias)</c> has no shift under
    /// its root's second operand. Not <c>a ^ (b ^ Bias)</c>: the JIT reassociates a chain of xors
    /// into <c>(a ^ b) ^ Bias</c> and finds the shifts again.
    /// </summary>
    private static void EmitXor(FunctionCompiler c, bool is64)
    {
        ILGenerator il = c.IL;
        if (c.XorsMaySeeShifts && c.Hazards.XorMayJoinShifts(c.InstructionOffset))
        {
            il.Emit(OpCodes.Ldsfld, RotateCountBias);
            if (is64)
            {
                il.Emit(OpCodes.Conv_I8);
            }

            il.Emit(OpCodes.Or);
        }

        il.Emit(OpCodes.Xor);
    }

    // Whether a rotate needs its count hidden from the JIT (see EmitRotate): only where its result
    // may be tested. A function that tests no integer and is never inlined needs no scan.
    private static bool RotateMayBeTested(FunctionCompiler c) =>
        (c.Facts.MayTestIntegers || c.MayBeInlined) && c.Hazards.RotateMayBeTested;

    /// <summary>
    /// rotl/rotr as <c>(v &lt;&lt; n) | (v &gt;&gt;&gt; (w - n))</c> with both counts masked, the shape RyuJIT
    /// turns into one <c>rol</c>/<c>ror</c>, emitted inline rather than called (in functions with
    /// hundreds of rotates RyuJIT's inlining budget ran out and every rotate became a call: seqhash
    /// 1.08x -> 3.7x Wasmtime). The count is biased by <see cref="RotateCounts.Bias"/> (always 0, but
    /// unknown to the JIT): RyuJIT 10 (dotnet/runtime#129288) lets a compare with zero reuse the
    /// flags of a rotate by a count it knows to be constant, and x64 rotates leave ZF untouched, so
    /// <c>eqz</c>/<c>br_if</c> of <c>i32.rotl (x) (i32.const 7)</c> tested a stale flag. A rotate by
    /// <c>cl</c> is followed by a real <c>test</c>. Functions where no rotate's result can reach a
    /// test (<see cref="RyuJitHazards.RotateMayBeTested"/>) rotate by the constant itself: the
    /// biased counts are values the JIT keeps in registers or spills, and each rotate moves one
    /// to <c>cl</c> (blake3's compression function, straight-line: 8.8 -> 6.3 KB of code, thread-CPU
    /// ratio to Wasmtime 1.52 -> 1.19; ratelimit's SipHash loop, which tests other values: 22.5 ->
    /// 15.5 ms). The shift-only forms used before cost 4 instructions per rotate on the critical
    /// path of ARX ciphers (xchacha20 1.74x -> 1.47x Wasmtime).
    /// </summary>
    private static void EmitRotate(FunctionCompiler c, bool is64, bool left)
    {
        ILGenerator il = c.IL;
        LocalBuilder count = c.RentScratch(typeof(int));
        LocalBuilder value = c.RentScratch(is64 ? typeof(long) : typeof(int));
        int width = is64 ? 64 : 32;
        if (is64)
        {
            il.Emit(OpCodes.Conv_I4);
        }

        if (RotateMayBeTested(c))
        {
            il.Emit(OpCodes.Ldsfld, RotateCountBias);
            il.Emit(OpCodes.Add);
        }
        il.Emit(OpCodes.Stloc, count);
        il.Emit(OpCodes.Stloc, value);

        // value << (count & (w-1)) for rotl, >>> for rotr.
        il.Emit(OpCodes.Ldloc, value);
        il.Emit(OpCodes.Ldloc, count);
        il.Emit(OpCodes.Ldc_I4, width - 1);
        il.Emit(OpCodes.And);
        il.Emit(left ? OpCodes.Shl : OpCodes.Shr_Un);

        // value >>> ((w - count) & (w-1)) for rotl, << for rotr.
        il.Emit(OpCodes.Ldloc, value);
        il.Emit(OpCodes.Ldc_I4, width);
        il.Emit(OpCodes.Ldloc, count);
        il.Emit(OpCodes.Sub);
        il.Emit(OpCodes.Ldc_I4, width - 1);
        il.Emit(OpCodes.And);
        il.Emit(left ? OpCodes.Shr_Un : OpCodes.Shl);
        il.Emit(OpCodes.Or);

        c.ReturnScratch(value);
        c.ReturnScratch(count);
    }

    // abs, neg, ceil, floor, trunc, nearest, sqrt, add, sub, mul, div, min, max, copysign
    private static void EmitFloat(FunctionCompiler c, int which, bool is64)
    {
        ILGenerator il = c.IL;
        Type t = is64 ? typeof(double) : typeof(float);
        Type math = is64 ? typeof(Math) : typeof(MathF);
        string prefix = is64 ? "F64" : "F32";
        switch (which)
        {
            case 0:
                il.Emit(OpCodes.Call, Helper(typeof(FloatOps), prefix + "Abs"));
                return;
            case 1:
                il.Emit(OpCodes.Call, Helper(typeof(FloatOps), prefix + "Neg"));
                return;
            case 2:
                il.Emit(OpCodes.Call, math.GetMethod(nameof(Math.Ceiling), [t])!);
                return;
            case 3:
                il.Emit(OpCodes.Call, math.GetMethod(nameof(Math.Floor), [t])!);
                return;
            case 4:
                il.Emit(OpCodes.Call, math.GetMethod(nameof(Math.Truncate), [t])!);
                return;
            case 5:
                il.Emit(OpCodes.Call, Helper(typeof(FloatOps), prefix + "Nearest"));
                return;
            case 6:
                il.Emit(OpCodes.Call, math.GetMethod(nameof(Math.Sqrt), [t])!);
                return;
        }

        c.Pop();
        switch (which)
        {
            case 7:
                il.Emit(OpCodes.Add);
                break;
            case 8:
                il.Emit(OpCodes.Sub);
                break;
            case 9:
                il.Emit(OpCodes.Mul);
                break;
            case 10:
                il.Emit(OpCodes.Div);
                break;
            case 11:
                il.Emit(OpCodes.Call, Helper(typeof(FloatOps), prefix + "Min"));
                break;
            case 12:
                il.Emit(OpCodes.Call, Helper(typeof(FloatOps), prefix + "Max"));
                break;
            default:
                il.Emit(OpCodes.Call, Helper(typeof(FloatOps), prefix + "CopySign"));
                break;
        }
    }

    private static MethodInfo Helper([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.NonPublicMethods)] Type type, string name) => RuntimeMembers.Method(type, name);
}

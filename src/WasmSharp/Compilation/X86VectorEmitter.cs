using System.Diagnostics.CodeAnalysis;
using WasmSharp.Operators;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Emits common SIMD instructions on x86-64 as calls of the SSE2/SSSE3/SSE4.1 intrinsics, one
/// machine instruction each. The JIT must expand those (their managed bodies call themselves),
/// whereas it may leave the cross-platform <see cref="Vector128"/> APIs and the <c>Vm</c> helpers
/// as real calls: in a method with roughly 10,000 IL instructions or more it stopped expanding
/// every <c>Vector128.Add</c> at once (measured with a generated method: 2,600 adds expanded,
/// 2,700 all became calls), and BLAKE3's SIMD compression function is such a method. Code is
/// compiled for the machine it runs on, so the ISA checks here are the running CPU's.
/// Only instructions whose SSE form equals the Wasm semantics bit for bit are listed.
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal static class X86VectorEmitter
{
    // Reflection lookups are slow and modules compile on several threads: cache the methods.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Type, string, Type), MethodInfo> s_methods = new();

    private static readonly FieldInfo s_zero = RuntimeMembers.Field(typeof(SimdOps), nameof(SimdOps.Zero));
    private static readonly MethodInfo s_moveScalar = typeof(Sse2).GetMethod(nameof(Sse2.ConvertScalarToVector128Int32), [typeof(int)])!;
    private static readonly MethodInfo s_moveScalar64 = typeof(Sse2.X64).GetMethod(nameof(Sse2.X64.ConvertScalarToVector128Int64), [typeof(long)])!;
    private static readonly MethodInfo s_shuffleInt32 = typeof(Sse2).GetMethod(nameof(Sse2.Shuffle), [typeof(Vector128<int>), typeof(byte)])!;
    private static readonly MethodInfo s_shuffleLow = typeof(Sse2).GetMethod(nameof(Sse2.ShuffleLow), [typeof(Vector128<short>), typeof(byte)])!;
    private static readonly MethodInfo s_or = Binary(typeof(Sse2), nameof(Sse2.Or), typeof(byte));
    private static readonly MethodInfo s_xor = Binary(typeof(Sse2), nameof(Sse2.Xor), typeof(byte));

    /// <summary>Whether this emitter is in use: SSE4.1 (2008) and SSSE3 are taken as given, as by Wasmtime on x86-64.</summary>
    public static bool IsSupported => Serialization.CpuFeatures.X86Sse41;

    /// <summary>Emits <paramref name="opcode"/> if it has a direct SSE form; false otherwise.</summary>
    public static bool TryEmit(FunctionCompiler c, uint opcode)
    {
        if (!IsSupported)
        {
            return false;
        }

        switch (opcode)
        {
            case >= 0x0F and <= 0x12: // i8x16/i16x8/i32x4/i64x2.splat
                EmitSplat(c.IL, opcode);
                return Done(c, popped: 1);
            case 0x0E: // i8x16.swizzle: pshufb zeroes lanes whose index has bit 7 set; a saturating
                       // add of 0x70 sets it for every index of 16 or more and keeps the low 4 bits.
            {
                EmitMask(c, Splat(0x70));
                c.IL.Emit(OpCodes.Call, Binary(typeof(Sse2), nameof(Sse2.AddSaturate), typeof(byte)));
                c.IL.Emit(OpCodes.Call, Binary(typeof(Ssse3), nameof(Ssse3.Shuffle), typeof(byte)));
                return Done(c, popped: 2);
            }

            case 0x4D: // v128.not: xor with all ones
                EmitMask(c, Splat(0xFF));
                c.IL.Emit(OpCodes.Call, s_xor);
                return Done(c, popped: 1);
            case 0x52: // v128.bitselect(a, b, mask) = (a & mask) | (b & ~mask)
            {
                LocalBuilder mask = c.RentScratch(typeof(Vector128<byte>));
                LocalBuilder b = c.RentScratch(typeof(Vector128<byte>));
                c.IL.Emit(OpCodes.Stloc, mask);
                c.IL.Emit(OpCodes.Stloc, b);
                c.IL.Emit(OpCodes.Ldloc, mask);
                c.IL.Emit(OpCodes.Call, Binary(typeof(Sse2), nameof(Sse2.And), typeof(byte)));
                c.IL.Emit(OpCodes.Ldloc, mask);
                c.IL.Emit(OpCodes.Ldloc, b);
                c.IL.Emit(OpCodes.Call, Binary(typeof(Sse2), nameof(Sse2.AndNot), typeof(byte)));
                c.IL.Emit(OpCodes.Call, s_or);
                c.ReturnScratch(mask);
                c.ReturnScratch(b);
                return Done(c, popped: 3);
            }

            case 0x61: // i8x16.neg: 0 - a
            {
                LocalBuilder a = c.RentScratch(typeof(Vector128<byte>));
                c.IL.Emit(OpCodes.Stloc, a);
                c.IL.Emit(OpCodes.Ldsfld, s_zero);
                c.IL.Emit(OpCodes.Ldloc, a);
                c.ReturnScratch(a);
                c.IL.Emit(OpCodes.Call, Binary(typeof(Sse2), nameof(Sse2.Subtract), typeof(byte)));
                return Done(c, popped: 1);
            }

            case 0x6B: // i8x16.shl by a constant: shift 16-bit lanes, clear the bits from the byte below
                return ByteShift(c, left: true);
            case 0x6D: // i8x16.shr_u by a constant: shift 16-bit lanes, clear the bits from the byte above
                return ByteShift(c, left: false);
            case 0x8B: // i16x8.shl
                return Shift(c, nameof(Sse2.ShiftLeftLogical), typeof(short), 15);
            case 0x8C: // i16x8.shr_s
                return Shift(c, nameof(Sse2.ShiftRightArithmetic), typeof(short), 15);
            case 0x8D: // i16x8.shr_u
                return Shift(c, nameof(Sse2.ShiftRightLogical), typeof(short), 15);
            case 0xAB: // i32x4.shl
                return Shift(c, nameof(Sse2.ShiftLeftLogical), typeof(int), 31);
            case 0xAC: // i32x4.shr_s
                return Shift(c, nameof(Sse2.ShiftRightArithmetic), typeof(int), 31);
            case 0xAD: // i32x4.shr_u
                return Shift(c, nameof(Sse2.ShiftRightLogical), typeof(int), 31);
            case 0xCB: // i64x2.shl
                return Shift(c, nameof(Sse2.ShiftLeftLogical), typeof(long), 63);
            case 0xCD: // i64x2.shr_u
                return Shift(c, nameof(Sse2.ShiftRightLogical), typeof(long), 63);
        }

        if (BinaryForm(opcode) is not (Type isa, string name, Type element, bool swap))
        {
            return false;
        }

        ILGenerator il = c.IL;
        LocalBuilder right = c.RentScratch(typeof(Vector128<byte>));
        il.Emit(OpCodes.Stloc, right);
        if (swap)
        {
            LocalBuilder left = c.RentScratch(typeof(Vector128<byte>));
            il.Emit(OpCodes.Stloc, left);
            il.Emit(OpCodes.Ldloc, right);
            il.Emit(OpCodes.Call, VectorEmitter.As(typeof(byte), element));
            il.Emit(OpCodes.Ldloc, left);
            c.ReturnScratch(left);
        }
        else
        {
            il.Emit(OpCodes.Call, VectorEmitter.As(typeof(byte), element));
            il.Emit(OpCodes.Ldloc, right);
        }

        c.ReturnScratch(right);
        il.Emit(OpCodes.Call, VectorEmitter.As(typeof(byte), element));
        il.Emit(OpCodes.Call, Binary(isa, name, element));
        il.Emit(OpCodes.Call, VectorEmitter.As(element, typeof(byte)));
        return Done(c, popped: 2);
    }

    /// <summary>
    /// Emits <c>i8x16.shuffle</c> with lane indices <paramref name="low"/>/<paramref name="high"/>
    /// as the one immediate-form instruction that does it (<see cref="X86ShuffleMatcher"/>), or else
    /// as one or two <c>pshufb</c>: a lane index of 16 or more picks from the second operand, and
    /// a mask byte with its top bit set makes <c>pshufb</c> write zero.
    /// </summary>
    public static bool TryEmitShuffle(FunctionCompiler c, ulong low, ulong high)
    {
        if (!IsSupported)
        {
            return false;
        }

        Span<byte> lanes = stackalloc byte[16];
        BitConverter.TryWriteBytes(lanes, low);
        BitConverter.TryWriteBytes(lanes[8..], high);
        Span<byte> fromFirst = stackalloc byte[16];
        Span<byte> fromSecond = stackalloc byte[16];
        bool usesFirst = false, usesSecond = false;
        for (int i = 0; i < 16; i++)
        {
            bool picksSecond = lanes[i] >= 16;
            usesFirst |= !picksSecond;
            usesSecond |= picksSecond;
            fromFirst[i] = picksSecond ? (byte)0x80 : lanes[i];
            fromSecond[i] = picksSecond ? (byte)(lanes[i] - 16) : (byte)0x80;
        }

        ILGenerator il = c.IL;
        MethodInfo pshufb = Binary(typeof(Ssse3), nameof(Ssse3.Shuffle), typeof(byte));
        LocalBuilder second = c.RentScratch(typeof(Vector128<byte>));
        il.Emit(OpCodes.Stloc, second);
        LocalBuilder first = c.RentScratch(typeof(Vector128<byte>));
        il.Emit(OpCodes.Stloc, first);
        bool matched = X86ShuffleMatcher.TryEmit(il, lanes, first, second);
        if (!matched)
        {
            il.Emit(OpCodes.Ldloc, first);
        }

        c.ReturnScratch(first);
        if (matched)
        {
            c.ReturnScratch(second);
            return Done(c, popped: 2);
        }

        if (usesFirst)
        {
            EmitMask(c, fromFirst);
            il.Emit(OpCodes.Call, pshufb);
        }
        else
        {
            il.Emit(OpCodes.Pop);
        }

        if (usesSecond)
        {
            il.Emit(OpCodes.Ldloc, second);
            EmitMask(c, fromSecond);
            il.Emit(OpCodes.Call, pshufb);
            if (usesFirst)
            {
                il.Emit(OpCodes.Call, s_or);
            }
        }

        c.ReturnScratch(second);
        return Done(c, popped: 2);
    }

    /// <summary>
    /// Emits splat <paramref name="opcode"/> (0x0F-0x12) of the i32 or i64 on the IL stack: a
    /// <c>movd</c>/<c>movq</c>, then <c>pshufb</c> by zero (bytes), <c>pshuflw</c>+<c>pshufd</c>
    /// (words), <c>pshufd</c> 0 (dwords) or <c>pshufd</c> 0x44 (quadwords).
    /// </summary>
    public static void EmitSplat(ILGenerator il, uint opcode)
    {
        switch (opcode)
        {
            case 0x0F:
                il.Emit(OpCodes.Call, s_moveScalar);
                il.Emit(OpCodes.Call, VectorEmitter.As(typeof(int), typeof(byte)));
                il.Emit(OpCodes.Ldsfld, s_zero);
                il.Emit(OpCodes.Call, Binary(typeof(Ssse3), nameof(Ssse3.Shuffle), typeof(byte)));
                return;
            case 0x10:
                il.Emit(OpCodes.Call, s_moveScalar);
                il.Emit(OpCodes.Call, VectorEmitter.As(typeof(int), typeof(short)));
                il.Emit(OpCodes.Ldc_I4_0);
                il.Emit(OpCodes.Call, s_shuffleLow);
                il.Emit(OpCodes.Call, VectorEmitter.As(typeof(short), typeof(int)));
                il.Emit(OpCodes.Ldc_I4_0);
                break;
            case 0x11:
                il.Emit(OpCodes.Call, s_moveScalar);
                il.Emit(OpCodes.Ldc_I4_0);
                break;
            default:
                il.Emit(OpCodes.Call, s_moveScalar64);
                il.Emit(OpCodes.Call, VectorEmitter.As(typeof(long), typeof(int)));
                il.Emit(OpCodes.Ldc_I4, 0x44);
                break;
        }

        il.Emit(OpCodes.Call, s_shuffleInt32);
        il.Emit(OpCodes.Call, VectorEmitter.As(typeof(int), typeof(byte)));
    }

    /// <summary>
    /// Emits the vector made from the scalar just loaded by <c>v128.load*</c> <paramref name="opcode"/>:
    /// a splat (0x07-0x0A), a zero-extended scalar (0x5C, 0x5D: <c>movd</c>/<c>movq</c> clear the
    /// upper lanes) or a widened half (0x01-0x06: <c>pmovsx</c>/<c>pmovzx</c> of the loaded i64).
    /// </summary>
    public static void EmitLoadedScalar(ILGenerator il, uint opcode)
    {
        switch (opcode)
        {
            case >= 0x07 and <= 0x0A:
                EmitSplat(il, opcode + 8);
                return;
            case 0x5C:
                il.Emit(OpCodes.Call, s_moveScalar);
                il.Emit(OpCodes.Call, VectorEmitter.As(typeof(int), typeof(byte)));
                return;
            case 0x5D:
                il.Emit(OpCodes.Call, s_moveScalar64);
                il.Emit(OpCodes.Call, VectorEmitter.As(typeof(long), typeof(byte)));
                return;
        }

        (Type from, Type to) = opcode switch
        {
            0x01 => (typeof(sbyte), typeof(short)),
            0x02 => (typeof(byte), typeof(short)),
            0x03 => (typeof(short), typeof(int)),
            0x04 => (typeof(ushort), typeof(int)),
            0x05 => (typeof(int), typeof(long)),
            _ => (typeof(uint), typeof(long)),
        };
        il.Emit(OpCodes.Call, s_moveScalar64);
        il.Emit(OpCodes.Call, VectorEmitter.As(typeof(long), from));
        string widen = to == typeof(short) ? nameof(Sse41.ConvertToVector128Int16) : to == typeof(int) ? nameof(Sse41.ConvertToVector128Int32) : nameof(Sse41.ConvertToVector128Int64);
        il.Emit(OpCodes.Call, typeof(Sse41).GetMethod(widen, [typeof(Vector128<>).MakeGenericType(from)])!);
        il.Emit(OpCodes.Call, VectorEmitter.As(to, typeof(byte)));
    }

    /// <summary>Loads a constant vector from the process-wide constant slots: a plain load the JIT cannot turn back into a call.</summary>
    public static void EmitMask(FunctionCompiler c, ReadOnlySpan<byte> mask) =>
        VectorEmitter.EmitSlotConstant(c, BitConverter.ToUInt64(mask), BitConverter.ToUInt64(mask[8..]));

    // x86 has no byte shifts. With a constant count n (mod 8): shift 16-bit lanes by n, then keep
    // only the bits that stayed inside their byte (mask 0xFF << n or 0xFF >> n in every byte).
    private static bool ByteShift(FunctionCompiler c, bool left)
    {
        if (!c.TryGetTopOperand(OperandOrigin.I32Constant, out int constant))
        {
            return false;
        }

        int count = constant & 7;
        ILGenerator il = c.IL;
        il.Emit(OpCodes.Pop);
        il.Emit(OpCodes.Call, VectorEmitter.As(typeof(byte), typeof(ushort)));
        il.Emit(OpCodes.Ldc_I4, count);
        string name = left ? nameof(Sse2.ShiftLeftLogical) : nameof(Sse2.ShiftRightLogical);
        il.Emit(OpCodes.Call, typeof(Sse2).GetMethod(name, [typeof(Vector128<ushort>), typeof(byte)])!);
        il.Emit(OpCodes.Call, VectorEmitter.As(typeof(ushort), typeof(byte)));
        EmitMask(c, Splat((byte)(left ? 0xFF << count : 0xFF >> count)));
        il.Emit(OpCodes.Call, Binary(typeof(Sse2), nameof(Sse2.And), typeof(byte)));
        return Done(c, popped: 2);
    }

    private static byte[] Splat(byte value)
    {
        var bytes = new byte[16];
        bytes.AsSpan().Fill(value);
        return bytes;
    }

    // [a: Vector128<byte>, count: i32] → shift(a as T, count mod lane width) as byte; the count
    // goes in the low quadword of a vector (psllw/pslld/psllq xmm, xmm).
    private static bool Shift(FunctionCompiler c, string name, Type element, int mask)
    {
        ILGenerator il = c.IL;
        if (c.TryGetTopOperand(OperandOrigin.I32Constant, out int constant))
        {
            // A constant count (rotations in hash functions): the immediate form, one instruction.
            il.Emit(OpCodes.Pop);
            il.Emit(OpCodes.Call, VectorEmitter.As(typeof(byte), element));
            il.Emit(OpCodes.Ldc_I4, constant & mask);
            Type vector = typeof(Vector128<>).MakeGenericType(element);
            il.Emit(OpCodes.Call, typeof(Sse2).GetMethod(name, [vector, typeof(byte)])!);
            il.Emit(OpCodes.Call, VectorEmitter.As(element, typeof(byte)));
            return Done(c, popped: 2);
        }

        il.Emit(OpCodes.Ldc_I4, mask);
        il.Emit(OpCodes.And);
        il.Emit(OpCodes.Call, s_moveScalar);
        LocalBuilder count = c.RentScratch(typeof(Vector128<int>));
        il.Emit(OpCodes.Stloc, count);
        il.Emit(OpCodes.Call, VectorEmitter.As(typeof(byte), element));
        il.Emit(OpCodes.Ldloc, count);
        c.ReturnScratch(count);
        il.Emit(OpCodes.Call, VectorEmitter.As(typeof(int), element));
        il.Emit(OpCodes.Call, Binary(typeof(Sse2), name, element));
        il.Emit(OpCodes.Call, VectorEmitter.As(element, typeof(byte)));
        return Done(c, popped: 2);
    }

    private static bool Done(FunctionCompiler c, int popped)
    {
        c.Pop(popped);
        c.Push(ValType.V128);
        return true;
    }

    // Lane-wise binary instructions: the SSE method, its element type, and whether the Wasm
    // operands go in reverse order (andnot computes ~x & y; lt_s is pcmpgt with swapped operands).
    private static (Type Isa, string Name, Type Element, bool Swap)? BinaryForm(uint opcode) => opcode switch
    {
        0x23 => (typeof(Sse2), nameof(Sse2.CompareEqual), typeof(byte), false), // i8x16.eq
        0x25 => (typeof(Sse2), nameof(Sse2.CompareGreaterThan), typeof(sbyte), true), // i8x16.lt_s
        0x27 => (typeof(Sse2), nameof(Sse2.CompareGreaterThan), typeof(sbyte), false), // i8x16.gt_s
        0x2D => (typeof(Sse2), nameof(Sse2.CompareEqual), typeof(short), false), // i16x8.eq
        0x2F => (typeof(Sse2), nameof(Sse2.CompareGreaterThan), typeof(short), true), // i16x8.lt_s
        0x31 => (typeof(Sse2), nameof(Sse2.CompareGreaterThan), typeof(short), false), // i16x8.gt_s
        0x37 => (typeof(Sse2), nameof(Sse2.CompareEqual), typeof(int), false), // i32x4.eq
        0x39 => (typeof(Sse2), nameof(Sse2.CompareGreaterThan), typeof(int), true), // i32x4.lt_s
        0x3B => (typeof(Sse2), nameof(Sse2.CompareGreaterThan), typeof(int), false), // i32x4.gt_s
        0x4E => (typeof(Sse2), nameof(Sse2.And), typeof(byte), false), // v128.and
        0x4F => (typeof(Sse2), nameof(Sse2.AndNot), typeof(byte), true), // v128.andnot
        0x50 => (typeof(Sse2), nameof(Sse2.Or), typeof(byte), false), // v128.or
        0x51 => (typeof(Sse2), nameof(Sse2.Xor), typeof(byte), false), // v128.xor
        0x6E => (typeof(Sse2), nameof(Sse2.Add), typeof(byte), false), // i8x16.add
        0x6F => (typeof(Sse2), nameof(Sse2.AddSaturate), typeof(sbyte), false), // i8x16.add_sat_s
        0x70 => (typeof(Sse2), nameof(Sse2.AddSaturate), typeof(byte), false), // i8x16.add_sat_u
        0x71 => (typeof(Sse2), nameof(Sse2.Subtract), typeof(byte), false), // i8x16.sub
        0x72 => (typeof(Sse2), nameof(Sse2.SubtractSaturate), typeof(sbyte), false), // i8x16.sub_sat_s
        0x73 => (typeof(Sse2), nameof(Sse2.SubtractSaturate), typeof(byte), false), // i8x16.sub_sat_u
        0x76 => (typeof(Sse41), nameof(Sse41.Min), typeof(sbyte), false), // i8x16.min_s
        0x77 => (typeof(Sse2), nameof(Sse2.Min), typeof(byte), false), // i8x16.min_u
        0x78 => (typeof(Sse41), nameof(Sse41.Max), typeof(sbyte), false), // i8x16.max_s
        0x79 => (typeof(Sse2), nameof(Sse2.Max), typeof(byte), false), // i8x16.max_u
        0x7B => (typeof(Sse2), nameof(Sse2.Average), typeof(byte), false), // i8x16.avgr_u
        0x8E => (typeof(Sse2), nameof(Sse2.Add), typeof(short), false), // i16x8.add
        0x8F => (typeof(Sse2), nameof(Sse2.AddSaturate), typeof(short), false), // i16x8.add_sat_s
        0x90 => (typeof(Sse2), nameof(Sse2.AddSaturate), typeof(ushort), false), // i16x8.add_sat_u
        0x91 => (typeof(Sse2), nameof(Sse2.Subtract), typeof(short), false), // i16x8.sub
        0x92 => (typeof(Sse2), nameof(Sse2.SubtractSaturate), typeof(short), false), // i16x8.sub_sat_s
        0x93 => (typeof(Sse2), nameof(Sse2.SubtractSaturate), typeof(ushort), false), // i16x8.sub_sat_u
        0x95 => (typeof(Sse2), nameof(Sse2.MultiplyLow), typeof(short), false), // i16x8.mul
        0x96 => (typeof(Sse2), nameof(Sse2.Min), typeof(short), false), // i16x8.min_s
        0x97 => (typeof(Sse41), nameof(Sse41.Min), typeof(ushort), false), // i16x8.min_u
        0x98 => (typeof(Sse2), nameof(Sse2.Max), typeof(short), false), // i16x8.max_s
        0x99 => (typeof(Sse41), nameof(Sse41.Max), typeof(ushort), false), // i16x8.max_u
        0x9B => (typeof(Sse2), nameof(Sse2.Average), typeof(ushort), false), // i16x8.avgr_u
        0xAE => (typeof(Sse2), nameof(Sse2.Add), typeof(int), false), // i32x4.add
        0xB1 => (typeof(Sse2), nameof(Sse2.Subtract), typeof(int), false), // i32x4.sub
        0xB5 => (typeof(Sse41), nameof(Sse41.MultiplyLow), typeof(int), false), // i32x4.mul
        0xB6 => (typeof(Sse41), nameof(Sse41.Min), typeof(int), false), // i32x4.min_s
        0xB7 => (typeof(Sse41), nameof(Sse41.Min), typeof(uint), false), // i32x4.min_u
        0xB8 => (typeof(Sse41), nameof(Sse41.Max), typeof(int), false), // i32x4.max_s
        0xB9 => (typeof(Sse41), nameof(Sse41.Max), typeof(uint), false), // i32x4.max_u
        0xCE => (typeof(Sse2), nameof(Sse2.Add), typeof(long), false), // i64x2.add
        0xD1 => (typeof(Sse2), nameof(Sse2.Subtract), typeof(long), false), // i64x2.sub
        0xD6 => (typeof(Sse41), nameof(Sse41.CompareEqual), typeof(long), false), // i64x2.eq
        _ => null,
    };

    /// <summary>The SSE method <paramref name="name"/> of <paramref name="isa"/> over two vectors of <paramref name="element"/>.</summary>
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(Sse2))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(Sse41))]
    [UnconditionalSuppressMessage("Trimming", "IL2080", Justification = "isa is Sse2 or Sse41 (BinaryForm and the callers), whose public methods the DynamicDependency attributes keep: a trimmed host once lost Sse41.MultiplyLow.")]
    public static MethodInfo Binary(Type isa, string name, Type element) =>
        s_methods.GetOrAdd((isa, name, element), static key =>
        {
            Type vector = typeof(Vector128<>).MakeGenericType(key.Item3);
            return key.Item1.GetMethod(key.Item2, [vector, vector])
                ?? throw new InvalidOperationException($"{key.Item1.Name}.{key.Item2}({vector}) does not exist");
        });

}

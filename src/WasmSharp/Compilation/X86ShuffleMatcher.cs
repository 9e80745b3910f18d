using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace WasmSharp.Compilation;

/// <summary>
/// Emits the <c>i8x16.shuffle</c> patterns that x86 has one immediate-form instruction for, as
/// Cranelift's x64 backend does (<c>shuffle</c> lowering in <c>cranelift/codegen/src/isa/x64/lower.isle</c>):
/// <c>punpckl*</c>/<c>punpckh*</c> (interleaving lanes of both operands), <c>pshufd</c>,
/// <c>pshuflw</c>/<c>pshufhw</c> (dword and word permutations of one operand), <c>shufps</c>
/// (two dwords of each operand) and <c>palignr</c> (a byte window of the concatenation). The
/// general <c>pshufb</c> form needs a mask constant loaded from memory per shuffle, and two masks
/// and a <c>por</c> when both operands contribute (BLAKE3's SIMD rounds: 112 shuffles per block).
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal static class X86ShuffleMatcher
{
    private static readonly MethodInfo s_pshufd = typeof(Sse2).GetMethod(nameof(Sse2.Shuffle), [typeof(Vector128<int>), typeof(byte)])!;
    private static readonly MethodInfo s_pshuflw = typeof(Sse2).GetMethod(nameof(Sse2.ShuffleLow), [typeof(Vector128<short>), typeof(byte)])!;
    private static readonly MethodInfo s_pshufhw = typeof(Sse2).GetMethod(nameof(Sse2.ShuffleHigh), [typeof(Vector128<short>), typeof(byte)])!;
    private static readonly MethodInfo s_shufps = typeof(Sse).GetMethod(nameof(Sse.Shuffle), [typeof(Vector128<float>), typeof(Vector128<float>), typeof(byte)])!;
    private static readonly MethodInfo s_palignr = typeof(Ssse3).GetMethod(nameof(Ssse3.AlignRight), [typeof(Vector128<byte>), typeof(Vector128<byte>), typeof(byte)])!;

    // The element types of the unpack instructions by element size in bytes.
    private static readonly Type[] s_unpackElements = [typeof(byte), typeof(short), typeof(int), typeof(long)];

    /// <summary>
    /// Emits the shuffle of the two <c>Vector128&lt;byte&gt;</c> operands in locals
    /// <paramref name="first"/> and <paramref name="second"/> that selects byte
    /// <paramref name="lanes"/>[i] of their concatenation into byte i, if one instruction does it,
    /// and leaves the result on the IL stack; false, with nothing emitted, otherwise.
    /// </summary>
    public static bool TryEmit(ILGenerator il, ReadOnlySpan<byte> lanes, LocalBuilder first, LocalBuilder second)
    {
        for (int log = 0; log < s_unpackElements.Length; log++)
        {
            foreach (bool high in (ReadOnlySpan<bool>)[false, true])
            {
                foreach (bool swapped in (ReadOnlySpan<bool>)[false, true])
                {
                    if (IsUnpack(lanes, 1 << log, high, swapped))
                    {
                        Type element = s_unpackElements[log];
                        il.Emit(OpCodes.Ldloc, swapped ? second : first);
                        il.Emit(OpCodes.Call, VectorEmitter.As(typeof(byte), element));
                        il.Emit(OpCodes.Ldloc, swapped ? first : second);
                        il.Emit(OpCodes.Call, VectorEmitter.As(typeof(byte), element));
                        il.Emit(OpCodes.Call, X86VectorEmitter.Binary(typeof(Sse2), high ? nameof(Sse2.UnpackHigh) : nameof(Sse2.UnpackLow), element));
                        il.Emit(OpCodes.Call, VectorEmitter.As(element, typeof(byte)));
                        return true;
                    }
                }
            }
        }

        if (TryElements(lanes, 4, out int[] dwords))
        {
            foreach (bool useSecond in (ReadOnlySpan<bool>)[false, true])
            {
                int bias = useSecond ? 4 : 0;
                if (InRange(dwords, bias, bias + 4))
                {
                    EmitOne(il, useSecond ? second : first, s_pshufd, typeof(int), Immediate(dwords, bias));
                    return true;
                }
            }

            // shufps a, b: the low two dwords from a, the high two from b.
            foreach (bool lowFromSecond in (ReadOnlySpan<bool>)[false, true])
            {
                int lowBias = lowFromSecond ? 4 : 0;
                int highBias = 4 - lowBias;
                if (InRange(dwords.AsSpan(0, 2), lowBias, lowBias + 4) && InRange(dwords.AsSpan(2, 2), highBias, highBias + 4))
                {
                    il.Emit(OpCodes.Ldloc, lowFromSecond ? second : first);
                    il.Emit(OpCodes.Call, VectorEmitter.As(typeof(byte), typeof(float)));
                    il.Emit(OpCodes.Ldloc, lowFromSecond ? first : second);
                    il.Emit(OpCodes.Call, VectorEmitter.As(typeof(byte), typeof(float)));
                    il.Emit(OpCodes.Ldc_I4, Immediate([dwords[0] & 3, dwords[1] & 3, dwords[2] & 3, dwords[3] & 3], 0));
                    il.Emit(OpCodes.Call, s_shufps);
                    il.Emit(OpCodes.Call, VectorEmitter.As(typeof(float), typeof(byte)));
                    return true;
                }
            }
        }

        if (TryElements(lanes, 2, out int[] words))
        {
            foreach (bool useSecond in (ReadOnlySpan<bool>)[false, true])
            {
                int bias = useSecond ? 8 : 0;
                LocalBuilder source = useSecond ? second : first;
                if (IsIdentity(words.AsSpan(4), bias + 4) && InRange(words.AsSpan(0, 4), bias, bias + 4))
                {
                    EmitOne(il, source, s_pshuflw, typeof(short), Immediate(words.AsSpan(0, 4), bias));
                    return true;
                }

                if (IsIdentity(words.AsSpan(0, 4), bias) && InRange(words.AsSpan(4), bias + 4, bias + 8))
                {
                    EmitOne(il, source, s_pshufhw, typeof(short), Immediate(words.AsSpan(4), bias + 4));
                    return true;
                }
            }
        }

        // palignr second, first, k: bytes k..k+15 of the concatenation first:second.
        int start = lanes[0];
        if (start is > 0 and < 16 && IsIdentity(lanes, start))
        {
            il.Emit(OpCodes.Ldloc, second);
            il.Emit(OpCodes.Ldloc, first);
            il.Emit(OpCodes.Ldc_I4, start);
            il.Emit(OpCodes.Call, s_palignr);
            return true;
        }

        return false;
    }

    private static bool InRange(ReadOnlySpan<int> values, int from, int to)
    {
        foreach (int value in values)
        {
            if (value < from || value >= to)
            {
                return false;
            }
        }

        return true;
    }

    // Whether values[i] == from + i for every i.
    private static bool IsIdentity(ReadOnlySpan<int> values, int from)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] != from + i)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIdentity(ReadOnlySpan<byte> values, int from)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] != from + i)
            {
                return false;
            }
        }

        return true;
    }

    // The 2-bit-per-lane immediate of pshufd/pshuflw/pshufhw/shufps for four lane indices.
    private static int Immediate(ReadOnlySpan<int> indices, int bias) =>
        (indices[0] - bias) | ((indices[1] - bias) << 2) | ((indices[2] - bias) << 4) | ((indices[3] - bias) << 6);

    // An instruction of one operand with an immediate: pshufd, pshuflw or pshufhw.
    private static void EmitOne(ILGenerator il, LocalBuilder source, MethodInfo method, Type element, int immediate)
    {
        il.Emit(OpCodes.Ldloc, source);
        il.Emit(OpCodes.Call, VectorEmitter.As(typeof(byte), element));
        il.Emit(OpCodes.Ldc_I4, immediate);
        il.Emit(OpCodes.Call, method);
        il.Emit(OpCodes.Call, VectorEmitter.As(element, typeof(byte)));
    }

    // Interleaving of the low (or high) halves' elements of `size` bytes: first's element, then
    // second's (or the other way round when swapped).
    private static bool IsUnpack(ReadOnlySpan<byte> lanes, int size, bool high, bool swapped)
    {
        int elements = 16 / size;
        for (int i = 0; i < elements; i++)
        {
            int source = (i / 2) + (high ? elements / 2 : 0);
            bool fromSecond = (i % 2 == 1) != swapped;
            for (int b = 0; b < size; b++)
            {
                if (lanes[(i * size) + b] != (fromSecond ? 16 : 0) + (source * size) + b)
                {
                    return false;
                }
            }
        }

        return true;
    }

    // The indices of the elements of `size` bytes picked, if every group of `size` byte lanes
    // picks one whole aligned element of the concatenation.
    private static bool TryElements(ReadOnlySpan<byte> lanes, int size, out int[] elements)
    {
        elements = new int[16 / size];
        for (int i = 0; i < elements.Length; i++)
        {
            int first = lanes[i * size];
            if (first % size != 0)
            {
                return false;
            }

            for (int b = 1; b < size; b++)
            {
                if (lanes[(i * size) + b] != first + b)
                {
                    return false;
                }
            }

            elements[i] = first / size;
        }

        return true;
    }
}

using System.Numerics;
using System.Runtime.CompilerServices;
using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>Operand access for numeric instructions (spec 4.4.1): operands <c>dst, a[, b]</c>; i32 and f32 zero-extended in their slot.</summary>
internal static partial class Interpreter
{
    // The destination's bits, reached without a field access: `ref slot.Bits` would make RyuJIT
    // null-check the slot before the value is computed, a load in every instruction.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref ulong D(ref ValRaw fp, ref int ip) => ref Unsafe.As<ValRaw, ulong>(ref S(ref fp, ref ip, 1));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int A32(ref ValRaw fp, ref int ip) => (int)S(ref fp, ref ip, 2).Bits;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int A32(ref ValRaw fp, ref int ip, int operand) => (int)S(ref fp, ref ip, operand).Bits;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int B32(ref ValRaw fp, ref int ip) => (int)S(ref fp, ref ip, 3).Bits;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long A64(ref ValRaw fp, ref int ip) => (long)S(ref fp, ref ip, 2).Bits;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long B64(ref ValRaw fp, ref int ip) => (long)S(ref fp, ref ip, 3).Bits;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float AF(ref ValRaw fp, ref int ip) => BitConverter.UInt32BitsToSingle((uint)S(ref fp, ref ip, 2).Bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float BF(ref ValRaw fp, ref int ip) => BitConverter.UInt32BitsToSingle((uint)S(ref fp, ref ip, 3).Bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double AD(ref ValRaw fp, ref int ip) => BitConverter.UInt64BitsToDouble(S(ref fp, ref ip, 2).Bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double BD(ref ValRaw fp, ref int ip) => BitConverter.UInt64BitsToDouble(S(ref fp, ref ip, 3).Bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong F32(float value) => BitConverter.SingleToUInt32Bits(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong F64(double value) => BitConverter.DoubleToUInt64Bits(value);

    /// <summary>
    /// Whether i32 comparison <paramref name="comparison"/> (0x46–0x4F less 0x46: eq ne lt_s lt_u
    /// gt_s gt_u le_s le_u ge_s ge_u) holds; a constant comparison folds to that one test.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Holds(int comparison, int a, int b) => comparison switch
    {
        0 => a == b,
        1 => a != b,
        2 => a < b,
        3 => (uint)a < (uint)b,
        4 => a > b,
        5 => (uint)a > (uint)b,
        6 => a <= b,
        7 => (uint)a <= (uint)b,
        8 => a >= b,
        _ => (uint)a >= (uint)b,
    };

    /// <summary>The slot named by operand <paramref name="operand"/> of the instruction at <paramref name="ip"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ref ValRaw S(ref ValRaw fp, ref int ip, int operand) => ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, operand));
}

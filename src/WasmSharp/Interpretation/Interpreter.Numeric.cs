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
    private static ulong I32(int value) => (uint)value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong I32(bool value) => value ? 1u : 0u;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong F32(float value) => BitConverter.SingleToUInt32Bits(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong F64(double value) => BitConverter.DoubleToUInt64Bits(value);
}

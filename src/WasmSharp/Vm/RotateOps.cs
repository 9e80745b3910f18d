using System.Runtime.CompilerServices;

namespace WasmSharp.Vm;

/// <summary>
/// <c>rotl</c> and <c>rotr</c> of spec 4.3.2 "Integer Operations" (<c>irotl</c>, <c>irotr</c>: the count
/// taken modulo the width), written without <see cref="System.Numerics.BitOperations"/>' rotates.
/// RyuJIT 10 (dotnet/runtime#129288) lets a compare with zero reuse the flags of a <c>ror</c>/<c>rol</c>
/// whose count it knows to be a non-zero constant, but x64 rotates leave ZF untouched: <c>if</c>,
/// <c>br_if</c> or <c>eqz</c> of <c>i32.rotr (x) (i32.const 4)</c> then tested a stale flag. The shift
/// forms below are not recognised as rotates, and shifts by a non-zero count do set ZF.
/// </summary>
internal static class RotateOps
{
    /// <summary><c>i32.rotl</c>: <paramref name="value"/> doubled into 64 bits and shifted right by the complementary count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32Rotl(int value, int count) => I32Rotr(value, -count);

    /// <summary><c>i32.rotr</c>: the low 32 bits of <paramref name="value"/>:<paramref name="value"/> shifted right by the count modulo 32.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32Rotr(int value, int count)
    {
        ulong doubled = ((ulong)(uint)value << 32) | (uint)value;
        return (int)(doubled >> (count & 31));
    }

    /// <summary><c>i64.rotl</c>: the bits shifted out on the left re-enter on the right, in two shifts so a count of 0 shifts nothing in.</summary>
    /// <remarks>The halves share no bit, so <c>+</c> is <c>|</c>; with <c>|</c> the JIT folds a count of 63 (a second shift by 0) back into a rotate.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long I64Rotl(long value, long count)
    {
        int shift = (int)count & 63;
        ulong bits = (ulong)value;
        return (long)((bits << shift) + ((bits >> 1) >> (63 - shift)));
    }

    /// <summary><c>i64.rotr</c>: the bits shifted out on the right re-enter on the left, in two shifts so a count of 0 shifts nothing in.</summary>
    /// <remarks>The halves share no bit, so <c>+</c> is <c>|</c>; with <c>|</c> the JIT folds a count of 63 (a second shift by 0) back into a rotate.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long I64Rotr(long value, long count)
    {
        int shift = (int)count & 63;
        ulong bits = (ulong)value;
        return (long)((bits >> shift) + ((bits << 1) << (63 - shift)));
    }
}

using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace WasmSharp.Vm;

/// <summary>
/// One untyped Wasm value, as passed to and from the untyped invokers (Wasmtime's <c>ValRaw</c>):
/// numbers as bit patterns in <see cref="Bits"/> (i32 and f32 zero-extended; a v128 keeps its
/// low 8 bytes there and its high 8 bytes in <see cref="Hi"/>), references in
/// <see cref="Ref"/> (a <see cref="FuncRef"/> for funcref, any object for externref, null for null).
/// The layout is explicit so that <see cref="Bits"/> is at offset 0: the interpreter's frame slots
/// are ValRaws, and a number slot's address is then the slot's own, with no separate null check
/// of the slot reference before each access (the runtime would otherwise put the reference first).
/// </summary>
[StructLayout(LayoutKind.Explicit)]
internal struct ValRaw
{
    /// <summary>Bit pattern of a number value.</summary>
    [FieldOffset(0)]
    public ulong Bits;

    /// <summary>The high 8 bytes of a v128 value (lanes 8-15 as bytes, little-endian).</summary>
    [FieldOffset(8)]
    public ulong Hi;

    /// <summary>A reference value.</summary>
    [FieldOffset(16)]
    public object? Ref;

    /// <summary>An i32 value.</summary>
    public static ValRaw I32(int value) => new() { Bits = (uint)value };

    /// <summary>An i64 value.</summary>
    public static ValRaw I64(long value) => new() { Bits = (ulong)value };

    /// <summary>An f32 value (bit pattern kept, NaN payloads included).</summary>
    public static ValRaw F32(float value) => new() { Bits = BitConverter.SingleToUInt32Bits(value) };

    /// <summary>An f32 value given by its bits.</summary>
    public static ValRaw F32Bits(uint bits) => new() { Bits = bits };

    /// <summary>An f64 value (bit pattern kept).</summary>
    public static ValRaw F64(double value) => new() { Bits = BitConverter.DoubleToUInt64Bits(value) };

    /// <summary>An f64 value given by its bits.</summary>
    public static ValRaw F64Bits(ulong bits) => new() { Bits = bits };

    /// <summary>A v128 value given by its low and high 8 bytes.</summary>
    public static ValRaw V128(ulong low, ulong high) => new() { Bits = low, Hi = high };

    /// <summary>A v128 value given by its 16 bytes, lane byte 0 first.</summary>
    public static ValRaw V128(ReadOnlySpan<byte> bytes) =>
        new() { Bits = BinaryPrimitives.ReadUInt64LittleEndian(bytes), Hi = BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]) };

    /// <summary>Reads <paramref name="raw"/> as v128 (called by invokers and trampolines).</summary>
    // Bits and Hi are the first 16 bytes (explicit layout): one vector load or store, which never
    // touches the reference field after them.
    public static Vector128<byte> ReadV128(ref ValRaw raw) => Unsafe.ReadUnaligned<Vector128<byte>>(ref Unsafe.As<ValRaw, byte>(ref raw));

    /// <summary>Writes v128 <paramref name="value"/> into <paramref name="raw"/> (called by invokers and trampolines).</summary>
    public static void WriteV128(ref ValRaw raw, Vector128<byte> value) =>
        Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref raw), value);

    /// <summary>A reference value.</summary>
    public static ValRaw FromRef(object? value) => new() { Ref = value };

    /// <summary>As i32.</summary>
    public readonly int AsI32 => (int)(uint)Bits;

    /// <summary>As i64.</summary>
    public readonly long AsI64 => (long)Bits;

    /// <summary>As f32.</summary>
    public readonly float AsF32 => BitConverter.UInt32BitsToSingle((uint)Bits);

    /// <summary>As f64.</summary>
    public readonly double AsF64 => BitConverter.UInt64BitsToDouble(Bits);
}

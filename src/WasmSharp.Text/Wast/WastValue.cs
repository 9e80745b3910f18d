namespace WasmSharp.Text.Wast;

/// <summary>
/// A script constant (argument or exact expected result). Floats are stored as bit patterns so that
/// NaN payloads survive exactly (spec 4.3.3 "Floating-Point", text 6.3.2).
/// </summary>
/// <param name="Type">The kind of constant.</param>
/// <param name="Low">Scalar bits, v128 bytes 0-7, or the number of a <c>ref.extern</c>/<c>ref.host</c>.</param>
/// <param name="High">v128 bytes 8-15; zero otherwise.</param>
/// <param name="HeapType">For <c>ref.null</c> the heap type as written (e.g. <c>func</c>, <c>extern</c>, <c>$t</c>); for <c>ref.func</c> the function reference as written.</param>
public sealed record WastValue(WastValueType Type, ulong Low, ulong High = 0, string? HeapType = null)
{
    /// <summary>Creates an <c>i32</c> constant.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The constant.</returns>
    public static WastValue I32(int value) => new(WastValueType.I32, (uint)value);

    /// <summary>Creates an <c>i64</c> constant.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The constant.</returns>
    public static WastValue I64(long value) => new(WastValueType.I64, (ulong)value);

    /// <summary>Creates an <c>f32</c> constant from its bit pattern.</summary>
    /// <param name="bits">The IEEE 754 binary32 bits.</param>
    /// <returns>The constant.</returns>
    public static WastValue F32Bits(uint bits) => new(WastValueType.F32, bits);

    /// <summary>Creates an <c>f64</c> constant from its bit pattern.</summary>
    /// <param name="bits">The IEEE 754 binary64 bits.</param>
    /// <returns>The constant.</returns>
    public static WastValue F64Bits(ulong bits) => new(WastValueType.F64, bits);
}

namespace WasmSharp;

/// <summary>
/// An <c>i31ref</c> (spec "Scalar Reference Instructions"): an unboxed 31-bit integer viewed as a
/// reference; mirrors Wasmtime's <c>I31</c>. Two instances with the same value are the same
/// reference for <c>ref.eq</c> and compare equal here.
/// </summary>
public sealed class I31Ref : EqRef, IEquatable<I31Ref>
{
    /// <summary>The low 31 bits of the value (bit 31 is always clear).</summary>
    internal readonly int Bits;

    internal I31Ref(int bits) => Bits = bits & 0x7FFF_FFFF;

    /// <summary>Wraps the low 31 bits of <paramref name="value"/> (<c>ref.i31</c>; Wasmtime's <c>I31::wrapping_i32</c>).</summary>
    public static I31Ref WrappingI32(int value) => new(value);

    /// <summary>The value sign-extended from 31 bits (<c>i31.get_s</c>; Wasmtime's <c>I31::get_i32</c>).</summary>
    public int GetI32() => (Bits << 1) >> 1;

    /// <summary>The value zero-extended from 31 bits (<c>i31.get_u</c>; Wasmtime's <c>I31::get_u32</c>).</summary>
    public uint GetU32() => (uint)Bits;

    /// <inheritdoc/>
    public bool Equals(I31Ref? other) => other is not null && other.Bits == Bits;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as I31Ref);

    /// <inheritdoc/>
    public override int GetHashCode() => Bits;

    /// <inheritdoc/>
    public override string ToString() => $"i31:{GetI32()}";
}

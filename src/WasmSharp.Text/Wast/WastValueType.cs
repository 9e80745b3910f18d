namespace WasmSharp.Text.Wast;

/// <summary>The kind of a script constant (<c>const</c> in the reference interpreter's script grammar).</summary>
public enum WastValueType
{
    /// <summary><c>i32.const</c>; the value is in the low 32 bits of <see cref="WastValue.Low"/>.</summary>
    I32,

    /// <summary><c>i64.const</c>; the value is <see cref="WastValue.Low"/>.</summary>
    I64,

    /// <summary><c>f32.const</c>; the IEEE 754 bit pattern is in the low 32 bits of <see cref="WastValue.Low"/>.</summary>
    F32,

    /// <summary><c>f64.const</c>; the IEEE 754 bit pattern is <see cref="WastValue.Low"/>.</summary>
    F64,

    /// <summary><c>v128.const</c>; bytes 0-7 little-endian in <see cref="WastValue.Low"/>, bytes 8-15 in <see cref="WastValue.High"/>.</summary>
    V128,

    /// <summary><c>ref.null ht</c>; the heap type text is in <see cref="WastValue.HeapType"/>.</summary>
    RefNull,

    /// <summary><c>ref.extern n</c>: an external host reference identified by <see cref="WastValue.Low"/>.</summary>
    RefExtern,

    /// <summary><c>ref.host n</c>: a host reference identified by <see cref="WastValue.Low"/>.</summary>
    RefHost,

    /// <summary><c>ref.func</c> with an index or name in <see cref="WastValue.HeapType"/> (rare as an argument).</summary>
    RefFunc,
}

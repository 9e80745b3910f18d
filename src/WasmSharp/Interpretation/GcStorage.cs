namespace WasmSharp.Interpretation;

/// <summary>
/// How a struct field or array element is stored (spec "Storage Types"), in the low three bits of a
/// <see cref="GcOp"/> handler: the element CLR type of an array (<see cref="Vm.GcTypes.ElementClrType"/>)
/// and the conversion between a field and a frame slot.
/// </summary>
internal enum GcStorage
{
    /// <summary>Packed <c>i8</c>: a <c>byte</c>.</summary>
    I8,

    /// <summary>Packed <c>i16</c>: a <c>ushort</c>.</summary>
    I16,

    /// <summary><c>i32</c>: an <c>int</c>.</summary>
    I32,

    /// <summary><c>f32</c>: a <c>float</c> (a struct field keeps its bits like an i32).</summary>
    F32,

    /// <summary><c>i64</c>: a <c>long</c>.</summary>
    I64,

    /// <summary><c>f64</c>: a <c>double</c> (a struct field keeps its bits like an i64).</summary>
    F64,

    /// <summary><c>v128</c>: a <c>Vector128&lt;byte&gt;</c>, or two numeric struct slots.</summary>
    V128,

    /// <summary>Any reference: an <c>object?</c>.</summary>
    Ref,
}

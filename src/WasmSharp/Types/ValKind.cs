namespace WasmSharp.Types;

/// <summary>The kind of a value type (spec 2.3.4 / 3.0 "Value Types"): number, vector or reference.</summary>
public enum ValKind : byte
{
    /// <summary>32-bit integer.</summary>
    I32,
    /// <summary>64-bit integer.</summary>
    I64,
    /// <summary>32-bit IEEE 754 float.</summary>
    F32,
    /// <summary>64-bit IEEE 754 float.</summary>
    F64,
    /// <summary>128-bit vector.</summary>
    V128,
    /// <summary>A reference; see <see cref="ValType.Heap"/> and <see cref="ValType.Nullable"/>.</summary>
    Ref,
    /// <summary>The validator's unknown ("bottom") operand type, used in unreachable code only.</summary>
    Bottom,
}

namespace WasmSharp.Types;

/// <summary>Packed storage types of GC struct and array fields (spec "Aggregate Types", packtype).</summary>
public enum PackedType : byte
{
    /// <summary>Not packed: the field stores a full <see cref="ValType"/>.</summary>
    None,
    /// <summary><c>i8</c>.</summary>
    I8,
    /// <summary><c>i16</c>.</summary>
    I16,
}

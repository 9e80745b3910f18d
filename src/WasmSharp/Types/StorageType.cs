namespace WasmSharp.Types;

/// <summary>The storage type of a struct or array field (spec storagetype): a value type or a packed type.</summary>
/// <param name="Packed">The packed type, or <see cref="PackedType.None"/>.</param>
/// <param name="Type">The value type when not packed; <c>i32</c> (the unpacked type) when packed.</param>
public readonly record struct StorageType(PackedType Packed, ValType Type)
{
    /// <summary>An unpacked storage type.</summary>
    public static StorageType Of(ValType type) => new(PackedType.None, type);

    /// <summary>The type a <c>struct.get</c>/<c>array.get</c> yields (spec "unpack").</summary>
    public ValType Unpacked => Packed == PackedType.None ? Type : ValType.I32;

    /// <summary>Whether this is a packed (i8/i16) type.</summary>
    public bool IsPacked => Packed != PackedType.None;

    /// <inheritdoc/>
    public override string ToString() => Packed switch
    {
        PackedType.I8 => "i8",
        PackedType.I16 => "i16",
        _ => Type.ToString(),
    };
}

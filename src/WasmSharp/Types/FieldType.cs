namespace WasmSharp.Types;

/// <summary>A struct field or array element type (spec fieldtype): storage type and mutability.</summary>
/// <param name="Storage">What the field stores.</param>
/// <param name="Mutable">Whether the field can be set.</param>
public readonly record struct FieldType(StorageType Storage, bool Mutable);

using WasmSharp.Types;

namespace WasmSharp.Validation;

/// <summary>Validator helpers over <see cref="StorageType"/>.</summary>
internal static class StorageTypeExtensions
{
    /// <summary>Whether the storage type is an (unpacked) reference type (spec "is_num/is_vec" negated for array.new_data).</summary>
    public static bool IsRef(this StorageType storage) => !storage.IsPacked && storage.Type.Kind == ValKind.Ref;
}

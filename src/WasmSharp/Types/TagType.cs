namespace WasmSharp.Types;

/// <summary>An exception tag type (spec "Tag Types"): a function type index whose results are empty.</summary>
/// <param name="TypeIndex">Index of the tag's function type in the module's type space.</param>
public readonly record struct TagType(int TypeIndex);

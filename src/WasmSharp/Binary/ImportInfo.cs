using WasmSharp.Types;

namespace WasmSharp.Binary;

/// <summary>One import of a module (spec "Imports").</summary>
/// <param name="Module">The module name.</param>
/// <param name="Name">The item name.</param>
/// <param name="Kind">What is imported.</param>
/// <param name="Index">The index the import occupies in its kind's index space (imports come first).</param>
internal readonly record struct ImportInfo(string Module, string Name, ExternKind Kind, int Index);

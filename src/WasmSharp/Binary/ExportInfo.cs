using WasmSharp.Types;

namespace WasmSharp.Binary;

/// <summary>One export of a module (spec "Exports").</summary>
/// <param name="Name">The export name, unique in the module.</param>
/// <param name="Kind">What is exported.</param>
/// <param name="Index">The index in that kind's index space.</param>
internal readonly record struct ExportInfo(string Name, ExternKind Kind, int Index);

using WasmSharp.Types;

namespace WasmSharp.Binary;

/// <summary>A table of the module's table index space.</summary>
/// <param name="Type">The table type.</param>
/// <param name="Init">The initialiser of a defined table (Wasm 3.0 <c>table tt expr</c>); null means <c>ref.null</c>.</param>
internal readonly record struct TableInfo(TableType Type, ConstExpr? Init);

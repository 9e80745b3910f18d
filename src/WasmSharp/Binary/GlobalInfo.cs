using WasmSharp.Types;

namespace WasmSharp.Binary;

/// <summary>A global of the module's global index space.</summary>
/// <param name="Type">The global type.</param>
/// <param name="Init">The initialiser of a defined global; null for imported globals.</param>
internal readonly record struct GlobalInfo(GlobalType Type, ConstExpr? Init);

namespace WasmSharp.Types;

/// <summary>A global type (spec "Global Types"); mirrors Wasmtime's <c>GlobalType</c>.</summary>
/// <param name="Type">The content type.</param>
/// <param name="Mutable">Whether <c>global.set</c> is allowed.</param>
public readonly record struct GlobalType(ValType Type, bool Mutable);

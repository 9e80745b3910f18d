namespace WasmSharp.Types;

/// <summary>A table type (spec "Table Types", with table64); mirrors Wasmtime's <c>TableType</c>.</summary>
/// <param name="Element">The reference type of the elements.</param>
/// <param name="Limits">Size limits in elements.</param>
/// <param name="Is64">Whether indices are i64 (memory64's table64).</param>
public readonly record struct TableType(ValType Element, Limits Limits, bool Is64)
{
    /// <summary>The index type: <c>i64</c> for 64-bit tables, else <c>i32</c>.</summary>
    public ValType AddressType => Is64 ? ValType.I64 : ValType.I32;
}

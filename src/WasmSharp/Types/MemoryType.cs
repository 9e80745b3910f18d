namespace WasmSharp.Types;

/// <summary>
/// A linear memory type (spec "Memory Types", with memory64, threads and custom-page-sizes);
/// mirrors Wasmtime's <c>MemoryType</c>.
/// </summary>
/// <param name="Limits">Size limits in pages.</param>
/// <param name="Is64">Whether addresses are i64 (memory64).</param>
/// <param name="Shared">Whether the memory is shared between threads.</param>
/// <param name="PageSizeLog2">log2 of the page size: 16 (64 KiB) by default, 0 with custom-page-sizes.</param>
public readonly record struct MemoryType(Limits Limits, bool Is64, bool Shared, int PageSizeLog2 = 16)
{
    /// <summary>The address type: <c>i64</c> for 64-bit memories, else <c>i32</c>.</summary>
    public ValType AddressType => Is64 ? ValType.I64 : ValType.I32;
}

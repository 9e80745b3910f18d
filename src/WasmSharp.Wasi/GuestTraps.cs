namespace WasmSharp.Wasi;

/// <summary>
/// The traps a preview 1 call raises where wiggle's generated glue fails with a
/// <c>GuestError</c> that wasmtime-wasi's <c>impl From&lt;GuestError&gt; for types::Error</c>
/// (crates/wasi/src/preview1.rs) turns into a trap instead of an errno: out-of-bounds,
/// overflowing and misaligned pointers (witx-docs: "the function shall trap"), and arguments
/// that do not convert to their witx type (<c>try_from(..).map_err(InFunc)?</c> in
/// wiggle-generate's funcs.rs). Messages are wiggle's <c>GuestError</c> display texts.
/// </summary>
internal static class GuestTraps
{
    /// <summary>wiggle <c>GuestError::PtrOutOfBounds(Region)</c>.</summary>
    public static Trap OutOfBounds(uint start, uint length) =>
        new(TrapCode.MemoryOutOfBounds, $"Pointer out of bounds: {Region(start, length)}");

    /// <summary>wiggle <c>GuestError::PtrNotAligned(Region, align)</c>.</summary>
    public static Trap Misaligned(uint start, uint length, uint alignment) =>
        new(TrapCode.HeapMisaligned, $"Pointer not aligned to {alignment}: {Region(start, length)}");

    /// <summary>wiggle <c>GuestError::PtrOverflow</c>: an address computation left the 32-bit space.</summary>
    public static Trap Overflow() => new(TrapCode.MemoryOutOfBounds, "Pointer overflow");

    /// <summary>
    /// An argument that is not a value of its witx type: wiggle wraps the conversion error in
    /// <c>GuestError::InFunc { location: "convert Type" }</c> and returns it as the call's error.
    /// </summary>
    public static Trap InvalidArgument(string function, string location, string error) =>
        new(TrapCode.HostError, $"In func {Preview1.ModuleName}::{function} at convert {location}: {error}");

    private static string Region(uint start, uint length) => $"Region {{ start: {start}, len: {length} }}";
}

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
        new(TrapCode.HostError, $"In func {Preview1.ModuleName}::{function} at convert {location}: {error}", new GuestError(error));

    /// <summary>
    /// An integer argument that does not fit its witx repr: wiggle converts with
    /// <c>u8/u16/u32/u64::try_from</c>, whose <c>TryFromIntError</c> becomes
    /// <c>GuestError::TryFromIntError</c> inside <c>InFunc</c>. The chain ends in Rust's
    /// <c>IntErrorKind</c> text ("number too large/small to fit in target type").
    /// </summary>
    public static Trap IntConversion(string function, string location, bool negative)
    {
        string kind = negative ? "NegOverflow" : "PosOverflow";
        string conversion = $"Int conversion error: TryFromIntError({kind})";
        var root = new GuestError(negative ? "number too small to fit in target type" : "number too large to fit in target type");
        return new Trap(TrapCode.HostError, $"In func {Preview1.ModuleName}::{function} at convert {location}: {conversion}",
            new GuestError(conversion, root));
    }

    private static string Region(uint start, uint length) => $"Region {{ start: {start}, len: {length} }}";
}

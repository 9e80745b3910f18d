namespace WasmSharp;

/// <summary>
/// Raised when a memory or table cannot be allocated because the process lacks the memory or
/// address space, although the store's limits allow it (spec 4.5.3.9 and 4.5.3.6: allocation may
/// fail). Mirrors Wasmtime's <c>OutOfMemory</c> error and its wording, e.g.
/// <c>out of memory (failed to allocate 34359738360 bytes)</c> for a table of 2^32 - 1 references,
/// or <c>mmap failed to reserve 0x1000000000000 bytes</c> for a memory larger than the address
/// space. The store
/// remains usable.
/// </summary>
public sealed class WasmOutOfMemoryException : Exception
{
    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    /// <param name="message">Wasmtime's wording for the failure.</param>
    /// <param name="requestedBytes">The size of the allocation that failed, in bytes.</param>
    public WasmOutOfMemoryException(string message, ulong requestedBytes)
        : base(message)
    {
        RequestedBytes = requestedBytes;
    }

    /// <summary>The size of the allocation that failed, in bytes (<c>OutOfMemory::requested_allocation_size</c>).</summary>
    public ulong RequestedBytes { get; }

    /// <summary>The error of a heap allocation of <paramref name="bytes"/> that failed, worded as Wasmtime's <c>OutOfMemory</c>.</summary>
    internal static WasmOutOfMemoryException Allocation(ulong bytes) =>
        new($"out of memory (failed to allocate {bytes} bytes)", bytes);

    /// <summary>The error of an address-space reservation of <paramref name="bytes"/> that failed, worded as Wasmtime's mmap error.</summary>
    internal static WasmOutOfMemoryException Reservation(ulong bytes) =>
        new($"mmap failed to reserve 0x{bytes:x} bytes", bytes);
}

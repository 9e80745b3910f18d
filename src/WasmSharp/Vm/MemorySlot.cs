using System.Runtime.InteropServices;

namespace WasmSharp.Vm;

/// <summary>
/// One slot of the pooling allocator's memories (Wasmtime's <c>MemoryImageSlot</c>): a reservation
/// of <see cref="Reserved"/> bytes reused by one linear memory after another. Between uses it holds
/// zeros, except where <see cref="Image"/> is mapped, which holds the image's bytes, so the next
/// instance of the same module finds its data segments in place without a system call.
/// A slot belongs to the pool's free list or to exactly one live <see cref="LinearMemory"/>.
/// </summary>
internal sealed unsafe class MemorySlot
{
    /// <summary>Creates the slot over a fresh reservation at <paramref name="baseAddress"/>.</summary>
    public MemorySlot(byte* baseAddress, nuint reserved)
    {
        Base = baseAddress;
        Reserved = reserved;
    }

    /// <summary>Address of the slot's first byte.</summary>
    public byte* Base { get; }

    /// <summary>Bytes reserved: the pool's <c>max_memory_size</c> rounded up to host pages.</summary>
    public nuint Reserved { get; }

    /// <summary>The module data image mapped copy-on-write at its start offset, or null.</summary>
    public MemoryImage? Image { get; private set; }

    // Bytes at the start that are readable and writable (host pages); the rest is inaccessible.
    // Kept exact on Linux only, where resetting leaves the protection as it is.
    private nuint _accessible;

    /// <summary>
    /// Makes the first <paramref name="initialBytes"/> accessible, all zero except for
    /// <paramref name="image"/>'s bytes if given (a slot already holding that image keeps its
    /// mapping; one holding another image loses it). False if the mappings could not be changed:
    /// the slot is then in an unknown state and must be dropped.
    /// </summary>
    public bool Prepare(ulong initialBytes, MemoryImage? image)
    {
        nuint needed = RoundUp((nuint)initialBytes);
        if (!OperatingSystem.IsLinux())
        {
            // No images off Linux, and a reset slot is zero everywhere: only commit what is needed.
            return VirtualMemory.Commit(Base, needed);
        }

        if (Image is not null && (Image != image || Image.Start + Image.Length > needed))
        {
            if (!VirtualMemory.ResetToReserved(Base, _accessible))
            {
                return false;
            }

            _accessible = 0;
            Image = null;
        }

        if (_accessible < needed && !VirtualMemory.Commit(Base + _accessible, needed - _accessible))
        {
            return false;
        }

        if (_accessible > needed && !VirtualMemory.Decommit(Base + needed, _accessible - needed))
        {
            return false;
        }

        _accessible = needed;
        if (image is not null && Image is null && image.Start + image.Length <= needed && VirtualMemory.MapImage(Base + image.Start, image))
        {
            Image = image;
        }

        return true;
    }

    /// <summary>
    /// Returns the slot to its between-uses state after a memory of <paramref name="length"/> bytes
    /// used it: zero (or image bytes) everywhere. The first <paramref name="keepResident"/> bytes
    /// before the image are zeroed in place; the rest is discarded with <c>madvise(MADV_DONTNEED)</c>
    /// on Linux (Wasmtime's <c>clear_and_remain_ready</c>), zeroed elsewhere. False if that failed
    /// and the slot must be dropped.
    /// </summary>
    public bool Reset(ulong length, long keepResident)
    {
        nuint used = RoundUp((nuint)length);
        if (!OperatingSystem.IsLinux())
        {
            // Nothing beyond the length was ever writable by the guest or the host.
            NativeMemory.Clear(Base, (nuint)length);
            return true;
        }

        _accessible = Math.Max(_accessible, used);
        nuint keep = Math.Min(RoundDown((nuint)Math.Min((ulong)keepResident, (ulong)nuint.MaxValue)), used);
        if (Image is not null)
        {
            keep = Math.Min(keep, Image.Start);
        }

        NativeMemory.Clear(Base, keep);
        if (VirtualMemory.Discard(Base + keep, used - keep))
        {
            return true;
        }

        // Discarding failed: replace everything with fresh reserved pages instead.
        bool reset = VirtualMemory.ResetToReserved(Base, _accessible);
        _accessible = 0;
        Image = null;
        return reset;
    }

    private static nuint RoundUp(nuint bytes)
    {
        nuint page = (nuint)Environment.SystemPageSize;
        return (bytes + page - 1) / page * page;
    }

    private static nuint RoundDown(nuint bytes)
    {
        nuint page = (nuint)Environment.SystemPageSize;
        return bytes / page * page;
    }
}

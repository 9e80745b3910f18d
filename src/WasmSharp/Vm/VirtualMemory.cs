using System.Runtime.InteropServices;

namespace WasmSharp.Vm;

/// <summary>
/// Address-space reservation for linear memories: reserve inaccessible pages up front and make
/// them readable and writable on grow, so the base address stays put (DESIGN.md decision 2).
/// Uses mmap/mprotect on Linux, VirtualAlloc on Windows, and zeroed native allocations elsewhere
/// (where reserving is not possible, <see cref="CanReserve"/> is false and callers copy on growth).
/// </summary>
internal static unsafe partial class VirtualMemory
{
    private const int ProtNone = 0;
    private const int ProtReadWrite = 3;
    private const int MapPrivate = 0x02;
    private const int MapFixed = 0x10;
    private const int MapAnonymous = 0x20;
    private const int MapNoReserve = 0x4000;
    private const uint MemReserve = 0x2000;
    private const uint MemCommit = 0x1000;
    private const uint MemRelease = 0x8000;
    private const uint PageNoAccess = 0x01;
    private const uint PageReadWrite = 0x04;
    private const int MadvDontNeed = 4;

    /// <summary>Whether address space can be reserved without committing it.</summary>
    public static bool CanReserve => OperatingSystem.IsLinux() || OperatingSystem.IsWindows();

    /// <summary>Reserves <paramref name="bytes"/> of inaccessible address space; null on failure.</summary>
    public static byte* Reserve(nuint bytes)
    {
        if (bytes == 0)
        {
            bytes = 1;
        }

        if (OperatingSystem.IsLinux())
        {
            nint p = mmap(0, bytes, ProtNone, MapPrivate | MapAnonymous | MapNoReserve, -1, 0);
            return p == -1 ? null : (byte*)p;
        }

        if (OperatingSystem.IsWindows())
        {
            return (byte*)VirtualAlloc(0, bytes, MemReserve, PageNoAccess);
        }

        try
        {
            return (byte*)NativeMemory.AllocZeroed(bytes);
        }
        catch (OutOfMemoryException)
        {
            // Callers report the failed reservation with its size.
            return null;
        }
    }

    /// <summary>
    /// Makes <paramref name="bytes"/> at <paramref name="address"/> readable and writable; new pages
    /// read as zero. <paramref name="address"/> need not be page-aligned: a memory with 1-byte pages
    /// (custom-page-sizes proposal) grows from any length, and the host page holding its end is
    /// already committed.
    /// </summary>
    public static bool Commit(byte* address, nuint bytes)
    {
        if (bytes == 0)
        {
            return true;
        }

        if (OperatingSystem.IsLinux())
        {
            // mprotect rejects an unaligned start (EINVAL) and rounds the length up itself.
            nuint misalignment = (nuint)address & (nuint)(Environment.SystemPageSize - 1);
            return mprotect((nint)(address - misalignment), bytes + misalignment, ProtReadWrite) == 0;
        }

        if (OperatingSystem.IsWindows())
        {
            return VirtualAlloc((nint)address, bytes, MemCommit, PageReadWrite) != 0;
        }

        return true;
    }

    /// <summary>
    /// Maps <paramref name="image"/> privately (copy-on-write) over the committed pages at
    /// <paramref name="address"/> (page-aligned), replacing them; false if the mapping failed,
    /// leaving them as they were.
    /// </summary>
    public static bool MapImage(byte* address, MemoryImage image)
    {
        bool added = false;
        try
        {
            image.File.DangerousAddRef(ref added);
            nint fd = image.File.DangerousGetHandle();
            return mmap((nint)address, image.Length, ProtReadWrite, MapPrivate | MapFixed, (int)fd, 0) == (nint)address;
        }
        finally
        {
            if (added)
            {
                image.File.DangerousRelease();
            }
        }
    }

    /// <summary>
    /// Linux only: discards the pages of [<paramref name="address"/>, +<paramref name="bytes"/>)
    /// (page-aligned) with <c>madvise(MADV_DONTNEED)</c>, keeping their protection: afterwards
    /// anonymous pages read as zero and pages of a private file mapping (a <see cref="MemoryImage"/>)
    /// read as the file again. False if the kernel refused, the pages unchanged.
    /// </summary>
    public static bool Discard(byte* address, nuint bytes) =>
        bytes == 0 || madvise((nint)address, bytes, MadvDontNeed) == 0;

    /// <summary>Linux only: makes committed pages (page-aligned) inaccessible again, keeping them reserved.</summary>
    public static bool Decommit(byte* address, nuint bytes) =>
        bytes == 0 || mprotect((nint)address, bytes, ProtNone) == 0;

    /// <summary>
    /// Linux only: replaces whatever is mapped at [<paramref name="address"/>, +<paramref name="bytes"/>)
    /// (page-aligned, inside a reservation) by fresh inaccessible anonymous pages, as
    /// <see cref="Reserve"/> made them: an image mapping there is gone.
    /// </summary>
    public static bool ResetToReserved(byte* address, nuint bytes) =>
        bytes == 0 || mmap((nint)address, bytes, ProtNone, MapPrivate | MapAnonymous | MapNoReserve | MapFixed, -1, 0) == (nint)address;

    /// <summary>Releases a reservation made by <see cref="Reserve"/>.</summary>
    public static void Release(byte* address, nuint bytes)
    {
        if (address == null)
        {
            return;
        }

        if (OperatingSystem.IsLinux())
        {
            munmap((nint)address, bytes == 0 ? 1 : bytes);
        }
        else if (OperatingSystem.IsWindows())
        {
            VirtualFree((nint)address, 0, MemRelease);
        }
        else
        {
            NativeMemory.Free(address);
        }
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial nint mmap(nint addr, nuint length, int prot, int flags, int fd, nint offset);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int mprotect(nint addr, nuint length, int prot);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int madvise(nint addr, nuint length, int advice);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int munmap(nint addr, nuint length);

    [LibraryImport("kernel32", SetLastError = true)]
    private static partial nint VirtualAlloc(nint address, nuint size, uint allocationType, uint protect);

    [LibraryImport("kernel32", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool VirtualFree(nint address, nuint size, uint freeType);
}

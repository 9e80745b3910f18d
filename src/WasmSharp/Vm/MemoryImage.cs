using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using WasmSharp.Binary;

namespace WasmSharp.Vm;

/// <summary>
/// The initial contents of a module's memory 0 as a file in memory (Linux <c>memfd_create</c>), made
/// once per module, which every instance maps copy-on-write over the start of its fresh memory
/// instead of copying the data segments in (Wasmtime's <c>memory_init_cow</c>): instantiation
/// touches no page of data, and a page is read from the shared image, or copied, only when the
/// guest uses it. Made only where that cannot differ from applying the segments: memory 0 is
/// defined by the module, unshared, 32-bit, with 64 KiB pages, and every data segment is active,
/// for memory 0, at a constant offset, and lies within the memory's minimum size, so none can trap.
/// </summary>
internal sealed partial class MemoryImage
{
    private const uint MfdCloexec = 1;

    private readonly SafeFileHandle _file;

    private MemoryImage(SafeFileHandle file, nuint start, nuint length)
    {
        _file = file;
        Start = start;
        Length = length;
    }

    /// <summary>Where in the memory the image starts: the host page holding the first data byte (the pages before stay zero pages).</summary>
    public nuint Start { get; }

    /// <summary>The image's length in bytes from <see cref="Start"/>, a multiple of the host page size.</summary>
    public nuint Length { get; }

    /// <summary>The image's file, for <see cref="VirtualMemory.MapImage"/>.</summary>
    public SafeFileHandle File => _file;

    /// <summary>The image of <paramref name="module"/>'s memory 0, or null where segments must be applied one by one (or there are none).</summary>
    public static MemoryImage? TryCreate(ModuleInfo module)
    {
        if (!OperatingSystem.IsLinux() || module.Memories.Count == 0 || module.ImportedMemoryCount != 0 || module.Data.Count == 0)
        {
            return null;
        }

        Types.MemoryType memory = module.Memories[0];
        if (memory.Shared || memory.Is64 || memory.PageSizeLog2 != 16)
        {
            return null;
        }

        ulong minimum = memory.Limits.Minimum << memory.PageSizeLog2;
        ulong start = ulong.MaxValue;
        ulong end = 0;
        var offsets = new int[module.Data.Count];
        for (int i = 0; i < offsets.Length; i++)
        {
            DataSegment segment = module.Data[i];
            if (segment.Mode != SegmentMode.Active || segment.MemoryIndex != 0 || ConstExprEvaluator.ConstantOffset(module, segment.Offset) is not ulong offset
                || offset + (ulong)segment.DataLength > minimum)
            {
                return null;
            }

            offsets[i] = (int)offset;
            if (segment.DataLength > 0)
            {
                start = Math.Min(start, offset);
                end = Math.Max(end, offset + (ulong)segment.DataLength);
            }
        }

        ulong page = (ulong)Environment.SystemPageSize;
        if (end == 0)
        {
            return null;
        }

        start = start / page * page;
        ulong length = ((end + page - 1) / page * page) - start;

        int fd = memfd_create("wasmsharp-memory-image", MfdCloexec);
        if (fd < 0)
        {
            return null;
        }

        // The file holds what the segments write, in their order (a later one overwrites an earlier
        // one); the rest reads as zero. It is sized first: a mapping past its end would fault.
        var file = new SafeFileHandle(fd, ownsHandle: true);
        try
        {
            RandomAccess.Write(file, new byte[1], (long)length - 1);
            for (int i = 0; i < offsets.Length; i++)
            {
                DataSegment segment = module.Data[i];
                if (segment.DataLength == 0)
                {
                    continue;
                }

                RandomAccess.Write(file, module.Bytes.Span.Slice(segment.DataOffset, segment.DataLength), offsets[i] - (long)start);
            }
        }
        catch (IOException)
        {
            file.Dispose();
            return null;
        }

        return new MemoryImage(file, (nuint)start, (nuint)length);
    }

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int memfd_create(string name, uint flags);
}

using System.Text;
using WasmSharp.Types;

namespace WasmSharp.Vm;

/// <summary>
/// Encodes a core dump in the standard format (WebAssembly tool-conventions, Coredump.md, with the
/// multi-module sections Wasmtime writes): a binary module that is never instantiated, whose memory
/// section has each memory at its current size, data section the non-zero contents of each
/// memory, global section each global's current value as a constant, and custom sections
/// <c>core</c> (the process), <c>coremodules</c>, <c>coreinstances</c> (each instance's module,
/// memories and globals, as indices into those sections) and <c>corestack</c> (the frames).
/// Locals and operand stack values are not recovered, as in Wasmtime: each frame lists none.
/// </summary>
internal static class CoreDumpWriter
{
    // Memory is scanned in chunks of this many bytes; each chunk's non-zero span, trimmed of zeros
    // at both ends, becomes one data segment: runs of zeros cost nothing, and the segment count
    // stays bounded by the memory size (as Wasmtime balances the two).
    private const int ChunkSize = 4096;

    /// <summary>A global of the dump and the module whose types its concrete reference type indexes, if known.</summary>
    public readonly record struct DumpedGlobal(GlobalCell Cell, Binary.ModuleInfo? Module);

    /// <summary>An instance of the dump: its module's index, and its memories and globals as indices into the dump's.</summary>
    public readonly record struct DumpedInstance(int Module, int[] Memories, int[] Globals);

    /// <summary>A frame of the dump: its instance's index, function index and offset in the function's body.</summary>
    public readonly record struct DumpedFrame(int Instance, int Function, int FunctionOffset);

    /// <summary>Encodes the dump of process <paramref name="name"/>.</summary>
    public static byte[] Write(string name, IReadOnlyList<string> modules, IReadOnlyList<DumpedInstance> instances,
        IReadOnlyList<LinearMemory> memories, IReadOnlyList<DumpedGlobal> globals, IReadOnlyList<DumpedFrame> frames)
    {
        var output = new MemoryStream();
        output.Write("\0asm"u8);
        output.Write([1, 0, 0, 0]);

        Section(output, 0, body =>
        {
            Name(body, "core");
            body.WriteByte(0);
            Name(body, name);
        });
        Section(output, 5, body =>
        {
            U64(body, (ulong)memories.Count);
            foreach (LinearMemory memory in memories)
            {
                MemoryTypeOf(body, memory);
            }
        });
        Section(output, 6, body =>
        {
            U64(body, (ulong)globals.Count);
            foreach (DumpedGlobal global in globals)
            {
                GlobalOf(body, global);
            }
        });
        Section(output, 11, body =>
        {
            var segments = new MemoryStream();
            ulong count = 0;
            for (int i = 0; i < memories.Count; i++)
            {
                count += DataOf(segments, i, memories[i]);
            }

            U64(body, count);
            segments.WriteTo(body);
        });
        Section(output, 0, body =>
        {
            Name(body, "coremodules");
            U64(body, (ulong)modules.Count);
            foreach (string module in modules)
            {
                body.WriteByte(0);
                Name(body, module);
            }
        });
        Section(output, 0, body =>
        {
            Name(body, "coreinstances");
            U64(body, (ulong)instances.Count);
            foreach (DumpedInstance instance in instances)
            {
                body.WriteByte(0);
                U64(body, (ulong)instance.Module);
                Indices(body, instance.Memories);
                Indices(body, instance.Globals);
            }
        });
        Section(output, 0, body =>
        {
            Name(body, "corestack");
            body.WriteByte(0);
            Name(body, "main");
            U64(body, (ulong)frames.Count);
            foreach (DumpedFrame frame in frames)
            {
                body.WriteByte(0);
                U64(body, (ulong)frame.Instance);
                U64(body, (ulong)frame.Function);
                U64(body, (ulong)frame.FunctionOffset);
                U64(body, 0); // locals
                U64(body, 0); // operand stack
            }
        });
        return output.ToArray();
    }

    private static void Section(MemoryStream output, byte id, Action<MemoryStream> write)
    {
        var body = new MemoryStream();
        write(body);
        output.WriteByte(id);
        U64(output, (ulong)body.Length);
        body.WriteTo(output);
    }

    // memtype: flags (bit 0 maximum, bit 1 shared, bit 2 memory64, bit 3 custom page size), the
    // current size as the minimum, the maximum, the page size's log2.
    private static void MemoryTypeOf(MemoryStream body, LinearMemory memory)
    {
        MemoryType type = memory.Type;
        bool customPages = memory.PageSizeLog2 != 16;
        body.WriteByte((byte)((type.Limits.Maximum is null ? 0 : 1) | (type.Shared ? 2 : 0) | (type.Is64 ? 4 : 0) | (customPages ? 8 : 0)));
        U64(body, memory.Pages);
        if (type.Limits.Maximum is ulong maximum)
        {
            U64(body, maximum);
        }

        if (customPages)
        {
            U64(body, (ulong)memory.PageSizeLog2);
        }
    }

    // An immutable global of the value's type holding it; a reference is written as a null of its
    // hierarchy's top type (an index of the dump's own type space would otherwise be needed), as
    // Wasmtime writes it.
    private static void GlobalOf(MemoryStream body, DumpedGlobal global)
    {
        GlobalCell cell = global.Cell;
        ValType type = cell.Type.Type;
        switch (type.Kind)
        {
            case ValKind.I32:
                Constant(body, 0x7F, 0x41);
                S64(body, cell.I32);
                break;
            case ValKind.I64:
                Constant(body, 0x7E, 0x42);
                S64(body, cell.I64);
                break;
            case ValKind.F32:
                Constant(body, 0x7D, 0x43);
                body.Write(BitConverter.GetBytes(BitConverter.SingleToUInt32Bits(cell.F32)));
                break;
            case ValKind.F64:
                Constant(body, 0x7C, 0x44);
                body.Write(BitConverter.GetBytes(BitConverter.DoubleToUInt64Bits(cell.F64)));
                break;
            case ValKind.V128:
                Constant(body, 0x7B, 0xFD);
                U64(body, 12);
                body.Write(BitConverter.GetBytes(cell.Bits));
                body.Write(BitConverter.GetBytes(cell.Hi));
                break;
            default:
                byte top = TopCode(type.Heap, global.Module);
                Constant(body, top, 0xD0);
                body.WriteByte(top);
                break;
        }

        body.WriteByte(0x0B);
    }

    // An immutable global of value type `type` whose initializer starts with opcode `op`.
    private static void Constant(MemoryStream body, byte type, byte op)
    {
        body.WriteByte(type);
        body.WriteByte(0);
        body.WriteByte(op);
    }

    // The shorthand reference type (nullable) of the top of `heap`'s hierarchy: funcref, externref,
    // anyref or exnref; a concrete type whose module is unknown is taken as any.
    private static byte TopCode(HeapType heap, Binary.ModuleInfo? module)
    {
        if (heap.IsConcrete)
        {
            return module is not null && heap.TypeIndex < module.Types.Count && module.Types[heap.TypeIndex].Composite is FuncType ? (byte)0x70 : (byte)0x6E;
        }

        return heap.Abstract switch
        {
            AbstractHeapType.Func or AbstractHeapType.NoFunc => 0x70,
            AbstractHeapType.Extern or AbstractHeapType.NoExtern => 0x6F,
            AbstractHeapType.Exn or AbstractHeapType.NoExn => 0x69,
            _ => 0x6E,
        };
    }

    // The data segments of memory `index` into `segments`; returns how many.
    private static unsafe ulong DataOf(MemoryStream segments, int index, LinearMemory memory)
    {
        ulong count = 0;
        for (ulong chunk = 0; chunk < memory.Length; chunk += ChunkSize)
        {
            var bytes = new ReadOnlySpan<byte>(memory.Base + chunk, (int)Math.Min(ChunkSize, memory.Length - chunk));
            int first = bytes.IndexOfAnyExcept((byte)0);
            if (first < 0)
            {
                continue;
            }

            int end = bytes.LastIndexOfAnyExcept((byte)0) + 1;
            if (index == 0)
            {
                segments.WriteByte(0);
            }
            else
            {
                segments.WriteByte(2);
                U64(segments, (ulong)index);
            }

            ulong offset = chunk + (ulong)first;
            segments.WriteByte(memory.Type.Is64 ? (byte)0x42 : (byte)0x41);
            S64(segments, memory.Type.Is64 ? (long)offset : (int)(uint)offset);
            segments.WriteByte(0x0B);
            U64(segments, (ulong)(end - first));
            segments.Write(bytes[first..end]);
            count++;
        }

        return count;
    }

    private static void Indices(MemoryStream body, int[] indices)
    {
        U64(body, (ulong)indices.Length);
        foreach (int index in indices)
        {
            U64(body, (ulong)index);
        }
    }

    private static void Name(MemoryStream body, string name)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(name);
        U64(body, (ulong)bytes.Length);
        body.Write(bytes);
    }

    private static void U64(MemoryStream body, ulong value)
    {
        do
        {
            byte b = (byte)(value & 0x7F);
            value >>= 7;
            body.WriteByte(value == 0 ? b : (byte)(b | 0x80));
        }
        while (value != 0);
    }

    private static void S64(MemoryStream body, long value)
    {
        while (true)
        {
            byte b = (byte)(value & 0x7F);
            value >>= 7;
            bool done = (value == 0 && (b & 0x40) == 0) || (value == -1 && (b & 0x40) != 0);
            body.WriteByte(done ? b : (byte)(b | 0x80));
            if (done)
            {
                return;
            }
        }
    }
}

using WasmSharp.Binary;
using WasmSharp.Types;

namespace WasmSharp.Validation;

/// <summary>Memory instructions (spec valid/instructions.rst "Memory Instructions"), with multi-memory and memory64.</summary>
internal sealed partial class FunctionValidator
{
    /// <summary>
    /// Reads a memarg (spec binary "Memory Instructions"): alignment flags whose bit 6 announces an
    /// explicit memory index, then the offset. Checks the memory, the alignment against
    /// <paramref name="naturalAlignLog2"/>, and that the offset fits the memory's address type.
    /// </summary>
    /// <param name="r">The reader.</param>
    /// <param name="naturalAlignLog2">log2 of the access size.</param>
    /// <param name="atomic">Whether the alignment must equal the natural one (threads).</param>
    /// <returns>The accessed memory's address type.</returns>
    private ValType ReadMemArg(ref WasmReader r, int naturalAlignLog2, bool atomic = false)
    {
        uint flags = r.ReadVarUInt32();
        if (flags >= 128)
        {
            FailMalformed("malformed memop flags");
        }

        // Before multi-memory, alignment exponents of 32 and above could not be encoded.
        if (flags >= 32 && (_features & WasmFeatures.MultiMemory) == 0)
        {
            FailMalformed("malformed memop flags");
        }

        int memory = 0;
        if ((flags & 0x40) != 0)
        {
            memory = ReadMemoryIndex(ref r);
            flags &= ~0x40u;
        }
        else if (_module.Memories.Count == 0)
        {
            Fail("unknown memory 0");
        }

        ulong offset;
        if (!r.AtEnd && r.PeekByte() < 0x80)
        {
            offset = r.ReadByte();
        }
        else
        {
            offset = r.ReadVarUInt64();
        }

        bool is64 = _memoryIs64[memory];
        if (atomic && flags != (uint)naturalAlignLog2)
        {
            // Threads: atomic accesses must be naturally aligned.
            Fail("atomic alignment must be natural");
        }

        if (flags > (uint)naturalAlignLog2)
        {
            Fail("alignment must not be larger than natural");
        }

        if (!is64 && offset > uint.MaxValue)
        {
            Fail("offset out of range");
        }

        return is64 ? ValType.I64 : ValType.I32;
    }

    private MemoryType MemoryAt(int index) => _module.Memories[index];

    /// <summary><c>memory.size m</c>.</summary>
    private void ValidateMemorySize(ref WasmReader r)
    {
        Push(MemoryAt(ReadMemoryImmediate(ref r)).AddressType);
    }

    /// <summary><c>memory.grow m</c>.</summary>
    private void ValidateMemoryGrow(ref WasmReader r)
    {
        ValType address = MemoryAt(ReadMemoryImmediate(ref r)).AddressType;
        Pop(address);
        Push(address);
    }

    /// <summary><c>memory.init d m</c>: [at i32 i32] -> [].</summary>
    private void ValidateMemoryInit(ref WasmReader r)
    {
        uint data = r.ReadVarUInt32();
        RequireDataCount();
        ValType address = MemoryAt(ReadMemoryImmediate(ref r)).AddressType;
        CheckDataIndex(data);
        Pop(ValType.I32);
        Pop(ValType.I32);
        Pop(address);
    }

    /// <summary><c>memory.copy d s</c>: [at_d at_s at_min] -> [] where the length uses the narrower address type.</summary>
    private void ValidateMemoryCopy(ref WasmReader r)
    {
        ValType destination = MemoryAt(ReadMemoryImmediate(ref r)).AddressType;
        ValType source = MemoryAt(ReadMemoryImmediate(ref r)).AddressType;
        Pop(destination.Kind == ValKind.I32 || source.Kind == ValKind.I32 ? ValType.I32 : ValType.I64);
        Pop(source);
        Pop(destination);
    }

    /// <summary><c>memory.fill m</c>: [at i32 at] -> [].</summary>
    private void ValidateMemoryFill(ref WasmReader r)
    {
        ValType address = MemoryAt(ReadMemoryImmediate(ref r)).AddressType;
        Pop(address);
        Pop(ValType.I32);
        Pop(address);
    }
}

using WasmSharp.Binary;
using WasmSharp.Operators;
using WasmSharp.Types;

namespace WasmSharp.Validation;

/// <summary>Memory instructions (spec valid/instructions.rst "Memory Instructions"), with multi-memory and memory64.</summary>
internal sealed partial class FunctionValidator
{
    /// <summary>
    /// Checks the memarg just read (spec valid "Memory Instructions"): the memory exists, the
    /// alignment is at most <paramref name="naturalAlignLog2"/>, and the offset fits the memory's address type.
    /// </summary>
    /// <param name="memArg">The memarg.</param>
    /// <param name="naturalAlignLog2">log2 of the access size.</param>
    /// <param name="atomic">Whether the alignment must equal the natural one (threads).</param>
    /// <returns>The accessed memory's address type.</returns>
    private ValType CheckMemArg(MemArg memArg, int naturalAlignLog2, bool atomic = false)
    {
        bool is64 = _memoryIs64[MemoryIndex(memArg.Memory)];
        if (atomic && memArg.AlignLog2 != (uint)naturalAlignLog2)
        {
            // Threads: atomic accesses must be naturally aligned.
            Fail("atomic alignment must be natural");
        }

        if (memArg.AlignLog2 > (uint)naturalAlignLog2)
        {
            Fail("alignment must not be larger than natural");
        }

        if (!is64 && memArg.Offset > uint.MaxValue)
        {
            Fail("offset out of range");
        }

        return is64 ? ValType.I64 : ValType.I32;
    }

    private MemoryType MemoryAt(int index) => _module.Memories[index];

    /// <summary><c>memory.size m</c>.</summary>
    private void ValidateMemorySize(uint index)
    {
        Push(MemoryAt(MemoryIndex(index)).AddressType);
    }

    /// <summary><c>memory.grow m</c>.</summary>
    private void ValidateMemoryGrow(uint index)
    {
        ValType address = MemoryAt(MemoryIndex(index)).AddressType;
        Pop(address);
        Push(address);
    }

    /// <summary><c>memory.init d m</c>: [at i32 i32] -> [].</summary>
    private void ValidateMemoryInit(uint index, uint index2)
    {
        RequireDataCount();
        ValType address = MemoryAt(MemoryIndex(index2)).AddressType;
        CheckDataIndex(index);
        Pop(ValType.I32);
        Pop(ValType.I32);
        Pop(address);
    }

    /// <summary><c>memory.copy d s</c>: [at_d at_s at_min] -> [] where the length uses the narrower address type.</summary>
    private void ValidateMemoryCopy(uint index, uint index2)
    {
        ValType destination = MemoryAt(MemoryIndex(index)).AddressType;
        ValType source = MemoryAt(MemoryIndex(index2)).AddressType;
        Pop(destination.Kind == ValKind.I32 || source.Kind == ValKind.I32 ? ValType.I32 : ValType.I64);
        Pop(source);
        Pop(destination);
    }

    /// <summary><c>memory.fill m</c>: [at i32 at] -> [].</summary>
    private void ValidateMemoryFill(uint index)
    {
        ValType address = MemoryAt(MemoryIndex(index)).AddressType;
        Pop(address);
        Pop(ValType.I32);
        Pop(address);
    }
}

using System.Runtime.CompilerServices;
using WasmSharp.Binary;

namespace WasmSharp.Validation;

/// <summary>Index immediates (spec valid/instructions.rst context lookups: "unknown ..." errors) and feature checks.</summary>
internal sealed partial class FunctionValidator
{
    private int ReadTypeIndex(ref WasmReader r)
    {
        uint index = r.ReadVarUInt32();
        if (index >= (uint)_types.Count)
        {
            Fail($"unknown type {index}");
        }

        return (int)index;
    }

    private int ReadFuncTypeIndex(ref WasmReader r)
    {
        int index = ReadTypeIndex(ref r);
        if (_types.FuncParams(index) is null)
        {
            Fail($"type mismatch: type {index} is not a function type");
        }

        return index;
    }

    private int ReadFunctionIndex(ref WasmReader r)
    {
        uint index = r.ReadVarUInt32();
        if (index >= (uint)_module.FunctionTypes.Count)
        {
            Fail($"unknown function {index}");
        }

        return (int)index;
    }

    private int ReadTableIndex(ref WasmReader r)
    {
        uint index = r.ReadVarUInt32();
        if (index >= (uint)_module.Tables.Count)
        {
            Fail($"unknown table {index}");
        }

        return (int)index;
    }

    private int ReadMemoryIndex(ref WasmReader r)
    {
        uint index = r.ReadVarUInt32();
        if (index >= (uint)_module.Memories.Count)
        {
            Fail($"unknown memory {index}");
        }

        return (int)index;
    }

    /// <summary>
    /// The memory immediate of memory.size/grow/init/copy/fill: a memory index with multi-memory,
    /// else the reserved zero byte of the Wasm 2.0 encoding.
    /// </summary>
    private int ReadMemoryImmediate(ref WasmReader r)
    {
        if ((_features & WasmFeatures.MultiMemory) != 0)
        {
            return ReadMemoryIndex(ref r);
        }

        ReadZeroByte(ref r);
        if (_module.Memories.Count == 0)
        {
            Fail("unknown memory 0");
        }

        return 0;
    }

    /// <summary>The table immediate of call_indirect: a table index with reference types, else a zero byte.</summary>
    private int ReadCallIndirectTable(ref WasmReader r)
    {
        if ((_features & WasmFeatures.ReferenceTypes) != 0)
        {
            return ReadTableIndex(ref r);
        }

        ReadZeroByte(ref r);
        if (_module.Tables.Count == 0)
        {
            Fail("unknown table 0");
        }

        return 0;
    }

    private int ReadTagIndex(ref WasmReader r)
    {
        uint index = r.ReadVarUInt32();
        if (index >= (uint)_module.Tags.Count)
        {
            Fail($"unknown tag {index}");
        }

        return (int)index;
    }

    private int ReadElemIndex(ref WasmReader r) => CheckElemIndex(r.ReadVarUInt32());

    /// <summary>Checks an element index read earlier (table.init checks its table first).</summary>
    private int CheckElemIndex(uint index)
    {
        if (index >= (uint)_module.Elements.Count)
        {
            Fail($"unknown elem segment {index}");
        }

        return (int)index;
    }

    /// <summary>Reads a data index; instructions using one require the data count section (spec "Data Count Section").</summary>
    private int ReadDataIndex(ref WasmReader r) => CheckDataIndex(r.ReadVarUInt32());

    /// <summary>Checks a data index read earlier (memory.init checks its memory first, like the reference interpreter).</summary>
    private int CheckDataIndex(uint index)
    {
        RequireDataCount();
        if (index >= _module.DataCount!.Value)
        {
            Fail($"unknown data segment {index}");
        }

        return (int)index;
    }

    /// <summary>Data indices in code need the data count section (spec binary "Data Count Section"): a malformation.</summary>
    private void RequireDataCount()
    {
        if (_module.DataCount is null)
        {
            FailMalformed("data count section required");
        }
    }

    /// <summary>Reads the reserved zero byte that follows some instructions in the 2.0 encoding.</summary>
    private void ReadZeroByte(ref WasmReader r)
    {
        if (r.ReadByte() != 0)
        {
            FailMalformed("zero byte expected");
        }
    }

    /// <summary>Rejects an instruction of a proposal the engine has switched off (Wasmtime: "... support is not enabled").</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Require(WasmFeatures feature, string proposal)
    {
        if ((_features & feature) == 0)
        {
            Fail($"{proposal} support is not enabled");
        }
    }
}

using System.Runtime.CompilerServices;

namespace WasmSharp.Validation;

/// <summary>Index immediates (spec valid/instructions.rst context lookups: "unknown ..." errors) and feature checks.</summary>
internal sealed partial class FunctionValidator
{
    private int TypeIndex(uint index)
    {
        if (index >= (uint)_types.Count)
        {
            Fail($"unknown type {index}");
        }

        return (int)index;
    }

    private int FuncTypeIndex(uint index)
    {
        int type = TypeIndex(index);
        if (_types.FuncParams(type) is null)
        {
            Fail($"type mismatch: type {type} is not a function type");
        }

        return type;
    }

    private int FunctionIndex(uint index)
    {
        if (index >= (uint)_module.FunctionTypes.Count)
        {
            Fail($"unknown function {index}");
        }

        return (int)index;
    }

    private int TableIndex(uint index)
    {
        if (index >= (uint)_module.Tables.Count)
        {
            Fail($"unknown table {index}");
        }

        return (int)index;
    }

    /// <summary>A memory index, explicit or the 0 of a memarg without one or of the Wasm 2.0 zero byte.</summary>
    private int MemoryIndex(uint index)
    {
        if (index >= (uint)_module.Memories.Count)
        {
            Fail($"unknown memory {index}");
        }

        return (int)index;
    }

    private int TagIndex(uint index)
    {
        if (index >= (uint)_module.Tags.Count)
        {
            Fail($"unknown tag {index}");
        }

        return (int)index;
    }

    /// <summary>Checks an element segment index.</summary>
    private int CheckElemIndex(uint index)
    {
        if (index >= (uint)_module.Elements.Count)
        {
            Fail($"unknown elem segment {index}");
        }

        return (int)index;
    }

    /// <summary>Checks a data index; instructions using one require the data count section (spec "Data Count Section").</summary>
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

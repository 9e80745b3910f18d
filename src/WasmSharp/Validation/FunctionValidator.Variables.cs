using WasmSharp.Types;

namespace WasmSharp.Validation;

/// <summary>Variable instructions (spec valid/instructions.rst "Variable Instructions"), with local initialisation tracking.</summary>
internal sealed partial class FunctionValidator
{
    private int LocalIndex(uint index)
    {
        if (index >= (uint)_localCount)
        {
            Fail($"unknown local {index}");
        }

        return (int)index;
    }

    /// <summary><c>local.get x</c>: a non-defaultable local must have been set on every path (spec "uninitialized local").</summary>
    private void ValidateLocalGet(uint immediate)
    {
        int index = LocalIndex(immediate);
        if (!_localInit[index])
        {
            Fail("uninitialized local");
        }

        Push(_locals[index]);
    }

    /// <summary><c>local.set x</c>.</summary>
    private void ValidateLocalSet(uint immediate)
    {
        int index = LocalIndex(immediate);
        Pop(_locals[index]);
        MarkInitialized(index);
    }

    /// <summary><c>local.tee x</c>.</summary>
    private void ValidateLocalTee(uint immediate)
    {
        int index = LocalIndex(immediate);
        ValType type = _locals[index];
        Pop(type);
        MarkInitialized(index);
        Push(type);
    }

    /// <summary>set_local of the spec algorithm: record the first initialisation so the block's end can undo it.</summary>
    private void MarkInitialized(int index)
    {
        if (!_localInit[index])
        {
            _localInit[index] = true;
            _inits[_initCount++] = index;
        }
    }

    private int GlobalIndex(uint index)
    {
        if (index >= (uint)_module.Globals.Count)
        {
            Fail($"unknown global {index}");
        }

        return (int)index;
    }

    /// <summary><c>global.get x</c>.</summary>
    private void ValidateGlobalGet(uint immediate)
    {
        int index = GlobalIndex(immediate);
        Push(_module.Globals[index].Type.Type);
    }

    /// <summary><c>global.set x</c>: the global must be mutable.</summary>
    private void ValidateGlobalSet(uint immediate)
    {
        int index = GlobalIndex(immediate);
        GlobalType type = _module.Globals[index].Type;
        if (!type.Mutable)
        {
            Fail("immutable global");
        }

        Pop(type.Type);
    }
}

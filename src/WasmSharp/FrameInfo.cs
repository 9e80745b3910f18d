namespace WasmSharp;

/// <summary>One wasm frame of a <see cref="WasmBacktrace"/>; mirrors <c>wasmtime::FrameInfo</c>.</summary>
public sealed class FrameInfo
{
    internal FrameInfo(int funcIndex, string? funcName, string? moduleName, int? moduleOffset)
    {
        FuncIndex = funcIndex;
        FuncName = funcName;
        ModuleName = moduleName;
        ModuleOffset = moduleOffset;
    }

    /// <summary>The function's index in its module's function index space (<c>FrameInfo::func_index</c>).</summary>
    public int FuncIndex { get; }

    /// <summary>The function's name from the name section, if any (<c>FrameInfo::func_name</c>).</summary>
    public string? FuncName { get; }

    /// <summary>The module's name from the name section, if any (<c>FrameInfo::module</c>).</summary>
    public string? ModuleName { get; }

    /// <summary>The byte offset in the module, when known (<c>FrameInfo::module_offset</c>); not recovered yet.</summary>
    public int? ModuleOffset { get; }

    /// <summary>Formats like Wasmtime: <c>module!name</c> or <c>module!&lt;wasm function 3&gt;</c>.</summary>
    public override string ToString() => $"{ModuleName ?? "<unknown>"}!{FuncName ?? $"<wasm function {FuncIndex}>"}";
}

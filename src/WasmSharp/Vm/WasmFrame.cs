using WasmSharp.Binary;

namespace WasmSharp.Vm;

/// <summary>One wasm frame of a backtrace (Wasmtime's <c>FrameInfo</c>): which function of which module.</summary>
/// <param name="Module">The module of the function.</param>
/// <param name="FunctionIndex">The function's index in the module's function index space.</param>
/// <param name="FunctionName">The function's name from the name section, if any.</param>
internal readonly record struct WasmFrame(ModuleInfo Module, int FunctionIndex, string? FunctionName)
{
    /// <summary>Formats like Wasmtime: <c>module!name</c> or <c>module!&lt;wasm function 3&gt;</c>.</summary>
    public override string ToString() =>
        $"{Module.Names?.ModuleName ?? "<unknown>"}!{FunctionName ?? $"<wasm function {FunctionIndex}>"}";
}

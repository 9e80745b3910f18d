using WasmSharp.Binary;

namespace WasmSharp.Vm;

/// <summary>One wasm frame of a backtrace (Wasmtime's <c>FrameInfo</c>): which function of which module, and where in it.</summary>
/// <param name="Module">The module of the function.</param>
/// <param name="FunctionIndex">The function's index in the module's function index space.</param>
/// <param name="FunctionName">The function's name from the name section, if any.</param>
/// <param name="ModuleOffset">The module offset of the frame's instruction (the trapping one, or the call), when known.</param>
internal readonly record struct WasmFrame(ModuleInfo Module, int FunctionIndex, string? FunctionName, int? ModuleOffset = null)
{
    /// <summary>
    /// <see cref="ModuleOffset"/> relative to the start of the function's body (just after its size,
    /// where its local declarations start), as Wasmtime's <c>FrameInfo::func_offset</c> counts
    /// (checked against Wasmtime 50: a load at 0x32 of a body whose locals start at 0x2b is at 7).
    /// </summary>
    public int? FunctionOffset
    {
        get
        {
            if (ModuleOffset is not int offset)
            {
                return null;
            }

            int bodySize = Module.Bodies[FunctionIndex - Module.ImportedFunctionCount].BodyOffset;
            var reader = new WasmReader(Module.Bytes.Span[bodySize..], bodySize);
            reader.ReadVarUInt32();
            return offset - reader.Offset;
        }
    }

    /// <summary>Formats like Wasmtime: <c>module!name</c> or <c>module!&lt;wasm function 3&gt;</c>.</summary>
    public override string ToString() =>
        $"{Module.Names?.ModuleName ?? "<unknown>"}!{FunctionName ?? $"<wasm function {FunctionIndex}>"}";
}

using System.Globalization;

namespace WasmSharp;

/// <summary>One wasm frame of a <see cref="WasmBacktrace"/>; mirrors <c>wasmtime::FrameInfo</c>.</summary>
public sealed class FrameInfo
{
    internal FrameInfo(int funcIndex, string? funcName, string? moduleName, int? moduleOffset, int? funcOffset, Binary.ModuleInfo? module = null)
    {
        Module = module;
        FuncIndex = funcIndex;
        FuncName = funcName;
        ModuleName = moduleName;
        ModuleOffset = moduleOffset;
        FuncOffset = funcOffset;
    }

    /// <summary>The frame's module (a core dump finds the frame's instance by it).</summary>
    internal Binary.ModuleInfo? Module { get; }

    /// <summary>The function's index in its module's function index space (<c>FrameInfo::func_index</c>).</summary>
    public int FuncIndex { get; }

    /// <summary>The function's name from the name section, if any (<c>FrameInfo::func_name</c>).</summary>
    public string? FuncName { get; }

    /// <summary>The module's name from the name section, if any (<c>FrameInfo::module</c>).</summary>
    public string? ModuleName { get; }

    /// <summary>
    /// The byte offset in the module of the frame's instruction (<c>FrameInfo::module_offset</c>):
    /// the trapping instruction in the innermost frame, the call in the others, in either tier and
    /// whether the tier's code or a runtime helper raised the trap. Null where it is not known: a
    /// stack overflow's innermost frame (as in Wasmtime, whose entry check has no offset either);
    /// in compiled code without <see cref="Config.GenerateAddressMap"/>, an out-of-bounds access of
    /// a function with more than 64 accesses whose trap block several of them share, or a call or
    /// trapping instruction the .NET stack trace does not pin down (the function calls the same
    /// callee, or has several instructions that raise the trap, after the statement .NET reports).
    /// Checks at a function's entry (epoch) stand where Wasmtime puts them: at the last local
    /// declaration, or the body's start without locals. Fuel runs out at the instruction that
    /// ends the run of instructions it is charged for.
    /// </summary>
    public int? ModuleOffset { get; }

    /// <summary>
    /// <see cref="ModuleOffset"/> relative to the start of the function's body in the module (just
    /// after the body's size, where its local declarations start), as <c>FrameInfo::func_offset</c>.
    /// </summary>
    public int? FuncOffset { get; }

    /// <summary>Formats like Wasmtime: <c>module!name</c> or <c>module!&lt;wasm function 3&gt;</c>.</summary>
    public override string ToString() => $"{ModuleName ?? "<unknown>"}!{FuncName ?? $"<wasm function {FuncIndex}>"}";

    /// <summary>
    /// Frame number <paramref name="index"/> of a backtrace, as Wasmtime prints it (its
    /// <c>WasmBacktrace</c> display, as Wasmtime 50 prints it): <c>"    0:     0x1a - module!name"</c>,
    /// without the offset when it is not known.
    /// </summary>
    public string ToString(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"  {index,3}: {(ModuleOffset is int offset ? $"{"0x" + offset.ToString("x", CultureInfo.InvariantCulture),8} - " : "")}{this}");
}

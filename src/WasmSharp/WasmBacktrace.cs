using WasmSharp.Compilation;

namespace WasmSharp;

/// <summary>
/// The wasm frames active when a trap happened, innermost first; mirrors <c>wasmtime::WasmBacktrace</c>.
/// Recovered from the exception's .NET stack trace, so frames the JIT inlined are absent.
/// </summary>
public sealed class WasmBacktrace
{
    private WasmBacktrace(IReadOnlyList<FrameInfo> frames) => Frames = frames;

    /// <summary>The frames, innermost first (<c>WasmBacktrace::frames</c>).</summary>
    public IReadOnlyList<FrameInfo> Frames { get; }

    /// <summary>The backtrace of <paramref name="exception"/>, which must have been thrown.</summary>
    internal static WasmBacktrace Capture(Exception exception) =>
        new(Backtrace.Capture(exception).Select(f => new FrameInfo(f.FunctionIndex, f.FunctionName, f.Module.Names?.ModuleName, null)).ToArray());

    /// <summary>One line per frame, numbered as Wasmtime prints them.</summary>
    public override string ToString() =>
        string.Join(Environment.NewLine, Frames.Select((f, i) => $"  {i}: {f}"));
}

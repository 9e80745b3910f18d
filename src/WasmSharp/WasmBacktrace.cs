using WasmSharp.Compilation;

namespace WasmSharp;

/// <summary>
/// The wasm frames active when a trap happened, innermost first; mirrors <c>wasmtime::WasmBacktrace</c>.
/// Recovered from the exception's .NET stack trace, so frames the JIT inlined are absent.
/// </summary>
public sealed class WasmBacktrace
{
    private WasmBacktrace(IReadOnlyList<FrameInfo> frames, int omittedFrames)
    {
        Frames = frames;
        OmittedFrames = omittedFrames;
    }

    /// <summary>
    /// The frames, innermost first (<c>WasmBacktrace::frames</c>); at most the innermost 1,000, as
    /// Wasmtime bounds collection with <c>Config::wasm_backtrace_max_frames</c>.
    /// </summary>
    public IReadOnlyList<FrameInfo> Frames { get; }

    /// <summary>How many outer wasm frames were unwound beyond <see cref="Frames"/> and not recorded.</summary>
    public int OmittedFrames { get; }

    /// <summary>The backtrace of <paramref name="exception"/>, which must have been thrown.</summary>
    internal static WasmBacktrace Capture(Exception exception)
    {
        IReadOnlyList<WasmFrame> frames = Backtrace.Capture(exception, Backtrace.MaxFrames, out int omitted);
        return new(frames.Select(f => new FrameInfo(f.FunctionIndex, f.FunctionName, f.Module.Names?.ModuleName, null)).ToArray(), omitted);
    }

    /// <summary>One line per frame, numbered as Wasmtime prints them.</summary>
    public override string ToString() =>
        string.Join(Environment.NewLine, Frames.Select((f, i) => $"  {i}: {f}"));
}

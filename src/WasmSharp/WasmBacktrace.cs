using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// The wasm frames active when a trap happened, innermost first; mirrors <c>wasmtime::WasmBacktrace</c>.
/// Every wasm frame is kept, whichever tier ran it; a tail call replaces its caller's frame, as in Wasmtime.
/// </summary>
public sealed class WasmBacktrace
{
    private WasmBacktrace(IReadOnlyList<FrameInfo> frames, bool isTruncated)
    {
        Frames = frames;
        IsTruncated = isTruncated;
    }

    /// <summary>
    /// The frames, innermost first (<c>WasmBacktrace::frames</c>); at most the innermost 1,000, as
    /// Wasmtime bounds collection with <c>Config::wasm_backtrace_max_frames</c>.
    /// </summary>
    public IReadOnlyList<FrameInfo> Frames { get; }

    /// <summary>
    /// Whether the trap unwound more wasm frames than <see cref="Frames"/> holds: beyond the
    /// innermost 1,000, or beyond the innermost stack segment of a deep stack (4 MiB, at least
    /// several thousand frames), frames are neither recorded nor counted, so that a stack overflow
    /// costs time in proportion to its depth and bounded memory.
    /// </summary>
    public bool IsTruncated { get; }

    /// <summary>The backtrace of <paramref name="exception"/>, which must have been thrown.</summary>
    internal static WasmBacktrace Capture(Exception exception)
    {
        IReadOnlyList<WasmFrame> frames = Backtrace.Capture(exception, out bool truncated);
        return new(frames.Select(f => new FrameInfo(f.FunctionIndex, f.FunctionName, f.Module.Names?.ModuleName, f.ModuleOffset, f.FunctionOffset, f.Module)).ToArray(), truncated);
    }

    /// <summary><paramref name="inner"/>'s frames, marked as the innermost part of a longer backtrace.</summary>
    internal static WasmBacktrace Truncated(WasmBacktrace inner) => new(inner.Frames, true);

    /// <summary>One line per frame, numbered and with module offsets as Wasmtime prints them (<see cref="FrameInfo.ToString(int)"/>).</summary>
    public override string ToString() =>
        string.Join(Environment.NewLine, Frames.Select((f, i) => f.ToString(i)));
}

using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace WasmSharp.Vm;

/// <summary>
/// Recovers the wasm frames of an exception (a <see cref="Trap"/> or a host error passing through
/// wasm): compiled functions are the methods <c>F{index}</c>, found in its .NET stack trace, of a
/// type registered here by the compiler; interpreted functions are the frames each interpreter
/// activation recorded as the exception left it. Costs nothing until a backtrace is asked for.
/// Best effort: frames the JIT inlined into their caller or replaced by a tail call are absent, and
/// module byte offsets are not recovered yet.
/// </summary>
internal static class Backtrace
{
    /// <summary>
    /// Frames recorded per backtrace, innermost first; deeper ones are only counted. A stack
    /// overflow under a large <c>max-wasm-stack</c> unwinds tens of millions of frames: recording
    /// each (an object and a name lookup apiece) cost more time and memory than the unwinding
    /// itself. Wasmtime bounds backtrace collection likewise (<c>Config::wasm_backtrace_max_frames</c>).
    /// </summary>
    public const int MaxFrames = 1000;

    private static readonly ConditionalWeakTable<Type, ModuleCode> s_modules = new();

    // The frames of each interpreter activation an exception passed through, innermost first.
    private static readonly ConditionalWeakTable<Exception, List<WasmFrame[]>> s_interpreted = new();

    private static Type? s_interpreter;

    /// <summary>
    /// Registers the type whose <c>Invoke</c> method runs interpreted functions, so that a backtrace
    /// puts each activation's frames where that method is on the .NET stack.
    /// </summary>
    public static void RegisterInterpreter(Type interpreter) => s_interpreter = interpreter;

    /// <summary>
    /// Records the frames (innermost first) of an interpreter activation that
    /// <paramref name="exception"/> is leaving. Activations record in the order the exception leaves
    /// them, innermost first.
    /// </summary>
    public static void AddInterpretedFrames(Exception exception, WasmFrame[] frames)
    {
        lock (s_interpreted)
        {
            s_interpreted.GetOrCreateValue(exception).Add(frames);
        }
    }

    /// <summary>
    /// Drops the frames recorded for <paramref name="exception"/>: a wasm handler caught it, so the
    /// activations it left no longer lead to where it is. Without this, an exception caught and
    /// thrown again (<c>throw_ref</c>, or a host function throwing it anew) would report those old
    /// frames in front of its new ones, since segments match interpreter frames of the new stack
    /// trace in order.
    /// </summary>
    public static void ForgetInterpretedFrames(Exception exception)
    {
        lock (s_interpreted)
        {
            s_interpreted.Remove(exception);
        }
    }

    /// <summary>Records that <paramref name="module"/>'s code lives in its compiled type <paramref name="code"/>.</summary>
    public static void Register(ModuleCode module, Type code) => s_modules.AddOrUpdate(code, module);

    /// <summary>The wasm frames of <paramref name="exception"/>, innermost first, at most <see cref="MaxFrames"/>.</summary>
    public static IReadOnlyList<WasmFrame> Capture(Exception exception) => Capture(exception, out _);

    /// <summary>
    /// The innermost <see cref="MaxFrames"/> wasm frames of <paramref name="exception"/>;
    /// <paramref name="truncated"/> tells whether it unwound more, which are not materialised.
    /// </summary>
    public static IReadOnlyList<WasmFrame> Capture(Exception exception, out bool truncated)
    {
        var frames = new List<WasmFrame>();
        truncated = false;
        int lastIndex = -1;
        List<WasmFrame[]>? interpreted = null;
        lock (s_interpreted)
        {
            if (s_interpreted.TryGetValue(exception, out List<WasmFrame[]>? segments))
            {
                interpreted = [.. segments];
            }
        }

        int nextSegment = 0;
        foreach (StackFrame frame in new StackTrace(exception, false).GetFrames())
        {
            if (interpreted is not null && nextSegment < interpreted.Count && IsInterpreterEntry(frame))
            {
                if (!AddFrames(frames, interpreted[nextSegment++]))
                {
                    truncated = true;
                    break;
                }

                lastIndex = -1;
                continue;
            }

            MethodBase? method = CompiledMethod(frame);
            if (method?.DeclaringType is Type type
                && s_modules.TryGetValue(type, out ModuleCode? module)
                && method.Name.Length > 1
                && method.Name[0] is 'F' or 'I'
                && int.TryParse(method.Name.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index))
            {
                // An invoker I<n> stands for function n when the JIT inlined F<n> into it; when it
                // did not, F<n> is already the frame just inside.
                if (method.Name[0] == 'I' && lastIndex == index)
                {
                    continue;
                }

                lastIndex = index;
                if (frames.Count == MaxFrames)
                {
                    truncated = true;
                    break;
                }

                string? name = module.Module.Names?.FunctionNames.GetValueOrDefault(index);
                frames.Add(new WasmFrame(module.Module, index, name));
            }
        }

        // Where the .NET stack trace does not show the interpreter (NativeAOT without stack trace
        // metadata), its activations follow in the order the exception left them.
        while (!truncated && interpreted is not null && nextSegment < interpreted.Count)
        {
            truncated = !AddFrames(frames, interpreted[nextSegment++]);
        }

        return frames;
    }

    // The interpreter's entry is found by name, which NativeAOT keeps in its stack trace data
    // (DiagnosticMethodInfo) without the reflection metadata StackFrame.GetMethod needs.
    private static bool IsInterpreterEntry(StackFrame frame) =>
        s_interpreter is not null
        && DiagnosticMethodInfo.Create(frame) is { Name: "Invoke" } method
        && method.DeclaringTypeName == s_interpreter.FullName;

    // Compiled functions are methods of the dynamic assemblies the compiler tier builds, only where
    // dynamic code runs; the trimmer never sees those assemblies, so their metadata is all there.
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Only methods of dynamic assemblies, which are never trimmed, are looked for; other frames are skipped.")]
    private static MethodBase? CompiledMethod(StackFrame frame) =>
        RuntimeFeature.IsDynamicCodeSupported ? frame.GetMethod() : null;

    private static bool AddFrames(List<WasmFrame> frames, WasmFrame[] segment)
    {
        foreach (WasmFrame frame in segment)
        {
            if (frames.Count == MaxFrames)
            {
                return false;
            }

            frames.Add(frame);
        }

        return true;
    }
}

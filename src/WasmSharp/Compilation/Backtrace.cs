using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace WasmSharp.Compilation;

/// <summary>
/// Recovers the wasm frames of an exception (a <see cref="Trap"/> or a host error passing through
/// wasm) from its .NET stack trace: compiled functions are the methods <c>F{index}</c> of a type
/// registered here by <see cref="ModuleCompiler"/>. Costs nothing until a backtrace is asked for.
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

    private static readonly ConditionalWeakTable<Type, CompiledModule> s_modules = new();

    /// <summary>Records that <paramref name="module"/>'s code lives in its <see cref="CompiledModule.Code"/> type.</summary>
    public static void Register(CompiledModule module) => s_modules.AddOrUpdate(module.Code, module);

    /// <summary>The wasm frames of <paramref name="exception"/>, innermost first, at most <see cref="MaxFrames"/>.</summary>
    public static IReadOnlyList<WasmFrame> Capture(Exception exception) => Capture(exception, MaxFrames, out _);

    /// <summary>
    /// The innermost <paramref name="maxFrames"/> wasm frames of <paramref name="exception"/>;
    /// <paramref name="omitted"/> counts the wasm frames beyond them, which are not materialised.
    /// </summary>
    public static IReadOnlyList<WasmFrame> Capture(Exception exception, int maxFrames, out int omitted)
    {
        var frames = new List<WasmFrame>();
        omitted = 0;
        int lastIndex = -1;
        foreach (StackFrame frame in new StackTrace(exception, false).GetFrames())
        {
            MethodBase? method = frame.GetMethod();
            if (method?.DeclaringType is Type type
                && s_modules.TryGetValue(type, out CompiledModule? module)
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
                if (frames.Count == maxFrames)
                {
                    omitted++;
                    continue;
                }

                string? name = module.Module.Names?.FunctionNames.GetValueOrDefault(index);
                frames.Add(new WasmFrame(module.Module, index, name));
            }
        }

        return frames;
    }
}

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
    private static readonly ConditionalWeakTable<Type, CompiledModule> s_modules = new();

    /// <summary>Records that <paramref name="module"/>'s code lives in its <see cref="CompiledModule.Code"/> type.</summary>
    public static void Register(CompiledModule module) => s_modules.AddOrUpdate(module.Code, module);

    /// <summary>The wasm frames of <paramref name="exception"/>, innermost first.</summary>
    public static IReadOnlyList<WasmFrame> Capture(Exception exception)
    {
        var frames = new List<WasmFrame>();
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
                if (method.Name[0] == 'I' && frames.Count > 0 && frames[^1].FunctionIndex == index)
                {
                    continue;
                }

                string? name = module.Module.Names?.FunctionNames.GetValueOrDefault(index);
                frames.Add(new WasmFrame(module.Module, index, name));
            }
        }

        return frames;
    }
}

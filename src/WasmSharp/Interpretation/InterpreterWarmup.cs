using System.Reflection;
using System.Runtime.CompilerServices;

namespace WasmSharp.Interpretation;

/// <summary>
/// Has the .NET JIT compile the interpreter's dispatch loop (<c>Interpreter.Run</c>) on a
/// background thread as soon as a module is known to be interpreted, rather than at its first call
/// on the guest's thread.
/// <para>
/// Outside ReadyToRun builds the loop is one method of about 40 KB of IL compiled fully optimized
/// (<c>AggressiveOptimization</c>): every process that interprets pays for its compilation once,
/// about 100 ms of CPU on the 2-core machine of docs/first-result.md. Started when the module has
/// been decoded, the compilation overlaps with validation, instantiation and the embedder's own
/// set-up (WASI, linking) on another core. A call that reaches the loop before it is ready waits
/// for the compilation in progress, as the runtime's per-method JIT lock makes it, so it never
/// costs more than compiling it there.
/// </para>
/// <para>
/// A ReadyToRun image carries the loop precompiled, and where there is no JIT (NativeAOT) it is
/// compiled ahead of time: then preparing it costs next to nothing, and on NativeAOT no thread is
/// started.
/// </para>
/// </summary>
internal static class InterpreterWarmup
{
    private static readonly TaskCompletionSource s_compiled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private static int s_started;

    /// <summary>Completes when the background compilation has finished (tests); never, if none was started.</summary>
    public static Task Compiled => s_compiled.Task;

    /// <summary>Starts compiling the dispatch loop in the background, once per process.</summary>
    public static void Begin()
    {
        if (!RuntimeFeature.IsDynamicCodeSupported || Interlocked.Exchange(ref s_started, 1) != 0)
        {
            return;
        }

        MethodInfo run = typeof(Interpreter).GetMethod(nameof(Interpreter.Run), BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new MissingMethodException(typeof(Interpreter).FullName, nameof(Interpreter.Run));
        RuntimeMethodHandle handle = run.MethodHandle;
        var thread = new Thread(() =>
        {
            RuntimeHelpers.PrepareMethod(handle);
            s_compiled.SetResult();
        })
        {
            IsBackground = true,
            Name = "WasmSharp interpreter warm-up",
        };
        thread.Start();
    }
}

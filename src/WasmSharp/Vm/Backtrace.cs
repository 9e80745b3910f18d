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
/// No frame is lost to the JIT: every compiled function that can be on the stack when a trap or
/// exception is raised is kept from inlining (<see cref="Compilation.ModuleCompilation.KeepFrame"/>);
/// a tail call replaces its caller's frame, as in Wasmtime. Each frame's module offset comes from
/// the <see cref="CodeSites"/> of its code: for a compiled method, of the IL offset .NET reports.
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

    private static readonly ConditionalWeakTable<Type, CompiledCode> s_modules = new();

    // The runtime helpers compiled code calls that raise traps themselves (bounds of tables and
    // bulk memory operations, integer division, conversions, GC and atomic accesses, call_indirect).
    private static readonly HashSet<string> s_trapHelpers = new(StringComparer.Ordinal)
    {
        nameof(Builtins), nameof(Builtins64), nameof(IntegerOps), nameof(ConversionOps), nameof(TableStorage), nameof(GcOps),
        nameof(GcArrayOps), nameof(GcArrayRaw), nameof(AtomicOps), nameof(LinearMemory), nameof(TrapHelpers), nameof(ExceptionHelpers),
    };

    // The frames of each interpreter activation an exception passed through, innermost first.
    private static readonly ConditionalWeakTable<Exception, List<WasmFrame[]>> s_interpreted = new();

    private static Type? s_interpreter;

    // The sites compiled methods with an address map recorded as exceptions passed them (see
    // RecordSite), in the order they passed: innermost first within each throw.
    private static readonly ConditionalWeakTable<Exception, List<(string Method, int Offset)>> s_recordedSites = new();

    // Sites kept per exception: one caught and thrown again without end (a wasm loop around
    // try_table and throw_ref) would otherwise grow its list without bound. Past it the list
    // starts over, and the frames of that throw fall back to their IL offsets.
    private const int MaxRecordedSites = 1 << 20;

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

    /// <summary>
    /// The exception filter of a compiled method with an address map (see
    /// <c>FunctionCompiler.AddressMap</c>): records that <paramref name="exception"/> passes method
    /// <paramref name="method"/> standing at the instruction at module offset
    /// <paramref name="moduleOffset"/> (0 before it started any), and declines it, so that the
    /// search for a handler goes on. Runs in the first pass of exception handling, while the frame
    /// is still on the stack; it must not throw.
    /// </summary>
    public static bool RecordSite(object exception, int moduleOffset, string method)
    {
        if (exception is Exception passing)
        {
            lock (s_recordedSites)
            {
                List<(string Method, int Offset)> sites = s_recordedSites.GetOrCreateValue(passing);
                if (sites.Count == MaxRecordedSites)
                {
                    sites.Clear();
                }

                sites.Add((method, moduleOffset));
            }
        }

        return false;
    }

    /// <summary>
    /// Records that <paramref name="module"/>'s code lives in its compiled type <paramref name="code"/>,
    /// whose methods have the instruction <paramref name="sites"/> given by method name.
    /// </summary>
    public static void Register(ModuleCode module, Type code, IReadOnlyDictionary<string, CodeSites> sites) =>
        s_modules.AddOrUpdate(code, new CompiledCode(module, sites));

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
        (int Index, int? Offset)? pendingRegion = null;
        bool sawCompiled = false;
        StackFrame[] stackFrames = new StackTrace(exception, false).GetFrames();
        (string Method, int Offset)?[] recorded = RecordedSites(exception, stackFrames);
        for (int f = 0; f < stackFrames.Length; f++)
        {
            StackFrame frame = stackFrames[f];
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
                && s_modules.TryGetValue(type, out CompiledCode? code)
                && ParseMethodName(method.Name) is (char kind, int index, bool region))
            {
                // An invoker I<n> stands for function n when the JIT inlined F<n> into it; when it
                // did not, F<n> is already the frame just inside.
                if (kind == 'I' && lastIndex == index)
                {
                    continue;
                }

                int? offset = CompiledOffset(exception, stackFrames, f, code, method.Name, innermost: !sawCompiled, recorded[f]);
                sawCompiled = true;
                if (region)
                {
                    // A region method F<n>_<r> is part of function n, whose own method is the
                    // frame just outside: one wasm frame, located by the innermost region's site.
                    pendingRegion ??= (index, offset);
                    continue;
                }

                if (pendingRegion is { } pending && pending.Index == index)
                {
                    offset = pending.Offset;
                }

                pendingRegion = null;
                lastIndex = index;
                if (frames.Count == MaxFrames)
                {
                    truncated = true;
                    break;
                }

                string? name = code.Module.Module.Names?.FunctionNames.GetValueOrDefault(index);
                frames.Add(new WasmFrame(code.Module.Module, index, name, offset));
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

    // The site each frame of the stack trace recorded (see RecordSite), or null. The filters of the
    // last throw ran for exactly the frames of its stack trace that have an address map, innermost
    // first, after any records of earlier throws of the same exception: so those frames take the
    // last records, in order. A count that does not add up leaves every frame to its IL offset.
    private static (string Method, int Offset)?[] RecordedSites(Exception exception, StackFrame[] stackFrames)
    {
        var recorded = new (string Method, int Offset)?[stackFrames.Length];
        List<(string Method, int Offset)>? sites;
        lock (s_recordedSites)
        {
            if (!s_recordedSites.TryGetValue(exception, out List<(string Method, int Offset)>? list))
            {
                return recorded;
            }

            sites = [.. list];
        }

        var framesWithMaps = new List<int>();
        for (int f = 0; f < stackFrames.Length; f++)
        {
            if (CompiledMethod(stackFrames[f]) is MethodBase method
                && method.DeclaringType is Type type
                && s_modules.TryGetValue(type, out CompiledCode? code)
                && code.Sites.TryGetValue(method.Name, out CodeSites? methodSites)
                && methodSites.RecordsSites)
            {
                framesWithMaps.Add(f);
            }
        }

        if (framesWithMaps.Count > sites.Count)
        {
            return recorded;
        }

        int first = sites.Count - framesWithMaps.Count;
        for (int i = 0; i < framesWithMaps.Count; i++)
        {
            recorded[framesWithMaps[i]] = sites[first + i];
        }

        return recorded;
    }

    // Where compiled method `name`, stack frame f of the exception, stands: where it threw the
    // trap when it did (the innermost compiled frame of a trap that compiled code located, inline
    // or through a helper that throws, see Trap.ThrownAt), else at the site it recorded (its
    // address map), if that fits what the frame was doing, else at the site its IL offset and the
    // frame inside it point to.
    private static int? CompiledOffset(Exception exception, StackFrame[] stackFrames, int f, CompiledCode code, string name, bool innermost, (string Method, int Offset)? record)
    {
        int? thrownAt = innermost ? (exception as Trap)?.ThrownAt : null;
        if (thrownAt is int at && at != CodeSites.Unknown)
        {
            return at;
        }

        if (!code.Sites.TryGetValue(name, out CodeSites? sites))
        {
            return null;
        }

        // A trap raised by a runtime helper comes from an instruction that can raise it.
        Func<int, bool>? raises = exception is Trap trap
            ? offset => TrapSources.CanRaise(code.Module.Module.Bytes.Span, offset, trap.Code)
            : null;
        int? callee;
        bool callsOnly;
        if (f == 0)
        {
            // A trap helper the JIT inlined threw it.
            (callee, callsOnly) = (null, false);
        }
        else if (CompiledMethod(stackFrames[f - 1]) is MethodBase inner
            && inner.DeclaringType is Type innerType
            && s_modules.TryGetValue(innerType, out CompiledCode? innerCode)
            && ReferenceEquals(innerCode.Module, code.Module)
            && ParseMethodName(inner.Name) is (_, int calledFunction, false))
        {
            (callee, callsOnly, raises) = (calledFunction, true, null);
        }
        else if (IsEpochCallback(stackFrames[f - 1]))
        {
            // The store's epoch deadline callback failed: the frame stands at an epoch check.
            (callee, callsOnly, raises) = (CodeSites.EpochCheck, true, null);
        }
        else
        {
            MethodBase? other = CompiledMethod(stackFrames[f - 1]);
            bool helper = other?.DeclaringType is Type type && type.Assembly == typeof(Backtrace).Assembly && type.Namespace == typeof(Backtrace).Namespace && s_trapHelpers.Contains(type.Name);
            (callee, callsOnly) = (null, !helper);
        }

        if (record is { } site && site.Method == name && site.Offset > 0 && sites.Confirms(site.Offset, callee, callsOnly, raises))
        {
            return site.Offset;
        }

        if (thrownAt is not null)
        {
            // A trap block several accesses share threw it: only a recorded site tells which.
            return null;
        }

        return stackFrames[f].GetILOffset() is int il and >= 0 ? sites.LookupFrom(il, callee, callsOnly, raises) : null;
    }

    // Whether the frame is the helper through which compiled code calls the store's epoch deadline
    // callback; found by name, as NativeAOT keeps it (DiagnosticMethodInfo), like the interpreter's entry.
    private static bool IsEpochCallback(StackFrame frame) =>
        DiagnosticMethodInfo.Create(frame) is { Name: nameof(TrapHelpers.ContinuesAfterEpochDeadline) } method
        && method.DeclaringTypeName == typeof(TrapHelpers).FullName;

    // F<n> (function n), F<n>_<r> (region r of function n) or I<n> (the invoker of function n).
    private static (char Kind, int Index, bool Region)? ParseMethodName(string name)
    {
        if (name.Length < 2 || name[0] is not ('F' or 'I'))
        {
            return null;
        }

        ReadOnlySpan<char> rest = name.AsSpan(1);
        int separator = rest.IndexOf('_');
        bool region = separator >= 0 && name[0] == 'F';
        ReadOnlySpan<char> digits = region ? rest[..separator] : rest;
        return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index)
            ? (name[0], index, region)
            : null;
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

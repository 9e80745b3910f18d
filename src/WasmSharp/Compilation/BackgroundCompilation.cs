using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime;
using System.Runtime.CompilerServices;

namespace WasmSharp.Compilation;

/// <summary>
/// The work of <see cref="CompiledModule.CompileInBackground"/>, shared by its threads: the
/// functions in the order to compile them, each with its region methods, and the next one to take.
/// It holds the module weakly, so that a module its embedder dropped is not kept alive, nor its
/// remaining functions compiled, by this work.
/// </summary>
/// <remarks>
/// When a thread finds a function already compiled, the module's own run has caught up with the
/// background work: from there the two would compile the same functions one after the other, the
/// running thread waiting on the JIT's per-method lock for each, with no gain. So the thread skips
/// ahead, twice as far each time it catches up again (and back towards the next function as its
/// own work lands first), and the functions it skipped are compiled in a last pass.
/// </remarks>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal sealed class BackgroundCompilation(WeakReference<CompiledModule> module, int[] order, Dictionary<int, List<string>> regions, int importedFunctionCount)
{
    private const int MaxSkip = 1024;

    private int _next = -1;
    private int _skip = 1;
    private int _lastPass = -1;
    private readonly ManualResetEventSlim _done = new();
    private int _running;

    /// <summary>How many functions there are to compile.</summary>
    public int Length => order.Length;

    /// <summary>Waits until the work is done: every function compiled, or the module gone; true if it was within <paramref name="timeout"/>.</summary>
    public bool Wait(TimeSpan timeout) => _done.Wait(timeout);

    /// <summary>
    /// Compiles functions until every one is taken, or the module is gone; run by any number of
    /// threads at once (<see cref="BackgroundCompiler"/>). The work is done when the last of them returns.
    /// </summary>
    public void Run()
    {
        Interlocked.Increment(ref _running);
        try
        {
            CompileAll();
        }
        finally
        {
            // Every thread returns only once all functions are taken: the last one to leave has
            // seen the work done. (A thread that comes later finds nothing to take, and sets it again.)
            if (Interlocked.Decrement(ref _running) == 0)
            {
                _done.Set();
            }
        }
    }

    private void CompileAll()
    {
        for (int k = Interlocked.Increment(ref _next); k < order.Length; k = Interlocked.Increment(ref _next))
        {
            switch (Compile(k))
            {
                case null:
                    return;
                case false:
                    // Caught up by the run: jump ahead.
                    int skip = Volatile.Read(ref _skip);
                    Interlocked.Add(ref _next, skip);
                    Volatile.Write(ref _skip, Math.Min(skip * 2, MaxSkip));
                    break;
                case true:
                    int current = Volatile.Read(ref _skip);
                    if (current > 1)
                    {
                        Volatile.Write(ref _skip, current / 2);
                    }

                    break;
            }
        }

        for (int k = Interlocked.Increment(ref _lastPass); k < order.Length; k = Interlocked.Increment(ref _lastPass))
        {
            if (Compile(k) is null)
            {
                return;
            }
        }
    }

    // Compiles the k-th function of the order: true if this thread compiled it, false if it was
    // compiled already, null to stop (the module is gone, or the JIT failed).
    private bool? Compile(int k)
    {
        if (!module.TryGetTarget(out CompiledModule? code))
        {
            return null;
        }

        long compiledBefore = JitInfo.GetCompiledMethodCount(currentThread: true);
        int function = importedFunctionCount + order[k];
        if (!TryPrepare(code.GetMethod(function)))
        {
            return null;
        }

        if (regions.TryGetValue(function, out List<string>? names))
        {
            foreach (string name in names)
            {
                if (!TryPrepare(code.GetRegionMethod(name)))
                {
                    return null;
                }
            }
        }

        return JitInfo.GetCompiledMethodCount(currentThread: true) != compiledBefore;
    }

    // The JIT can only fail here as it would at the method's first call (InvalidProgramException
    // or a type load error for a compiler bug, OutOfMemoryException), and that call compiles it
    // again and raises the error on the thread that runs the module, where its embedder handles
    // it. An exception on this thread would end the process instead, so it stops the background
    // work, and the remaining functions compile at their first calls as they would without it.
    private bool TryPrepare(MethodInfo method)
    {
        try
        {
            RuntimeHelpers.PrepareMethod(method.MethodHandle);
            return true;
        }
        catch (Exception e) when (e is InvalidProgramException or TypeLoadException or MissingMemberException or BadImageFormatException or OutOfMemoryException)
        {
            Volatile.Write(ref _next, order.Length);
            Volatile.Write(ref _lastPass, order.Length);
            return false;
        }
    }
}

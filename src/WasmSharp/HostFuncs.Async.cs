using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// Asynchronous host functions (Wasmtime's <c>Func::new_async</c>/<c>wrap_async</c>): the typed
/// adapters (<c>WrapAsync</c>, generated into HostFuncs.WrapAsync.g.cs) call the delegate and hand
/// its task to <see cref="Started(Task, Span{ValRaw})"/> and its overloads, which write the results at
/// once when the task has completed (no allocation) and otherwise return the pending call.
/// </summary>
internal static partial class HostFuncs
{
    /// <summary>
    /// An async host function of <paramref name="type"/>: <paramref name="callback"/> where the caller
    /// can suspend (an interpreted guest in an async call), and for callers that cannot (compiled
    /// code, which cannot unwind to resume later) the same callback, whose pending work the calling
    /// thread then waits for (see docs/tiers.md).
    /// </summary>
    public static HostFuncDefinition Async(FuncType type, AsyncHostCallback callback) =>
        new(type, (callee, values) => CallAndWait(callback, callee, values), callback);

    /// <summary>An untyped async host function with caller access (<c>Func::new_async</c>).</summary>
    public static HostFuncDefinition UntypedAsync<T>(FuncType type, AsyncFuncCallback<T> callback) =>
        Async(type, (callee, values) =>
        {
            Val[] results = DefaultResults(type);
            Task task = callback(CallerOf<T>(callee), ReadParameters(type, values), results);
            if (!task.IsCompletedSuccessfully)
            {
                return new PendingUntypedCall(task, type, results, callee.Store);
            }

            WriteResults(type, results, callee.Store, values);
            return null;
        });

    /// <summary>The pending call of <paramref name="task"/>, or null when it has completed (no results).</summary>
    public static PendingHostCall? Started(Task task, Span<ValRaw> values) =>
        task.IsCompletedSuccessfully ? null : new PendingTask(task);

    /// <summary>The pending call of <paramref name="task"/>, or null when it has completed and its result is written into <paramref name="values"/>.</summary>
    public static PendingHostCall? Started<R>(Task<R> task, Span<ValRaw> values)
    {
        if (!task.IsCompletedSuccessfully)
        {
            return new PendingTask<R>(task);
        }

        ValMarshal.Write(task.Result, values);
        return null;
    }

    /// <summary>As <see cref="Started(Task, Span{ValRaw})"/> for a <see cref="ValueTask"/>, which is consumed exactly once.</summary>
    public static PendingHostCall? Started(ValueTask task, Span<ValRaw> values)
    {
        if (!task.IsCompletedSuccessfully)
        {
            return new PendingTask(task.AsTask());
        }

        task.GetAwaiter().GetResult();
        return null;
    }

    /// <summary>As <see cref="Started{R}(Task{R}, Span{ValRaw})"/> for a <see cref="ValueTask{R}"/>, which is consumed exactly once.</summary>
    public static PendingHostCall? Started<R>(ValueTask<R> task, Span<ValRaw> values)
    {
        if (!task.IsCompletedSuccessfully)
        {
            return new PendingTask<R>(task.AsTask());
        }

        ValMarshal.Write(task.Result, values);
        return null;
    }

    // A caller that cannot suspend waits for the work: the failure rules are those of a suspended
    // caller (HostFailure), so the outcome does not depend on who called.
    private static void CallAndWait(AsyncHostCallback callback, InstanceContext callee, Span<ValRaw> values)
    {
        PendingHostCall? pending;
        try
        {
            pending = callback(callee, values);
        }
        catch (Exception e) when (HostFailure.IsWrapped(e))
        {
            throw HostFailure.Wrap(e);
        }

        if (pending is not null)
        {
            pending.Task.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
            pending.Complete(values);
        }
    }
}

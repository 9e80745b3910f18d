using System.Runtime.CompilerServices;

namespace WasmSharp.Vm;

/// <summary>
/// The one place compiled code and untyped calls enter a host function (host trampolines of
/// <c>HostFunctionFactory</c> call <see cref="Invoke"/>), so the store's call hook
/// (<c>Store::call_hook</c>'s <c>CallingHost</c>/<c>ReturningFromHost</c>) is checked on a path
/// that already pays for an indirect delegate call.
/// </summary>
internal static class HostCalls
{
    /// <summary>The untyped invoker of every host function: <see cref="Invoke"/>.</summary>
    public static readonly RawInvoker Invoker = static (cx, values) => Invoke(cx, values);

    /// <summary>Calls <paramref name="callee"/>'s host callback with <paramref name="values"/>, with the store's call hook around it when one is set.</summary>

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Invoke(InstanceContext callee, Span<ValRaw> values)
    {
        if (callee.Store.CallHookHandler is null)
        {
            callee.Host!(callee, values);
            return;
        }

        InvokeHooked(callee, values);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void InvokeHooked(InstanceContext callee, Span<ValRaw> values)
    {
        Action<CallHook> hook = callee.Store.CallHookHandler!;
        hook(CallHook.CallingHost);
        try
        {
            callee.Host!(callee, values);
        }
        finally
        {
            // As Wasmtime: the returning hook runs whatever the host function did, and its error wins.
            hook(CallHook.ReturningFromHost);
        }
    }
}

using System.Runtime.CompilerServices;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Makes host functions callable like wasm ones: a <see cref="FuncRef"/> whose untyped entry is
/// <see cref="HostCalls.Invoker"/> (the call hook's host boundary) and, once compiled code runs
/// in its store, whose code is the per-signature trampoline of <see cref="HostTrampolines"/>. So
/// imports, tables and <c>call_indirect</c> need no special case for host functions (Wasmtime's
/// host-to-wasm trampolines play the same role).
/// </summary>
internal static class HostFunctionFactory
{
    /// <summary>Creates a function reference of <paramref name="definition"/>'s type that calls its callback.</summary>
    public static FuncRef Create(HostFuncDefinition definition, StoreContext store) =>
        Create(definition.Type, definition.Callback, store, definition.Async);

    /// <summary>
    /// Creates a function reference of <paramref name="type"/> that calls <paramref name="callback"/>,
    /// or, for an asynchronous host function, <paramref name="asyncCallback"/> where the caller can suspend.
    /// </summary>
    public static FuncRef Create(FuncType type, HostCallback callback, StoreContext store, AsyncHostCallback? asyncCallback = null)
    {
        int typeId = FuncTypeRegistry.GetId(type);

        // Only compiled code calls through the native entry point: the store attaches the
        // trampoline when compiled code first runs there, so a run that stays interpreted (the
        // interpreter, a short program under Strategy.Auto, every host without dynamic code)
        // never emits one, nor loads Reflection.Emit for it.
        var context = new InstanceContext(store) { Host = callback, AsyncHost = asyncCallback };
        var function = new FuncRef(context, type, typeId, HostCalls.Invoker, s_entry);
        store.AttachEntry(function);
        return function;
    }

    // HostTrampolines.Get, as the entry maker of host function references; null where there is no
    // dynamic code, hence no compiled code to call one.
    private static readonly Func<FuncType, int, IntPtr>? s_entry = RuntimeFeature.IsDynamicCodeSupported ? HostTrampolines.Get : null;
}

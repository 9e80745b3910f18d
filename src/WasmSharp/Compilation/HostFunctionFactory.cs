using System.Runtime.CompilerServices;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Makes host functions callable like wasm ones: a <see cref="FuncRef"/> whose untyped entry is
/// <see cref="HostCalls.Invoker"/> (the call hook's host boundary) and, in a store that runs
/// compiled code, whose code is the per-signature trampoline of <see cref="HostTrampolines"/>. So
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

        // Only compiled code calls through the native entry point; a store that runs none (the
        // interpreter, and every host without dynamic code) never emits a trampoline.
        IntPtr code = RuntimeFeature.IsDynamicCodeSupported && store.RunsCompiledCode ? HostTrampolines.Get(type, typeId) : IntPtr.Zero;
        var context = new InstanceContext(store) { Host = callback, AsyncHost = asyncCallback };
        return new FuncRef(code, context, type, typeId, HostCalls.Invoker);
    }
}

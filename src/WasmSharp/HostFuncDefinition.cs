using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// A store-independent host function: its type and callback (Wasmtime's <c>HostFunc</c>). A
/// <see cref="Linker{T}"/> keeps these and makes a function of them in each store it instantiates in.
/// </summary>
/// <param name="Type">The function type.</param>
/// <param name="Callback">The callback compiled code reaches through the host trampoline.</param>
/// <param name="Async">
/// For an asynchronous host function, its callback (then <paramref name="Callback"/> is the same
/// function for callers that cannot suspend, waiting for its work); null for a synchronous one.
/// </param>
internal sealed record HostFuncDefinition(FuncType Type, HostCallback Callback, AsyncHostCallback? Async = null);

using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>Calls compiled code at <paramref name="code"/> with the exact signature (see <see cref="TypedCall{TParams, TResults}"/>).</summary>
internal delegate TResults TypedInvoker<TParams, TResults>(IntPtr code, InstanceContext cx, TParams parameters);

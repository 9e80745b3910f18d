namespace WasmSharp.Vm;

/// <summary>
/// A host function as compiled code sees it: <paramref name="callee"/> is the host function's own
/// context (its <see cref="InstanceContext.Store"/> and, once imported, the calling instance in
/// <see cref="InstanceContext.CallerContext"/>, which <c>Caller&lt;T&gt;</c> needs); arguments in
/// <paramref name="values"/>, results written back from index 0 (<paramref name="values"/> holds
/// max(params, results) entries).
/// </summary>
internal delegate void HostCallback(InstanceContext callee, Span<ValRaw> values);

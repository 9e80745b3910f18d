namespace WasmSharp.Vm;

/// <summary>
/// An untyped entry point into a compiled function (like Wasmtime's array-call trampolines): reads
/// the arguments from <paramref name="values"/>, calls the function with <paramref name="cx"/> and
/// writes the results back from index 0. <paramref name="values"/> must hold
/// max(params, results) entries.
/// </summary>
internal delegate void RawInvoker(InstanceContext cx, Span<ValRaw> values);

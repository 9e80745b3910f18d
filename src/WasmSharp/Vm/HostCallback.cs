namespace WasmSharp.Vm;

/// <summary>
/// A host function as compiled code sees it: arguments in <paramref name="values"/>, results written
/// back from index 0 (<paramref name="values"/> holds max(params, results) entries).
/// </summary>
internal delegate void HostCallback(Span<ValRaw> values);

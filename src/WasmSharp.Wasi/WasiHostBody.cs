using WasmSharp.Vm;

namespace WasmSharp.Wasi;

/// <summary>
/// The body of one <c>wasi_snapshot_preview1</c> function: its arguments are read from
/// <paramref name="values"/>, from index 0 in parameter order, and its result (if any) is written
/// to index 0, the host-call convention of the typed wrappers (<c>HostFuncs</c>).
/// </summary>
/// <typeparam name="T">The store's data type.</typeparam>
/// <param name="caller">The calling instance and its store.</param>
/// <param name="values">The call's arguments, then its result.</param>
internal delegate void WasiHostBody<T>(Caller<T> caller, Span<ValRaw> values);

namespace WasmSharp;

/// <summary>
/// An untyped host function with access to its caller: reads <paramref name="parameters"/> and
/// writes every entry of <paramref name="results"/>; mirrors the closure of <c>Func::new</c>.
/// Throwing a <see cref="Trap"/> (or any exception) aborts the calling WebAssembly code.
/// </summary>
public delegate void FuncCallback<T>(Caller<T> caller, ReadOnlySpan<Val> parameters, Span<Val> results);

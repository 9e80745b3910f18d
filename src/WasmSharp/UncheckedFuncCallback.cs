namespace WasmSharp;

/// <summary>
/// An unchecked host function (<see cref="Linker{T}.FuncNewUnchecked"/>; the closure of Wasmtime's
/// <c>Func::new_unchecked</c>): reads its arguments from <paramref name="values"/> and writes every
/// result there, from index 0. Throwing a <see cref="Trap"/> (or any exception) aborts the calling
/// WebAssembly code.
/// </summary>
/// <typeparam name="T">The store's data type.</typeparam>
/// <param name="caller">The calling instance and its store.</param>
/// <param name="values">The call's arguments, then its results.</param>
public delegate void UncheckedFuncCallback<T>(Caller<T> caller, UncheckedValues values);

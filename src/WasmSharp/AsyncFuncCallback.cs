namespace WasmSharp;

/// <summary>
/// An untyped asynchronous host function with access to its caller: reads
/// <paramref name="parameters"/>, does its work, and writes every entry of <paramref name="results"/>
/// before its task completes; mirrors the closure of <c>Func::new_async</c>. The guest that called it
/// waits without holding a thread. A task that fails aborts the calling WebAssembly code: a
/// <see cref="Trap"/>, a <see cref="WasmException"/> or an <see cref="OperationCanceledException"/>
/// as it is, any other exception as a <see cref="Trap"/> whose inner exception it is.
/// </summary>
public delegate Task AsyncFuncCallback<T>(Caller<T> caller, ReadOnlyMemory<Val> parameters, Memory<Val> results);

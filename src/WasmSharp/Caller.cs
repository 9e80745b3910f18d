using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// The context a host function is called in; mirrors <c>wasmtime::Caller</c>: the store's data, the
/// engine, and the exports of the instance whose code made the call. Converts implicitly to the
/// store, so a host function can call back into WebAssembly (<c>func.Call(caller, ...)</c>, or
/// <c>func.CallAsync(caller, ...)</c> from an async host function). Valid only during the host call
/// (for an async host function, until its task completes).
/// </summary>
public readonly struct Caller<T>
{
    private readonly InstanceContext? _caller;

    internal Caller(Store<T> store, InstanceContext? caller)
    {
        Store = store;
        _caller = caller;
    }

    /// <summary>The store the call runs in (what Wasmtime's <c>AsContextMut for Caller</c> gives).</summary>
    public Store<T> Store { get; }

    /// <summary>The store's host data (<c>Caller::data</c>/<c>Caller::data_mut</c>).</summary>
    public T Data
    {
        get => Store.Data;
        set => Store.Data = value;
    }

    /// <summary>
    /// The cancellation token of the async call this host function serves (the one given to
    /// <see cref="Func.CallAsync"/> or <c>InstantiateAsync</c>), for an async host function to pass on
    /// to its own work; <see cref="System.Threading.CancellationToken.None"/> in a synchronous store.
    /// A WasmSharp extension: in Wasmtime, dropping the call's future cancels the host's future.
    /// </summary>
    public CancellationToken CancellationToken => Vm.AsyncState.Current?.CancellationToken ?? default;

    /// <summary>The store's engine (<c>Caller::engine</c>).</summary>
    public Engine Engine => Store.Engine;

    /// <summary>
    /// The export named <paramref name="name"/> of the calling instance (<c>Caller::get_export</c>),
    /// or null when there is none or the caller is not an instance (a direct host call).
    /// </summary>
    public Extern? GetExport(string name) =>
        _caller?.Instance is Instance instance ? instance.GetExport(Store, name) : null;

    /// <summary>
    /// The memory exported as <paramref name="name"/> by the calling instance, or null (wasmtime-dotnet's
    /// <c>Caller.GetMemory</c>; <c>Caller::get_export</c> then <c>Extern::into_memory</c> in Wasmtime).
    /// Its <c>Read*</c>/<c>Write*</c> helpers take the caller as the store: <c>memory.ReadInt32(caller, address)</c>.
    /// </summary>
    public Memory? GetMemory(string name) => GetExport(name) as Memory;

    /// <summary>
    /// The shared memory exported as <paramref name="name"/> by the calling instance, or null
    /// (<c>Caller::get_export</c> then <c>Extern::into_shared_memory</c>).
    /// </summary>
    public SharedMemory? GetSharedMemory(string name) => GetExport(name) as SharedMemory;

    /// <summary>The caller's store.</summary>
    public static implicit operator Store<T>(Caller<T> caller) => caller.Store;
}

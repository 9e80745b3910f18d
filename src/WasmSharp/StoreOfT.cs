namespace WasmSharp;

/// <summary>
/// A collection of instances and host objects with host data <typeparamref name="T"/>; mirrors
/// <c>wasmtime::Store&lt;T&gt;</c>. Everything created in a store (instances, functions, memories,
/// tables, globals) lives as long as the store is reachable and can only be used with it.
/// </summary>
/// <remarks>A store belongs to one thread at a time (see <see cref="Store"/>).</remarks>
/// <typeparam name="T">The host data, reachable from host functions through <see cref="Caller{T}.Data"/>.</typeparam>
public sealed class Store<T> : Store
{
    /// <summary>Creates a store in <paramref name="engine"/> holding <paramref name="data"/> (<c>Store::new</c>).</summary>
    public Store(Engine engine, T data)
        : base(engine)
    {
        Data = data;
    }

    /// <summary>The host data (<c>Store::data</c>/<c>Store::data_mut</c>).</summary>
    public T Data { get; set; }

    /// <summary>
    /// Installs the resource limiter that <paramref name="limiter"/> returns for the store's data
    /// (<c>Store::limiter</c>); it applies to every later instantiation and grow.
    /// </summary>
    public void Limiter(Func<T, ResourceLimiter> limiter)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        Context.Limiter = limiter(Data);
    }
}

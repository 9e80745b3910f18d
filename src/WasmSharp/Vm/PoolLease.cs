namespace WasmSharp.Vm;

/// <summary>
/// The instances and tables one store holds in its engine's pool (<see cref="PoolingInstanceAllocator"/>),
/// given back when the store is disposed or, if it never is, when the collector finalizes this lease
/// along with the store. Memories give their slots back themselves (<see cref="LinearMemory"/>).
/// </summary>
internal sealed class PoolLease
{
    private readonly PoolingInstanceAllocator _pool;
    private int _instances;
    private int _tables;

    /// <summary>Creates an empty lease on <paramref name="pool"/>.</summary>
    public PoolLease(PoolingInstanceAllocator pool) => _pool = pool;

    /// <summary>Gives the counts back if <see cref="Dispose"/> was not called.</summary>
    ~PoolLease() => ReleaseAll();

    /// <summary>Records counts the store took (only the store's thread calls this).</summary>
    public void Add(int instances, int tables)
    {
        _instances += instances;
        _tables += tables;
    }

    /// <summary>Gives every count back now.</summary>
    public void Dispose()
    {
        ReleaseAll();
        GC.SuppressFinalize(this);
    }

    private void ReleaseAll()
    {
        int instances = Interlocked.Exchange(ref _instances, 0);
        int tables = Interlocked.Exchange(ref _tables, 0);
        _pool.Release(instances, tables);
    }
}

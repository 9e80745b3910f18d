namespace WasmSharp;

/// <summary>
/// How an engine allocates the memories, tables and instances of its stores; mirrors Wasmtime's
/// <c>InstanceAllocationStrategy</c>, set with <see cref="Config.AllocationStrategy"/>.
/// <see cref="OnDemand"/> (the default) reserves and frees each memory by itself;
/// <see cref="Pooling(PoolingAllocationConfig)"/> takes them from a pool of slots sized up front and reuses them.
/// </summary>
public sealed class InstanceAllocationStrategy
{
    private readonly PoolingAllocationConfig? _pooling;

    private InstanceAllocationStrategy(PoolingAllocationConfig? pooling) => _pooling = pooling;

    /// <summary>Allocate on demand (<c>InstanceAllocationStrategy::OnDemand</c>), the default.</summary>
    public static InstanceAllocationStrategy OnDemand { get; } = new(null);

    /// <summary>
    /// The pooling allocator with <paramref name="config"/>'s limits (a snapshot is taken)
    /// (<c>InstanceAllocationStrategy::Pooling</c>).
    /// </summary>
    public static InstanceAllocationStrategy Pooling(PoolingAllocationConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new(config.Clone());
    }

    /// <summary>The pooling allocator with Wasmtime's default limits (<c>InstanceAllocationStrategy::pooling</c>).</summary>
    public static InstanceAllocationStrategy Pooling() => new(new PoolingAllocationConfig());

    /// <summary>A copy of the pool's limits, or null for <see cref="OnDemand"/>.</summary>
    public PoolingAllocationConfig? PoolingConfig => _pooling?.Clone();

    /// <summary>Whether this is the pooling allocator.</summary>
    public bool IsPooling => _pooling is not null;
}

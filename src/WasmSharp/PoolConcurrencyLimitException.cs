namespace WasmSharp;

/// <summary>
/// Raised when instantiating (or creating a memory or table) needs a slot of the pooling
/// allocator (<see cref="InstanceAllocationStrategy.Pooling(PoolingAllocationConfig)"/>) and every slot of its kind is taken
/// by a live store; mirrors Wasmtime's <c>PoolConcurrencyLimitError</c>, with its message, e.g.
/// <c>maximum concurrent limit of 10 for core instances reached</c>. Slots come back when the
/// stores holding them are disposed (or collected).
/// </summary>
public sealed class PoolConcurrencyLimitException : Exception
{
    /// <summary>Creates the exception for <paramref name="kind"/> (<c>core instances</c>, <c>memories</c>, <c>tables</c>) and its <paramref name="limit"/>.</summary>
    public PoolConcurrencyLimitException(int limit, string kind)
        : base($"maximum concurrent limit of {limit} for {kind} reached")
    {
        Limit = limit;
        Kind = kind;
    }

    /// <summary>The configured number of slots.</summary>
    public int Limit { get; }

    /// <summary>What ran out: <c>core instances</c>, <c>memories</c> or <c>tables</c>.</summary>
    public string Kind { get; }
}

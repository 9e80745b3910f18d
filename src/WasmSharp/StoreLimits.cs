namespace WasmSharp;

/// <summary>
/// A <see cref="ResourceLimiter"/> with fixed limits; mirrors <c>wasmtime::StoreLimits</c> (built
/// there with <c>StoreLimitsBuilder</c>, here with init properties). Unset limits do not restrict.
/// </summary>
public sealed class StoreLimits : ResourceLimiter
{
    /// <summary>The most bytes any one linear memory may have (<c>StoreLimitsBuilder::memory_size</c>).</summary>
    public long? MemorySize { get; init; }

    /// <summary>The most elements any one table may have (<c>StoreLimitsBuilder::table_elements</c>).</summary>
    public long? TableElements { get; init; }

    /// <summary>The most instances (<c>StoreLimitsBuilder::instances</c>).</summary>
    public int InstanceLimit { get; init; } = DefaultCountLimit;

    /// <summary>The most defined tables (<c>StoreLimitsBuilder::tables</c>).</summary>
    public int TableLimit { get; init; } = DefaultCountLimit;

    /// <summary>The most defined memories (<c>StoreLimitsBuilder::memories</c>).</summary>
    public int MemoryLimit { get; init; } = DefaultCountLimit;

    /// <inheritdoc/>
    public override int Instances => InstanceLimit;

    /// <inheritdoc/>
    public override int Tables => TableLimit;

    /// <inheritdoc/>
    public override int Memories => MemoryLimit;

    /// <inheritdoc/>
    public override bool MemoryGrowing(long currentBytes, long desiredBytes, long? maximumBytes) =>
        MemorySize is not long limit || desiredBytes <= limit;

    /// <inheritdoc/>
    public override bool TableGrowing(long currentElements, long desiredElements, long? maximumElements) =>
        TableElements is not long limit || desiredElements <= limit;
}

namespace WasmSharp;

/// <summary>
/// Decides, asynchronously, whether a store's memories and tables may grow and how many instances,
/// memories and tables it may hold; mirrors <c>wasmtime::ResourceLimiterAsync</c>. Install one with
/// <see cref="Store{T}.LimiterAsync"/> in a store of an engine with <see cref="Config.AsyncSupport"/>.
/// While a decision is pending, the async call whose <c>memory.grow</c> or <c>table.grow</c> asked
/// is suspended without holding a thread (interpreted code; compiled code, and the host's own
/// <see cref="Memory.Grow"/>/<see cref="Table.Grow"/>, wait for it), and <c>InstantiateAsync</c> awaits
/// the decisions for the instance's own memories and tables. A denied grow makes
/// <c>memory.grow</c>/<c>table.grow</c> return -1; an exception the decision fails with propagates
/// out of the call. Designed for extension, like <see cref="ResourceLimiter"/>.
/// </summary>
public abstract class ResourceLimiterAsync
{
    /// <summary>
    /// Whether a memory may grow from <paramref name="currentBytes"/> to <paramref name="desiredBytes"/>
    /// (<paramref name="maximumBytes"/> is its declared maximum, if any); a new memory asks with
    /// current 0. Mirrors <c>ResourceLimiterAsync::memory_growing</c>.
    /// </summary>
    public abstract ValueTask<bool> MemoryGrowingAsync(long currentBytes, long desiredBytes, long? maximumBytes);

    /// <summary>
    /// Whether a table may grow from <paramref name="currentElements"/> to <paramref name="desiredElements"/>;
    /// a new table asks with current 0. Mirrors <c>ResourceLimiterAsync::table_growing</c>.
    /// </summary>
    public abstract ValueTask<bool> TableGrowingAsync(long currentElements, long desiredElements, long? maximumElements);

    /// <summary>The most instances the store may create (<c>ResourceLimiterAsync::instances</c>).</summary>
    public virtual int Instances => ResourceLimiter.DefaultCountLimit;

    /// <summary>The most tables the store may define (<c>ResourceLimiterAsync::tables</c>).</summary>
    public virtual int Tables => ResourceLimiter.DefaultCountLimit;

    /// <summary>The most memories the store may define (<c>ResourceLimiterAsync::memories</c>).</summary>
    public virtual int Memories => ResourceLimiter.DefaultCountLimit;
}

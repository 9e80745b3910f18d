namespace WasmSharp;

/// <summary>
/// Decides whether a store's memories and tables may grow and how many instances, memories and
/// tables it may hold; mirrors <c>wasmtime::ResourceLimiter</c>. Install one with
/// <see cref="Store{T}.Limiter"/>. A denied grow makes <c>memory.grow</c>/<c>table.grow</c> return -1
/// (spec 4.4.7 "memory.grow" allows failure) and the host's <c>Grow</c> throw.
/// Designed for extension: override what you need; <see cref="StoreLimits"/> is the ready-made one.
/// </summary>
public abstract class ResourceLimiter
{
    /// <summary>The default of the count limits, as in Wasmtime (<c>DEFAULT_INSTANCE_LIMIT</c>).</summary>
    public const int DefaultCountLimit = 10_000;

    /// <summary>
    /// Whether a memory may grow from <paramref name="currentBytes"/> to <paramref name="desiredBytes"/>
    /// (<paramref name="maximumBytes"/> is its declared maximum, if any); a new memory asks with
    /// current 0. Mirrors <c>ResourceLimiter::memory_growing</c>.
    /// </summary>
    public abstract bool MemoryGrowing(long currentBytes, long desiredBytes, long? maximumBytes);

    /// <summary>
    /// Whether a table may grow from <paramref name="currentElements"/> to <paramref name="desiredElements"/>;
    /// a new table asks with current 0. Mirrors <c>ResourceLimiter::table_growing</c>.
    /// </summary>
    public abstract bool TableGrowing(long currentElements, long desiredElements, long? maximumElements);

    /// <summary>The most instances the store may create (<c>ResourceLimiter::instances</c>).</summary>
    public virtual int Instances => DefaultCountLimit;

    /// <summary>The most tables the store may define (<c>ResourceLimiter::tables</c>).</summary>
    public virtual int Tables => DefaultCountLimit;

    /// <summary>The most memories the store may define (<c>ResourceLimiter::memories</c>).</summary>
    public virtual int Memories => DefaultCountLimit;
}

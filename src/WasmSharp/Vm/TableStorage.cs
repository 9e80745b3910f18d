using WasmSharp.Types;

namespace WasmSharp.Vm;

/// <summary>
/// A table (spec 4.2.7 "Table Instances"). Elements are references: a <see cref="FuncRef"/> (or
/// null) in a funcref table, any object (or null) in an externref table.
/// </summary>
internal sealed class TableStorage
{
    /// <summary>
    /// Elements a table may grow to when its type sets no lower maximum (Wasmtime's default
    /// <c>table_elements</c> limit is of this order); growing beyond fails with -1 instead of
    /// exhausting the heap. Configurable limits come with <c>ResourceLimiter</c>.
    /// </summary>
    public const int DefaultMaxElements = 10_000_000;

    private readonly ulong _max;
    private readonly StoreContext? _store;

    /// <summary>The store the memory or table belongs to, if created for one.</summary>
    public StoreContext? Store => _store;

    /// <summary>
    /// Creates a table of <paramref name="type"/>'s minimum size filled with <paramref name="init"/>;
    /// growth is submitted to <paramref name="store"/>'s resource limiter when given. It grows to at
    /// most <paramref name="maxElements"/> elements (the pool's <c>table_elements</c>), by default
    /// <see cref="DefaultMaxElements"/>.
    /// </summary>
    /// <exception cref="WasmOutOfMemoryException">The elements cannot be allocated.</exception>
    public TableStorage(TableType type, object? init, StoreContext? store = null, int? maxElements = null)
    {
        _store = store;
        Type = type;
        _max = Math.Min(type.Limits.Maximum ?? uint.MaxValue, (ulong)(maxElements ?? DefaultMaxElements));
        Elements = Allocate(type.Limits.Minimum) ?? throw WasmOutOfMemoryException.Allocation(BytesOf(type.Limits.Minimum));
        if (init != null)
        {
            Array.Fill(Elements, init);
        }
    }

    /// <summary>The table's type (minimum as declared).</summary>
    public TableType Type { get; }

    /// <summary>The elements; replaced on grow.</summary>
    public object?[] Elements { get; private set; }

    /// <summary>Current number of elements.</summary>
    public int Length => Elements.Length;

    /// <summary>
    /// Grows by <paramref name="delta"/> elements set to <paramref name="init"/> (spec 4.5.3.6
    /// "Growing tables"): returns the old size, or -1 beyond the maximum.
    /// </summary>
    public int Grow(uint delta, object? init)
    {
        int old = Elements.Length;
        ulong newLength = (ulong)old + delta;
        if (newLength > _max || newLength > (ulong)Array.MaxLength)
        {
            return -1;
        }

        if (_store?.Limiter is ResourceLimiter limiter
            && !limiter.TableGrowing(old, (long)newLength, Type.Limits.Maximum is ulong max ? (long)max : null))
        {
            return -1;
        }

        if (delta != 0)
        {
            if (Allocate(newLength) is not object?[] grown)
            {
                return -1;
            }

            Array.Copy(Elements, grown, old);
            if (init != null)
            {
                Array.Fill(grown, init, old, (int)delta);
            }

            Elements = grown;
        }

        return old;
    }

    // What a table of `count` references takes: one pointer each, as in Wasmtime.
    private static ulong BytesOf(ulong count) => count > ulong.MaxValue / (ulong)IntPtr.Size ? ulong.MaxValue : count * (ulong)IntPtr.Size;

    // A zeroed element array, or null when a .NET array cannot hold `count` references or the heap
    // cannot supply them (the one allocation whose failure the spec lets the guest observe).
    private static object?[]? Allocate(ulong count)
    {
        if (count > (ulong)Array.MaxLength)
        {
            return null;
        }

        try
        {
            return new object?[(int)count];
        }
        catch (OutOfMemoryException)
        {
            return null;
        }
    }
}

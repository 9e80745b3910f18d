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
        _elements = Allocate(type.Limits.Minimum) ?? throw WasmOutOfMemoryException.Allocation(BytesOf(type.Limits.Minimum));
        if (init != null)
        {
            Array.Fill(_elements, init);
        }
    }

    private object?[] _elements;

    // While the slots of a module's table image have not all been filled: the image, and the
    // instance whose function references fill them. Both null once every slot holds its value.
    private TableImage? _pendingImage;
    private InstanceContext? _pendingOwner;

    /// <summary>The table's type (minimum as declared).</summary>
    public TableType Type { get; }

    /// <summary>
    /// The elements, every one holding its value (slots still to be filled from a
    /// <see cref="TableImage"/> are filled first); replaced on grow. Every write goes through this.
    /// </summary>
    public object?[] Elements
    {
        get
        {
            if (_pendingImage is not null)
            {
                FillAllPending();
            }

            return _elements;
        }
    }

    /// <summary>
    /// The elements as they are, where a null slot may still have to be filled from the table's
    /// image: for reads of one element (<c>call_indirect</c>, <c>table.get</c>), which call
    /// <see cref="FillPending"/> when they find null.
    /// </summary>
    public object?[] RawElements => _elements;

    /// <summary>Current number of elements.</summary>
    public int Length => _elements.Length;

    /// <summary>
    /// Leaves the slots <paramref name="image"/> sets to be filled at their first read with the
    /// function references of <paramref name="owner"/>, instead of applying the segments now.
    /// Only for a fresh table of the image's module: every slot the image sets is still null.
    /// </summary>
    public void SetPendingImage(TableImage image, InstanceContext owner)
    {
        _pendingImage = image;
        _pendingOwner = owner;
    }

    /// <summary>
    /// The value of slot <paramref name="index"/>, found null in <see cref="RawElements"/>: its
    /// function reference when the table's image sets it and it was not filled yet (stored, so later
    /// reads find it), else null.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public object? FillPending(int index)
    {
        int function = _pendingImage is TableImage image ? image.FunctionAt(index) : -1;
        if (function < 0)
        {
            return null;
        }

        FuncRef func = _pendingOwner!.Function(function);
        _elements[index] = func;
        return func;
    }

    // Before any write or bulk read: the table must hold every value, so that a later null is a
    // real null and never a slot to fill.
    private void FillAllPending()
    {
        TableImage image = _pendingImage!;
        InstanceContext owner = _pendingOwner!;
        for (int slot = image.Start; slot < image.Start + image.Length; slot++)
        {
            int function = image.FunctionAt(slot);
            if (function >= 0 && _elements[slot] is null)
            {
                _elements[slot] = owner.Function(function);
            }
        }

        _pendingImage = null;
        _pendingOwner = null;
    }

    /// <summary>
    /// Grows by <paramref name="delta"/> elements set to <paramref name="init"/> (spec 4.5.3.6
    /// "Growing tables"): returns the old size, or -1 beyond the maximum.
    /// </summary>
    public int Grow(uint delta, object? init)
    {
        object?[] elements = Elements;
        int old = elements.Length;
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

            Array.Copy(elements, grown, old);
            if (init != null)
            {
                Array.Fill(grown, init, old, (int)delta);
            }

            _elements = grown;
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

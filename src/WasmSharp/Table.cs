using WasmSharp.Compilation;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// A table of references in a store (spec 4.2.7 "Table Instances"); mirrors <c>wasmtime::Table</c>.
/// </summary>
public sealed class Table : Extern
{
    internal Table(TableStorage table) => Storage = table;

    /// <summary>
    /// Creates a table of <paramref name="type"/>'s minimum size filled with <paramref name="init"/>
    /// (<c>Table::new</c>), subject to the store's resource limiter.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="init"/> does not match the element type.</exception>
    /// <exception cref="WasmResourceLimitException">The store's limits deny the table.</exception>
    /// <exception cref="WasmOutOfMemoryException">The table's elements cannot be allocated.</exception>
    /// <exception cref="PoolConcurrencyLimitException">The engine's pool has no table left.</exception>
    /// <exception cref="WasmImplementationLimitException">The minimum exceeds the pool's <see cref="PoolingAllocationConfig.TableElements"/>.</exception>
    public Table(Store store, TableType type, Val init)
    {
        ArgumentNullException.ThrowIfNull(store);
        StoreContext context = store.Context;
        object? element = ToElement(store, type.Element, init);
        int max = context.Limiter?.Tables ?? ResourceLimiter.DefaultCountLimit;
        if (context.TableCount + 1 > max)
        {
            throw new WasmResourceLimitException($"resource limit exceeded: table count too high at {context.TableCount + 1}");
        }

        ModuleInstantiator.CheckInitialTable(context, type.Limits);
        if (context.Pool is PoolingInstanceAllocator pool)
        {
            // Wasmtime's Table::new takes a slot of the table pool too.
            pool.ValidateTable(type.Limits, 0);
            pool.ReserveTables(context, 1);
        }

        Storage = new TableStorage(type, element, context, context.Pool?.TableElements);
        context.TableCount++;
    }

    /// <summary>The table compiled code uses.</summary>
    internal TableStorage Storage { get; }

    /// <inheritdoc/>
    public override ExternKind Kind => ExternKind.Table;

    /// <inheritdoc/>
    internal override StoreContext? Owner => Storage.Store;

    /// <summary>The table's type with its current size as minimum (<c>Table::ty</c>).</summary>
    public new TableType Ty(Store store)
    {
        Check(store);
        return CurrentType();
    }

    /// <inheritdoc/>
    internal override ExternType GetExternType() => ExternType.FromTable(CurrentType());

    /// <summary>The number of elements (<c>Table::size</c>).</summary>
    public ulong Size(Store store)
    {
        Check(store);
        return (ulong)Storage.Length;
    }

    /// <summary>The element at <paramref name="index"/>, or null when out of bounds (<c>Table::get</c>).</summary>
    public Val? Get(Store store, ulong index)
    {
        Check(store);
        if (index >= (ulong)Storage.Length)
        {
            return null;
        }

        object? element = Storage.RawElements[(int)index] ?? Storage.FillPending((int)index);
        return Val.FromRaw(ValRaw.FromRef(element), Storage.Type.Element);
    }

    /// <summary>Stores <paramref name="value"/> at <paramref name="index"/> (<c>Table::set</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of bounds.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> does not match the element type.</exception>
    public void Set(Store store, ulong index, Val value)
    {
        Check(store);
        object? element = ToElement(store, Storage.Type.Element, value);
        if (index >= (ulong)Storage.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index), "out of bounds table access");
        }

        Storage.Elements[(int)index] = element;
    }

    /// <summary>
    /// Grows by <paramref name="delta"/> elements set to <paramref name="init"/> and returns the old
    /// size (<c>Table::grow</c>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The maximum or the resource limiter refused.</exception>
    public ulong Grow(Store store, ulong delta, Val init)
    {
        Check(store);
        object? element = ToElement(store, Storage.Type.Element, init);
        int old = delta > uint.MaxValue ? -1 : Storage.Grow((uint)delta, element);
        if (old < 0)
        {
            throw new InvalidOperationException($"failed to grow table by `{delta}`");
        }

        return (ulong)old;
    }

    private static object? ToElement(Store store, ValType elementType, Val value)
    {
        if (!value.Matches(elementType))
        {
            throw new ArgumentException($"value of type {value.Type} does not match the table's element type {elementType}");
        }

        return value.ToRaw(store.Context).Ref;
    }

    private TableType CurrentType() => Storage.Type with { Limits = Storage.Type.Limits with { Minimum = (ulong)Storage.Length } };

    private void Check(Store store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (Storage.Store is StoreContext owner)
        {
            store.Check(owner);
        }
    }
}

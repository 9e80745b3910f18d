using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// A global variable in a store (spec 4.2.9 "Global Instances"); mirrors <c>wasmtime::Global</c>.
/// An exported global is the instance's very cell, so changes are seen on both sides.
/// </summary>
public sealed class Global : Extern
{
    private readonly StoreContext _store;

    internal Global(GlobalCell cell, StoreContext store)
    {
        Cell = cell;
        _store = store;
    }

    /// <summary>Creates a global of <paramref name="type"/> holding <paramref name="value"/> (<c>Global::new</c>).</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> does not match the type.</exception>
    public Global(Store store, GlobalType type, Val value)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (!value.Matches(type.Type))
        {
            throw new ArgumentException($"value of type {value.Type} does not match the global's type {type.Type}");
        }

        _store = store.Context;
        Cell = new GlobalCell(type);
        Cell.Set(value.ToRaw(store.Context));
        _store.Inventory?.Add(this);
    }

    /// <summary>The cell compiled code uses.</summary>
    internal GlobalCell Cell { get; }

    /// <inheritdoc/>
    public override ExternKind Kind => ExternKind.Global;

    /// <inheritdoc/>
    internal override StoreContext? Owner => _store;

    /// <summary>The global's type (<c>Global::ty</c>).</summary>
    public new GlobalType Ty(Store store)
    {
        Check(store);
        return Cell.Type;
    }

    /// <inheritdoc/>
    internal override ExternType GetExternType() => ExternType.FromGlobal(Cell.Type);

    /// <summary>The current value (<c>Global::get</c>).</summary>
    public Val Get(Store store)
    {
        Check(store);
        return Val.FromRaw(Cell.Get(), Cell.Type.Type);
    }

    /// <summary>Sets the value (<c>Global::set</c>).</summary>
    /// <exception cref="InvalidOperationException">The global is immutable.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> does not match the type.</exception>
    public void Set(Store store, Val value)
    {
        Check(store);
        if (!Cell.Type.Mutable)
        {
            throw new InvalidOperationException("immutable global cannot be set");
        }

        if (!value.Matches(Cell.Type.Type))
        {
            throw new ArgumentException($"value of type {value.Type} does not match the global's type {Cell.Type.Type}");
        }

        Cell.Set(value.ToRaw(store.Context));
    }

    private void Check(Store store)
    {
        ArgumentNullException.ThrowIfNull(store);
        store.Check(_store);
    }
}

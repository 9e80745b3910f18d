using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// An external value (spec 4.2.11 "External Values"): a function, table, memory, global or tag that
/// can be imported or exported; mirrors the <c>wasmtime::Extern</c> enum as a closed class hierarchy
/// (<see cref="Func"/>, <see cref="Table"/>, <see cref="Memory"/>, <see cref="Global"/>, <see cref="Tag"/>).
/// </summary>
public abstract class Extern
{
    private protected Extern()
    {
    }

    /// <summary>Which kind of extern this is.</summary>
    public abstract ExternKind Kind { get; }

    /// <summary>The store this extern belongs to; null for store-independent externs (tags).</summary>
    internal abstract StoreContext? Owner { get; }

    /// <summary>
    /// The extern's current type (<c>Extern::ty</c>). Each subclass also offers its own typed
    /// <c>Ty</c>, e.g. <see cref="Func.Ty(Store)"/> returning a <see cref="FuncType"/>.
    /// </summary>
    public ExternType Ty(Store store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (Owner is StoreContext owner)
        {
            store.Check(owner);
        }

        return GetExternType();
    }

    /// <summary>The current type, without the store check.</summary>
    internal abstract ExternType GetExternType();
}

using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// A module whose imports a <see cref="Linker{T}"/> has resolved and type-checked once; mirrors
/// <c>wasmtime::InstancePre</c>. <see cref="Instantiate"/> can then run many times, in any store
/// of the engine, with no name lookups and no type checks (DESIGN.md decision 7): it only creates
/// the instance's context, memories, tables and globals, applies segments and runs the start function.
/// </summary>
public sealed class InstancePre<T>
{
    // Per import, in order: an Extern (bound to one store) or a store-independent host function
    // already made into a FuncRef that instantiation rebinds into the target store.
    private readonly object[] _items;

    internal InstancePre(Module module, object[] items)
    {
        Module = module;
        _items = items;
    }

    /// <summary>The module (<c>InstancePre::module</c>).</summary>
    public Module Module { get; }

    /// <summary>Instantiates the module in <paramref name="store"/> (<c>InstancePre::instantiate</c>).</summary>
    /// <exception cref="WasmLinkException">A definition belongs to another store or engine.</exception>
    /// <exception cref="WasmResourceLimitException">The store's resource limits deny the instance.</exception>
    /// <exception cref="WasmOutOfMemoryException">A memory or table of the instance cannot be allocated; the store stays usable.</exception>
    /// <exception cref="Trap">A segment was out of bounds or the start function trapped.</exception>
    /// <exception cref="WasmException">The start function threw a wasm exception that no wasm handler caught.</exception>
    public Instance Instantiate(Store<T> store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var builder = new ImportsBuilder(Module.Info);
        foreach (object item in _items)
        {
            if (item is FuncRef host)
            {
                builder.AddFunction(host);
                continue;
            }

            var extern_ = (Extern)item;
            if (extern_.Owner is StoreContext owner && !ReferenceEquals(owner, store.Context))
            {
                throw new WasmLinkException("cross-`Store` instantiation is not currently supported");
            }

            builder.Add(extern_);
        }

        return Instance.Create(store, Module, builder.Build());
    }
}

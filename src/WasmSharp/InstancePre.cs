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
    /// <exception cref="InvalidOperationException">The store's engine has <see cref="Config.AsyncSupport"/>: use <see cref="InstantiateAsync"/>.</exception>
    public Instance Instantiate(Store<T> store) => Instance.Create(store, Module, Imports(store));

    /// <summary>
    /// Instantiates the module in a store of an engine with <see cref="Config.AsyncSupport"/>
    /// (<c>InstancePre::instantiate_async</c>): a start function suspended in an async host function
    /// holds no thread. Many stores may instantiate the same <see cref="InstancePre{T}"/> at once.
    /// </summary>
    /// <param name="store">The store to instantiate in.</param>
    /// <param name="cancellationToken">Ends a start function that waits or, with epoch interruption, runs (see <see cref="Func.CallAsync"/>).</param>
    /// <exception cref="WasmLinkException">A definition belongs to another store or engine.</exception>
    /// <exception cref="InvalidOperationException">The store's engine has no <see cref="Config.AsyncSupport"/> (use <see cref="Instantiate"/>), or another call runs in the store.</exception>
    /// <exception cref="Trap">A segment was out of bounds or the start function trapped (the task fails with it).</exception>
    public Task<Instance> InstantiateAsync(Store<T> store, CancellationToken cancellationToken = default) =>
        Instance.CreateAsync(store, Module, Imports(store), cancellationToken);

    // The imports for `store`: host functions as they are (instantiation binds them to the
    // instance), externs only from that store.
    private InstanceImports Imports(Store<T> store)
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

        return builder.Build();
    }
}

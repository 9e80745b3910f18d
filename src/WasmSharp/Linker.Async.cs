using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp;

// The asynchronous definitions and entry points of Linker (Wasmtime's func_new_async,
// instantiate_async and module_async); the typed FuncWrapAsync overloads are generated.
public sealed partial class Linker<T>
{
    /// <summary>
    /// Defines <paramref name="module"/>::<paramref name="name"/> as an untyped asynchronous host
    /// function of <paramref name="type"/> (<c>Linker::func_new_async</c>): a guest that calls it waits
    /// for the callback's task without holding a thread.
    /// </summary>
    /// <exception cref="InvalidOperationException">The engine has no <see cref="Config.AsyncSupport"/>.</exception>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> DefineFuncAsync(string module, string name, FuncType type, AsyncFuncCallback<T> callback)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(callback);
        AsyncRefusals.Require(Engine, AsyncRefusals.FuncNewAsync);
        return DefineHost(module, name, HostFuncs.UntypedAsync(type, callback));
    }

    /// <summary>
    /// Resolves <paramref name="module"/>'s imports and instantiates it in a store of an engine with
    /// <see cref="Config.AsyncSupport"/> (<c>Linker::instantiate_async</c>); see <see cref="InstancePre{T}.InstantiateAsync"/>.
    /// </summary>
    /// <exception cref="WasmLinkException">An import is undefined or of the wrong type.</exception>
    /// <exception cref="InvalidOperationException">The store's engine has no <see cref="Config.AsyncSupport"/> (use <see cref="Instantiate"/>), or another call runs in the store.</exception>
    public Task<Instance> InstantiateAsync(Store<T> store, Module module, CancellationToken cancellationToken = default) =>
        InstantiatePre(module).InstantiateAsync(store, cancellationToken);

    /// <summary>
    /// Defines the exports of <paramref name="module"/> under <paramref name="moduleName"/> in a store
    /// of an engine with <see cref="Config.AsyncSupport"/> (<c>Linker::module_async</c>): as
    /// <see cref="Module"/>, but a command's functions are async host functions, each instantiating
    /// the module afresh with <c>InstantiateAsync</c> and calling the export as an async call, and a
    /// reactor is instantiated and its <c>_initialize</c> run through the async entry points.
    /// </summary>
    /// <exception cref="WasmLinkException">Imports cannot be resolved or a name is defined twice.</exception>
    /// <exception cref="InvalidOperationException">The store's engine has no <see cref="Config.AsyncSupport"/> (use <see cref="Module"/>).</exception>
    public Task<Linker<T>> ModuleAsync(Store<T> store, string moduleName, Module module, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(module);
        AsyncRefusals.Require(store.Engine, AsyncRefusals.AsyncInstantiation);
        if (!module.IsCommand)
        {
            return DefineReactorAsync(store, moduleName, module, cancellationToken);
        }

        InstancePre<T> pre = InstantiatePre(module);
        foreach (ExportType export in module.Exports)
        {
            if (export.Type.Func is FuncType type)
            {
                string exportName = export.Name;
                DefineHost(moduleName, exportName, HostFuncs.Async(type, (callee, values) =>
                {
                    // The arguments go to the command's call, and its results come back, in a copy
                    // that outlives the span.
                    ValRaw[] copy = values.ToArray();
                    Task run = RunCommandAsync(pre, (Store<T>)callee.Store.Owner!, exportName, copy);
                    return PendingRawCall.Started(run, copy, values);
                }));
            }
        }

        return Task.FromResult(this);
    }

    // A new instance of the command and one call of its export, both async (the caller's call is
    // waiting in this host function, so the store may be entered).
    private static async Task RunCommandAsync(InstancePre<T> pre, Store<T> store, string exportName, ValRaw[] values)
    {
        CancellationToken cancellationToken = AsyncState.Current?.CancellationToken ?? default;
        Instance instance = await pre.InstantiateAsync(store, cancellationToken).ConfigureAwait(false);
        FuncRef function = instance.GetFunc(store, exportName)!.Ref;
        await AsyncCalls.RunAsync(function.CreateActivation(values), cancellationToken).ConfigureAwait(false);
    }

    private async Task<Linker<T>> DefineReactorAsync(Store<T> store, string moduleName, Module module, CancellationToken cancellationToken)
    {
        Instance instance = await InstantiateAsync(store, module, cancellationToken).ConfigureAwait(false);
        if (instance.GetFunc(store, "_initialize") is Func initialize)
        {
            await initialize.CallAsync(store, ReadOnlyMemory<Val>.Empty, Memory<Val>.Empty, cancellationToken).ConfigureAwait(false);
        }

        return Instance(store, moduleName, instance);
    }
}

using WasmSharp.Binary;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// An instantiated module in a store (spec 4.2.5 "Module Instances"); mirrors <c>wasmtime::Instance</c>.
/// Instantiation follows Wasmtime's <c>instance.rs</c>: imports are checked (count, store, type),
/// resource counts are charged, functions, globals, tables and memories are created, element and
/// data segments are applied with bulk-memory semantics, and the start function runs.
/// </summary>
public sealed class Instance
{
    private readonly Store _store;
    private readonly Extern?[] _exports;
    private InstanceContext? _context;

    private Instance(Store store, Module module)
    {
        _store = store;
        Module = module;
        _exports = new Extern?[module.Exports.Count];
    }

    /// <summary>
    /// Instantiates <paramref name="module"/> in <paramref name="store"/> with <paramref name="imports"/>
    /// given positionally, in the module's import order (<c>Instance::new</c>).
    /// </summary>
    /// <exception cref="WasmLinkException">
    /// The imports do not match: <c>expected 2 imports, found 1</c>,
    /// <c>incompatible import type for `env::f`: ...</c>, <c>cross-`Store` instantiation is not currently supported</c>.
    /// </exception>
    /// <exception cref="WasmResourceLimitException">The store's resource limits deny the instance.</exception>
    /// <exception cref="WasmOutOfMemoryException">A memory or table of the instance cannot be allocated; the store stays usable.</exception>
    /// <exception cref="Trap">A segment was out of bounds or the start function trapped.</exception>
    /// <exception cref="WasmException">The start function threw a wasm exception that no wasm handler caught.</exception>
    /// <exception cref="NotSupportedException">The module uses a feature the compiler does not handle yet.</exception>
    /// <exception cref="InvalidOperationException">The store's engine has <see cref="Config.AsyncSupport"/>: use <see cref="NewAsync"/>.</exception>
    public Instance(Store store, Module module, Extern[] imports)
        : this(CheckEngine(store, module), module)
    {
        InstanceImports checkedImports = CheckImports(store, module, imports);
        AsyncRefusals.Refuse(store.Engine, AsyncRefusals.SyncInstantiation);
        Initialize(checkedImports);
    }

    /// <summary>
    /// Instantiates <paramref name="module"/> in a store of an engine with <see cref="Config.AsyncSupport"/>
    /// (<c>Instance::new_async</c>): as the constructor, but a start function suspended in an async
    /// host function holds no thread.
    /// </summary>
    /// <param name="store">The store to instantiate in.</param>
    /// <param name="module">The module.</param>
    /// <param name="imports">The imports, in the module's import order.</param>
    /// <param name="cancellationToken">Ends a start function that waits or, with epoch interruption, runs (see <see cref="Func.CallAsync"/>).</param>
    /// <exception cref="WasmLinkException">The imports do not match (see the constructor).</exception>
    /// <exception cref="InvalidOperationException">The store's engine has no <see cref="Config.AsyncSupport"/>, or another call runs in the store.</exception>
    public static Task<Instance> NewAsync(Store store, Module module, Extern[] imports, CancellationToken cancellationToken = default)
    {
        CheckEngine(store, module);
        InstanceImports checkedImports = CheckImports(store, module, imports);
        return CreateAsync(store, module, checkedImports, cancellationToken);
    }

    /// <summary>The module this is an instance of.</summary>
    public Module Module { get; }

    /// <summary>The context compiled code runs with.</summary>
    internal InstanceContext Context => _context!;

    /// <summary>Creates an instance from imports already resolved and type-checked (linker, <see cref="InstancePre{T}"/>).</summary>
    internal static Instance Create(Store store, Module module, InstanceImports imports)
    {
        var instance = new Instance(CheckEngine(store, module), module);
        AsyncRefusals.Refuse(store.Engine, AsyncRefusals.SyncInstantiation);
        instance.Initialize(imports);
        return instance;
    }

    /// <summary>
    /// Creates an instance in an async store from imports already resolved and type-checked, running
    /// its start function as an async call (Wasmtime's <c>new_started_async</c>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The store's engine has no <see cref="Config.AsyncSupport"/>, or another call runs in the store.</exception>
    internal static Task<Instance> CreateAsync(Store store, Module module, InstanceImports imports, CancellationToken cancellationToken)
    {
        AsyncRefusals.Require(CheckEngine(store, module).Engine, AsyncRefusals.AsyncInstantiation);
        store.Context.Async!.CheckEntry();
        return InitializeAsync(new Instance(store, module), imports, cancellationToken);
    }

    private static async Task<Instance> InitializeAsync(Instance instance, InstanceImports imports, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        AsyncState state = instance._store.Context.Async!;
        if (state.Limiter is AsyncLimiterAdapter limiter)
        {
            try
            {
                await DecideInitialGrowths(limiter, instance.Module.Info).ConfigureAwait(false);
                state.CheckEntry();
                instance.Initialize(imports, runStart: false);
            }
            finally
            {
                limiter.ForgetAnswers();
            }
        }
        else
        {
            instance.Initialize(imports, runStart: false);
        }

        if (instance.Module.Info.StartFunction is int start)
        {
            FuncRef function = instance.Context.Function(start);
            await AsyncCalls.RunAsync(function.CreateActivation([]), cancellationToken).ConfigureAwait(false);
        }

        return instance;
    }

    // The async limiter's decisions on the new instance's tables and memories, obtained without a
    // thread before the instantiation asks for them; the first denial ends the asking, as the
    // instantiation will stop there.
    private static async Task DecideInitialGrowths(AsyncLimiterAdapter limiter, ModuleInfo module)
    {
        foreach (GrowthRequest request in ModuleInstantiator.InitialGrowths(module))
        {
            Task<bool> decision = limiter.Ask(request).AsTask();
            await ((Task)decision).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            limiter.Answer(request, decision);
            if (!decision.IsCompletedSuccessfully || !decision.Result)
            {
                return;
            }
        }
    }

    // Instance::new's checks of positional imports: count, store, then each type.
    private static InstanceImports CheckImports(Store store, Module module, Extern[] imports)
    {
        ArgumentNullException.ThrowIfNull(imports);
        IReadOnlyList<ImportType> expected = module.Imports;
        if (imports.Length != expected.Count)
        {
            throw new WasmLinkException($"expected {expected.Count} imports, found {imports.Length}");
        }

        var builder = new ImportsBuilder(module.Info);
        for (int i = 0; i < imports.Length; i++)
        {
            Extern item = imports[i] ?? throw new ArgumentNullException(nameof(imports), $"import {i} is null");
            ImportType import = expected[i];
            if (item.Owner is StoreContext owner && !ReferenceEquals(owner, store.Context))
            {
                throw new WasmLinkException("cross-`Store` instantiation is not currently supported");
            }

            if (ImportMatcher.Mismatch(module, i, item) is string reason)
            {
                throw new WasmLinkException($"incompatible import type for `{import.Module}::{import.Name}`: {reason}");
            }

            builder.Add(item);
        }

        return builder.Build();
    }

    /// <summary>The export named <paramref name="name"/>, or null (<c>Instance::get_export</c>).</summary>
    public Extern? GetExport(Store store, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Module.GetExportIndex(name) is ModuleExport export ? GetExport(store, export) : null;
    }

    /// <summary>
    /// The export <paramref name="export"/> from <see cref="WasmSharp.Module.GetExportIndex"/>, with
    /// no name lookup (<c>Instance::get_module_export</c>); null when the handle is of another module.
    /// </summary>
    public Extern? GetExport(Store store, ModuleExport export)
    {
        ArgumentNullException.ThrowIfNull(store);
        store.Check(Context.Store);
        if (!ReferenceEquals(export.Module, Module))
        {
            return null;
        }

        return _exports[export.ExportIndex] ??= Wrap(export.Kind, export.EntityIndex);
    }

    /// <summary>The exported function <paramref name="name"/>, or null (<c>Instance::get_func</c>).</summary>
    public Func? GetFunc(Store store, string name) => GetExport(store, name) as Func;

    /// <summary>
    /// The exported function <paramref name="name"/> with a static signature (<c>Instance::get_typed_func</c>).
    /// </summary>
    /// <exception cref="ArgumentException">
    /// There is no such function (<c>failed to find function export `NAME`</c>), or its type differs:
    /// <c>failed to convert function `NAME` to given type</c>, Wasmtime's context message, with the
    /// parameter or result mismatch as the <see cref="Exception.InnerException"/> (Wasmtime's cause).
    /// </exception>
    public TypedFunc<TParams, TResults> GetTypedFunc<TParams, TResults>(Store store, string name)
    {
        Func func = GetFunc(store, name) ?? throw new ArgumentException($"failed to find function export `{name}`");
        if (func.TypeMismatch<TParams, TResults>() is string reason)
        {
            throw new ArgumentException($"failed to convert function `{name}` to given type", new ArgumentException(reason));
        }

        return func.Typed<TParams, TResults>(store);
    }

    /// <summary>
    /// The exported memory <paramref name="name"/>, or null (<c>Instance::get_memory</c>); null for a
    /// shared memory, which <see cref="GetSharedMemory"/> returns.
    /// </summary>
    public Memory? GetMemory(Store store, string name) => GetExport(store, name) as Memory;

    /// <summary>The exported shared memory <paramref name="name"/>, or null (<c>Instance::get_shared_memory</c>).</summary>
    public SharedMemory? GetSharedMemory(Store store, string name) => GetExport(store, name) as SharedMemory;

    /// <summary>The exported table <paramref name="name"/>, or null (<c>Instance::get_table</c>).</summary>
    public Table? GetTable(Store store, string name) => GetExport(store, name) as Table;

    /// <summary>The exported global <paramref name="name"/>, or null (<c>Instance::get_global</c>).</summary>
    public Global? GetGlobal(Store store, string name) => GetExport(store, name) as Global;

    /// <summary>Every export with its name, in the module's export order (<c>Instance::exports</c>).</summary>
    public IEnumerable<(string Name, Extern Value)> Exports(Store store)
    {
        ArgumentNullException.ThrowIfNull(store);
        store.Check(Context.Store);
        for (int i = 0; i < Module.Exports.Count; i++)
        {
            ExportInfo info = Module.Info.Exports[i];
            yield return (info.Name, _exports[i] ??= Wrap(info.Kind, info.Index));
        }
    }

    private void Initialize(InstanceImports imports, bool runStart = true)
    {
        // The context is attached before the start function runs, so its host calls see the caller.
        _context = CodeFor(imports).Instantiate(_store.Context, imports, this, cx =>
        {
            _context = cx;
            _store.Context.Inventory?.Add(this);
        }, runStart);
    }

    // The tier the instance runs in: its engine's, except that in an async store that runs compiled
    // code an instance that may suspend is interpreted, since compiled code cannot unwind to resume
    // later (docs/tiers.md). Compiled and interpreted instances of one store call each other.
    private ModuleCode CodeFor(InstanceImports imports)
    {
        StoreContext store = _store.Context;
        if (store.Async is AsyncState state && store.RunsCompiledCode && state.MaySuspend(imports.Functions))
        {
            Interpretation.InterpreterWarmup.Begin();
            return Module.InterpretedCode;
        }

        return Module.Code;
    }

    private Extern Wrap(ExternKind kind, int index)
    {
        InstanceContext cx = Context;
        return kind switch
        {
            ExternKind.Func => new Func(cx.Function(index)),
            ExternKind.Table => new Table(cx.Tables[index]),
            ExternKind.Memory => cx.Memories[index].Type.Shared ? new SharedMemory(cx.Memories[index]) : new Memory(cx.Memories[index]),
            ExternKind.Global => new Global(cx.Globals[index], cx.Store),
            _ => new Tag(cx.Tags[index]),
        };
    }

    private static Store CheckEngine(Store store, Module module)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(module);
        if (!ReferenceEquals(store.Engine, module.Engine))
        {
            throw new WasmLinkException("cross-`Engine` instantiation is not currently supported");
        }

        return store;
    }
}

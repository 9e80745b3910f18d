using WasmSharp.Compilation;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// Resolves imports by module and item name; mirrors <c>wasmtime::Linker</c>. Definitions are
/// externs of a store (<see cref="Define"/>, <see cref="Instance"/>) or store-independent host
/// functions (<see cref="DefineFunc"/>, <c>FuncWrap</c>), which are made anew in each store the
/// linker instantiates in.
/// </summary>
/// <typeparam name="T">The data type of the stores this linker instantiates in.</typeparam>
public sealed partial class Linker<T>
{
    // Per (module, name): an Extern, or a HostFuncDefinition.
    private readonly Dictionary<(string Module, string Name), object> _definitions = new();

    // A FuncRef per host definition, made once and bound to each instantiating store.
    private readonly Dictionary<HostFuncDefinition, FuncRef> _hostTemplates = new(ReferenceEqualityComparer.Instance);
    private readonly StoreContext _detached;

    /// <summary>Creates an empty linker for <paramref name="engine"/> (<c>Linker::new</c>).</summary>
    public Linker(Engine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        Engine = engine;
        // Templates are never called: each instantiation binds its own copy, which its store gives
        // a native entry point (StoreContext.AttachEntry), so the template needs none.
        _detached = new StoreContext(engine.MaxWasmStack, engine.Epoch) { RunsCompiledCode = false };
    }

    /// <summary>The engine (<c>Linker::engine</c>).</summary>
    public Engine Engine { get; }

    /// <summary>
    /// Whether a definition may replace an earlier one of the same name (<c>Linker::allow_shadowing</c>).
    /// Default: false, and redefining throws <c>import of `m::n` defined twice</c>.
    /// </summary>
    public bool AllowShadowing { get; set; }

    /// <summary>Defines <paramref name="module"/>::<paramref name="name"/> as <paramref name="item"/> of <paramref name="store"/> (<c>Linker::define</c>).</summary>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> Define(Store store, string module, string name, Extern item)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(item);
        if (item.Owner is StoreContext owner)
        {
            store.Check(owner);
        }

        Insert(module, name, item);
        return this;
    }

    /// <summary>
    /// Defines <paramref name="module"/>::<paramref name="name"/> as an untyped host function of
    /// <paramref name="type"/> (<c>Linker::func_new</c>).
    /// </summary>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> DefineFunc(string module, string name, FuncType type, FuncCallback<T> callback)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(callback);
        return DefineHost(module, name, new HostFuncDefinition(type, HostFuncs.Untyped(type, callback)));
    }

    /// <summary>
    /// Defines <paramref name="module"/>::<paramref name="name"/> as an unchecked host function of
    /// <paramref name="type"/> (<c>Linker::func_new_unchecked</c>): the callback reads and writes
    /// the call's raw values (<see cref="UncheckedValues"/>), with neither a <see cref="Val"/> per
    /// value nor a generic adapter per signature, as <c>FuncWrap</c> makes. So that no callback can
    /// put a reference of the wrong type where wasm expects one, the type may hold numbers only
    /// (i32, i64, f32, f64); a result the callback does not write reads as the bits left in its slot.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="type"/> has a parameter or result that is not a number.</exception>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> FuncNewUnchecked(string module, string name, FuncType type, UncheckedFuncCallback<T> callback)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(callback);
        foreach (IReadOnlyList<ValType> values in (IReadOnlyList<ValType>[])[type.Params, type.Results])
        {
            for (int i = 0; i < values.Count; i++)
            {
                if (!values[i].IsNumber)
                {
                    throw new ArgumentException($"an unchecked host function takes and returns numbers only, not {values[i]}: {type}", nameof(type));
                }
            }
        }

        return DefineHost(module, name, new HostFuncDefinition(type, (callee, values) => callback(HostFuncs.CallerOf<T>(callee), new UncheckedValues(values))));
    }

    /// <summary>Defines every export of <paramref name="instance"/> under <paramref name="moduleName"/> (<c>Linker::instance</c>).</summary>
    /// <exception cref="WasmLinkException">A name is defined and shadowing is off.</exception>
    public Linker<T> Instance(Store<T> store, string moduleName, Instance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        foreach ((string name, Extern value) in instance.Exports(store))
        {
            Define(store, moduleName, name, value);
        }

        return this;
    }

    /// <summary>
    /// Defines the exports of <paramref name="module"/> under <paramref name="moduleName"/>
    /// (<c>Linker::module</c>). A command (exporting <c>_start</c>) gets functions that each
    /// instantiate the module afresh and call the export; a reactor is instantiated once, its
    /// <c>_initialize</c> run, and its exports defined.
    /// </summary>
    /// <exception cref="WasmLinkException">Imports cannot be resolved or a name is defined twice.</exception>
    public Linker<T> Module(Store<T> store, string moduleName, Module module)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(module);
        if (module.IsCommand)
        {
            InstancePre<T> pre = InstantiatePre(module);
            foreach (ExportType export in module.Exports)
            {
                if (export.Type.Func is not FuncType type)
                {
                    continue;
                }

                string exportName = export.Name;
                DefineHost(moduleName, exportName, new HostFuncDefinition(type, (callee, values) =>
                {
                    var owner = (Store<T>)callee.Store.Owner!;
                    Func func = pre.Instantiate(owner).GetFunc(owner, exportName)!;
                    func.Ref.Call(values);
                }));
            }

            return this;
        }

        Instance instance = Instantiate(store, module);
        instance.GetFunc(store, "_initialize")?.Call(store, [], []);
        return Instance(store, moduleName, instance);
    }

    /// <summary>
    /// Defines every function import of <paramref name="module"/> not yet defined as a function that
    /// traps when called (<c>Linker::define_unknown_imports_as_traps</c>).
    /// </summary>
    public Linker<T> DefineUnknownImportsAsTraps(Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        foreach (ImportType import in module.Imports)
        {
            if (import.Type.Func is FuncType type && !_definitions.ContainsKey((import.Module, import.Name)))
            {
                string message = $"unknown import: `{import.Module}::{import.Name}` has not been defined";
                DefineHost(import.Module, import.Name, new HostFuncDefinition(type, (_, _) => throw new Trap(TrapCode.UnreachableCodeReached, message)));
            }
        }

        return this;
    }

    /// <summary>
    /// Defines every function import of <paramref name="module"/> that is not yet defined as a
    /// function that ignores its arguments and returns zeros and nulls
    /// (<c>Linker::define_unknown_imports_as_default_values</c>).
    /// </summary>
    public Linker<T> DefineUnknownImportsAsDefaultValues(Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        foreach (ImportType import in module.Imports)
        {
            if (import.Type.Func is FuncType type && !_definitions.ContainsKey((import.Module, import.Name)))
            {
                // Results are written from slot 0 over the arguments; zero bits are every type's default.
                int results = type.Results.Count;
                DefineHost(import.Module, import.Name, new HostFuncDefinition(type, (_, values) => values[..results].Clear()));
            }
        }

        return this;
    }

    /// <summary>Resolves <paramref name="module"/>'s imports and instantiates it (<c>Linker::instantiate</c>).</summary>
    /// <exception cref="WasmLinkException">An import is undefined or of the wrong type.</exception>
    /// <exception cref="WasmResourceLimitException">The store's resource limits deny the instance.</exception>
    /// <exception cref="WasmOutOfMemoryException">A memory or table of the instance cannot be allocated; the store stays usable.</exception>
    /// <exception cref="Trap">A segment was out of bounds or the start function trapped.</exception>
    /// <exception cref="WasmException">The start function threw a wasm exception that no wasm handler caught.</exception>
    /// <exception cref="InvalidOperationException">The store's engine has <see cref="Config.AsyncSupport"/>: use <see cref="InstantiateAsync"/>.</exception>
    public Instance Instantiate(Store<T> store, Module module) => InstantiatePre(module).Instantiate(store);

    /// <summary>
    /// Resolves and type-checks <paramref name="module"/>'s imports once, for many instantiations
    /// (<c>Linker::instantiate_pre</c>).
    /// </summary>
    /// <exception cref="WasmLinkException">An import is undefined or of the wrong type.</exception>
    public InstancePre<T> InstantiatePre(Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        if (!ReferenceEquals(module.Engine, Engine))
        {
            throw new WasmLinkException("cross-`Engine` instantiation is not currently supported");
        }

        var items = new object[module.Imports.Count];
        for (int i = 0; i < items.Length; i++)
        {
            ImportType import = module.Imports[i];
            if (!_definitions.TryGetValue((import.Module, import.Name), out object? definition))
            {
                throw new WasmLinkException($"unknown import: `{import.Module}::{import.Name}` has not been defined");
            }

            string? reason = definition switch
            {
                HostFuncDefinition host => import.Type.Func is FuncType expected
                    ? ImportMatcher.MatchFunc(ImportMatcher.ExpectedTypeId(module, i), expected, FuncTypeRegistry.GetId(host.Type), host.Type)
                    : $"expected {import.Type.Kind.ToString().ToLowerInvariant()}, but found func",
                _ => ImportMatcher.Mismatch(module, i, (Extern)definition),
            };
            if (reason is not null)
            {
                throw new WasmLinkException($"incompatible import type for `{import.Module}::{import.Name}`: {reason}");
            }

            items[i] = definition is HostFuncDefinition h ? Template(h) : definition;
        }

        return new InstancePre<T>(module, items);
    }

    /// <summary>
    /// The default function of <paramref name="moduleName"/> (<c>Linker::get_default</c>): its export
    /// <c>""</c>, else <c>_start</c>, else a function doing nothing.
    /// </summary>
    public Func GetDefault(Store<T> store, string moduleName)
    {
        if (Get(store, moduleName, "") is Func empty)
        {
            return empty;
        }

        if (Get(store, moduleName, "_start") is Func start)
        {
            return start;
        }

        return Func.Wrap(store, static () => { });
    }

    /// <summary>The definition of <paramref name="module"/>::<paramref name="name"/> in <paramref name="store"/>, or null (<c>Linker::get</c>).</summary>
    public Extern? Get(Store<T> store, string module, string name)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (!_definitions.TryGetValue((module, name), out object? definition))
        {
            return null;
        }

        return definition switch
        {
            HostFuncDefinition host => new Func(HostFunctionFactory.Create(host, store.Context)),
            _ => (Extern)definition,
        };
    }

    private Linker<T> DefineHost(string module, string name, HostFuncDefinition definition)
    {
        Insert(module, name, definition);
        return this;
    }

    private void Insert(string module, string name, object definition)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(name);
        if (!AllowShadowing && _definitions.ContainsKey((module, name)))
        {
            throw new WasmLinkException($"import of `{module}::{name}` defined twice");
        }

        _definitions[(module, name)] = definition;
    }

    private FuncRef Template(HostFuncDefinition host)
    {
        lock (_hostTemplates)
        {
            if (!_hostTemplates.TryGetValue(host, out FuncRef? template))
            {
                template = HostFunctionFactory.Create(host, _detached);
                _hostTemplates[host] = template;
            }

            return template;
        }
    }
}

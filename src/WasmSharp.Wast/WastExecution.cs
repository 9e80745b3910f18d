using WasmSharp.Text.Wast;
using WasmSharp.Types;

namespace WasmSharp.Wast;

/// <summary>
/// The execution state of one script, entirely on the public API: one store, a linker holding
/// <c>spectest</c> and every <c>register</c>ed instance (shadowing allowed, as in Wasmtime's wast
/// crate), named instances and module definitions, and the current instance. Nothing here turns an
/// exception into a skip: a module the engine cannot compile or instantiate fails its command, and
/// commands using that module fail with the cause.
/// </summary>
internal sealed class WastExecution
{
    private readonly Store<object?> _store;
    private readonly Linker<object?> _linker;
    private readonly Dictionary<string, Instance> _named = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Module> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _failed = new(StringComparer.Ordinal);
    private Instance? _current;
    private string? _currentFailure;

    /// <summary>Creates the state for a script run in <paramref name="engine"/>.</summary>
    public WastExecution(Engine engine)
    {
        _store = new Store<object?>(engine, null);
        _linker = new Linker<object?>(engine) { AllowShadowing = true };
        Spectest.Define(_linker, _store);
    }

    /// <summary>Instantiates <paramref name="module"/> and makes it current (and named, with an id).</summary>
    public void Instantiate(Module module, string? id)
    {
        Instance instance = InstantiateModule(module);
        _current = instance;
        _currentFailure = null;
        if (id is not null)
        {
            _named[id] = instance;
            _failed.Remove(id);
        }
    }

    /// <summary>
    /// Records that the module command at <paramref name="line"/> failed, so commands using the
    /// current (or named) instance fail with that cause instead of running on an older instance.
    /// </summary>
    public void ModuleFailed(string? id, int line)
    {
        string reason = $"the module at line {line} failed to load";
        _current = null;
        _currentFailure = reason;
        if (id is not null)
        {
            _named.Remove(id);
            _failed[id] = reason;
        }
    }

    /// <summary>Records a module definition (<c>module definition $id</c>).</summary>
    public void Define(Module module, string? id)
    {
        if (id is not null)
        {
            _definitions[id] = module;
        }
    }

    /// <summary>Instantiates a definition (<c>module instance $i $d</c>).</summary>
    public void InstantiateDefinition(string? instanceId, string? definitionId)
    {
        if (definitionId is null || !_definitions.TryGetValue(definitionId, out Module? module))
        {
            throw new InvalidOperationException($"unknown module definition {definitionId}");
        }

        Instantiate(module, instanceId);
    }

    /// <summary>Instantiates <paramref name="module"/> without making it current (module assertions).</summary>
    public Instance InstantiateModule(Module module) => _linker.Instantiate(_store, module);

    /// <summary>Defines the exports of an instance under <paramref name="name"/> (<c>register</c>).</summary>
    public void Register(string name, string? id) => _linker.Instance(_store, name, Resolve(id));

    /// <summary>Runs an <c>invoke</c> or <c>get</c> and returns its results.</summary>
    public Val[] Perform(WastAction action)
    {
        Instance instance = Resolve(action.ModuleId);
        Extern export = instance.GetExport(_store, action.Name)
            ?? throw new InvalidOperationException($"unknown export \"{action.Name}\"");
        if (action is WastGet)
        {
            var global = export as Global ?? throw new InvalidOperationException($"export \"{action.Name}\" is a {export.Kind}, not a global");
            return [global.Get(_store)];
        }

        var invoke = (WastInvoke)action;
        var func = export as Func ?? throw new InvalidOperationException($"export \"{action.Name}\" is a {export.Kind}, not a function");
        FuncType type = func.Ty(_store);
        var arguments = new Val[invoke.Args.Count];
        for (int i = 0; i < arguments.Length; i++)
        {
            // Only ref.func has no argument form: the script grammar allows it in results, not in arguments.
            arguments[i] = WastValues.ToVal(invoke.Args[i]) ?? throw new InvalidOperationException($"argument {invoke.Args[i].Type} cannot be passed to a function");
        }

        var results = new Val[type.Results.Count];
        func.Call(_store, arguments, results);
        return results;
    }

    private Instance Resolve(string? id)
    {
        if (id is null)
        {
            if (_currentFailure is not null)
            {
                throw new InvalidOperationException(_currentFailure);
            }

            return _current ?? throw new InvalidOperationException("no module instantiated yet");
        }

        if (_failed.TryGetValue(id, out string? failure))
        {
            throw new InvalidOperationException(failure);
        }

        return _named.TryGetValue(id, out Instance? instance) ? instance : throw new InvalidOperationException($"unknown module {id}");
    }
}

using WasmSharp.Text.Wast;
using WasmSharp.Types;

namespace WasmSharp.Wast;

/// <summary>
/// The execution state of one script, entirely on the public API: one store, a linker holding
/// <c>spectest</c> and every <c>register</c>ed instance (shadowing allowed, as in Wasmtime's wast
/// crate), named instances and module definitions, and the current instance. An instance the
/// compiler could not build is remembered with the reason, so commands using it are skipped.
/// </summary>
internal sealed class WastExecution
{
    private readonly Store<object?> _store;
    private readonly Linker<object?> _linker;
    private readonly Dictionary<string, Instance> _named = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _unavailable = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Module> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _failed = new(StringComparer.Ordinal);

    // Names registered from instances that could not be built: modules importing them are skipped too.
    private readonly Dictionary<string, string> _unavailableRegistrations = new(StringComparer.Ordinal);
    private Instance? _current;
    private string? _currentUnavailable;
    private string? _currentFailure;

    /// <summary>Creates the state for a script run in <paramref name="engine"/>.</summary>
    public WastExecution(Engine engine)
    {
        _store = new Store<object?>(engine, null);
        _linker = new Linker<object?>(engine) { AllowShadowing = true };
        Spectest.Define(_linker, _store);
    }

    /// <summary>Instantiates <paramref name="module"/> and makes it current (and named, with an id).</summary>
    /// <exception cref="WastSkip">The compiler does not handle the module yet.</exception>
    public void Instantiate(Module module, string? id)
    {
        try
        {
            Instance instance = InstantiateOrSkip(module);
            _current = instance;
            _currentUnavailable = null;
            _currentFailure = null;
            if (id is not null)
            {
                _named[id] = instance;
                _unavailable.Remove(id);
                _failed.Remove(id);
            }
        }
        catch (WastSkip skip)
        {
            _current = null;
            _currentUnavailable = skip.Message;
            _currentFailure = null;
            if (id is not null)
            {
                _named.Remove(id);
                _unavailable[id] = skip.Message;
            }

            throw;
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
        _currentUnavailable = null;
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
    /// <exception cref="WastSkip">The compiler does not handle the module yet.</exception>
    public Instance InstantiateOrSkip(Module module)
    {
        try
        {
            return _linker.Instantiate(_store, module);
        }
        catch (NotSupportedException e)
        {
            throw new WastSkip("not compiled yet: " + e.Message);
        }
        catch (WasmLinkException) when (module.Imports.FirstOrDefault(i => _unavailableRegistrations.ContainsKey(i.Module)) is ImportType import)
        {
            throw new WastSkip(_unavailableRegistrations[import.Module]);
        }
    }

    /// <summary>Defines the exports of an instance under <paramref name="name"/> (<c>register</c>).</summary>
    public void Register(string name, string? id)
    {
        try
        {
            _linker.Instance(_store, name, Resolve(id));
            _unavailableRegistrations.Remove(name);
        }
        catch (WastSkip skip)
        {
            _unavailableRegistrations[name] = skip.Message;
            throw;
        }
    }

    /// <summary>Runs an <c>invoke</c> or <c>get</c> and returns its results.</summary>
    /// <exception cref="WastSkip">The action cannot be run (module not compiled, argument not expressible).</exception>
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
            arguments[i] = WastValues.ToVal(invoke.Args[i]) ?? throw new WastSkip($"argument {invoke.Args[i].Type} cannot be passed by the runner yet");
        }

        var results = new Val[type.Results.Count];
        func.Call(_store, arguments, results);
        return results;
    }

    private Instance Resolve(string? id)
    {
        if (id is null)
        {
            if (_currentUnavailable is not null)
            {
                throw new WastSkip(_currentUnavailable);
            }

            if (_currentFailure is not null)
            {
                throw new InvalidOperationException(_currentFailure);
            }

            return _current ?? throw new InvalidOperationException("no module instantiated yet");
        }

        if (_unavailable.TryGetValue(id, out string? reason))
        {
            throw new WastSkip(reason);
        }

        if (_failed.TryGetValue(id, out string? failure))
        {
            throw new InvalidOperationException(failure);
        }

        return _named.TryGetValue(id, out Instance? instance) ? instance : throw new InvalidOperationException($"unknown module {id}");
    }
}

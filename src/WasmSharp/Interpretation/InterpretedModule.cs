using WasmSharp.Binary;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>
/// A module run by the interpreter (Wasmtime's Pulley beside Cranelift): one
/// <see cref="InterpretedFunction"/> per defined function, translated lazily. Creating it costs
/// nothing per function but an object, so a module starts at once whatever its size.
/// </summary>
internal sealed class InterpretedModule : ModuleCode
{
    private readonly InterpretedFunction[] _functions;
    private readonly RawInvoker?[] _invokers;

    // Per signature, the native entry point compiled code calls an interpreted function through
    // (Compilation.HostTrampolines.GetInterpreterEntry); null where no code is compiled.
    private readonly Func<FuncType, int, IntPtr>? _entryTrampolines;

    /// <summary>
    /// Prepares <paramref name="module"/> for interpretation with the engine's interruption settings.
    /// <paramref name="entryTrampolines"/> gives, per signature, the trampoline through which compiled
    /// code of the same store calls these functions; null where no compiled code can run.
    /// </summary>
    /// <remarks>
    /// With <paramref name="tierUp"/> (Strategy.Auto under a JIT), hot functions are compiled by it
    /// (a batch of function indices in, their entry points out) and switched to; see <see cref="Interpretation.TierUp"/>.
    /// </remarks>
    public InterpretedModule(ModuleInfo module, bool consumeFuel, bool epochInterruption, bool epochContinuation, Func<FuncType, int, IntPtr>? entryTrampolines = null, TierUpSettings? tierUp = null)
        : base(module, FuncTypeRegistry.GetModuleIds(module))
    {
        _entryTrampolines = entryTrampolines;
        TierUp = tierUp is null ? null : new TierUp(this, tierUp.Compile, tierUp.CompileLoops, tierUp.LoopsFirst, tierUp.Threshold, tierUp.Synchronous);
        Backtrace.RegisterInterpreter(typeof(Interpreter));
        ConsumeFuel = consumeFuel;
        EpochInterruption = epochInterruption;
        EpochContinuation = epochContinuation;
        _functions = new InterpretedFunction[module.Bodies.Count];
        _invokers = new RawInvoker?[module.Bodies.Count];
        for (int i = 0; i < _functions.Length; i++)
        {
            _functions[i] = new InterpretedFunction(this, module.ImportedFunctionCount + i);
        }
    }

    /// <summary>The tier-up of this module, or null when it stays interpreted.</summary>
    public TierUp? TierUp { get; }

    /// <summary>Whether code charges fuel (<see cref="Config.ConsumeFuel"/>).</summary>
    public bool ConsumeFuel { get; }

    /// <summary>Whether code checks the epoch deadline (<see cref="Config.EpochInterruption"/>).</summary>
    public bool EpochInterruption { get; }

    /// <summary>Whether an epoch deadline asks the store's callback before trapping (<see cref="Config.EpochDeadlineContinuation"/>).</summary>
    public bool EpochContinuation { get; }

    /// <summary>Defined function <paramref name="functionIndex"/> (an index of the whole function index space).</summary>
    public InterpretedFunction GetFunction(int functionIndex) => _functions[functionIndex - Module.ImportedFunctionCount];

    /// <summary>
    /// Translates every defined function that has not run yet, as if each had been called. Functions are
    /// otherwise translated at their first call; this exists so the benchmark harness can measure
    /// translation throughput apart from execution.
    /// </summary>
    public void TranslateAll()
    {
        foreach (InterpretedFunction function in _functions)
        {
            _ = function.Code;
        }
    }

    /// <inheritdoc/>
    public override FuncRef CreateFunction(int functionIndex, InstanceContext cx)
    {
        FuncType type = Module.GetFunctionType(functionIndex);
        int typeId = FunctionTypeIds[functionIndex];
        InterpretedFunction function = GetFunction(functionIndex);
        if (_entryTrampolines is null || !cx.Store.RunsCompiledCode)
        {
            return new FuncRef(IntPtr.Zero, cx, type, typeId, this, functionIndex, function);
        }

        // Compiled code of this store may call it (through a table, an import or ref.func): give it
        // an entry context, and the trampoline of its signature once compiled code runs in the
        // store, as host functions have.
        var entry = new InstanceContext(cx.Store)
        {
            InterpreterEntry = (_, values) => Interpreter.Invoke(function, cx, values),
            Owner = this,
        };
        var reference = new FuncRef(_entryTrampolines, entry, cx, type, typeId, function);
        cx.Store.AttachEntry(reference);
        return reference;
    }

    /// <inheritdoc/>
    public override RawInvoker GetInvoker(int functionIndex)
    {
        int defined = functionIndex - Module.ImportedFunctionCount;
        if (_invokers[defined] is RawInvoker invoker)
        {
            return invoker;
        }

        InterpretedFunction function = _functions[defined];
        invoker = (cx, values) => Interpreter.Invoke(function, cx, values);
        _invokers[defined] = invoker;
        return invoker;
    }
}

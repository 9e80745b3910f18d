using WasmSharp.Binary;
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

    /// <summary>Prepares <paramref name="module"/> for interpretation with the engine's interruption settings.</summary>
    public InterpretedModule(ModuleInfo module, bool consumeFuel, bool epochInterruption, bool epochContinuation)
        : base(module, FuncTypeRegistry.GetModuleIds(module))
    {
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
    public override FuncRef CreateFunction(int functionIndex, InstanceContext cx) =>
        new(IntPtr.Zero, cx, Module.GetFunctionType(functionIndex), FunctionTypeIds[functionIndex], this, functionIndex, GetFunction(functionIndex));

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

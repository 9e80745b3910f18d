using System.Runtime.Intrinsics;
using WasmSharp.Types;

namespace WasmSharp.Fuzz.Diff;

/// <summary>Runs a module's exports under WasmSharp and records the trace compared with Wasmtime's.</summary>
internal static class WasmSharpExecutor
{
    /// <summary>
    /// Instantiates <paramref name="module"/>, calls each planned export (after resetting binaryen's hang limit),
    /// and records results, traps, logs and the final memory hashes.
    /// </summary>
    public static ExecutionTrace Run(Module module, EngineChoice choice, IReadOnlyList<ExportPlan> plans, string? hangLimitExport)
    {
        var trace = new ExecutionTrace();
        using var store = new Store<ExecutionTrace>(module.Engine, trace);
        var linker = new Linker<ExecutionTrace>(module.Engine);
        foreach (ImportType import in module.Imports)
        {
            string name = import.Name;
            linker.DefineFunc(import.Module, name, import.Type.Func!, (caller, parameters, _) =>
                caller.Data.Add($"{name}({string.Join(", ", parameters.ToArray().Select(Format))})"));
        }

        PrepareBudget(store, choice);
        Instance? instance = TryStep(trace, "instantiate", () => linker.Instantiate(store, module));
        if (instance is null)
        {
            return trace;
        }

        foreach (ExportPlan plan in plans)
        {
            Func func = instance.GetFunc(store, plan.Name)!;
            if (hangLimitExport is not null && plan.Name != hangLimitExport)
            {
                PrepareBudget(store, choice);
                instance.GetFunc(store, hangLimitExport)!.Call(store, ReadOnlySpan<Val>.Empty, Span<Val>.Empty);
            }

            PrepareBudget(store, choice);
            Val[] arguments = plan.Arguments.Select(ToVal).ToArray();
            var results = new Val[plan.Type.Results.Count];
            if (TryStep(trace, $"call {plan.Name}", () => { func.Call(store, arguments, results); return func; }) is null)
            {
                if (trace.Crash is not null)
                {
                    return trace;
                }

                continue;
            }

            trace.Add($"call {plan.Name} -> [{string.Join(", ", results.Select(Format))}]");
        }

        foreach ((string name, Extern value) in instance.Exports(store))
        {
            if (value is SharedMemory)
            {
                // Wasmtime's .NET package cannot read a shared memory; binaryen's hashMemory export covers it.
                trace.Add($"memory {name}: shared");
            }
            else if (value is Memory memory)
            {
                ReadOnlySpan<byte> bytes = memory.Span(store);
                trace.Add($"memory {name}: {bytes.Length} bytes, sha256 {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes))[..16]}");
            }
        }

        return trace;
    }

    /// <summary>Gives the store the per-call budget: the same fuel Wasmtime gets, and an epoch deadline never reached.</summary>
    private static void PrepareBudget(Store store, EngineChoice choice)
    {
        if (choice.ConsumeFuel)
        {
            store.SetFuel(EngineChoice.FuelPerCall);
        }

        if (choice.EpochInterruption)
        {
            // Nothing increments the epoch during a diff case: the checks run, and never fire.
            store.SetEpochDeadline(1UL << 40);
        }
    }

    /// <summary>
    /// Runs one step; records a trap (bounded when it reflects a resource limit) or an unexpected exception
    /// (a crash) and returns null, or returns the step's value when it completed.
    /// </summary>
    private static TResult? TryStep<TResult>(ExecutionTrace trace, string what, Func<TResult> step)
        where TResult : class
    {
        try
        {
            return step();
        }
        catch (Trap trap)
        {
            string line = $"{what} -> trap {TrapName(trap.Code)}";
            if (trap.Code is TrapCode.StackOverflow or TrapCode.OutOfFuel or TrapCode.Interrupt or TrapCode.AllocationTooLarge)
            {
                trace.AddBounded(line);
            }
            else
            {
                trace.Add(line);
            }
        }
        catch (WasmException)
        {
            trace.Add($"{what} -> uncaught exception");
        }
        catch (WasmResourceLimitException e)
        {
            trace.AddBounded($"{what} -> resource limit ({e.Message})");
        }
        catch (Exception e)
        {
            // No module may make the runtime throw anything else: the diff fuzzer reports this as a failure.
            trace.Crash = $"{what}: {e}";
        }

        return null;
    }

    /// <summary>The trap's name as Wasmtime's TrapCode spells it.</summary>
    public static string TrapName(TrapCode code) => code == TrapCode.UnreachableCodeReached ? "Unreachable" : code.ToString();

    private static Val ToVal(ArgumentValue value) => value.Kind switch
    {
        ValKind.I32 => Val.I32((int)value.Low),
        ValKind.I64 => Val.I64((long)value.Low),
        ValKind.F32 => Val.F32Bits((uint)value.Low),
        ValKind.F64 => Val.F64Bits(value.Low),
        ValKind.V128 => Val.V128(value.Low, value.High),
        _ => throw new InvalidOperationException($"no host value for {value.Kind}"),
    };

    private static string Format(Val value)
    {
        switch (value.Kind)
        {
            case ValKind.I32:
                return ValueText.I32(value.AsI32());
            case ValKind.I64:
                return ValueText.I64(value.AsI64());
            case ValKind.F32:
                return ValueText.F32(value.AsF32Bits());
            case ValKind.F64:
                return ValueText.F64(value.AsF64Bits());
            case ValKind.V128:
                var lanes = value.AsV128().AsUInt64();
                return ValueText.V128(lanes.GetElement(0), lanes.GetElement(1));
            default:
                return ValueText.Ref(value.IsNull);
        }
    }
}

using WasmSharp.Types;
using WT = Wasmtime;

namespace WasmSharp.Fuzz.Diff;

/// <summary>Runs a module's exports under Wasmtime (the oracle) and records the same trace as <see cref="WasmSharpExecutor"/>.</summary>
internal static class WasmtimeExecutor
{
    /// <summary>One engine for the process, with every proposal WasmSharp implements and fuel metering on.</summary>
    public static WT.Engine Engine { get; } = new(WasmtimeSharedMemory.Enable(new WT.Config())
        .WithFuelConsumption(true)
        .WithSIMD(true)
        .WithBulkMemory(true)
        .WithMultiValue(true)
        .WithReferenceTypes(true)
        .WithMultiMemory(true)
        .WithMemory64(true)
        .WithTailCalls(true)
        .WithFunctionReferences(true)
        .WithGc(true)
        .WithExceptions(true)
        .WithWasmThreads(true)
        .WithWideArithmetic(true));

    /// <summary>Compiles a module; returns null with the error when Wasmtime rejects it.</summary>
    public static WT.Module? Compile(byte[] wasm, out string? error)
    {
        try
        {
            error = null;
            return WT.Module.FromBytes(Engine, "fuzz", wasm);
        }
        catch (WT.WasmtimeException e)
        {
            error = e.Message;
            return null;
        }
    }

    /// <summary>Instantiates, calls each planned export with the hang limit reset first, and records the trace.</summary>
    public static ExecutionTrace Run(WT.Module module, IReadOnlyList<ExportPlan> plans, string? hangLimitExport)
    {
        var trace = new ExecutionTrace();
        using var store = new WT.Store(Engine);
        using var linker = new WT.Linker(Engine);
        foreach (WT.Import import in module.Imports)
        {
            if (import is not WT.FunctionImport function)
            {
                throw new InvalidOperationException($"the harness defines no non-function import ({import})");
            }

            string name = import.Name;
            linker.DefineFunction(
                import.ModuleName,
                name,
                (WT.Caller _, ReadOnlySpan<WT.ValueBox> arguments, Span<WT.ValueBox> _) =>
                {
                    var texts = new List<string>();
                    for (int i = 0; i < arguments.Length; i++)
                    {
                        texts.Add(Format(function.Parameters[i], arguments[i]));
                    }

                    trace.Add($"{name}({string.Join(", ", texts)})");
                },
                function.Parameters.ToArray(),
                function.Results.ToArray());
        }

        store.Fuel = EngineChoice.FuelPerCall;
        WT.Instance? instance = Step(trace, "instantiate", () => linker.Instantiate(store, module));
        if (instance is null)
        {
            return trace;
        }

        foreach (ExportPlan plan in plans)
        {
            WT.Function func = instance.GetFunction(plan.Name)!;
            if (hangLimitExport is not null && plan.Name != hangLimitExport)
            {
                store.Fuel = EngineChoice.FuelPerCall;
                instance.GetFunction(hangLimitExport)!.Invoke();
            }

            store.Fuel = EngineChoice.FuelPerCall;
            WT.ValueBox[] arguments = plan.Arguments.Select(ToBox).ToArray();
            object? boxed = null;
            if (Step(trace, $"call {plan.Name}", () => boxed = func.Invoke(arguments) ?? func) is null)
            {
                continue;
            }

            object?[] results = plan.Type.Results.Count switch
            {
                0 => [],
                1 => [boxed],
                _ => (object?[])boxed!,
            };
            trace.Add($"call {plan.Name} -> [{string.Join(", ", results.Select((r, i) => FormatResult(plan.Type.Results[i], r)))}]");
        }

        foreach (WT.Export export in module.Exports)
        {
            if (export is WT.MemoryExport)
            {
                // The .NET package hands out no shared memory; binaryen's hashMemory export covers its contents.
                if (instance.GetMemory(export.Name) is not WT.Memory memory)
                {
                    trace.Add($"memory {export.Name}: shared");
                    continue;
                }

                long length = memory.GetLength();
                ReadOnlySpan<byte> bytes = memory.GetSpan(0, checked((int)length));
                trace.Add($"memory {export.Name}: {length} bytes, sha256 {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes))[..16]}");
            }
        }

        return trace;
    }

    private static TResult? Step<TResult>(ExecutionTrace trace, string what, Func<TResult> step)
        where TResult : class
    {
        try
        {
            return step();
        }
        catch (WT.TrapException trap)
        {
            string name = trap.Type.ToString();
            string line = name == "UncaughtException" ? $"{what} -> uncaught exception" : $"{what} -> trap {name}";
            if (name is "StackOverflow" or "OutOfFuel" or "Interrupt" or "AllocationTooLarge")
            {
                trace.AddBounded(line);
            }
            else
            {
                trace.Add(line);
            }
        }
        catch (WT.WasmtimeException e)
        {
            // Wasmtime reports an uncaught wasm exception as a plain error; anything else is compared as is and
            // shows up as a divergence to look at.
            trace.Add(e.Message.Contains("exception", StringComparison.OrdinalIgnoreCase)
                ? $"{what} -> uncaught exception"
                : $"{what} -> error {e.Message.Split('\n')[0]}");
        }

        return null;
    }

    private static WT.ValueBox ToBox(ArgumentValue value) => value.Kind switch
    {
        ValKind.I32 => (int)value.Low,
        ValKind.I64 => (long)value.Low,
        ValKind.F32 => BitConverter.UInt32BitsToSingle((uint)value.Low),
        ValKind.F64 => BitConverter.UInt64BitsToDouble(value.Low),
        ValKind.V128 => ToV128(value.Low, value.High),
        _ => throw new InvalidOperationException($"no host value for {value.Kind}"),
    };

    private static WT.V128 ToV128(ulong low, ulong high)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, low);
        BitConverter.TryWriteBytes(bytes[8..], high);
        return new WT.V128(bytes);
    }

    private static string Format(WT.ValueKind kind, WT.ValueBox value) => kind switch
    {
        WT.ValueKind.Int32 => ValueText.I32(value.AsInt32()),
        WT.ValueKind.Int64 => ValueText.I64(value.AsInt64()),
        WT.ValueKind.Float32 => ValueText.F32(BitConverter.SingleToUInt32Bits(value.AsSingle())),
        WT.ValueKind.Float64 => ValueText.F64(BitConverter.DoubleToUInt64Bits(value.AsDouble())),
        WT.ValueKind.V128 => FormatV128(value.AsV128()),
        _ => throw new InvalidOperationException($"binaryen's log imports take no {kind}"),
    };

    private static string FormatResult(ValType type, object? value) => type.Kind switch
    {
        ValKind.I32 => ValueText.I32((int)value!),
        ValKind.I64 => ValueText.I64((long)value!),
        ValKind.F32 => ValueText.F32(BitConverter.SingleToUInt32Bits((float)value!)),
        ValKind.F64 => ValueText.F64(BitConverter.DoubleToUInt64Bits((double)value!)),
        ValKind.V128 => FormatV128((WT.V128)value!),
        _ => ValueText.Ref(value is null || value is WT.Function { IsNull: true }),
    };

    private static string FormatV128(WT.V128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        value.CopyTo(bytes);
        return ValueText.V128(BitConverter.ToUInt64(bytes), BitConverter.ToUInt64(bytes[8..]));
    }
}

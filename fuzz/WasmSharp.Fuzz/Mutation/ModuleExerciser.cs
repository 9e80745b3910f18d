using WasmSharp.Types;

namespace WasmSharp.Fuzz.Mutation;

/// <summary>
/// Instantiates a module with stub imports (functions returning zeros, fresh memories, tables, globals and
/// tags of the imported types) and calls each export whose parameters have defaults, under a fuel bound and a
/// memory limit. Returns the outcomes by name; throws only what no module may cause.
/// </summary>
internal static class ModuleExerciser
{
    /// <summary>Fuel per export call: bounds every loop a mutated module may contain.</summary>
    public const ulong FuelPerCall = 2_000_000;

    /// <summary>At most this many exports are called per module.</summary>
    private const int MaxCalls = 16;

    /// <summary>Runs the module; appends an outcome per step to <paramref name="outcomes"/>.</summary>
    public static void Exercise(Module module, List<string> outcomes)
    {
        Engine engine = module.Engine;
        using var store = new Store<int>(engine, 0);
        store.Limiter(_ => new StoreLimits { MemorySize = 1L << 30, TableElements = 1 << 24 });
        var linker = new Linker<int>(engine);
        foreach (ImportType import in module.Imports)
        {
            Extern? stub = Stub(store, engine, import);
            if (stub is null)
            {
                continue;
            }

            linker.AllowShadowing = true;
            linker.Define(store, import.Module, import.Name, stub);
        }

        linker.DefineUnknownImportsAsDefaultValues(module);
        Instance instance;
        SetBudget(store);
        try
        {
            instance = linker.Instantiate(store, module);
            outcomes.Add("instantiated");
        }
        catch (Exception e) when (AllowedOutcome.IsAllowed(e))
        {
            outcomes.Add("instantiate: " + AllowedOutcome.Name(e));
            return;
        }

        int calls = 0;
        foreach (ExportType export in module.Exports)
        {
            if (export.Type.Func is not FuncType type || !type.Params.All(p => p.IsDefaultable) || calls++ >= MaxCalls)
            {
                continue;
            }

            Func func = instance.GetFunc(store, export.Name)!;
            Val[] arguments = type.Params.Select(Val.Default).ToArray();
            var results = new Val[type.Results.Count];
            SetBudget(store);
            try
            {
                func.Call(store, arguments, results);
                outcomes.Add($"call {export.Name}: ok");
            }
            catch (Exception e) when (AllowedOutcome.IsAllowed(e))
            {
                outcomes.Add($"call {export.Name}: {AllowedOutcome.Name(e)}");
            }
        }
    }

    private static void SetBudget(Store store)
    {
        if (store.Engine.ConsumeFuel)
        {
            store.SetFuel(FuelPerCall);
        }

        if (store.Engine.EpochInterruption)
        {
            store.SetEpochDeadline(1UL << 40);
        }
    }

    /// <summary>A stub for a non-function import, or null for functions (defined as default-value functions).</summary>
    private static Extern? Stub(Store store, Engine engine, ImportType import)
    {
        ExternType type = import.Type;
        try
        {
            return type.Kind switch
            {
                ExternKind.Memory when type.Memory!.Value.Shared => new SharedMemory(engine, type.Memory.Value),
                ExternKind.Memory => new Memory(store, type.Memory!.Value),
                ExternKind.Table => new Table(store, type.Table!.Value, Val.Default(type.Table.Value.Element)),
                ExternKind.Global => new Global(store, type.Global!.Value, Val.Default(type.Global.Value.Type)),
                ExternKind.Tag => new Tag(store, type.TagSignature!),
                _ => null,
            };
        }
        catch (Exception e) when (e is ArgumentException || AllowedOutcome.IsAllowed(e))
        {
            // An import no host value can satisfy (a non-nullable reference, a concrete type of another
            // module's type space, a memory beyond the store's limit): left undefined, so instantiation
            // reports a link error.
            return null;
        }
    }
}

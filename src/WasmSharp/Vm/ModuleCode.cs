using WasmSharp.Binary;
using WasmSharp.Types;

namespace WasmSharp.Vm;

/// <summary>
/// A module's executable form in one tier (the seam between the runtime and the tiers, like
/// Wasmtime's <c>CompiledModule</c> behind <c>Config::strategy</c>): the IL tier
/// (<c>Compilation.CompiledModule</c>) or the interpreter (<c>Interpretation.InterpretedModule</c>).
/// Instantiation, backtraces, imports and exports only see this type, so they never know which tier
/// runs a function.
/// </summary>
internal abstract class ModuleCode : IInvokerSource
{
    /// <summary>Creates the code of <paramref name="module"/> whose type indices have canonical ids <paramref name="typeIds"/>.</summary>
    protected ModuleCode(ModuleInfo module, int[] typeIds)
    {
        Module = module;
        TypeIds = typeIds;
        _memoryImage = new Lazy<MemoryImage?>(() => MemoryImage.TryCreate(module), LazyThreadSafetyMode.ExecutionAndPublication);
        FunctionTypeIds = new int[module.FunctionTypes.Count];
        for (int i = 0; i < FunctionTypeIds.Length; i++)
        {
            FunctionTypeIds[i] = typeIds[module.FunctionTypes[i]];
        }
    }

    private readonly Lazy<MemoryImage?> _memoryImage;

    /// <summary>The initial contents of memory 0 that instances map instead of applying the data segments, where possible (made at the first instantiation).</summary>
    public MemoryImage? MemoryImage => _memoryImage.Value;

    private TableImage?[]? _tableImages;

    /// <summary>
    /// The image of each table the module defines, where its slots can be filled at first use
    /// instead of at instantiation (see <see cref="TableImage"/>); made at the first instantiation.
    /// </summary>
    public TableImage?[] TableImages => Volatile.Read(ref _tableImages) ?? InitializeTableImages();

    private TableImage?[] InitializeTableImages()
    {
        // Equal images from racing threads are interchangeable: keep whichever is published first.
        Interlocked.CompareExchange(ref _tableImages, TableImage.CreateAll(Module), null);
        return _tableImages;
    }

    private ValRaw?[]? _globalConstants;

    /// <summary>
    /// The initial value of each global whose initializer is a lone numeric constant, by global
    /// index (null for imported globals and other initializers), so that instantiating a module
    /// with dozens of globals does not decode their initializers every time.
    /// </summary>
    public ValRaw?[] GlobalConstants => Volatile.Read(ref _globalConstants) ?? InitializeGlobalConstants();

    private ValRaw?[] InitializeGlobalConstants()
    {
        var constants = new ValRaw?[Module.Globals.Count];
        for (int i = Module.ImportedGlobalCount; i < constants.Length; i++)
        {
            constants[i] = ConstExprEvaluator.NumericConstant(Module, Module.Globals[i].Init!.Value);
        }

        Interlocked.CompareExchange(ref _globalConstants, constants, null);
        return _globalConstants;
    }

    private GlobalCell?[]? _sharedGlobals;

    /// <summary>
    /// By global index, the one cell every instance shares for a global nothing can change or tell
    /// apart between instances: defined, immutable, of a number type, initialized by a constant,
    /// and not exported (null for the others). C and C++ programs have dozens of these address
    /// constants (Sightglass gcc-loops: 89 of its 90 globals), and instantiation would allocate a
    /// cell for each every time.
    /// </summary>
    public GlobalCell?[] SharedGlobals => Volatile.Read(ref _sharedGlobals) ?? InitializeSharedGlobals();

    private GlobalCell?[] InitializeSharedGlobals()
    {
        var exported = new bool[Module.Globals.Count];
        foreach (Binary.ExportInfo export in Module.Exports)
        {
            if (export.Kind == Types.ExternKind.Global)
            {
                exported[export.Index] = true;
            }
        }

        ValRaw?[] constants = GlobalConstants;
        var shared = new GlobalCell?[Module.Globals.Count];
        for (int i = Module.ImportedGlobalCount; i < shared.Length; i++)
        {
            Types.GlobalType type = Module.Globals[i].Type;
            if (!type.Mutable && !exported[i] && type.Type.Kind != Types.ValKind.Ref && constants[i] is ValRaw value)
            {
                var cell = new GlobalCell(type);
                cell.Set(value);
                shared[i] = cell;
            }
        }

        // Cells of racing threads hold equal constants: keep whichever set is published first.
        Interlocked.CompareExchange(ref _sharedGlobals, shared, null);
        return _sharedGlobals;
    }

    /// <summary>The decoded, validated module.</summary>
    public ModuleInfo Module { get; }

    /// <summary>The process-wide canonical id of every type index (see <see cref="FuncTypeRegistry"/>).</summary>
    public int[] TypeIds { get; }

    /// <summary>The canonical type id of every function of the index space, imported first.</summary>
    public int[] FunctionTypeIds { get; }

    /// <summary>
    /// Whether instances make the references to defined functions at their first use
    /// (<see cref="InstanceContext.Function"/>) rather than at instantiation: for code that never
    /// reads <see cref="InstanceContext.Functions"/> for a defined function directly.
    /// </summary>
    public virtual bool CreatesFunctionsOnDemand => false;

    /// <summary>
    /// Whether the functions are compiled methods from the start, so that compiled code runs in
    /// every store the module is instantiated in (<see cref="StoreContext.PrepareForCompiledCode"/>).
    /// </summary>
    public virtual bool IsCompiled => false;

    /// <summary>The reference to defined function <paramref name="functionIndex"/> of the instance <paramref name="cx"/>.</summary>
    public abstract FuncRef CreateFunction(int functionIndex, InstanceContext cx);

    /// <summary>The untyped invoker of defined function <paramref name="functionIndex"/>.</summary>
    public abstract RawInvoker GetInvoker(int functionIndex);

    /// <summary>
    /// Instantiates the module in <paramref name="store"/> (spec 4.5.4 "Instantiation"; Wasmtime's
    /// <c>Instance::new</c>): see <see cref="ModuleInstantiator.Instantiate"/>.
    /// </summary>
    public InstanceContext Instantiate(StoreContext store, InstanceImports imports, object? instance = null, Action<InstanceContext>? attached = null, bool runStart = true) =>
        ModuleInstantiator.Instantiate(this, store, imports, instance, attached, runStart);

    /// <summary>The type of function <paramref name="functionIndex"/>.</summary>
    public FuncType GetFunctionType(int functionIndex) => Module.GetFunctionType(functionIndex);
}

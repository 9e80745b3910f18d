using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Reflection.Emit;
using WasmSharp.Binary;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Per-module state shared by the function compilers of one <see cref="ModuleCompiler"/> run: the
/// module, the method of every defined function, the pre-pass facts, and module-wide decisions.
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal sealed class ModuleCompilation
{
    /// <summary>Creates the state for <paramref name="module"/>.</summary>
    public ModuleCompilation(ModuleInfo module, MethodInfo?[] methods, FunctionFacts?[] facts, int[] typeIds)
    {
        Module = module;
        Methods = methods;
        Facts = facts;
        bool grows = facts.Any(f => f?.GrowsMemory == true);
        bool memoryShared = module.ImportedMemoryCount > 0 || module.Exports.Any(e => e.Kind == ExternKind.Memory);
        ReloadMemoryAfterCalls = grows || memoryShared;
        _sharedMemory = module.Memories.Any(m => m.Shared);
        TypeIds = typeIds;
    }

    /// <summary>The module being compiled.</summary>
    public ModuleInfo Module { get; }

    /// <summary>
    /// The static method of each defined function (index minus imported function count). A tier-up
    /// batch (<see cref="TierUpCompiler"/>) has methods only for its own functions and those of
    /// earlier batches; the others are null and called through their <see cref="FuncRef"/>, as imports are.
    /// </summary>
    public MethodInfo?[] Methods { get; }

    /// <summary>Pre-pass facts per defined function; null where <see cref="Methods"/> is.</summary>
    public FunctionFacts?[] Facts { get; }

    /// <summary>
    /// Whether a call of function <paramref name="function"/> goes through its <see cref="FuncRef"/>
    /// in <see cref="InstanceContext.Functions"/> (imports, and functions a tier-up batch does not
    /// have) rather than straight to its method.
    /// </summary>
    public bool CallsThroughReference(int function) =>
        function < Module.ImportedFunctionCount || Methods[function - Module.ImportedFunctionCount] is null;

    /// <summary>
    /// Whether a call may grow (and so move) a memory: the module grows memory somewhere, or a
    /// memory is imported or exported and so reachable by other code. Only then do functions reload
    /// their cached base and limits after calls (DESIGN.md decision 2).
    /// </summary>
    public bool ReloadMemoryAfterCalls { get; init; }

    // A shared memory can grow in another thread at any time: calls keep reloading its length.
    private readonly bool _sharedMemory;

    /// <summary>
    /// Whether a direct call of <paramref name="function"/> may have moved a memory, so that the
    /// caller must reload its cached bases and limits after it: see <see cref="CallGraph.FindMemoryMovers"/>.
    /// </summary>
    public bool CallMayMoveMemory(int function) =>
        ReloadMemoryAfterCalls
        && (_sharedMemory || function < Module.ImportedFunctionCount || Facts[function - Module.ImportedFunctionCount] is not { MayMoveMemory: false });

    /// <summary>
    /// Whether stores running this code split their stack into segments (<see cref="StackSegments.AreUsed"/>),
    /// so that a call can return with a trap pending (<see cref="PendingTrapExits"/>). True unless the
    /// engine's stack budget is one segment.
    /// </summary>
    public bool SegmentedStack { get; init; } = true;

    /// <summary>Whether code charges fuel to the store (<c>Config::consume_fuel</c>).</summary>
    public bool ConsumeFuel { get; init; }

    /// <summary>Whether code checks the epoch deadline at function entries and loop headers (<c>Config::epoch_interruption</c>).</summary>
    public bool EpochInterruption { get; init; }

    /// <summary>Whether a reached epoch deadline asks the store's callback before trapping (<c>Config.EpochDeadlineContinuation</c>).</summary>
    public bool EpochContinuation { get; init; }

    /// <summary>
    /// Whether methods keep the module offset of the call or trapping instruction they stand at
    /// for backtraces, where IL offsets cannot tell (<c>Config.GenerateAddressMap</c>; see
    /// <c>FunctionCompiler.AddressMap</c>).
    /// </summary>
    public bool GenerateAddressMap { get; init; }

    /// <summary>
    /// Keeps the JIT from inlining the method of defined function <paramref name="defined"/> (index
    /// minus imported function count), or one of its regions, when the function can be on the
    /// stack as a trap or exception is raised (<see cref="FunctionFacts.KeepsFrame"/>; with fuel or
    /// epochs, every function can trap): a .NET stack trace has no frames for inlined methods, and
    /// backtraces are made from it (<see cref="Backtrace"/>). Trap-free leaves stay inlinable.
    /// </summary>
    public void KeepFrame(MethodBuilder method, int defined)
    {
        if (!MayInline(defined))
        {
            method.SetImplementationFlags(MethodImplAttributes.NoInlining);
        }
    }

    /// <summary>
    /// Whether the JIT may inline the method of defined function <paramref name="defined"/> (index
    /// minus imported function count) into its callers: a trap-free leaf, compiled without fuel or
    /// epochs (see <see cref="KeepFrame"/>).
    /// </summary>
    public bool MayInline(int defined) => !ConsumeFuel && !EpochInterruption && Facts[defined] is { KeepsFrame: false };

    /// <summary>
    /// Whether the JIT may inline a direct call of function <paramref name="function"/> (module index):
    /// a defined function this compilation calls by its method (<see cref="CallsThroughReference"/>)
    /// that <see cref="MayInline"/>.
    /// </summary>
    public bool MayInlineCall(int function) => !CallsThroughReference(function) && MayInline(function - Module.ImportedFunctionCount);

    /// <summary>Canonical type id per type index (see <see cref="FuncTypeRegistry.GetModuleIds"/>).</summary>
    public int[] TypeIds { get; }

    /// <summary>
    /// Where code compiled to be saved loads its process-dependent constants from; null when they
    /// are IL constants (code that lives and dies in this process).
    /// </summary>
    public PortableConstants? Portable { get; init; }

    /// <summary>Emits canonical type id <paramref name="typeId"/> (see <see cref="Portable"/>).</summary>
    public void EmitTypeId(ILGenerator il, int typeId)
    {
        if (Portable is null)
        {
            il.Emit(OpCodes.Ldc_I4, typeId);
        }
        else
        {
            Portable.EmitTypeId(il, typeId);
        }
    }

    // The metadata token of each field the module's code loads or stores (see TokenCachingILGenerator).
    private readonly Dictionary<FieldInfo, int> _fieldTokens = new();

    /// <summary>
    /// The IL generator to compile <paramref name="method"/> with: one that looks up each field's
    /// token once per module (<see cref="TokenCachingILGenerator"/>), except for code compiled to be
    /// saved, whose assembly builder makes its tokens its own way.
    /// </summary>
    public ILGenerator Generator(MethodBuilder method)
    {
        ILGenerator il = method.GetILGenerator();
        return Portable is null && method.Module is ModuleBuilder module ? new TokenCachingILGenerator(il, module, _fieldTokens) : il;
    }

    /// <summary>Functions with more code bytes than this are split (<see cref="Config.FunctionSplitThreshold"/>).</summary>
    public int SplitThreshold { get; init; } = int.MaxValue;

    /// <summary>The types receiving the compiled methods; set by <see cref="ModuleCompiler"/>.</summary>
    public EmittedTypes? Code { get; init; }

    /// <summary>The instruction sites of each method compiled so far, by method name (see <see cref="CodeSites"/>).</summary>
    public Dictionary<string, CodeSites> Sites { get; } = new(StringComparer.Ordinal);

    /// <summary>The names of the region methods defined so far (see <see cref="RegionPlanner"/>).</summary>
    public List<string> RegionMethods { get; } = new();

    /// <summary>
    /// Region methods compiled earlier for the same module, to call rather than compile again
    /// (tier-up only; null otherwise).
    /// </summary>
    public SharedRegions? SharedRegions { get; init; }

    /// <summary>The regions this compilation compiled, with their method names, for <see cref="SharedRegions"/> (empty without it).</summary>
    public List<(int FunctionIndex, RegionPlan Region, int Exits, string Name, RegionOutcome Outcome)> CompiledRegions { get; } = new();

    /// <summary>
    /// Defines the method for region <paramref name="region"/> of function <paramref name="functionIndex"/>:
    /// <c>int F{function}_{region}(nint frame, InstanceContext cx)</c>.
    /// </summary>
    public MethodBuilder DefineRegion(int functionIndex, int region)
    {
        string name = ModuleCompiler.RegionName(functionIndex, region);
        RegionMethods.Add(name);
        MethodBuilder method = Code!.Reserve(1).DefineMethod(name, System.Reflection.MethodAttributes.Public | System.Reflection.MethodAttributes.Static, typeof(int), [typeof(nint), typeof(InstanceContext)]);
        KeepFrame(method, functionIndex - Module.ImportedFunctionCount);
        return method;
    }
}

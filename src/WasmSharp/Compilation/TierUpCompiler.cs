using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using WasmSharp.Binary;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Compiles the hot functions of a module that starts in the interpreter (Strategy.Auto's tier-up),
/// a batch at a time, each batch into its own collectible assembly, with the same code generation
/// as <see cref="ModuleCompiler"/> and the engine's settings (fuel, epochs, splitting), so traps,
/// fuel and backtraces stay those of the compiler tier. A batch calls its own functions and those of
/// earlier batches directly; every other defined function it calls through its
/// <see cref="FuncRef"/>, as it calls imports, so the call reaches whatever tier that function runs
/// in at the time. Batches are compiled one at a time per module.
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal sealed class TierUpCompiler
{
    private static int s_counter;

    private readonly ModuleInfo _module;
    private readonly int[] _typeIds;
    private readonly bool _consumeFuel;
    private readonly bool _epochInterruption;
    private readonly bool _epochContinuation;
    private readonly bool _addressMap;
    private readonly bool _segmentedStack;
    private readonly int _splitThreshold;

    // Per defined function: its method and facts once a batch compiled it, for direct calls.
    private readonly MethodInfo?[] _methods;
    private readonly FunctionFacts?[] _facts;
    private readonly RawInvoker?[] _invokers;

    // Per defined function: 0 until CompilesLoopsFirst decided, then 1 (yes) or -1.
    private readonly sbyte[] _loopsFirst;

    // The batches' code: function pointers hold no reference, so the assemblies live as long as this.
    private readonly List<Type[]> _batches = new();

    // Region methods of the batches and loop entries, which the other variant of a function calls.
    private readonly SharedRegions _regions = new();
    private int _regionMethodCount;
    private readonly Lock _lock = new();

    /// <summary>Prepares to compile functions of <paramref name="module"/> with an engine's code settings.</summary>
    public TierUpCompiler(ModuleInfo module, bool consumeFuel, bool epochInterruption, bool epochContinuation, int splitThreshold, bool addressMap = false, bool segmentedStack = true)
    {
        _addressMap = addressMap;
        _segmentedStack = segmentedStack;
        _module = module;
        _typeIds = FuncTypeRegistry.GetModuleIds(module);
        _consumeFuel = consumeFuel;
        _epochInterruption = epochInterruption;
        _epochContinuation = epochContinuation;
        _splitThreshold = splitThreshold;
        _methods = new MethodInfo?[module.Bodies.Count];
        _facts = new FunctionFacts?[module.Bodies.Count];
        _invokers = new RawInvoker?[module.Bodies.Count];
        _loopsFirst = new sbyte[module.Bodies.Count];
    }

    /// <summary>How many batches have been compiled.</summary>
    public int BatchCount
    {
        get
        {
            lock (_lock)
            {
                return _batches.Count;
            }
        }
    }

    /// <summary>How many region methods the batches and loop entries have compiled (<see cref="SharedRegions"/>; tests).</summary>
    public int RegionMethodCount
    {
        get
        {
            lock (_lock)
            {
                return _regionMethodCount;
            }
        }
    }

    /// <summary>
    /// Compiles defined functions <paramref name="functions"/> (indices of the whole function index
    /// space) into one new assembly and has the JIT compile them to machine code; returns their entry
    /// points in the same order. A function compiled by an earlier batch gets its earlier code.
    /// </summary>
    public CompiledFunction[] Compile(IReadOnlyList<int> functions)
    {
        lock (_lock)
        {
            int imported = _module.ImportedFunctionCount;
            var batch = new List<int>();
            foreach (int function in functions)
            {
                if (_methods[function - imported] is null && !batch.Contains(function - imported))
                {
                    batch.Add(function - imported);
                }
            }

            if (batch.Count > 0)
            {
                CompileBatch(batch);
            }

            var compiled = new CompiledFunction[functions.Count];
            for (int i = 0; i < compiled.Length; i++)
            {
                compiled[i] = EntryOf(functions[i]);
            }

            return compiled;
        }
    }

    /// <summary>
    /// Whether function <paramref name="function"/>'s on-stack replacement entry is compiled as soon
    /// as one of its loops gets hot, before its method (see <c>TierUp.OnLoopHot</c>): a function
    /// too large for RyuJIT to optimize whole (<see cref="RegionPlanner.FitsWhole(ModuleInfo, FunctionBody)"/>),
    /// whose entry is split around that loop. Decided once per function.
    /// </summary>
    public bool CompilesLoopsFirst(int function)
    {
        int defined = function - _module.ImportedFunctionCount;
        sbyte known = Volatile.Read(ref _loopsFirst[defined]);
        if (known == 0)
        {
            known = RegionPlanner.FitsWhole(_module, _module.Bodies[defined]) ? (sbyte)-1 : (sbyte)1;
            Volatile.Write(ref _loopsFirst[defined], known);
        }

        return known > 0;
    }

    /// <summary>
    /// Compiles the on-stack replacement entry of defined function <paramref name="function"/> into
    /// a new assembly (see FunctionCompiler.Osr.cs), with its invoker over the interpreter's frame:
    /// it reads the parameters and locals from the frame's slots, runs the function from the header
    /// of the loop it is given to its end, and writes the results from slot 0. In a function too
    /// large to compile whole, the loop at module offset <paramref name="hotLoop"/> (the one that got
    /// hot, or -1 for none) and the constructs around it stay in the entry's method; other loops
    /// can be entered where they are not in a region method. Null when it can enter no loop (every
    /// loop is in a region method of a split function, or has operands at its header, or is in a
    /// <c>try</c>): those activations stay interpreted.
    /// </summary>
    public LoopEntries? CompileLoops(int function, int hotLoop = -1)
    {
        lock (_lock)
        {
            int imported = _module.ImportedFunctionCount;
            int defined = function - imported;
            var facts = (FunctionFacts?[])_facts.Clone();
            facts[defined] = FunctionScanner.Scan(_module, _module.Bodies[defined]);
            AnalyzeCalls([defined], facts);

            EmittedTypes types = NewAssembly("WasmSharp.TierUpLoops");
            FuncType funcType = _module.GetFunctionType(function);
            TypeBuilder owner = types.Reserve(2);

            // Named as the function's method, so backtraces show it as the function's one frame.
            MethodBuilder method = owner.DefineMethod(ModuleCompiler.FunctionName(function), MethodAttributes.Public | MethodAttributes.Static, ClrTypes.Return(funcType.Results), [.. ClrTypes.Parameters(funcType), typeof(Span<ValRaw>), typeof(int)]);
            method.SetImplementationFlags(MethodImplAttributes.NoInlining);

            // A call of the function itself goes to its compiled method, or through its reference.
            // A loop in a region method cannot be entered, so the entry is compiled whole wherever
            // RyuJIT still optimizes that, and else split around the hot loop: a large function
            // called once (a C main) runs its hot loop compiled, not interpreted to its end.
            bool whole = !CompilesLoopsFirst(function);
            ModuleCompilation compilation = NewCompilation(types, (MethodInfo?[])_methods.Clone(), facts, whole ? int.MaxValue : _splitThreshold);

            var compiler = new FunctionCompiler(compilation, function, compilation.Generator(method)) { IsLoopEntry = true, KeptLoop = whole ? -1 : hotLoop };
            compiler.Compile();
            int[] loops = compiler.EntryLoops;
            if (loops.Length == 0)
            {
                return null;
            }

            InvokerEmitter.EmitLoopEntry(owner, ModuleCompiler.InvokerName(function), method, funcType);
            MethodInfo invoker = Finish(types, compilation)[ModuleCompiler.InvokerName(function)];
            return new LoopEntries(invoker.CreateDelegate<LoopEntry>(), loops);
        }
    }

    private CompiledFunction EntryOf(int function)
    {
        int defined = function - _module.ImportedFunctionCount;
        return new CompiledFunction(_methods[defined]!.MethodHandle.GetFunctionPointer(), _invokers[defined]!);
    }

    // `batch` holds defined-function indices not compiled yet.
    private void CompileBatch(List<int> batch)
    {
        int imported = _module.ImportedFunctionCount;
        var facts = (FunctionFacts?[])_facts.Clone();
        var methods = (MethodInfo?[])_methods.Clone();
        foreach (int defined in batch)
        {
            facts[defined] = FunctionScanner.Scan(_module, _module.Bodies[defined]);
        }

        AnalyzeCalls(batch, facts);

        EmittedTypes types = NewAssembly("WasmSharp.TierUp");
        var builders = new MethodBuilder[batch.Count];
        var owners = new TypeBuilder[batch.Count];
        for (int i = 0; i < batch.Count; i++)
        {
            FuncType funcType = _module.GetFunctionType(imported + batch[i]);

            // The function and its invoker.
            owners[i] = types.Reserve(2);
            builders[i] = owners[i].DefineMethod(ModuleCompiler.FunctionName(imported + batch[i]), MethodAttributes.Public | MethodAttributes.Static, ClrTypes.Return(funcType.Results), ClrTypes.Parameters(funcType));
            methods[batch[i]] = builders[i];
        }

        ModuleCompilation compilation = NewCompilation(types, methods, facts);
        for (int i = 0; i < batch.Count; i++)
        {
            int function = imported + batch[i];
            compilation.KeepFrame(builders[i], batch[i]);
            new FunctionCompiler(compilation, function, compilation.Generator(builders[i])).Compile();
            InvokerEmitter.Emit(owners[i], ModuleCompiler.InvokerName(function), builders[i], _module.GetFunctionType(function));
        }

        Dictionary<string, MethodInfo> byName = Finish(types, compilation);
        foreach (int defined in batch)
        {
            _methods[defined] = byName[ModuleCompiler.FunctionName(imported + defined)];
            _invokers[defined] = byName[ModuleCompiler.InvokerName(imported + defined)].CreateDelegate<RawInvoker>();
            _facts[defined] = facts[defined];
        }
    }

    // A new collectible assembly for a batch or an on-stack replacement entry, with the types that receive its methods.
    private static EmittedTypes NewAssembly(string prefix)
    {
        var name = new AssemblyName(prefix + Interlocked.Increment(ref s_counter));
        AssemblyBuilder assembly = AssemblyBuilder.DefineDynamicAssembly(name, AssemblyBuilderAccess.RunAndCollect);
        ModuleBuilder moduleBuilder = assembly.DefineDynamicModule(name.Name!);
        ModuleCompiler.GrantAccess(assembly, moduleBuilder);
        return new EmittedTypes(moduleBuilder);
    }

    // The engine's code settings over `methods` (what a call can reach directly). Functions outside
    // the batch may grow memory, so every call reloads the memory bases.
    private ModuleCompilation NewCompilation(EmittedTypes types, MethodInfo?[] methods, FunctionFacts?[] facts) => NewCompilation(types, methods, facts, _splitThreshold);

    private ModuleCompilation NewCompilation(EmittedTypes types, MethodInfo?[] methods, FunctionFacts?[] facts, int splitThreshold) => new(_module, methods, facts, _typeIds)
    {
        Code = types,
        SplitThreshold = splitThreshold,
        ConsumeFuel = _consumeFuel,
        EpochInterruption = _epochInterruption,
        EpochContinuation = _epochContinuation,
        GenerateAddressMap = _addressMap,
        SegmentedStack = _segmentedStack,
        ReloadMemoryAfterCalls = true,
        SharedRegions = _regions,
    };

    // Creates the types, registers their sites for backtraces, has the JIT compile every method now,
    // on this (background) thread, not at the first call on the guest's, and keeps the types alive
    // with this compiler (function pointers hold no reference). Returns the methods by name.
    private Dictionary<string, MethodInfo> Finish(EmittedTypes types, ModuleCompilation compilation)
    {
        var created = new Type[types.Types.Count];
        var byName = new Dictionary<string, MethodInfo>(StringComparer.Ordinal);
        for (int t = 0; t < created.Length; t++)
        {
            Type type = types.Types[t].CreateType();
            foreach (MethodInfo method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                byName.Add(method.Name, method);
            }

            created[t] = type;
        }

        var code = new CompiledModule(_module, created, [], _typeIds);
        foreach (Type type in created)
        {
            Backtrace.Register(code, type, compilation.Sites);
        }

        foreach (MethodInfo method in byName.Values)
        {
            RuntimeHelpers.PrepareMethod(method.MethodHandle);
        }

        _batches.Add(created);
        _regions.Add(compilation, byName);
        _regionMethodCount += compilation.CompiledRegions.Count;
        return byName;
    }

    /// <summary>
    /// Sets the stack-check and pending-trap facts of the batch's functions, as
    /// <see cref="ModuleCompiler"/> does for a whole module, but over the call graph the batch sees:
    /// a function recursing only within the batch gets a stack check; one that calls a function
    /// outside the batch and earlier batches calls it through its reference, like an import, and
    /// gets one too (any cycle through an earlier batch already has a checked function there, since
    /// that batch called this one through its reference).
    /// </summary>
    private void AnalyzeCalls(List<int> batch, FunctionFacts?[] facts)
    {
        int imported = _module.ImportedFunctionCount;
        var position = new Dictionary<int, int>(batch.Count);
        for (int i = 0; i < batch.Count; i++)
        {
            position[batch[i]] = i;
        }

        // The batch's own call graph, renumbered 0..n-1, for the recursion analysis.
        var local = new FunctionFacts[batch.Count];
        var callsThroughReference = new bool[batch.Count];
        for (int i = 0; i < batch.Count; i++)
        {
            local[i] = new FunctionFacts();
            foreach (int callee in facts[batch[i]]!.Callees)
            {
                int defined = callee - imported;
                if (defined >= 0 && position.TryGetValue(defined, out int p))
                {
                    local[i].Callees.Add(p);
                }
                else if (defined >= 0 && _methods[defined] is null)
                {
                    callsThroughReference[i] = true;
                }
            }
        }

        bool[] recursive = CallGraph.FindRecursive(local, 0);
        for (int i = 0; i < batch.Count; i++)
        {
            FunctionFacts f = facts[batch[i]]!;
            f.NeedsStackCheck = recursive[i] || f.CallsIndirect || f.CallsImport || callsThroughReference[i];
            f.MayReturnPendingTrap = f.NeedsStackCheck;

            // Without the whole call graph, a call of a batch member may grow memory.
            f.MayMoveMemory = true;
        }

        // A call can return with a trap pending when the callee can: batch members' flags spread
        // to their callers in the batch; earlier batches' flags are final.
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (int defined in batch)
            {
                FunctionFacts f = facts[defined]!;
                if (f.MayReturnPendingTrap)
                {
                    continue;
                }

                foreach (int callee in f.Callees)
                {
                    if (callee >= imported && facts[callee - imported]?.MayReturnPendingTrap == true)
                    {
                        f.MayReturnPendingTrap = true;
                        changed = true;
                        break;
                    }
                }
            }
        }
    }
}

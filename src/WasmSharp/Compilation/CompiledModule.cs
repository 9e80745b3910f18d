using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using WasmSharp.Binary;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// The compiled code of one module (Wasmtime's <c>CompiledModule</c>): collectible types with one
/// static method per defined function (see <see cref="EmittedTypes"/>), shared by every instance. Instantiation creates an
/// <see cref="InstanceContext"/> through <see cref="ModuleInstantiator"/>; entry points are the
/// function pointers (for <c>calli</c>, typed calls) and lazily created untyped invokers.
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal sealed class CompiledModule : ModuleCode
{
    private readonly IntPtr[] _pointers;
    private readonly RawInvoker?[] _invokers;
    private readonly string[] _regionMethods;

    // Type.GetMethod(name) scans every method of the type, so looking each of N functions up by
    // name made module creation quadratic (10,000 functions: 18 s). One GetMethods() call per type instead.
    private Dictionary<string, MethodInfo>? _methodsByName;

    /// <summary>Wraps the created types <paramref name="types"/>.</summary>
    public CompiledModule(ModuleInfo module, Type[] types, IntPtr[] pointers, int[] typeIds, string[]? regionMethods = null)
        : base(module, typeIds)
    {
        _regionMethods = regionMethods ?? [];
        Types = types;
        _pointers = pointers;
        _invokers = new RawInvoker?[pointers.Length];
    }

    /// <summary>The saved form of this code, when it was compiled to be saved (<see cref="ModuleCompiler.Compile"/> with persist).</summary>
    public PersistedCode? Persisted { get; init; }

    /// <summary>The background compilation started by <see cref="CompileInBackground"/>, if any.</summary>
    public BackgroundCompilation? Background { get; private set; }

    /// <summary>The collectible types holding the compiled methods.</summary>
    public IReadOnlyList<Type> Types { get; }

    /// <summary>The native entry point of defined function <paramref name="functionIndex"/>.</summary>
    public IntPtr GetFunctionPointer(int functionIndex) => _pointers[functionIndex - Module.ImportedFunctionCount];

    /// <summary>The compiled method of defined function <paramref name="functionIndex"/>: <c>R F(args..., InstanceContext)</c>.</summary>
    public MethodInfo GetMethod(int functionIndex) => Method(ModuleCompiler.FunctionName(functionIndex));

    /// <summary>The region method <paramref name="name"/> of a split function (<see cref="ModuleCompiler.RegionName"/>).</summary>
    public MethodInfo GetRegionMethod(string name) => Method(name);

    /// <inheritdoc/>
    public override bool CreatesFunctionsOnDemand => true;

    /// <inheritdoc/>
    public override bool IsCompiled => true;

    /// <inheritdoc/>
    public override FuncRef CreateFunction(int functionIndex, InstanceContext cx) =>
        new(GetFunctionPointer(functionIndex), cx, Module.GetFunctionType(functionIndex), FunctionTypeIds[functionIndex], this, functionIndex);

    /// <inheritdoc/>
    public override RawInvoker GetInvoker(int functionIndex)
    {
        int defined = functionIndex - Module.ImportedFunctionCount;
        return _invokers[defined] ??= Method(ModuleCompiler.InvokerName(functionIndex)).CreateDelegate<RawInvoker>();
    }

    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Types are types of the dynamic assembly ModuleCompiler builds, which the trimmer never sees or trims.")]
    private MethodInfo Method(string name)
    {
        Dictionary<string, MethodInfo>? methods = Volatile.Read(ref _methodsByName);
        if (methods is null)
        {
            methods = new Dictionary<string, MethodInfo>(StringComparer.Ordinal);
            foreach (Type type in Types)
            {
                foreach (MethodInfo method in type.GetMethods(BindingFlags.Public | BindingFlags.Static))
                {
                    if (method.Name != ModuleCompiler.PointerTableName)
                    {
                        methods.Add(method.Name, method);
                    }
                }
            }

            Interlocked.CompareExchange(ref _methodsByName, methods, null);
        }

        return methods[name];
    }

    /// <summary>
    /// Has the JIT compile every function now rather than at its first call, largest first so the
    /// threads finish together; with <paramref name="parallel"/>, on every core. The runtime's
    /// per-method JIT lock makes a concurrent first call wait for, not repeat, the work.
    /// </summary>
    public void CompileToMachineCode(bool parallel)
    {
        int imported = Module.ImportedFunctionCount;
        int[] order = new int[Module.Bodies.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => Module.Bodies[b].CodeLength.CompareTo(Module.Bodies[a].CodeLength));

        // Regions of split functions (see RegionPlanner) are methods too: compile them first, as
        // they come from the largest functions.
        var methods = new MethodInfo[_regionMethods.Length + order.Length];
        for (int i = 0; i < _regionMethods.Length; i++)
        {
            methods[i] = Method(_regionMethods[i]);
        }

        for (int i = 0; i < order.Length; i++)
        {
            methods[_regionMethods.Length + i] = GetMethod(imported + order[i]);
        }

        int workers = parallel ? Math.Min(Environment.ProcessorCount, methods.Length / 8 + 1) : 1;
        if (workers <= 1)
        {
            foreach (MethodInfo method in methods)
            {
                RuntimeHelpers.PrepareMethod(method.MethodHandle);
            }

            return;
        }

        int next = -1;
        ExceptionDispatchInfo? failure = null;
        void Work()
        {
            try
            {
                for (int k = Interlocked.Increment(ref next); k < methods.Length; k = Interlocked.Increment(ref next))
                {
                    RuntimeHelpers.PrepareMethod(methods[k].MethodHandle);
                }
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
                Volatile.Write(ref next, methods.Length);
            }
        }

        WorkerThreads.Run(workers, "WasmSharp compile", Work);
        failure?.Throw();
    }

    /// <summary>
    /// Has the JIT compile every function on background threads (all cores but one, shared by
    /// every loaded module: <see cref="BackgroundCompiler"/>), in
    /// <paramref name="order"/> (defined-function indices, <see cref="CallGraph.FirstCallOrder"/>),
    /// each function's region methods after it, while the module runs. A loaded module's code is
    /// otherwise JIT-compiled at each method's first call, on the thread that calls it: for a large
    /// program's start-up that is most of the time, and every other core would sit idle. A first
    /// call that comes before the background thread waits for its work (the runtime's per-method
    /// JIT lock) or does it itself, and the thread then finds it done. The work stops once the
    /// module is no longer referenced.
    /// </summary>
    public void CompileInBackground(int[] order)
    {
        if (BackgroundCompiler.MaxThreads < 1 || order.Length == 0)
        {
            return;
        }

        var regions = new Dictionary<int, List<string>>();
        foreach (string name in _regionMethods)
        {
            // Region names are RegionName(function, region): "F{function}_{region}".
            int function = int.Parse(name.AsSpan(1, name.IndexOf('_') - 1), System.Globalization.CultureInfo.InvariantCulture);
            if (!regions.TryGetValue(function, out List<string>? list))
            {
                regions[function] = list = new List<string>();
            }

            list.Add(name);
        }

        var work = new BackgroundCompilation(new WeakReference<CompiledModule>(this), order, regions, Module.ImportedFunctionCount);
        Background = work;
        BackgroundCompiler.Enqueue(work);
    }
}

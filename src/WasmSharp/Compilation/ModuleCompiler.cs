using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Reflection.Emit;
using WasmSharp.Binary;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Compiles a validated module into one collectible assembly (DESIGN.md decision 1): a static
/// method <c>R F{index}(args..., InstanceContext cx)</c> per defined function, an untyped invoker
/// <c>I{index}</c> per function, and a table of function pointers made with <c>ldftn</c>, spread
/// over as many types as the CLR's limit on methods per type needs (<see cref="EmittedTypes"/>).
/// Emission is linear in the size of the code; <see cref="CompiledModule.CompileToMachineCode"/> or the
/// first call of each method has the JIT compile it.
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal static class ModuleCompiler
{
    private static int s_counter;

    /// <summary>
    /// Compiles <paramref name="module"/>, which must have passed validation, with fuel metering and
    /// epoch checks only when the engine asks for them, so code of other engines pays nothing.
    /// With <paramref name="persist"/>, the code is made to be saved (<see cref="PersistedCode"/>):
    /// an assembly built with <see cref="PersistedAssemblyBuilder"/>, without process-dependent
    /// constants (<see cref="PortableConstants"/>), and loaded like a saved one. With
    /// <paramref name="addressMap"/>, methods keep the module offset of every frame for backtraces
    /// (<see cref="Config.GenerateAddressMap"/>). Without <paramref name="segmentedStack"/> (an
    /// engine whose stack is one segment, <see cref="StackSegments.AreUsed"/>), calls are not
    /// followed by a check for a pending trap.
    /// </summary>
    public static CompiledModule Compile(ModuleInfo module, bool consumeFuel = false, bool epochInterruption = false, int splitThreshold = int.MaxValue, bool epochContinuation = false, bool persist = false, bool addressMap = false, bool segmentedStack = true)
    {
        if (persist)
        {
            return PersistedCodeLoader.Load(module, Persist(module, consumeFuel, epochInterruption, splitThreshold, epochContinuation, addressMap, segmentedStack));
        }

        return Emit(module, consumeFuel, epochInterruption, splitThreshold, epochContinuation, addressMap, segmentedStack, persist: false, out _)!;
    }

    /// <summary>Compiles <paramref name="module"/> as <see cref="Compile"/> does, to be saved, without loading the result.</summary>
    public static PersistedCode Persist(ModuleInfo module, bool consumeFuel, bool epochInterruption, int splitThreshold, bool epochContinuation, bool addressMap, bool segmentedStack)
    {
        Emit(module, consumeFuel, epochInterruption, splitThreshold, epochContinuation, addressMap, segmentedStack, persist: true, out PersistedCode? persisted);
        return persisted!;
    }

    // The compiled module, or with persist null and the saved form in persisted.
    private static CompiledModule? Emit(ModuleInfo module, bool consumeFuel, bool epochInterruption, int splitThreshold, bool epochContinuation, bool addressMap, bool segmentedStack, bool persist, out PersistedCode? persisted)
    {
        persisted = null;
        int id = Interlocked.Increment(ref s_counter);
        var name = new AssemblyName("WasmSharp.Compiled" + id);
        AssemblyBuilder assembly = persist
            ? new PersistedAssemblyBuilder(name, typeof(object).Assembly)
            : AssemblyBuilder.DefineDynamicAssembly(name, AssemblyBuilderAccess.RunAndCollect);
        ModuleBuilder moduleBuilder = assembly.DefineDynamicModule(name.Name!);
        GrantAccess(assembly, moduleBuilder, persist);
        var types = new EmittedTypes(moduleBuilder);

        int imported = module.ImportedFunctionCount;
        var facts = new FunctionFacts[module.Bodies.Count];
        for (int i = 0; i < facts.Length; i++)
        {
            facts[i] = FunctionScanner.Scan(module, module.Bodies[i]);
        }

        bool[] recursive = CallGraph.FindRecursive(facts, imported);
        var methods = new MethodBuilder[facts.Length];
        var owners = new TypeBuilder[facts.Length];
        for (int i = 0; i < facts.Length; i++)
        {
            facts[i].NeedsStackCheck = recursive[i] || facts[i].CallsIndirect || facts[i].CallsImport;
            FuncType funcType = module.GetFunctionType(imported + i);

            // The function and its invoker.
            owners[i] = types.Reserve(2);
            methods[i] = owners[i].DefineMethod(FunctionName(imported + i), MethodAttributes.Public | MethodAttributes.Static, ClrTypes.Return(funcType.Results), ClrTypes.Parameters(funcType));
        }

        bool[] pendingTrapReturners = CallGraph.FindPendingTrapReturners(facts, imported);
        bool[] memoryMovers = CallGraph.FindMemoryMovers(facts, imported);
        for (int i = 0; i < facts.Length; i++)
        {
            facts[i].MayReturnPendingTrap = pendingTrapReturners[i];
            facts[i].MayMoveMemory = memoryMovers[i];
        }

        int[] typeIds = FuncTypeRegistry.GetModuleIds(module);
        var compilation = new ModuleCompilation(module, methods, facts, typeIds)
        {
            Code = types,
            Portable = persist ? new PortableConstants(moduleBuilder, typeIds) : null,
            SplitThreshold = splitThreshold,
            ConsumeFuel = consumeFuel,
            EpochInterruption = epochInterruption,
            EpochContinuation = epochContinuation,
            GenerateAddressMap = addressMap,
            SegmentedStack = segmentedStack,
        };
        for (int i = 0; i < methods.Length; i++)
        {
            compilation.KeepFrame(methods[i], i);
            new FunctionCompiler(compilation, imported + i, compilation.Generator(methods[i])).Compile();
            InvokerEmitter.Emit(owners[i], InvokerName(imported + i), methods[i], module.GetFunctionType(imported + i));
        }

        // Functions fill the types in order, so the pointer tables of the types, one after the
        // other, list every function in order.
        foreach (TypeBuilder type in types.Types)
        {
            EmitPointerTable(type, methods.Where((_, i) => owners[i] == type).ToArray());
        }

        if (compilation.Portable is PortableConstants portable)
        {
            portable.Holder.CreateType();
            foreach (TypeBuilder type in types.Types)
            {
                type.CreateType();
            }

            using var image = new MemoryStream();
            ((PersistedAssemblyBuilder)assembly).Save(image);
            persisted = new PersistedCode(AssemblyImage.Saved(image.ToArray()), [.. portable.Simd], [.. compilation.RegionMethods], compilation.Sites, CallGraph.FirstCallOrder(facts, module));
            return null;
        }

        var created = new Type[types.Types.Count];
        var pointers = new List<IntPtr>(methods.Length);
        for (int t = 0; t < created.Length; t++)
        {
            Type type = types.Types[t].CreateType();
            pointers.AddRange((IntPtr[])type.GetMethod(PointerTableName)!.Invoke(null, null)!);
            created[t] = type;
        }

        var compiled = new CompiledModule(module, created, pointers.ToArray(), typeIds, compilation.RegionMethods.ToArray());
        foreach (Type type in created)
        {
            Backtrace.Register(compiled, type, compilation.Sites);
        }

        return compiled;
    }

    /// <summary>The method name of function <paramref name="functionIndex"/>.</summary>
    public static string FunctionName(int functionIndex) => "F" + functionIndex;

    /// <summary>The method name of region <paramref name="region"/> of function <paramref name="functionIndex"/> (see <see cref="RegionPlanner"/>).</summary>
    public static string RegionName(int functionIndex, int region) => "F" + functionIndex + "_" + region;

    /// <summary>The untyped invoker name of function <paramref name="functionIndex"/>.</summary>
    public static string InvokerName(int functionIndex) => "I" + functionIndex;

    /// <summary>The method of each type that returns the function pointers of the functions it holds.</summary>
    public const string PointerTableName = "Pointers";

    // static IntPtr[] Pointers() => [ldftn F0, ldftn F1, ...]: one reflection call gets them all.
    private static void EmitPointerTable(TypeBuilder type, MethodBuilder[] methods)
    {
        MethodBuilder method = type.DefineMethod(PointerTableName, MethodAttributes.Public | MethodAttributes.Static, typeof(IntPtr[]), Type.EmptyTypes);
        ILGenerator il = method.GetILGenerator();
        il.Emit(OpCodes.Ldc_I4, methods.Length);
        il.Emit(OpCodes.Newarr, typeof(IntPtr));
        for (int i = 0; i < methods.Length; i++)
        {
            il.Emit(OpCodes.Dup);
            il.Emit(OpCodes.Ldc_I4, i);
            il.Emit(OpCodes.Ldftn, methods[i]);
            il.Emit(OpCodes.Stelem_I);
        }

        il.Emit(OpCodes.Ret);
    }

    /// <summary>
    /// Lets a dynamic assembly call WasmSharp internals (InstanceContext, Builtins...). The runtime
    /// honours <c>IgnoresAccessChecksToAttribute</c> by name, so the assembly defines its own copy.
    /// </summary>
    public static void GrantAccess(AssemblyBuilder assembly, ModuleBuilder module, bool persist = false)
    {
        string runtime = typeof(InstanceContext).Assembly.GetName().Name!;
        if (persist)
        {
            // A saved assembly refers to WasmSharp's own copy of the attribute (see there why).
            assembly.SetCustomAttribute(new CustomAttributeBuilder(typeof(System.Runtime.CompilerServices.IgnoresAccessChecksToAttribute).GetConstructor([typeof(string)])!, [runtime]));
            return;
        }

        TypeBuilder attribute = module.DefineType("System.Runtime.CompilerServices.IgnoresAccessChecksToAttribute", TypeAttributes.Public | TypeAttributes.Class | TypeAttributes.Sealed, typeof(Attribute));
        ConstructorBuilder ctor = attribute.DefineConstructor(MethodAttributes.Public, CallingConventions.Standard, [typeof(string)]);
        ILGenerator il = ctor.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Call, typeof(Attribute).GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes)!);
        il.Emit(OpCodes.Ret);
        Type created = attribute.CreateType();
        assembly.SetCustomAttribute(new CustomAttributeBuilder(created.GetConstructor([typeof(string)])!, [runtime]));
    }
}

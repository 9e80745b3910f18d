using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Reflection.Emit;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// The host trampolines of <see cref="HostFunctionFactory"/>: per signature, a static method
/// <c>R T(args..., InstanceContext cx)</c> that compiled code calls, which packs the arguments into
/// <see cref="ValRaw"/>s on its stack (<see cref="ValRawBuffer"/>), invokes <see cref="InstanceContext.Host"/>
/// through <see cref="HostCalls.Invoke"/> and unpacks the results. The same shape, calling
/// <see cref="InterpreterEntries.Invoke"/> instead, lets compiled code call interpreted functions
/// (<see cref="GetInterpreterEntry"/>).
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal static class HostTrampolines
{
    // One trampoline per signature, in one non-collectible assembly that lives as long as the process.
    private static readonly ConcurrentDictionary<int, IntPtr> s_trampolines = new();
    private static readonly ConcurrentDictionary<int, IntPtr> s_interpreterEntries = new();
    private static readonly Lock s_lock = new();
    private static ModuleBuilder? s_module;
    private static int s_counter;

    /// <summary>The native entry point of the trampoline of <paramref name="type"/>, whose canonical id is <paramref name="typeId"/>.</summary>
    public static IntPtr Get(FuncType type, int typeId) =>
        s_trampolines.GetOrAdd(typeId, static (_, type) => EmitTrampoline(type, RuntimeMembers.HostInvoke), type);

    /// <summary>
    /// The native entry point through which compiled code calls an interpreted function of type
    /// <paramref name="type"/> (canonical id <paramref name="typeId"/>), given its entry context.
    /// </summary>
    public static IntPtr GetInterpreterEntry(FuncType type, int typeId) =>
        s_interpreterEntries.GetOrAdd(typeId, static (_, type) => EmitTrampoline(type, RuntimeMembers.InterpreterEntryInvoke), type);

    // R T(args..., InstanceContext cx): packs the arguments, calls target(cx, values), unpacks the results.
    private static IntPtr EmitTrampoline(FuncType type, MethodInfo target)
    {
        lock (s_lock)
        {
            if (s_module is null)
            {
                var name = new AssemblyName("WasmSharp.HostTrampolines");
                AssemblyBuilder assembly = AssemblyBuilder.DefineDynamicAssembly(name, AssemblyBuilderAccess.Run);
                s_module = assembly.DefineDynamicModule(name.Name!);
                ModuleCompiler.GrantAccess(assembly, s_module);
            }

            TypeBuilder owner = s_module.DefineType("Trampoline" + s_counter++, TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Abstract | TypeAttributes.Class);
            Type[] parameters = ClrTypes.Parameters(type);
            MethodBuilder method = owner.DefineMethod("T", MethodAttributes.Public | MethodAttributes.Static, ClrTypes.Return(type.Results), parameters);
            ILGenerator il = method.GetILGenerator();
            int count = Math.Max(1, Math.Max(type.Params.Count, type.Results.Count));
            LocalBuilder values = il.DeclareLocal(typeof(Span<ValRaw>));
            if (count <= ValRawBuffer.Capacity)
            {
                // values = ValRawBuffer.First(ref buffer, count)
                LocalBuilder buffer = il.DeclareLocal(typeof(ValRawBuffer));
                il.Emit(OpCodes.Ldloca, buffer);
                il.Emit(OpCodes.Ldc_I4, count);
                il.Emit(OpCodes.Call, RuntimeMembers.BufferFirst);
            }
            else
            {
                il.Emit(OpCodes.Ldc_I4, count);
                il.Emit(OpCodes.Newarr, typeof(ValRaw));
                il.Emit(OpCodes.Newobj, RuntimeMembers.SpanFromArray);
            }

            il.Emit(OpCodes.Stloc, values);
            for (int i = 0; i < type.Params.Count; i++)
            {
                il.Emit(OpCodes.Ldloca, values);
                il.Emit(OpCodes.Ldc_I4, i);
                il.Emit(OpCodes.Call, RuntimeMembers.SpanItem);
                il.Emit(OpCodes.Ldarg, (short)i);
                InvokerEmitter.EmitToRaw(il, type.Params[i]);
            }

            il.Emit(OpCodes.Ldarg, (short)type.Params.Count);
            il.Emit(OpCodes.Ldloc, values);
            il.Emit(OpCodes.Call, target);
            for (int i = 0; i < type.Results.Count; i++)
            {
                il.Emit(OpCodes.Ldloca, values);
                il.Emit(OpCodes.Ldc_I4, i);
                il.Emit(OpCodes.Call, RuntimeMembers.SpanItem);
                InvokerEmitter.EmitFromRaw(il, type.Results[i]);
            }

            ClrTypes.EmitPack(il, type.Results);
            il.Emit(OpCodes.Ret);
            Type created = owner.CreateType();
            return created.GetMethod("T")!.MethodHandle.GetFunctionPointer();
        }
    }
}

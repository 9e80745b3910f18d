using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Makes host functions callable like compiled ones: a <see cref="FuncRef"/> whose code is a
/// per-signature trampoline <c>R T(args..., InstanceContext cx)</c> that packs the arguments into
/// <see cref="ValRaw"/>s on its stack (<see cref="ValRawBuffer"/>), invokes <see cref="InstanceContext.Host"/>
/// through <see cref="HostCalls.Invoke"/> (the call hook's host boundary) and unpacks the results. So
/// imports, tables and <c>call_indirect</c> need no special case for host functions (Wasmtime's
/// host-to-wasm trampolines play the same role).
/// </summary>
internal static class HostFunctionFactory
{
    // One trampoline per signature, in one non-collectible assembly that lives as long as the process.
    private static readonly ConcurrentDictionary<int, IntPtr> s_trampolines = new();
    private static readonly Lock s_lock = new();
    private static ModuleBuilder? s_module;
    private static int s_counter;

    private static readonly MethodInfo s_bufferAsValRaw = typeof(System.Runtime.CompilerServices.Unsafe).GetMethods()
        .Single(m => m.Name == nameof(System.Runtime.CompilerServices.Unsafe.As) && m.GetGenericArguments().Length == 2)
        .MakeGenericMethod(typeof(ValRawBuffer), typeof(ValRaw));

    private static readonly MethodInfo s_createSpan = typeof(System.Runtime.InteropServices.MemoryMarshal)
        .GetMethod(nameof(System.Runtime.InteropServices.MemoryMarshal.CreateSpan))!
        .MakeGenericMethod(typeof(ValRaw));

    /// <summary>Creates a function reference of <paramref name="type"/> that calls <paramref name="callback"/>.</summary>
    public static FuncRef Create(FuncType type, HostCallback callback, StoreContext store)
    {
        int typeId = FuncTypeRegistry.GetId(type);

        // Only compiled code calls through the native entry point; a store that runs none (the
        // interpreter, and every host without dynamic code) never emits a trampoline.
        IntPtr code = store.RunsCompiledCode ? s_trampolines.GetOrAdd(typeId, _ => EmitTrampoline(type)) : IntPtr.Zero;
        var context = new InstanceContext(store) { Host = callback };
        return new FuncRef(code, context, type, typeId, HostCalls.Invoker);
    }

    private static IntPtr EmitTrampoline(FuncType type)
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
                // values = MemoryMarshal.CreateSpan(ref Unsafe.As<ValRawBuffer, ValRaw>(ref buffer), count)
                LocalBuilder buffer = il.DeclareLocal(typeof(ValRawBuffer));
                il.Emit(OpCodes.Ldloca, buffer);
                il.Emit(OpCodes.Call, s_bufferAsValRaw);
                il.Emit(OpCodes.Ldc_I4, count);
                il.Emit(OpCodes.Call, s_createSpan);
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
            il.Emit(OpCodes.Call, RuntimeMembers.HostInvoke);
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

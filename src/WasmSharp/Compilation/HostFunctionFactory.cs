using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Makes host functions callable like compiled ones: a <see cref="FuncRef"/> whose code is a
/// per-signature trampoline <c>R T(args..., InstanceContext cx)</c> that packs the arguments into
/// <see cref="ValRaw"/>s, invokes <see cref="InstanceContext.Host"/> and unpacks the results. So
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

    private static readonly RawInvoker s_invoker = static (cx, values) => cx.Host!(values);

    /// <summary>Creates a function reference of <paramref name="type"/> that calls <paramref name="callback"/>.</summary>
    public static FuncRef Create(FuncType type, HostCallback callback, StoreContext store)
    {
        int typeId = FuncTypeRegistry.GetId(type);
        IntPtr code = s_trampolines.GetOrAdd(typeId, _ => EmitTrampoline(type));
        var context = new InstanceContext(store) { Host = callback };
        return new FuncRef(code, context, type, typeId, s_invoker);
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
            LocalBuilder values = il.DeclareLocal(typeof(ValRaw[]));
            il.Emit(OpCodes.Ldc_I4, Math.Max(1, Math.Max(type.Params.Count, type.Results.Count)));
            il.Emit(OpCodes.Newarr, typeof(ValRaw));
            il.Emit(OpCodes.Stloc, values);
            for (int i = 0; i < type.Params.Count; i++)
            {
                il.Emit(OpCodes.Ldloc, values);
                il.Emit(OpCodes.Ldc_I4, i);
                il.Emit(OpCodes.Ldelema, typeof(ValRaw));
                il.Emit(OpCodes.Ldarg, (short)i);
                InvokerEmitter.EmitToRaw(il, type.Params[i]);
            }

            il.Emit(OpCodes.Ldarg, (short)type.Params.Count);
            il.Emit(OpCodes.Ldfld, RuntimeMembers.Host);
            il.Emit(OpCodes.Ldloc, values);
            il.Emit(OpCodes.Newobj, RuntimeMembers.SpanFromArray);
            il.Emit(OpCodes.Callvirt, RuntimeMembers.HostInvoke);
            for (int i = 0; i < type.Results.Count; i++)
            {
                il.Emit(OpCodes.Ldloc, values);
                il.Emit(OpCodes.Ldc_I4, i);
                il.Emit(OpCodes.Ldelema, typeof(ValRaw));
                InvokerEmitter.EmitFromRaw(il, type.Results[i]);
            }

            ClrTypes.EmitPack(il, type.Results);
            il.Emit(OpCodes.Ret);
            Type created = owner.CreateType();
            return created.GetMethod("T")!.MethodHandle.GetFunctionPointer();
        }
    }
}

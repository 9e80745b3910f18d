using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Reflection.Emit;
using WasmSharp.Compilation;
using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// The typed entry for one pair of CLR signature types, emitted once per pair: unpacks
/// <typeparamref name="TParams"/>, <c>calli</c>s the compiled method with its exact signature
/// (<c>R F(args..., InstanceContext)</c>) and packs the result into <typeparamref name="TResults"/>.
/// Measured at about 2.5 ns for the <c>calli</c> (DESIGN.md decision 8); nothing is allocated.
/// Only functions with compiled code have an entry to call (see <see cref="TypedFunc{TParams, TResults}"/>).
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal static class TypedCall<TParams, TResults>
{
    /// <summary>The emitted entry.</summary>
    public static readonly TypedInvoker<TParams, TResults> Invoke = Emit();

    private static TypedInvoker<TParams, TResults> Emit()
    {
        Type[] parameters = ClrValTypes.Elements(typeof(TParams));
        Type[] results = ClrValTypes.Elements(typeof(TResults));
        var method = new DynamicMethod("TypedCall", typeof(TResults), [typeof(object), typeof(IntPtr), typeof(InstanceContext), typeof(TParams)], typeof(TypedCall<,>).Module, skipVisibility: true);
        ILGenerator il = method.GetILGenerator();
        bool paramTuple = ClrValTypes.IsTuple(typeof(TParams));
        var wasmParams = new Type[parameters.Length + 1];
        for (int i = 0; i < parameters.Length; i++)
        {
            if (paramTuple)
            {
                il.Emit(OpCodes.Ldarga_S, (byte)3);
                il.Emit(OpCodes.Ldfld, TupleMembers.Field(typeof(TParams), "Item" + (i + 1)));
            }
            else
            {
                il.Emit(OpCodes.Ldarg_3);
            }

            if (parameters[i] == typeof(Func))
            {
                il.Emit(OpCodes.Call, typeof(Func).GetMethod(nameof(Func.ToRawRef), BindingFlags.NonPublic | BindingFlags.Static)!);
            }

            wasmParams[i] = ClrValTypes.Wasm(parameters[i]);
        }

        wasmParams[^1] = typeof(InstanceContext);
        il.Emit(OpCodes.Ldarg_2);
        il.Emit(OpCodes.Ldarg_1);
        Type[] wasmResults = results.Select(ClrValTypes.Wasm).ToArray();
        Type wasmReturn = wasmResults.Length switch
        {
            0 => typeof(void),
            1 => wasmResults[0],
            _ => ClrValTypes.Tuple(wasmResults),
        };
        il.EmitCalli(OpCodes.Calli, CallingConventions.Standard, wasmReturn, wasmParams, null);

        if (results.Length == 0)
        {
            LocalBuilder empty = il.DeclareLocal(typeof(TResults));
            il.Emit(OpCodes.Ldloca, empty);
            il.Emit(OpCodes.Initobj, typeof(TResults));
            il.Emit(OpCodes.Ldloc, empty);
        }
        else if (results.Length == 1)
        {
            EmitFromWasm(il, results[0]);
            if (ClrValTypes.IsTuple(typeof(TResults)))
            {
                il.Emit(OpCodes.Newobj, TupleMembers.Constructor(typeof(TResults)));
            }
        }
        else
        {
            LocalBuilder packed = il.DeclareLocal(wasmReturn);
            il.Emit(OpCodes.Stloc, packed);
            for (int i = 0; i < results.Length; i++)
            {
                il.Emit(OpCodes.Ldloca, packed);
                il.Emit(OpCodes.Ldfld, TupleMembers.Field(wasmReturn, "Item" + (i + 1)));
                EmitFromWasm(il, results[i]);
            }

            il.Emit(OpCodes.Newobj, TupleMembers.Constructor(typeof(TResults)));
        }

        il.Emit(OpCodes.Ret);
        // Closed over a dummy first argument: invoking a closed delegate needs no shuffle thunk,
        // unlike an open static one, which saves a few nanoseconds per call.
        return (TypedInvoker<TParams, TResults>)method.CreateDelegate(typeof(TypedInvoker<TParams, TResults>), new object());
    }

    private static void EmitFromWasm(ILGenerator il, Type clr)
    {
        if (clr == typeof(Func))
        {
            il.Emit(OpCodes.Call, typeof(Func).GetMethod(nameof(Func.FromRawRef), BindingFlags.NonPublic | BindingFlags.Static)!);
        }
    }
}

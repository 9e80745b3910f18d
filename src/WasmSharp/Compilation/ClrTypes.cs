using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Reflection.Emit;
using WasmSharp.Types;

namespace WasmSharp.Compilation;

/// <summary>
/// How Wasm values are represented in IL: i32 → <see cref="int"/>, i64 → <see cref="long"/>,
/// f32 → <see cref="float"/>, f64 → <see cref="double"/>, v128 → <c>Vector128&lt;byte&gt;</c>, references → <see cref="object"/> (a
/// <c>FuncRef</c> or an externref payload). A function with several results returns them as one
/// <see cref="ValueTuple"/> (nested through <c>Rest</c> beyond seven): a struct return needs no
/// heap allocation, no byref locals at call sites, and small tuples come back in registers.
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal static class ClrTypes
{
    /// <summary>The CLR type of <paramref name="type"/>.</summary>
    public static Type Of(ValType type) => type.Kind switch
    {
        ValKind.I32 => typeof(int),
        ValKind.I64 => typeof(long),
        ValKind.F32 => typeof(float),
        ValKind.F64 => typeof(double),
        ValKind.Ref => typeof(object),
        ValKind.V128 => typeof(System.Runtime.Intrinsics.Vector128<byte>),
        _ => throw new NotSupportedException($"value type {type} is not supported by the compiler yet"),
    };

    /// <summary>The CLR return type for <paramref name="results"/>: void, the single type, or a value tuple.</summary>
    public static Type Return(IReadOnlyList<ValType> results) => results.Count switch
    {
        0 => typeof(void),
        1 => Of(results[0]),
        _ => Tuple(results, 0),
    };

    /// <summary>The CLR parameter types of a compiled function: its parameters, then the instance context.</summary>
    public static Type[] Parameters(FuncType type)
    {
        var result = new Type[type.Params.Count + 1];
        for (int i = 0; i < type.Params.Count; i++)
        {
            result[i] = Of(type.Params[i]);
        }

        result[^1] = typeof(Vm.InstanceContext);
        return result;
    }

    /// <summary>
    /// Packs the <paramref name="results"/> on top of the IL stack into the function's tuple
    /// (no-op for fewer than two).
    /// </summary>
    public static void EmitPack(ILGenerator il, IReadOnlyList<ValType> results)
    {
        if (results.Count >= 2)
        {
            EmitPackFrom(il, results, 0);
        }
    }

    /// <summary>
    /// Unpacks a tuple of <paramref name="results"/> on top of the IL stack into its values, in
    /// order, using <paramref name="scratch"/> (a local of the tuple type).
    /// </summary>
    public static void EmitUnpack(ILGenerator il, IReadOnlyList<ValType> results, LocalBuilder scratch)
    {
        il.Emit(OpCodes.Stloc, scratch);

        // The address of each nesting level is taken once, into a by-ref local: reaching element i
        // through i / 7 Rest fields made the code, and its emission, quadratic in the number of
        // results (1,000 results, the most a function type has in Wasmtime, took 87 s to compile).
        Type current = scratch.LocalType;
        LocalBuilder? level = null;
        for (int i = 0; i < results.Count; i++)
        {
            int item = i % 7;
            if (i > 0 && item == 0)
            {
                FieldInfo rest = TupleMembers.Field(current, "Rest");
                EmitLevelAddress(il, scratch, level);
                il.Emit(OpCodes.Ldflda, rest);
                current = rest.FieldType;
                level = il.DeclareLocal(current.MakeByRefType());
                il.Emit(OpCodes.Stloc, level);
            }

            EmitLevelAddress(il, scratch, level);
            il.Emit(OpCodes.Ldfld, TupleMembers.Field(current, "Item" + (item + 1)));
        }
    }

    private static void EmitLevelAddress(ILGenerator il, LocalBuilder scratch, LocalBuilder? level)
    {
        if (level is null)
        {
            il.Emit(OpCodes.Ldloca, scratch);
        }
        else
        {
            il.Emit(OpCodes.Ldloc, level);
        }
    }

    private static void EmitPackFrom(ILGenerator il, IReadOnlyList<ValType> results, int start)
    {
        int count = results.Count - start;
        if (count > 7)
        {
            // The values past the seventh are on top of the stack: pack them first into Rest.
            EmitPackFrom(il, results, start + 7);
        }

        il.Emit(OpCodes.Newobj, TupleMembers.Constructor(Tuple(results, start)));
    }

    // ValueTuple`8 constrains TRest to a struct, a requirement the trimmer cannot check for a type
    // made here; the Rest made here is always another ValueTuple.
    [UnconditionalSuppressMessage("Trimming", "IL2055", Justification = "TRest is a ValueTuple instantiation, a struct; ValueTuple members are kept by TupleMembers.")]
    private static Type Tuple(IReadOnlyList<ValType> results, int start)
    {
        int count = results.Count - start;
        if (count > 7)
        {
            var args = new Type[8];
            for (int i = 0; i < 7; i++)
            {
                args[i] = Of(results[start + i]);
            }

            args[7] = Tuple(results, start + 7);
            return typeof(ValueTuple<,,,,,,,>).MakeGenericType(args);
        }

        var types = new Type[count];
        for (int i = 0; i < count; i++)
        {
            types[i] = Of(results[start + i]);
        }

        return count switch
        {
            1 => typeof(ValueTuple<>).MakeGenericType(types),
            2 => typeof(ValueTuple<,>).MakeGenericType(types),
            3 => typeof(ValueTuple<,,>).MakeGenericType(types),
            4 => typeof(ValueTuple<,,,>).MakeGenericType(types),
            5 => typeof(ValueTuple<,,,,>).MakeGenericType(types),
            6 => typeof(ValueTuple<,,,,,>).MakeGenericType(types),
            _ => typeof(ValueTuple<,,,,,,>).MakeGenericType(types),
        };
    }
}

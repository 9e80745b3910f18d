using WasmSharp.Types;

namespace WasmSharp;

/// <summary>
/// The mapping of CLR types to WebAssembly value types used by <see cref="Func.Wrap(Store, Action)"/>
/// and <see cref="TypedFunc{TParams, TResults}"/> (Wasmtime's <c>WasmTy</c>/<c>WasmParams</c>/<c>WasmResults</c>):
/// int/uint → i32, long/ulong → i64, float → f32, double → f64, <see cref="Func"/> → funcref,
/// Vector128&lt;byte&gt; → v128, object → externref; a <see cref="ValueTuple"/> of up to seven of them for several values and the
/// empty <see cref="ValueTuple"/> for none.
/// </summary>
internal static class ClrValTypes
{
    /// <summary>The most values one tuple may carry (ValueTuple's flat arity).</summary>
    public const int MaxTupleArity = 7;

    /// <summary>The value type of a single-value CLR type.</summary>
    public static bool TryScalar(Type type, out ValType valType)
    {
        if (type == typeof(int) || type == typeof(uint))
        {
            valType = ValType.I32;
        }
        else if (type == typeof(long) || type == typeof(ulong))
        {
            valType = ValType.I64;
        }
        else if (type == typeof(float))
        {
            valType = ValType.F32;
        }
        else if (type == typeof(double))
        {
            valType = ValType.F64;
        }
        else if (type == typeof(System.Runtime.Intrinsics.Vector128<byte>))
        {
            valType = ValType.V128;
        }
        else if (type == typeof(Func))
        {
            valType = ValType.FuncRef;
        }
        else if (type == typeof(object))
        {
            valType = ValType.ExternRef;
        }
        else
        {
            valType = default;
            return false;
        }

        return true;
    }

    /// <summary>The CLR types of the values <paramref name="type"/> carries, in order.</summary>
    /// <exception cref="ArgumentException"><paramref name="type"/> has no WebAssembly equivalent.</exception>
    public static Type[] Elements(Type type)
    {
        if (type == typeof(ValueTuple))
        {
            return [];
        }

        if (TryScalar(type, out _))
        {
            return [type];
        }

        if (IsTuple(type))
        {
            Type[] elements = type.GetGenericArguments();
            foreach (Type element in elements)
            {
                if (!TryScalar(element, out _))
                {
                    throw new ArgumentException($"type {element} has no WebAssembly value type");
                }
            }

            return elements;
        }

        throw new ArgumentException($"type {type} has no WebAssembly value type (tuples carry at most {MaxTupleArity} values)");
    }

    /// <summary>The value types <paramref name="type"/> carries.</summary>
    public static ValType[] Flatten(Type type) => Elements(type).Select(t =>
    {
        TryScalar(t, out ValType v);
        return v;
    }).ToArray();

    /// <summary>Whether <paramref name="type"/> is a ValueTuple of one to seven elements.</summary>
    public static bool IsTuple(Type type)
    {
        if (!type.IsGenericType)
        {
            return false;
        }

        Type definition = type.GetGenericTypeDefinition();
        return definition == typeof(ValueTuple<>) || definition == typeof(ValueTuple<,>) || definition == typeof(ValueTuple<,,>)
            || definition == typeof(ValueTuple<,,,>) || definition == typeof(ValueTuple<,,,,>) || definition == typeof(ValueTuple<,,,,,>)
            || definition == typeof(ValueTuple<,,,,,,>);
    }

    /// <summary>The CLR type compiled code uses for a value of CLR type <paramref name="type"/>.</summary>
    public static Type Wasm(Type type) =>
        type == typeof(uint) ? typeof(int)
        : type == typeof(ulong) ? typeof(long)
        : type == typeof(Func) ? typeof(object)
        : type;

    /// <summary>Whether the CLR-derived types equal the function's types.</summary>
    public static bool SameTypes(ValType[] clr, IReadOnlyList<ValType> wasm)
    {
        if (clr.Length != wasm.Count)
        {
            return false;
        }

        for (int i = 0; i < clr.Length; i++)
        {
            ValType w = wasm[i];
            if (clr[i].Kind != w.Kind)
            {
                return false;
            }

            // Func stands for any function reference, object for any external reference.
            if (w.IsRef && clr[i].Heap != w.Heap && !(clr[i] == ValType.FuncRef && (w.Heap.IsConcrete || w.Heap.Abstract is AbstractHeapType.NoFunc)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The ValueTuple type of <paramref name="elements"/> (two to seven of them).</summary>
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode(Compilation.DynamicCodeMessages.CompilerTier)]
    public static Type Tuple(Type[] elements) => elements.Length switch
    {
        1 => typeof(ValueTuple<>).MakeGenericType(elements),
        2 => typeof(ValueTuple<,>).MakeGenericType(elements),
        3 => typeof(ValueTuple<,,>).MakeGenericType(elements),
        4 => typeof(ValueTuple<,,,>).MakeGenericType(elements),
        5 => typeof(ValueTuple<,,,,>).MakeGenericType(elements),
        6 => typeof(ValueTuple<,,,,,>).MakeGenericType(elements),
        _ => typeof(ValueTuple<,,,,,,>).MakeGenericType(elements),
    };
}

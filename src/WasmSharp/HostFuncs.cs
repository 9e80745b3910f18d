using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// Builds host functions from CLR delegates without boxing (Wasmtime's <c>IntoFunc</c>): the
/// parameter types come from the delegate's type arguments, each argument is read with
/// <see cref="ValMarshal.Read{T}"/> and the result written with <see cref="ValMarshal.Write{T}"/>.
/// The typed adapters (<c>Wrap</c>/<c>WrapCaller</c>, arities 0 to 16) are generated into
/// HostFuncs.Wrap.g.cs by scripts/WrapOverloads.
/// </summary>
internal static partial class HostFuncs
{
    /// <summary>The function type of a delegate with <paramref name="parameters"/> returning <paramref name="result"/>.</summary>
    public static FuncType TypeOf(Type[] parameters, Type result)
    {
        var types = new ValType[parameters.Length];
        for (int i = 0; i < parameters.Length; i++)
        {
            if (!ClrValTypes.TryScalar(parameters[i], out types[i]))
            {
                throw new ArgumentException($"parameter type {parameters[i]} has no WebAssembly value type");
            }
        }

        return new FuncType(types, ClrValTypes.Flatten(result));
    }

    /// <summary>The caller of a host call made through <paramref name="callee"/>.</summary>
    public static Caller<T> CallerOf<T>(InstanceContext callee) => new((Store<T>)callee.Store.Owner!, callee.CallerContext);

    /// <summary>An untyped host function with caller access (<c>Func::new</c>).</summary>
    public static HostCallback Untyped<T>(FuncType type, FuncCallback<T> callback) =>
        Untyped(type, (callee, parameters, results) => callback(CallerOf<T>(callee), parameters, results));

    /// <summary>An untyped host function without caller access.</summary>
    public static HostCallback Untyped(FuncType type, Action<ReadOnlySpan<Val>, Span<Val>> callback) =>
        Untyped(type, (_, parameters, results) => callback(parameters, results));

    private static HostCallback Untyped(FuncType type, UntypedHost callback)
    {
        return (callee, values) =>
        {
            Val[] parameters = ReadParameters(type, values);
            Val[] results = DefaultResults(type);
            callback(callee, parameters, results);
            WriteResults(type, results, callee.Store, values);
        };
    }

    /// <summary>The untyped arguments of a call of <paramref name="type"/> from <paramref name="values"/>.</summary>
    public static Val[] ReadParameters(FuncType type, Span<ValRaw> values)
    {
        int count = type.Params.Count;
        Val[] parameters = count == 0 ? [] : new Val[count];
        for (int i = 0; i < count; i++)
        {
            parameters[i] = Val.FromRaw(values[i], type.Params[i]);
        }

        return parameters;
    }

    /// <summary>The results of <paramref name="type"/>, each its type's default, for an untyped callback to overwrite.</summary>
    public static Val[] DefaultResults(FuncType type)
    {
        int count = type.Results.Count;
        Val[] results = count == 0 ? [] : new Val[count];
        for (int i = 0; i < count; i++)
        {
            results[i] = Val.Default(type.Results[i]);
        }

        return results;
    }

    /// <summary>
    /// Checks an untyped callback's <paramref name="results"/> against <paramref name="type"/> (Wasmtime's
    /// message when one does not match) and writes them from index 0 of <paramref name="values"/>.
    /// </summary>
    public static void WriteResults(FuncType type, Val[] results, StoreContext store, Span<ValRaw> values)
    {
        for (int i = 0; i < results.Length; i++)
        {
            if (!results[i].Matches(type.Results[i]))
            {
                throw new InvalidOperationException($"function attempted to return an incompatible value: expected {type.Results[i]}, found {results[i].Type}");
            }

            values[i] = results[i].ToRaw(store);
        }
    }

    private delegate void UntypedHost(InstanceContext callee, ReadOnlySpan<Val> parameters, Span<Val> results);
}

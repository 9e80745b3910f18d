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
        int parameterCount = type.Params.Count;
        int resultCount = type.Results.Count;
        return (callee, values) =>
        {
            Val[] parameters = parameterCount == 0 ? [] : new Val[parameterCount];
            for (int i = 0; i < parameterCount; i++)
            {
                parameters[i] = Val.FromRaw(values[i], type.Params[i]);
            }

            Val[] results = resultCount == 0 ? [] : new Val[resultCount];
            for (int i = 0; i < resultCount; i++)
            {
                results[i] = Val.Default(type.Results[i]);
            }

            callback(callee, parameters, results);
            for (int i = 0; i < resultCount; i++)
            {
                if (!results[i].Matches(type.Results[i]))
                {
                    throw new InvalidOperationException($"function attempted to return an incompatible value: expected {type.Results[i]}, found {results[i].Type}");
                }

                values[i] = results[i].ToRaw(callee.Store);
            }
        };
    }

    private delegate void UntypedHost(InstanceContext callee, ReadOnlySpan<Val> parameters, Span<Val> results);
}

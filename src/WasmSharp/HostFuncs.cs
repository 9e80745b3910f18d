using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// Builds host functions from CLR delegates without boxing (Wasmtime's <c>IntoFunc</c>): the
/// parameter types come from the delegate's type arguments, each argument is read with
/// <see cref="ValMarshal.Read{T}"/> and the result written with <see cref="ValMarshal.Write{T}"/>.
/// Generated for arities 0 to 6 by the script in the commit that introduced it.
/// </summary>
internal static class HostFuncs
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

    /// <summary>A host function of a delegate taking 0 arguments and returning nothing.</summary>
    public static HostFuncDefinition Wrap(Action func) =>
        new(TypeOf([], typeof(ValueTuple)), (callee, v) => func());

    /// <summary>A host function of a delegate taking 0 arguments and returning <typeparamref name="R"/>.</summary>
    public static HostFuncDefinition Wrap<R>(Func<R> func) =>
        new(TypeOf([], typeof(R)), (callee, v) => ValMarshal.Write(func(), v));

    /// <summary>A host function of a delegate taking the caller and 0 arguments and returning nothing.</summary>
    public static HostFuncDefinition WrapCaller<T>(Action<Caller<T>> func) =>
        new(TypeOf([], typeof(ValueTuple)), (callee, v) => func(CallerOf<T>(callee)));

    /// <summary>A host function of a delegate taking the caller and 0 arguments and returning <typeparamref name="R"/>.</summary>
    public static HostFuncDefinition WrapCaller<T, R>(Func<Caller<T>, R> func) =>
        new(TypeOf([], typeof(R)), (callee, v) => ValMarshal.Write(func(CallerOf<T>(callee)), v));

    /// <summary>A host function of a delegate taking 1 arguments and returning nothing.</summary>
    public static HostFuncDefinition Wrap<A1>(Action<A1> func) =>
        new(TypeOf([typeof(A1)], typeof(ValueTuple)), (callee, v) => func(ValMarshal.Read<A1>(v[0])));

    /// <summary>A host function of a delegate taking 1 arguments and returning <typeparamref name="R"/>.</summary>
    public static HostFuncDefinition Wrap<A1, R>(Func<A1, R> func) =>
        new(TypeOf([typeof(A1)], typeof(R)), (callee, v) => ValMarshal.Write(func(ValMarshal.Read<A1>(v[0])), v));

    /// <summary>A host function of a delegate taking the caller and 1 arguments and returning nothing.</summary>
    public static HostFuncDefinition WrapCaller<T, A1>(Action<Caller<T>, A1> func) =>
        new(TypeOf([typeof(A1)], typeof(ValueTuple)), (callee, v) => func(CallerOf<T>(callee), ValMarshal.Read<A1>(v[0])));

    /// <summary>A host function of a delegate taking the caller and 1 arguments and returning <typeparamref name="R"/>.</summary>
    public static HostFuncDefinition WrapCaller<T, A1, R>(Func<Caller<T>, A1, R> func) =>
        new(TypeOf([typeof(A1)], typeof(R)), (callee, v) => ValMarshal.Write(func(CallerOf<T>(callee), ValMarshal.Read<A1>(v[0])), v));

    /// <summary>A host function of a delegate taking 2 arguments and returning nothing.</summary>
    public static HostFuncDefinition Wrap<A1, A2>(Action<A1, A2> func) =>
        new(TypeOf([typeof(A1), typeof(A2)], typeof(ValueTuple)), (callee, v) => func(ValMarshal.Read<A1>(v[0]), ValMarshal.Read<A2>(v[1])));

    /// <summary>A host function of a delegate taking 2 arguments and returning <typeparamref name="R"/>.</summary>
    public static HostFuncDefinition Wrap<A1, A2, R>(Func<A1, A2, R> func) =>
        new(TypeOf([typeof(A1), typeof(A2)], typeof(R)), (callee, v) => ValMarshal.Write(func(ValMarshal.Read<A1>(v[0]), ValMarshal.Read<A2>(v[1])), v));

    /// <summary>A host function of a delegate taking the caller and 2 arguments and returning nothing.</summary>
    public static HostFuncDefinition WrapCaller<T, A1, A2>(Action<Caller<T>, A1, A2> func) =>
        new(TypeOf([typeof(A1), typeof(A2)], typeof(ValueTuple)), (callee, v) => func(CallerOf<T>(callee), ValMarshal.Read<A1>(v[0]), ValMarshal.Read<A2>(v[1])));

    /// <summary>A host function of a delegate taking the caller and 2 arguments and returning <typeparamref name="R"/>.</summary>
    public static HostFuncDefinition WrapCaller<T, A1, A2, R>(Func<Caller<T>, A1, A2, R> func) =>
        new(TypeOf([typeof(A1), typeof(A2)], typeof(R)), (callee, v) => ValMarshal.Write(func(CallerOf<T>(callee), ValMarshal.Read<A1>(v[0]), ValMarshal.Read<A2>(v[1])), v));

    /// <summary>A host function of a delegate taking 3 arguments and returning nothing.</summary>
    public static HostFuncDefinition Wrap<A1, A2, A3>(Action<A1, A2, A3> func) =>
        new(TypeOf([typeof(A1), typeof(A2), typeof(A3)], typeof(ValueTuple)), (callee, v) => func(ValMarshal.Read<A1>(v[0]), ValMarshal.Read<A2>(v[1]), ValMarshal.Read<A3>(v[2])));

    /// <summary>A host function of a delegate taking 3 arguments and returning <typeparamref name="R"/>.</summary>
    public static HostFuncDefinition Wrap<A1, A2, A3, R>(Func<A1, A2, A3, R> func) =>
        new(TypeOf([typeof(A1), typeof(A2), typeof(A3)], typeof(R)), (callee, v) => ValMarshal.Write(func(ValMarshal.Read<A1>(v[0]), ValMarshal.Read<A2>(v[1]), ValMarshal.Read<A3>(v[2])), v));

    /// <summary>A host function of a delegate taking the caller and 3 arguments and returning nothing.</summary>
    public static HostFuncDefinition WrapCaller<T, A1, A2, A3>(Action<Caller<T>, A1, A2, A3> func) =>
        new(TypeOf([typeof(A1), typeof(A2), typeof(A3)], typeof(ValueTuple)), (callee, v) => func(CallerOf<T>(callee), ValMarshal.Read<A1>(v[0]), ValMarshal.Read<A2>(v[1]), ValMarshal.Read<A3>(v[2])));

    /// <summary>A host function of a delegate taking the caller and 3 arguments and returning <typeparamref name="R"/>.</summary>
    public static HostFuncDefinition WrapCaller<T, A1, A2, A3, R>(Func<Caller<T>, A1, A2, A3, R> func) =>
        new(TypeOf([typeof(A1), typeof(A2), typeof(A3)], typeof(R)), (callee, v) => ValMarshal.Write(func(CallerOf<T>(callee), ValMarshal.Read<A1>(v[0]), ValMarshal.Read<A2>(v[1]), ValMarshal.Read<A3>(v[2])), v));

    /// <summary>A host function of a delegate taking 4 arguments and returning nothing.</summary>
    public static HostFuncDefinition Wrap<A1, A2, A3, A4>(Action<A1, A2, A3, A4> func) =>
        new(TypeOf([typeof(A1), typeof(A2), typeof(A3), typeof(A4)], typeof(ValueTuple)), (callee, v) => func(ValMarshal.Read<A1>(v[0]), ValMarshal.Read<A2>(v[1]), ValMarshal.Read<A3>(v[2]), ValMarshal.Read<A4>(v[3])));

    /// <summary>A host function of a delegate taking 4 arguments and returning <typeparamref name="R"/>.</summary>
    public static HostFuncDefinition Wrap<A1, A2, A3, A4, R>(Func<A1, A2, A3, A4, R> func) =>
        new(TypeOf([typeof(A1), typeof(A2), typeof(A3), typeof(A4)], typeof(R)), (callee, v) => ValMarshal.Write(func(ValMarshal.Read<A1>(v[0]), ValMarshal.Read<A2>(v[1]), ValMarshal.Read<A3>(v[2]), ValMarshal.Read<A4>(v[3])), v));

    /// <summary>A host function of a delegate taking the caller and 4 arguments and returning nothing.</summary>
    public static HostFuncDefinition WrapCaller<T, A1, A2, A3, A4>(Action<Caller<T>, A1, A2, A3, A4> func) =>
        new(TypeOf([typeof(A1), typeof(A2), typeof(A3), typeof(A4)], typeof(ValueTuple)), (callee, v) => func(CallerOf<T>(callee), ValMarshal.Read<A1>(v[0]), ValMarshal.Read<A2>(v[1]), ValMarshal.Read<A3>(v[2]), ValMarshal.Read<A4>(v[3])));

    /// <summary>A host function of a delegate taking the caller and 4 arguments and returning <typeparamref name="R"/>.</summary>
    public static HostFuncDefinition WrapCaller<T, A1, A2, A3, A4, R>(Func<Caller<T>, A1, A2, A3, A4, R> func) =>
        new(TypeOf([typeof(A1), typeof(A2), typeof(A3), typeof(A4)], typeof(R)), (callee, v) => ValMarshal.Write(func(CallerOf<T>(callee), ValMarshal.Read<A1>(v[0]), ValMarshal.Read<A2>(v[1]), ValMarshal.Read<A3>(v[2]), ValMarshal.Read<A4>(v[3])), v));

    /// <summary>A host function of a delegate taking 5 arguments and returning nothing.</summary>
    public static HostFuncDefinition Wrap<A1, A2, A3, A4, A5>(Action<A1, A2, A3, A4, A5> func) =>
        new(TypeOf([typeof(A1), typeof(A2), typeof(A3), typeof(A4), typeof(A5)], typeof(ValueTuple)), (callee, v) => func(ValMarshal.Read<A1>(v[0]), ValMarshal.Read<A2>(v[1]), ValMarshal.Read<A3>(v[2]), ValMarshal.Read<A4>(v[3]), ValMarshal.Read<A5>(v[4])));

    /// <summary>A host function of a delegate taking 5 arguments and returning <typeparamref name="R"/>.</summary>
    public static HostFuncDefinition Wrap<A1, A2, A3, A4, A5, R>(Func<A1, A2, A3, A4, A5, R> func) =>
        new(TypeOf([typeof(A1), typeof(A2), typeof(A3), typeof(A4), typeof(A5)], typeof(R)), (callee, v) => ValMarshal.Write(func(ValMarshal.Read<A1>(v[0]), ValMarshal.Read<A2>(v[1]), ValMarshal.Read<A3>(v[2]), ValMarshal.Read<A4>(v[3]), ValMarshal.Read<A5>(v[4])), v));

    /// <summary>A host function of a delegate taking the caller and 5 arguments and returning nothing.</summary>
    public static HostFuncDefinition WrapCaller<T, A1, A2, A3, A4, A5>(Action<Caller<T>, A1, A2, A3, A4, A5> func) =>
        new(TypeOf([typeof(A1), typeof(A2), typeof(A3), typeof(A4), typeof(A5)], typeof(ValueTuple)), (callee, v) => func(CallerOf<T>(callee), ValMarshal.Read<A1>(v[0]), ValMarshal.Read<A2>(v[1]), ValMarshal.Read<A3>(v[2]), ValMarshal.Read<A4>(v[3]), ValMarshal.Read<A5>(v[4])));

    /// <summary>A host function of a delegate taking the caller and 5 arguments and returning <typeparamref name="R"/>.</summary>
    public static HostFuncDefinition WrapCaller<T, A1, A2, A3, A4, A5, R>(Func<Caller<T>, A1, A2, A3, A4, A5, R> func) =>
        new(TypeOf([typeof(A1), typeof(A2), typeof(A3), typeof(A4), typeof(A5)], typeof(R)), (callee, v) => ValMarshal.Write(func(CallerOf<T>(callee), ValMarshal.Read<A1>(v[0]), ValMarshal.Read<A2>(v[1]), ValMarshal.Read<A3>(v[2]), ValMarshal.Read<A4>(v[3]), ValMarshal.Read<A5>(v[4])), v));

    /// <summary>A host function of a delegate taking 6 arguments and returning nothing.</summary>
    public static HostFuncDefinition Wrap<A1, A2, A3, A4, A5, A6>(Action<A1, A2, A3, A4, A5, A6> func) =>
        new(TypeOf([typeof(A1), typeof(A2), typeof(A3), typeof(A4), typeof(A5), typeof(A6)], typeof(ValueTuple)), (callee, v) => func(ValMarshal.Read<A1>(v[0]), ValMarshal.Read<A2>(v[1]), ValMarshal.Read<A3>(v[2]), ValMarshal.Read<A4>(v[3]), ValMarshal.Read<A5>(v[4]), ValMarshal.Read<A6>(v[5])));

    /// <summary>A host function of a delegate taking 6 arguments and returning <typeparamref name="R"/>.</summary>
    public static HostFuncDefinition Wrap<A1, A2, A3, A4, A5, A6, R>(Func<A1, A2, A3, A4, A5, A6, R> func) =>
        new(TypeOf([typeof(A1), typeof(A2), typeof(A3), typeof(A4), typeof(A5), typeof(A6)], typeof(R)), (callee, v) => ValMarshal.Write(func(ValMarshal.Read<A1>(v[0]), ValMarshal.Read<A2>(v[1]), ValMarshal.Read<A3>(v[2]), ValMarshal.Read<A4>(v[3]), ValMarshal.Read<A5>(v[4]), ValMarshal.Read<A6>(v[5])), v));

    /// <summary>A host function of a delegate taking the caller and 6 arguments and returning nothing.</summary>
    public static HostFuncDefinition WrapCaller<T, A1, A2, A3, A4, A5, A6>(Action<Caller<T>, A1, A2, A3, A4, A5, A6> func) =>
        new(TypeOf([typeof(A1), typeof(A2), typeof(A3), typeof(A4), typeof(A5), typeof(A6)], typeof(ValueTuple)), (callee, v) => func(CallerOf<T>(callee), ValMarshal.Read<A1>(v[0]), ValMarshal.Read<A2>(v[1]), ValMarshal.Read<A3>(v[2]), ValMarshal.Read<A4>(v[3]), ValMarshal.Read<A5>(v[4]), ValMarshal.Read<A6>(v[5])));

    /// <summary>A host function of a delegate taking the caller and 6 arguments and returning <typeparamref name="R"/>.</summary>
    public static HostFuncDefinition WrapCaller<T, A1, A2, A3, A4, A5, A6, R>(Func<Caller<T>, A1, A2, A3, A4, A5, A6, R> func) =>
        new(TypeOf([typeof(A1), typeof(A2), typeof(A3), typeof(A4), typeof(A5), typeof(A6)], typeof(R)), (callee, v) => ValMarshal.Write(func(CallerOf<T>(callee), ValMarshal.Read<A1>(v[0]), ValMarshal.Read<A2>(v[1]), ValMarshal.Read<A3>(v[2]), ValMarshal.Read<A4>(v[3]), ValMarshal.Read<A5>(v[4]), ValMarshal.Read<A6>(v[5])), v));
}

namespace WasmSharp;

// Func.Wrap overloads for arities 0 to 6, with and without Caller<T>; generated (see HostFuncs).
public sealed partial class Func
{

    /// <summary>
    /// Creates a host function from a delegate taking 0 argument(s) (<c>Func::wrap</c>); the wasm type
    /// follows from the CLR types and calls box nothing.
    /// </summary>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    public static Func Wrap(Store store, Action func)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(func);
        return Create(store, HostFuncs.Wrap(func));
    }

    /// <summary>
    /// Creates a host function from a delegate taking 0 argument(s) (<c>Func::wrap</c>); the wasm type
    /// follows from the CLR types and calls box nothing.
    /// </summary>
    /// <typeparam name="R">The result: one CLR value type or a ValueTuple of several.</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    public static Func Wrap<R>(Store store, Func<R> func)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(func);
        return Create(store, HostFuncs.Wrap(func));
    }

    /// <summary>
    /// Creates a host function from a delegate taking the caller and 0 argument(s) (<c>Func::wrap</c>); the wasm type
    /// follows from the CLR types and calls box nothing.
    /// </summary>
    /// <typeparam name="T">The store's data type.</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    public static Func Wrap<T>(Store<T> store, Action<Caller<T>> func)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(func);
        return Create(store, HostFuncs.WrapCaller(func));
    }

    /// <summary>
    /// Creates a host function from a delegate taking the caller and 0 argument(s) (<c>Func::wrap</c>); the wasm type
    /// follows from the CLR types and calls box nothing.
    /// </summary>
    /// <typeparam name="T">The store's data type.</typeparam>
    /// <typeparam name="R">The result: one CLR value type or a ValueTuple of several.</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    public static Func Wrap<T, R>(Store<T> store, Func<Caller<T>, R> func)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(func);
        return Create(store, HostFuncs.WrapCaller(func));
    }

    /// <summary>
    /// Creates a host function from a delegate taking 1 argument(s) (<c>Func::wrap</c>); the wasm type
    /// follows from the CLR types and calls box nothing.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    public static Func Wrap<A1>(Store store, Action<A1> func)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(func);
        return Create(store, HostFuncs.Wrap(func));
    }

    /// <summary>
    /// Creates a host function from a delegate taking 1 argument(s) (<c>Func::wrap</c>); the wasm type
    /// follows from the CLR types and calls box nothing.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="R">The result: one CLR value type or a ValueTuple of several.</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    public static Func Wrap<A1, R>(Store store, Func<A1, R> func)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(func);
        return Create(store, HostFuncs.Wrap(func));
    }

    /// <summary>
    /// Creates a host function from a delegate taking the caller and 1 argument(s) (<c>Func::wrap</c>); the wasm type
    /// follows from the CLR types and calls box nothing.
    /// </summary>
    /// <typeparam name="T">The store's data type.</typeparam>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    public static Func Wrap<T, A1>(Store<T> store, Action<Caller<T>, A1> func)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(func);
        return Create(store, HostFuncs.WrapCaller(func));
    }

    /// <summary>
    /// Creates a host function from a delegate taking the caller and 1 argument(s) (<c>Func::wrap</c>); the wasm type
    /// follows from the CLR types and calls box nothing.
    /// </summary>
    /// <typeparam name="T">The store's data type.</typeparam>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="R">The result: one CLR value type or a ValueTuple of several.</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    public static Func Wrap<T, A1, R>(Store<T> store, Func<Caller<T>, A1, R> func)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(func);
        return Create(store, HostFuncs.WrapCaller(func));
    }

    /// <summary>
    /// Creates a host function from a delegate taking 2 argument(s) (<c>Func::wrap</c>); the wasm type
    /// follows from the CLR types and calls box nothing.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    public static Func Wrap<A1, A2>(Store store, Action<A1, A2> func)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(func);
        return Create(store, HostFuncs.Wrap(func));
    }

    /// <summary>
    /// Creates a host function from a delegate taking 2 argument(s) (<c>Func::wrap</c>); the wasm type
    /// follows from the CLR types and calls box nothing.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="R">The result: one CLR value type or a ValueTuple of several.</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    public static Func Wrap<A1, A2, R>(Store store, Func<A1, A2, R> func)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(func);
        return Create(store, HostFuncs.Wrap(func));
    }

    /// <summary>
    /// Creates a host function from a delegate taking the caller and 2 argument(s) (<c>Func::wrap</c>); the wasm type
    /// follows from the CLR types and calls box nothing.
    /// </summary>
    /// <typeparam name="T">The store's data type.</typeparam>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    public static Func Wrap<T, A1, A2>(Store<T> store, Action<Caller<T>, A1, A2> func)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(func);
        return Create(store, HostFuncs.WrapCaller(func));
    }

    /// <summary>
    /// Creates a host function from a delegate taking the caller and 2 argument(s) (<c>Func::wrap</c>); the wasm type
    /// follows from the CLR types and calls box nothing.
    /// </summary>
    /// <typeparam name="T">The store's data type.</typeparam>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="R">The result: one CLR value type or a ValueTuple of several.</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    public static Func Wrap<T, A1, A2, R>(Store<T> store, Func<Caller<T>, A1, A2, R> func)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(func);
        return Create(store, HostFuncs.WrapCaller(func));
    }

    /// <summary>
    /// Creates a host function from a delegate taking 3 argument(s) (<c>Func::wrap</c>); the wasm type
    /// follows from the CLR types and calls box nothing.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    public static Func Wrap<A1, A2, A3>(Store store, Action<A1, A2, A3> func)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(func);
        return Create(store, HostFuncs.Wrap(func));
    }

    /// <summary>
    /// Creates a host function from a delegate taking 3 argument(s) (<c>Func::wrap</c>); the wasm type
    /// follows from the CLR types and calls box nothing.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="R">The result: one CLR value type or a ValueTuple of several.</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    public static Func Wrap<A1, A2, A3, R>(Store store, Func<A1, A2, A3, R> func)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(func);
        return Create(store, HostFuncs.Wrap(func));
    }

    /// <summary>
    /// Creates a host function from a delegate taking the caller and 3 argument(s) (<c>Func::wrap</c>); the wasm type
    /// follows from the CLR types and calls box nothing.
    /// </summary>
    /// <typeparam name="T">The store's data type.</typeparam>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    public static Func Wrap<T, A1, A2, A3>(Store<T> store, Action<Caller<T>, A1, A2, A3> func)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(func);
        return Create(store, HostFuncs.WrapCaller(func));
    }

    /// <summary>
    /// Creates a host function from a delegate taking the caller and 3 argument(s) (<c>Func::wrap</c>); the wasm type
    /// follows from the CLR types and calls box nothing.
    /// </summary>
    /// <typeparam name="T">The store's data type.</typeparam>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="R">The result: one CLR value type or a ValueTuple of several.</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    public static Func Wrap<T, A1, A2, A3, R>(Store<T> store, Func<Caller<T>, A1, A2, A3, R> func)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(func);
        return Create(store, HostFuncs.WrapCaller(func));
    }

    /// <summary>
    /// Creates a host function from a delegate taking 4 argument(s) (<c>Func::wrap</c>); the wasm type
    /// follows from the CLR types and calls box nothing.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A4">The CLR type of parameter 4 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    public static Func Wrap<A1, A2, A3, A4>(Store store, Action<A1, A2, A3, A4> func)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(func);
        return Create(store, HostFuncs.Wrap(func));
    }

    /// <summary>
    /// Creates a host function from a delegate taking 4 argument(s) (<c>Func::wrap</c>); the wasm type
    /// follows from the CLR types and calls box nothing.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A4">The CLR type of parameter 4 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="R">The result: one CLR value type or a ValueTuple of several.</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    public static Func Wrap<A1, A2, A3, A4, R>(Store store, Func<A1, A2, A3, A4, R> func)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(func);
        return Create(store, HostFuncs.Wrap(func));
    }

    /// <summary>
    /// Creates a host function from a delegate taking the caller and 4 argument(s) (<c>Func::wrap</c>); the wasm type
    /// follows from the CLR types and calls box nothing.
    /// </summary>
    /// <typeparam name="T">The store's data type.</typeparam>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A4">The CLR type of parameter 4 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    public static Func Wrap<T, A1, A2, A3, A4>(Store<T> store, Action<Caller<T>, A1, A2, A3, A4> func)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(func);
        return Create(store, HostFuncs.WrapCaller(func));
    }

    /// <summary>
    /// Creates a host function from a delegate taking the caller and 4 argument(s) (<c>Func::wrap</c>); the wasm type
    /// follows from the CLR types and calls box nothing.
    /// </summary>
    /// <typeparam name="T">The store's data type.</typeparam>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A4">The CLR type of parameter 4 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="R">The result: one CLR value type or a ValueTuple of several.</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    public static Func Wrap<T, A1, A2, A3, A4, R>(Store<T> store, Func<Caller<T>, A1, A2, A3, A4, R> func)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(func);
        return Create(store, HostFuncs.WrapCaller(func));
    }

    /// <summary>
    /// Creates a host function from a delegate taking 5 argument(s) (<c>Func::wrap</c>); the wasm type
    /// follows from the CLR types and calls box nothing.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A4">The CLR type of parameter 4 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A5">The CLR type of parameter 5 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    public static Func Wrap<A1, A2, A3, A4, A5>(Store store, Action<A1, A2, A3, A4, A5> func)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(func);
        return Create(store, HostFuncs.Wrap(func));
    }

    /// <summary>
    /// Creates a host function from a delegate taking 5 argument(s) (<c>Func::wrap</c>); the wasm type
    /// follows from the CLR types and calls box nothing.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A4">The CLR type of parameter 4 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A5">The CLR type of parameter 5 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="R">The result: one CLR value type or a ValueTuple of several.</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    public static Func Wrap<A1, A2, A3, A4, A5, R>(Store store, Func<A1, A2, A3, A4, A5, R> func)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(func);
        return Create(store, HostFuncs.Wrap(func));
    }

    /// <summary>
    /// Creates a host function from a delegate taking the caller and 5 argument(s) (<c>Func::wrap</c>); the wasm type
    /// follows from the CLR types and calls box nothing.
    /// </summary>
    /// <typeparam name="T">The store's data type.</typeparam>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A4">The CLR type of parameter 4 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A5">The CLR type of parameter 5 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    public static Func Wrap<T, A1, A2, A3, A4, A5>(Store<T> store, Action<Caller<T>, A1, A2, A3, A4, A5> func)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(func);
        return Create(store, HostFuncs.WrapCaller(func));
    }

    /// <summary>
    /// Creates a host function from a delegate taking the caller and 5 argument(s) (<c>Func::wrap</c>); the wasm type
    /// follows from the CLR types and calls box nothing.
    /// </summary>
    /// <typeparam name="T">The store's data type.</typeparam>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A4">The CLR type of parameter 4 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A5">The CLR type of parameter 5 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="R">The result: one CLR value type or a ValueTuple of several.</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    public static Func Wrap<T, A1, A2, A3, A4, A5, R>(Store<T> store, Func<Caller<T>, A1, A2, A3, A4, A5, R> func)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(func);
        return Create(store, HostFuncs.WrapCaller(func));
    }

    /// <summary>
    /// Creates a host function from a delegate taking 6 argument(s) (<c>Func::wrap</c>); the wasm type
    /// follows from the CLR types and calls box nothing.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A4">The CLR type of parameter 4 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A5">The CLR type of parameter 5 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A6">The CLR type of parameter 6 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    public static Func Wrap<A1, A2, A3, A4, A5, A6>(Store store, Action<A1, A2, A3, A4, A5, A6> func)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(func);
        return Create(store, HostFuncs.Wrap(func));
    }

    /// <summary>
    /// Creates a host function from a delegate taking 6 argument(s) (<c>Func::wrap</c>); the wasm type
    /// follows from the CLR types and calls box nothing.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A4">The CLR type of parameter 4 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A5">The CLR type of parameter 5 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A6">The CLR type of parameter 6 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="R">The result: one CLR value type or a ValueTuple of several.</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    public static Func Wrap<A1, A2, A3, A4, A5, A6, R>(Store store, Func<A1, A2, A3, A4, A5, A6, R> func)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(func);
        return Create(store, HostFuncs.Wrap(func));
    }

    /// <summary>
    /// Creates a host function from a delegate taking the caller and 6 argument(s) (<c>Func::wrap</c>); the wasm type
    /// follows from the CLR types and calls box nothing.
    /// </summary>
    /// <typeparam name="T">The store's data type.</typeparam>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A4">The CLR type of parameter 4 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A5">The CLR type of parameter 5 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A6">The CLR type of parameter 6 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    public static Func Wrap<T, A1, A2, A3, A4, A5, A6>(Store<T> store, Action<Caller<T>, A1, A2, A3, A4, A5, A6> func)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(func);
        return Create(store, HostFuncs.WrapCaller(func));
    }

    /// <summary>
    /// Creates a host function from a delegate taking the caller and 6 argument(s) (<c>Func::wrap</c>); the wasm type
    /// follows from the CLR types and calls box nothing.
    /// </summary>
    /// <typeparam name="T">The store's data type.</typeparam>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A4">The CLR type of parameter 4 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A5">The CLR type of parameter 5 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A6">The CLR type of parameter 6 (see <see cref="Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="R">The result: one CLR value type or a ValueTuple of several.</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    public static Func Wrap<T, A1, A2, A3, A4, A5, A6, R>(Store<T> store, Func<Caller<T>, A1, A2, A3, A4, A5, A6, R> func)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(func);
        return Create(store, HostFuncs.WrapCaller(func));
    }

    private static Func Create(Store store, HostFuncDefinition definition) =>
        new(Compilation.HostFunctionFactory.Create(definition.Type, definition.Callback, store.Context));
}

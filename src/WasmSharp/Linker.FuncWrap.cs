namespace WasmSharp;

// Linker.FuncWrap overloads for arities 0 to 6, with and without Caller<T>; generated (see HostFuncs).
public sealed partial class Linker<T>
{

    /// <summary>
    /// Defines <paramref name="module"/>::<paramref name="name"/> as a host function of a delegate
    /// taking 0 argument(s) (<c>Linker::func_wrap</c>); usable in every store the linker instantiates in.
    /// </summary>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> FuncWrap(string module, string name, Action func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return DefineHost(module, name, HostFuncs.Wrap(func));
    }

    /// <summary>
    /// Defines <paramref name="module"/>::<paramref name="name"/> as a host function of a delegate
    /// taking 0 argument(s) (<c>Linker::func_wrap</c>); usable in every store the linker instantiates in.
    /// </summary>
    /// <typeparam name="R">The result: one CLR value type or a ValueTuple of several.</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> FuncWrap<R>(string module, string name, Func<R> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return DefineHost(module, name, HostFuncs.Wrap(func));
    }

    /// <summary>
    /// Defines <paramref name="module"/>::<paramref name="name"/> as a host function of a delegate
    /// taking the caller and 0 argument(s) (<c>Linker::func_wrap</c>); usable in every store the linker instantiates in.
    /// </summary>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> FuncWrap(string module, string name, Action<Caller<T>> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return DefineHost(module, name, HostFuncs.WrapCaller(func));
    }

    /// <summary>
    /// Defines <paramref name="module"/>::<paramref name="name"/> as a host function of a delegate
    /// taking the caller and 0 argument(s) (<c>Linker::func_wrap</c>); usable in every store the linker instantiates in.
    /// </summary>
    /// <typeparam name="R">The result: one CLR value type or a ValueTuple of several.</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> FuncWrap<R>(string module, string name, Func<Caller<T>, R> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return DefineHost(module, name, HostFuncs.WrapCaller(func));
    }

    /// <summary>
    /// Defines <paramref name="module"/>::<paramref name="name"/> as a host function of a delegate
    /// taking 1 argument(s) (<c>Linker::func_wrap</c>); usable in every store the linker instantiates in.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> FuncWrap<A1>(string module, string name, Action<A1> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return DefineHost(module, name, HostFuncs.Wrap(func));
    }

    /// <summary>
    /// Defines <paramref name="module"/>::<paramref name="name"/> as a host function of a delegate
    /// taking 1 argument(s) (<c>Linker::func_wrap</c>); usable in every store the linker instantiates in.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="R">The result: one CLR value type or a ValueTuple of several.</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> FuncWrap<A1, R>(string module, string name, Func<A1, R> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return DefineHost(module, name, HostFuncs.Wrap(func));
    }

    /// <summary>
    /// Defines <paramref name="module"/>::<paramref name="name"/> as a host function of a delegate
    /// taking the caller and 1 argument(s) (<c>Linker::func_wrap</c>); usable in every store the linker instantiates in.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> FuncWrap<A1>(string module, string name, Action<Caller<T>, A1> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return DefineHost(module, name, HostFuncs.WrapCaller(func));
    }

    /// <summary>
    /// Defines <paramref name="module"/>::<paramref name="name"/> as a host function of a delegate
    /// taking the caller and 1 argument(s) (<c>Linker::func_wrap</c>); usable in every store the linker instantiates in.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="R">The result: one CLR value type or a ValueTuple of several.</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> FuncWrap<A1, R>(string module, string name, Func<Caller<T>, A1, R> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return DefineHost(module, name, HostFuncs.WrapCaller(func));
    }

    /// <summary>
    /// Defines <paramref name="module"/>::<paramref name="name"/> as a host function of a delegate
    /// taking 2 argument(s) (<c>Linker::func_wrap</c>); usable in every store the linker instantiates in.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> FuncWrap<A1, A2>(string module, string name, Action<A1, A2> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return DefineHost(module, name, HostFuncs.Wrap(func));
    }

    /// <summary>
    /// Defines <paramref name="module"/>::<paramref name="name"/> as a host function of a delegate
    /// taking 2 argument(s) (<c>Linker::func_wrap</c>); usable in every store the linker instantiates in.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="R">The result: one CLR value type or a ValueTuple of several.</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> FuncWrap<A1, A2, R>(string module, string name, Func<A1, A2, R> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return DefineHost(module, name, HostFuncs.Wrap(func));
    }

    /// <summary>
    /// Defines <paramref name="module"/>::<paramref name="name"/> as a host function of a delegate
    /// taking the caller and 2 argument(s) (<c>Linker::func_wrap</c>); usable in every store the linker instantiates in.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> FuncWrap<A1, A2>(string module, string name, Action<Caller<T>, A1, A2> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return DefineHost(module, name, HostFuncs.WrapCaller(func));
    }

    /// <summary>
    /// Defines <paramref name="module"/>::<paramref name="name"/> as a host function of a delegate
    /// taking the caller and 2 argument(s) (<c>Linker::func_wrap</c>); usable in every store the linker instantiates in.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="R">The result: one CLR value type or a ValueTuple of several.</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> FuncWrap<A1, A2, R>(string module, string name, Func<Caller<T>, A1, A2, R> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return DefineHost(module, name, HostFuncs.WrapCaller(func));
    }

    /// <summary>
    /// Defines <paramref name="module"/>::<paramref name="name"/> as a host function of a delegate
    /// taking 3 argument(s) (<c>Linker::func_wrap</c>); usable in every store the linker instantiates in.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> FuncWrap<A1, A2, A3>(string module, string name, Action<A1, A2, A3> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return DefineHost(module, name, HostFuncs.Wrap(func));
    }

    /// <summary>
    /// Defines <paramref name="module"/>::<paramref name="name"/> as a host function of a delegate
    /// taking 3 argument(s) (<c>Linker::func_wrap</c>); usable in every store the linker instantiates in.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="R">The result: one CLR value type or a ValueTuple of several.</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> FuncWrap<A1, A2, A3, R>(string module, string name, Func<A1, A2, A3, R> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return DefineHost(module, name, HostFuncs.Wrap(func));
    }

    /// <summary>
    /// Defines <paramref name="module"/>::<paramref name="name"/> as a host function of a delegate
    /// taking the caller and 3 argument(s) (<c>Linker::func_wrap</c>); usable in every store the linker instantiates in.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> FuncWrap<A1, A2, A3>(string module, string name, Action<Caller<T>, A1, A2, A3> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return DefineHost(module, name, HostFuncs.WrapCaller(func));
    }

    /// <summary>
    /// Defines <paramref name="module"/>::<paramref name="name"/> as a host function of a delegate
    /// taking the caller and 3 argument(s) (<c>Linker::func_wrap</c>); usable in every store the linker instantiates in.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="R">The result: one CLR value type or a ValueTuple of several.</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> FuncWrap<A1, A2, A3, R>(string module, string name, Func<Caller<T>, A1, A2, A3, R> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return DefineHost(module, name, HostFuncs.WrapCaller(func));
    }

    /// <summary>
    /// Defines <paramref name="module"/>::<paramref name="name"/> as a host function of a delegate
    /// taking 4 argument(s) (<c>Linker::func_wrap</c>); usable in every store the linker instantiates in.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A4">The CLR type of parameter 4 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> FuncWrap<A1, A2, A3, A4>(string module, string name, Action<A1, A2, A3, A4> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return DefineHost(module, name, HostFuncs.Wrap(func));
    }

    /// <summary>
    /// Defines <paramref name="module"/>::<paramref name="name"/> as a host function of a delegate
    /// taking 4 argument(s) (<c>Linker::func_wrap</c>); usable in every store the linker instantiates in.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A4">The CLR type of parameter 4 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="R">The result: one CLR value type or a ValueTuple of several.</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> FuncWrap<A1, A2, A3, A4, R>(string module, string name, Func<A1, A2, A3, A4, R> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return DefineHost(module, name, HostFuncs.Wrap(func));
    }

    /// <summary>
    /// Defines <paramref name="module"/>::<paramref name="name"/> as a host function of a delegate
    /// taking the caller and 4 argument(s) (<c>Linker::func_wrap</c>); usable in every store the linker instantiates in.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A4">The CLR type of parameter 4 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> FuncWrap<A1, A2, A3, A4>(string module, string name, Action<Caller<T>, A1, A2, A3, A4> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return DefineHost(module, name, HostFuncs.WrapCaller(func));
    }

    /// <summary>
    /// Defines <paramref name="module"/>::<paramref name="name"/> as a host function of a delegate
    /// taking the caller and 4 argument(s) (<c>Linker::func_wrap</c>); usable in every store the linker instantiates in.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A4">The CLR type of parameter 4 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="R">The result: one CLR value type or a ValueTuple of several.</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> FuncWrap<A1, A2, A3, A4, R>(string module, string name, Func<Caller<T>, A1, A2, A3, A4, R> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return DefineHost(module, name, HostFuncs.WrapCaller(func));
    }

    /// <summary>
    /// Defines <paramref name="module"/>::<paramref name="name"/> as a host function of a delegate
    /// taking 5 argument(s) (<c>Linker::func_wrap</c>); usable in every store the linker instantiates in.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A4">The CLR type of parameter 4 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A5">The CLR type of parameter 5 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> FuncWrap<A1, A2, A3, A4, A5>(string module, string name, Action<A1, A2, A3, A4, A5> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return DefineHost(module, name, HostFuncs.Wrap(func));
    }

    /// <summary>
    /// Defines <paramref name="module"/>::<paramref name="name"/> as a host function of a delegate
    /// taking 5 argument(s) (<c>Linker::func_wrap</c>); usable in every store the linker instantiates in.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A4">The CLR type of parameter 4 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A5">The CLR type of parameter 5 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="R">The result: one CLR value type or a ValueTuple of several.</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> FuncWrap<A1, A2, A3, A4, A5, R>(string module, string name, Func<A1, A2, A3, A4, A5, R> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return DefineHost(module, name, HostFuncs.Wrap(func));
    }

    /// <summary>
    /// Defines <paramref name="module"/>::<paramref name="name"/> as a host function of a delegate
    /// taking the caller and 5 argument(s) (<c>Linker::func_wrap</c>); usable in every store the linker instantiates in.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A4">The CLR type of parameter 4 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A5">The CLR type of parameter 5 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> FuncWrap<A1, A2, A3, A4, A5>(string module, string name, Action<Caller<T>, A1, A2, A3, A4, A5> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return DefineHost(module, name, HostFuncs.WrapCaller(func));
    }

    /// <summary>
    /// Defines <paramref name="module"/>::<paramref name="name"/> as a host function of a delegate
    /// taking the caller and 5 argument(s) (<c>Linker::func_wrap</c>); usable in every store the linker instantiates in.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A4">The CLR type of parameter 4 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A5">The CLR type of parameter 5 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="R">The result: one CLR value type or a ValueTuple of several.</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> FuncWrap<A1, A2, A3, A4, A5, R>(string module, string name, Func<Caller<T>, A1, A2, A3, A4, A5, R> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return DefineHost(module, name, HostFuncs.WrapCaller(func));
    }

    /// <summary>
    /// Defines <paramref name="module"/>::<paramref name="name"/> as a host function of a delegate
    /// taking 6 argument(s) (<c>Linker::func_wrap</c>); usable in every store the linker instantiates in.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A4">The CLR type of parameter 4 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A5">The CLR type of parameter 5 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A6">The CLR type of parameter 6 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> FuncWrap<A1, A2, A3, A4, A5, A6>(string module, string name, Action<A1, A2, A3, A4, A5, A6> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return DefineHost(module, name, HostFuncs.Wrap(func));
    }

    /// <summary>
    /// Defines <paramref name="module"/>::<paramref name="name"/> as a host function of a delegate
    /// taking 6 argument(s) (<c>Linker::func_wrap</c>); usable in every store the linker instantiates in.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A4">The CLR type of parameter 4 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A5">The CLR type of parameter 5 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A6">The CLR type of parameter 6 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="R">The result: one CLR value type or a ValueTuple of several.</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> FuncWrap<A1, A2, A3, A4, A5, A6, R>(string module, string name, Func<A1, A2, A3, A4, A5, A6, R> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return DefineHost(module, name, HostFuncs.Wrap(func));
    }

    /// <summary>
    /// Defines <paramref name="module"/>::<paramref name="name"/> as a host function of a delegate
    /// taking the caller and 6 argument(s) (<c>Linker::func_wrap</c>); usable in every store the linker instantiates in.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A4">The CLR type of parameter 4 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A5">The CLR type of parameter 5 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A6">The CLR type of parameter 6 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> FuncWrap<A1, A2, A3, A4, A5, A6>(string module, string name, Action<Caller<T>, A1, A2, A3, A4, A5, A6> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return DefineHost(module, name, HostFuncs.WrapCaller(func));
    }

    /// <summary>
    /// Defines <paramref name="module"/>::<paramref name="name"/> as a host function of a delegate
    /// taking the caller and 6 argument(s) (<c>Linker::func_wrap</c>); usable in every store the linker instantiates in.
    /// </summary>
    /// <typeparam name="A1">The CLR type of parameter 1 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A2">The CLR type of parameter 2 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A3">The CLR type of parameter 3 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A4">The CLR type of parameter 4 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A5">The CLR type of parameter 5 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="A6">The CLR type of parameter 6 (see <see cref="Func.Typed{TParams, TResults}"/> for the mapping).</typeparam>
    /// <typeparam name="R">The result: one CLR value type or a ValueTuple of several.</typeparam>
    /// <exception cref="ArgumentException">A CLR type has no WebAssembly value type.</exception>
    /// <exception cref="WasmLinkException">The name is defined and shadowing is off.</exception>
    public Linker<T> FuncWrap<A1, A2, A3, A4, A5, A6, R>(string module, string name, Func<Caller<T>, A1, A2, A3, A4, A5, A6, R> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        return DefineHost(module, name, HostFuncs.WrapCaller(func));
    }
}

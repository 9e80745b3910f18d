using WasmSharp.Compilation;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// A WebAssembly or host function in a store (spec 4.2.6 "Function Instances"); mirrors
/// <c>wasmtime::Func</c>. Create host functions with <see cref="Wrap(Store, Action)"/> and its typed
/// overloads (no boxing) or untyped with <see cref="New{T}"/>; call with <see cref="Call"/>
/// (untyped) or through <see cref="Typed{TParams, TResults}"/> (fast, allocation-free).
/// </summary>
public sealed partial class Func : Extern
{
    internal Func(FuncRef reference) => Ref = reference;

    /// <summary>
    /// Creates an untyped host function of <paramref name="type"/> without caller access
    /// (<c>Func::new</c>).
    /// </summary>
    public Func(Store store, FuncType type, Action<ReadOnlySpan<Val>, Span<Val>> callback)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(callback);
        Ref = HostFunctionFactory.Create(type, HostFuncs.Untyped(type, callback), store.Context);
    }

    /// <summary>
    /// Creates an untyped asynchronous host function of <paramref name="type"/> whose callback sees
    /// its <see cref="Caller{T}"/> (<c>Func::new_async</c>): a guest that calls it waits for the
    /// callback's task without holding a thread.
    /// </summary>
    /// <exception cref="InvalidOperationException">The store's engine has no <see cref="Config.AsyncSupport"/>.</exception>
    public static Func NewAsync<T>(Store<T> store, FuncType type, AsyncFuncCallback<T> callback)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(callback);
        AsyncRefusals.Require(store.Engine, AsyncRefusals.NewAsync);
        return Create(store, HostFuncs.UntypedAsync(type, callback));
    }

    /// <summary>The function reference compiled code calls.</summary>
    internal FuncRef Ref { get; }

    /// <inheritdoc/>
    public override ExternKind Kind => ExternKind.Func;

    /// <inheritdoc/>
    internal override StoreContext? Owner => Ref.Context.Store;

    /// <summary>
    /// Creates an untyped host function of <paramref name="type"/> whose callback sees its
    /// <see cref="Caller{T}"/> (<c>Func::new</c>).
    /// </summary>
    public static Func New<T>(Store<T> store, FuncType type, FuncCallback<T> callback)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(callback);
        return new Func(HostFunctionFactory.Create(type, HostFuncs.Untyped(type, callback), store.Context));
    }

    /// <summary>The function's type (<c>Func::ty</c>).</summary>
    public new FuncType Ty(Store store)
    {
        ArgumentNullException.ThrowIfNull(store);
        store.Check(Ref.Context.Store);
        return Ref.Type;
    }

    /// <inheritdoc/>
    internal override ExternType GetExternType() => ExternType.FromFunc(Ref.Type);

    /// <summary>
    /// Calls the function with untyped values (<c>Func::call</c>): checks the argument types, runs
    /// the call, and writes the results into <paramref name="results"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Argument count or types, or the results' length, do not match the function type.</exception>
    /// <exception cref="InvalidOperationException">The store's engine has <see cref="Config.AsyncSupport"/>: use <see cref="CallAsync"/>.</exception>
    /// <exception cref="Trap">The function trapped.</exception>
    /// <exception cref="WasmException">The function threw a wasm exception that no wasm handler caught (Wasmtime's <c>ThrownException</c>).</exception>
    public void Call(Store store, ReadOnlySpan<Val> parameters, Span<Val> results)
    {
        ArgumentNullException.ThrowIfNull(store);
        store.Check(Ref.Context.Store);
        AsyncRefusals.Refuse(store.Engine, AsyncRefusals.FuncCall);
        FuncType type = Ref.Type;
        CheckCounts(type, parameters.Length, results.Length);

        // The values live on the stack (DESIGN.md decision 8), as in the host trampolines: an
        // untyped call of up to ValRawBuffer.Capacity values allocates nothing.
        int count = Math.Max(1, Math.Max(parameters.Length, results.Length));
        ValRawBuffer buffer = default;
        Span<ValRaw> values = count <= ValRawBuffer.Capacity ? ((Span<ValRaw>)buffer)[..count] : new ValRaw[count];
        WriteArguments(store, type, parameters, values);
        if (Ref.Context.Store.NeedsLargerStack())
        {
            CallOnLargerStack(values);
        }
        else
        {
            Ref.Call(values);
        }

        ReadResults(type, values, results);
    }

    /// <summary>
    /// Calls the function with untyped values in a store of an engine with
    /// <see cref="Config.AsyncSupport"/> (<c>Func::call_async</c>): as <see cref="Call"/>, but a guest
    /// suspended in an async host function holds no thread, and the results are written into
    /// <paramref name="results"/> when the task completes. Only one call runs in a store at a time;
    /// an async host function may call into its store while the call that called it waits.
    /// </summary>
    /// <param name="store">The function's store.</param>
    /// <param name="parameters">The arguments, one per parameter of the function's type.</param>
    /// <param name="results">Where the results go, one per result of the function's type.</param>
    /// <param name="cancellationToken">
    /// Ends the call with <see cref="OperationCanceledException"/> while it waits for an async host
    /// function or a yield and, with <see cref="Config.EpochInterruption"/>, while the guest runs
    /// (an interrupt trap in compiled code); the store stays usable.
    /// </param>
    /// <exception cref="ArgumentException">Argument count or types, or the results' length, do not match the function type.</exception>
    /// <exception cref="InvalidOperationException">
    /// The store's engine has no <see cref="Config.AsyncSupport"/> (use <see cref="Call"/>), or another
    /// call runs in the store.
    /// </exception>
    /// <exception cref="Trap">The function trapped (the task fails with it), or an async host function failed (a trap of <see cref="TrapCode.HostError"/> whose inner exception is the host's).</exception>
    /// <exception cref="WasmException">The function threw a wasm exception that no wasm handler caught.</exception>
    public Task CallAsync(Store store, ReadOnlyMemory<Val> parameters, Memory<Val> results, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        store.Check(Ref.Context.Store);
        AsyncRefusals.Require(store.Engine, AsyncRefusals.FuncCallAsync);
        FuncType type = Ref.Type;
        CheckCounts(type, parameters.Length, results.Length);
        var values = new ValRaw[Math.Max(1, Math.Max(parameters.Length, results.Length))];
        WriteArguments(store, type, parameters.Span, values);
        Task call = AsyncCalls.RunAsync(Ref.CreateActivation(values), cancellationToken);
        if (call.IsCompletedSuccessfully)
        {
            ReadResults(type, values, results.Span);
            return call;
        }

        return ReadResultsAsync(call, type, values, results);
    }

    private static async Task ReadResultsAsync(Task call, FuncType type, ValRaw[] values, Memory<Val> results)
    {
        await call.ConfigureAwait(false);
        ReadResults(type, values, results.Span);
    }

    private static void CheckCounts(FuncType type, int parameters, int results)
    {
        if (parameters != type.Params.Count)
        {
            throw new ArgumentException($"expected {type.Params.Count} arguments, got {parameters}");
        }

        if (results != type.Results.Count)
        {
            throw new ArgumentException($"expected {type.Results.Count} results, got {results}");
        }
    }

    private static void WriteArguments(Store store, FuncType type, ReadOnlySpan<Val> parameters, Span<ValRaw> values)
    {
        for (int i = 0; i < parameters.Length; i++)
        {
            if (!parameters[i].Matches(type.Params[i]))
            {
                throw new ArgumentException($"argument type mismatch: expected {type.Params[i]}, found {parameters[i].Type}");
            }

            values[i] = parameters[i].ToRaw(store.Context);
        }
    }

    private static void ReadResults(FuncType type, Span<ValRaw> values, Span<Val> results)
    {
        for (int i = 0; i < results.Length; i++)
        {
            results[i] = Val.FromRaw(values[i], type.Results[i]);
        }
    }

    // Separate method so the closure and the heap copy a span cannot be captured in exist only on this rare path.
    private void CallOnLargerStack(Span<ValRaw> values)
    {
        ValRaw[] heapValues = values.ToArray();
        FuncRef target = Ref;
        GuestThread.Run(target.Context.Store, () => target.Call(heapValues));
        heapValues.CopyTo(values);
    }

    /// <summary>
    /// A typed view of the function (<c>Func::typed</c>): <typeparamref name="TParams"/> and
    /// <typeparamref name="TResults"/> are a CLR type per value (int/uint → i32, long/ulong → i64,
    /// float → f32, double → f64, <see cref="Func"/> → funcref, object → externref), a
    /// <see cref="ValueTuple"/> of them for several, and <see cref="ValueTuple"/> for none.
    /// </summary>
    /// <exception cref="ArgumentException">The CLR types do not match the function's type.</exception>
    public TypedFunc<TParams, TResults> Typed<TParams, TResults>(Store store)
    {
        ArgumentNullException.ThrowIfNull(store);
        store.Check(Ref.Context.Store);
        if (TypeMismatch<TParams, TResults>() is string reason)
        {
            throw new ArgumentException(reason);
        }

        return new TypedFunc<TParams, TResults>(Ref);
    }

    /// <summary>
    /// Why <typeparamref name="TParams"/> and <typeparamref name="TResults"/> do not match the
    /// function's type (Wasmtime's <c>type mismatch with parameters</c> / <c>results</c> contexts), or null.
    /// </summary>
    internal string? TypeMismatch<TParams, TResults>()
    {
        FuncType type = Ref.Type;
        if (!ClrValTypes.SameTypes(ClrValTypes.Flatten(typeof(TParams)), type.Params))
        {
            return $"type mismatch with parameters: the function's type is {type}";
        }

        if (!ClrValTypes.SameTypes(ClrValTypes.Flatten(typeof(TResults)), type.Results))
        {
            return $"type mismatch with results: the function's type is {type}";
        }

        return null;
    }

    /// <inheritdoc/>
    public override string ToString() => $"Func{Ref.Type}";

    // Shared by the generated Wrap overloads (Func.Wrap*.g.cs).
    private static Func Create(Store store, HostFuncDefinition definition) =>
        new(HostFunctionFactory.Create(definition, store.Context));

    /// <summary>The compiled-code form of a funcref argument (used by emitted typed calls).</summary>
    internal static object? ToRawRef(Func? func) => func?.Ref;

    /// <summary>The public form of a funcref result (used by emitted typed calls).</summary>
    internal static Func? FromRawRef(object? reference) => reference is FuncRef r ? new Func(r) : null;
}

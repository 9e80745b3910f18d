using System.Runtime.CompilerServices;
using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// A function with a statically known signature; mirrors <c>wasmtime::TypedFunc</c>. Made by
/// <see cref="Func.Typed{TParams, TResults}"/> or <see cref="Instance.GetTypedFunc{TParams, TResults}"/>,
/// which check the types once. <see cref="Call"/> allocates nothing: it <c>calli</c>s compiled code
/// with its exact signature (DESIGN.md decision 8), and passes the values of an interpreted or
/// host function on the stack to its untyped entry, with no generated code.
/// </summary>
/// <typeparam name="TParams">The parameters: one CLR value type, a <see cref="ValueTuple"/> of several, or <see cref="ValueTuple"/> for none.</typeparam>
/// <typeparam name="TResults">The results, likewise.</typeparam>
public sealed class TypedFunc<TParams, TResults>
{
    // Code and context are read from the reference at each call: a tiering module's function
    // switches them from the interpreter's entry to its compiled code (FuncRef.SwitchToCompiled).
    private readonly FuncRef _ref;
    private readonly StoreContext _store;

    internal TypedFunc(FuncRef reference)
    {
        _ref = reference;
        _store = reference.Context.Store;
    }

    /// <summary>The untyped function (<c>TypedFunc::func</c>).</summary>
    public Func Func => new(_ref);

    /// <summary>Calls the function (<c>TypedFunc::call</c>).</summary>
    /// <exception cref="InvalidOperationException">The store's engine has <see cref="Config.AsyncSupport"/>: use <see cref="CallAsync"/>.</exception>
    /// <exception cref="Trap">The function trapped.</exception>
    /// <exception cref="WasmException">The function threw a wasm exception that no wasm handler caught (Wasmtime's <c>ThrownException</c>).</exception>
    /// <exception cref="ArgumentException"><paramref name="store"/> is not the function's store.</exception>
    public TResults Call(Store store, TParams parameters)
    {
        StoreContext context = _store;
        if (!ReferenceEquals(store?.Context, context))
        {
            ThrowWrongStore();
        }

        if (!context.TryEnter())
        {
            return CallSlowly(parameters);
        }

        try
        {
            TResults results = Invoke(parameters);
            if (context.PendingTrap is not null)
            {
                context.ThrowPendingTrap();
            }

            return results;
        }
        catch (Exception exception) when (context.CaptureCoreDump(exception))
        {
            // Never entered: the filter declines.
            throw;
        }
        finally
        {
            context.Exit();
        }
    }

    /// <summary>
    /// Calls the function in a store of an engine with <see cref="Config.AsyncSupport"/>
    /// (<c>TypedFunc::call_async</c>): a guest suspended in an async host function holds no thread.
    /// See <see cref="WasmSharp.Func.CallAsync"/> for cancellation and the one-call-at-a-time rule.
    /// </summary>
    /// <exception cref="InvalidOperationException">The store's engine has no <see cref="Config.AsyncSupport"/> (use <see cref="Call"/>), or another call runs in the store.</exception>
    /// <exception cref="Trap">The function trapped, or an async host function failed (see <see cref="WasmSharp.Func.CallAsync"/>).</exception>
    /// <exception cref="WasmException">The function threw a wasm exception that no wasm handler caught.</exception>
    /// <exception cref="ArgumentException"><paramref name="store"/> is not the function's store.</exception>
    public Task<TResults> CallAsync(Store store, TParams parameters, CancellationToken cancellationToken = default)
    {
        StoreContext context = _store;
        if (!ReferenceEquals(store?.Context, context))
        {
            ThrowWrongStore();
        }

        if (context.Async is null)
        {
            throw new InvalidOperationException(AsyncRefusals.TypedCallAsync);
        }

        var values = new ValRaw[Math.Max(1, Math.Max(_ref.Type.Params.Count, _ref.Type.Results.Count))];
        ValMarshal.Write(parameters, values);
        Task call = AsyncCalls.RunAsync(_ref.CreateActivation(values), cancellationToken);
        return call.IsCompletedSuccessfully ? Task.FromResult(ValMarshal.ReadValues<TResults>(values)) : ReadResultsAsync(call, values);
    }

    private static async Task<TResults> ReadResultsAsync(Task call, ValRaw[] values)
    {
        await call.ConfigureAwait(false);
        return ValMarshal.ReadValues<TResults>(values);
    }

    // The entry StoreContext.TryEnter declined: a call hook is set, the store is async, or the
    // stack is too small.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private TResults CallSlowly(TParams parameters)
    {
        StoreContext context = _store;
        if (context.Async is not null)
        {
            throw new InvalidOperationException(AsyncRefusals.TypedCall);
        }

        Action<CallHook>? hook = context.CallHookHandler;
        hook?.Invoke(CallHook.CallingWasm);
        try
        {
            if (context.NeedsLargerStack())
            {
                return CallOnLargerStack(parameters);
            }

            context.Enter();
            try
            {
                TResults results = Invoke(parameters);
                if (context.PendingTrap is not null)
                {
                    context.ThrowPendingTrap();
                }

                return results;
            }
            catch (Exception exception) when (context.CaptureCoreDump(exception))
            {
                // Never entered: the filter declines.
                throw;
            }
            finally
            {
                context.Exit();
            }
        }
        finally
        {
            // As Wasmtime: the returning hook runs however the call ended, and its error wins.
            hook?.Invoke(CallHook.ReturningFromWasm);
        }
    }

    // Separate method so the closure is only allocated on this rare path.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private TResults CallOnLargerStack(TParams parameters)
    {
        TResults results = default!;
        StoreContext context = _store;
        GuestThread.Run(context, () =>
        {
            context.Enter();
            try
            {
                results = Invoke(parameters);
                if (context.PendingTrap is not null)
                {
                    context.ThrowPendingTrap();
                }
            }
            catch (Exception exception) when (context.CaptureCoreDump(exception))
            {
                // Never entered: the filter declines.
                throw;
            }
            finally
            {
                context.Exit();
            }
        });
        return results;
    }

    // Compiled code has a native entry point (only where dynamic code runs); a store that runs no
    // compiled code gives every function IntPtr.Zero there, interpreted and host functions alike.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TResults Invoke(TParams parameters)
    {
        FuncRef reference = _ref;
        if (RuntimeFeature.IsDynamicCodeSupported && reference.Code != IntPtr.Zero)
        {
            return TypedCall<TParams, TResults>.Invoke(reference.Code, reference.Context, parameters);
        }

        return InvokeUntyped(parameters);
    }

    // The values go through the function's untyped entry, on the stack (at most seven each way).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private TResults InvokeUntyped(TParams parameters)
    {
        ValRawBuffer buffer = default;
        Span<ValRaw> values = buffer;
        ValMarshal.Write(parameters, values);
        _ref.Invoker(_ref.Context, values);
        return ValMarshal.ReadValues<TResults>(values);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowWrongStore() => throw new ArgumentException("object used with the wrong store");
}

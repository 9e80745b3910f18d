using System.Runtime.CompilerServices;
using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// A function with a statically known signature; mirrors <c>wasmtime::TypedFunc</c>. Made by
/// <see cref="Func.Typed{TParams, TResults}"/> or <see cref="Instance.GetTypedFunc{TParams, TResults}"/>,
/// which check the types once. <see cref="Call"/> allocates nothing: it <c>calli</c>s the compiled
/// code with its exact signature (DESIGN.md decision 8).
/// </summary>
/// <typeparam name="TParams">The parameters: one CLR value type, a <see cref="ValueTuple"/> of several, or <see cref="ValueTuple"/> for none.</typeparam>
/// <typeparam name="TResults">The results, likewise.</typeparam>
public sealed class TypedFunc<TParams, TResults>
{
    private static readonly TypedInvoker<TParams, TResults> s_invoke = TypedCall<TParams, TResults>.Invoke;

    private readonly FuncRef _ref;
    private readonly IntPtr _code;
    private readonly InstanceContext _context;

    internal TypedFunc(FuncRef reference)
    {
        _ref = reference;
        _code = reference.Code;
        _context = reference.Context;
    }

    /// <summary>The untyped function (<c>TypedFunc::func</c>).</summary>
    public Func Func => new(_ref);

    /// <summary>Calls the function (<c>TypedFunc::call</c>).</summary>
    /// <exception cref="Trap">The function trapped.</exception>
    /// <exception cref="WasmException">The function threw a wasm exception that no wasm handler caught (Wasmtime's <c>ThrownException</c>).</exception>
    /// <exception cref="ArgumentException"><paramref name="store"/> is not the function's store.</exception>
    public TResults Call(Store store, TParams parameters)
    {
        StoreContext context = _context.Store;
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
            TResults results = s_invoke(_code, _context, parameters);
            if (context.PendingTrap is not null)
            {
                context.ThrowPendingTrap();
            }

            return results;
        }
        finally
        {
            context.Exit();
        }
    }

    // The entry StoreContext.TryEnter declined: a call hook is set, or the stack is too small.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private TResults CallSlowly(TParams parameters)
    {
        StoreContext context = _context.Store;
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
                TResults results = s_invoke(_code, _context, parameters);
                if (context.PendingTrap is not null)
                {
                    context.ThrowPendingTrap();
                }

                return results;
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
        StoreContext context = _context.Store;
        GuestThread.Run(context, () =>
        {
            context.Enter();
            try
            {
                results = s_invoke(_code, _context, parameters);
                if (context.PendingTrap is not null)
                {
                    context.ThrowPendingTrap();
                }
            }
            finally
            {
                context.Exit();
            }
        });
        return results;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowWrongStore() => throw new ArgumentException("object used with the wrong store");
}

using WasmSharp.Types;

namespace WasmSharp.Vm;

/// <summary>
/// A function reference (spec 4.2.6 "Function Instances", Wasmtime's <c>VMFuncRef</c>): the entry
/// point of a compiled static method, the instance context it must be called with, and the canonical
/// id of its type. Tables, <c>ref.func</c>, imports and exports all hold these. <c>call_indirect</c>
/// checks <see cref="TypeId"/> and then calls <see cref="Code"/> with <c>calli</c>, passing
/// <see cref="Context"/> as the last argument.
/// </summary>
internal sealed class FuncRef
{
    private readonly IInvokerSource? _source;
    private readonly int _index;
    private RawInvoker? _invoker;

    // Makes the native entry point of a host or interpreted function (a trampoline per signature)
    // when compiled code of the store may call it; null for compiled functions and where no
    // compiled code can run.
    private readonly Func<FuncType, int, IntPtr>? _entry;

    /// <summary>
    /// Creates a host function reference with a known invoker. Its native entry point, if compiled
    /// code can call it (<paramref name="entry"/> not null), is made by the store when compiled code
    /// first runs there (see <see cref="StoreContext.AttachEntry"/>).
    /// </summary>
    public FuncRef(InstanceContext context, FuncType type, int typeId, RawInvoker invoker, Func<FuncType, int, IntPtr>? entry)
    {
        Context = context;
        Instance = context;
        Type = type;
        TypeId = typeId;
        _invoker = invoker;
        _entry = entry;
    }

    /// <summary>Creates a function reference whose invoker is fetched from <paramref name="source"/> on first use.</summary>
    public FuncRef(IntPtr code, InstanceContext context, FuncType type, int typeId, IInvokerSource source, int functionIndex, object? interpreted = null)
    {
        Code = code;
        Context = context;
        Instance = context;
        Type = type;
        TypeId = typeId;
        _source = source;
        _index = functionIndex;
        Interpreted = interpreted;
    }

    /// <summary>
    /// Creates the reference to an interpreted function of instance <paramref name="instance"/> in a
    /// store that also runs compiled code (mixed tiers): compiled code calls the per-signature
    /// trampoline that <paramref name="entry"/> makes, which enters the interpreter through
    /// <paramref name="entryContext"/>'s <see cref="InstanceContext.InterpreterEntry"/>, once the store
    /// attached it (<see cref="StoreContext.AttachEntry"/>); interpreted callers push a frame for
    /// <paramref name="interpreted"/> in <paramref name="instance"/> directly.
    /// </summary>
    public FuncRef(Func<FuncType, int, IntPtr> entry, InstanceContext entryContext, InstanceContext instance, FuncType type, int typeId, object interpreted)
    {
        _entry = entry;
        Context = entryContext;
        Instance = instance;
        Type = type;
        TypeId = typeId;
        Interpreted = interpreted;
        _invoker = InterpreterEntries.Invoker;
    }

    /// <summary>
    /// The instance the function belongs to: <see cref="Context"/>, except for an interpreted
    /// function that compiled code can call, whose <see cref="Context"/> is its entry context.
    /// </summary>
    public readonly InstanceContext Instance;

    /// <summary>
    /// Switches an interpreted function of a tiering module to its compiled code (Strategy.Auto's
    /// tier-up): calls made after this run <paramref name="code"/> with <see cref="Instance"/> as
    /// context, and <paramref name="invoker"/> for untyped calls. The reference keeps its identity,
    /// so tables, <c>ref.func</c> values, imports and exports holding it switch too.
    /// Only the thread running the function's store may call this: compiled callers load
    /// <see cref="Context"/> and <see cref="Code"/> with two reads, which must never see a new code
    /// with an old context, and a store runs on one thread at a time.
    /// </summary>
    public void SwitchToCompiled(IntPtr code, RawInvoker invoker)
    {
        Code = code;
        Context = Instance;
        Interpreted = null;
        _invoker = invoker;
    }

    /// <summary>
    /// For a function the interpreter runs: its <c>Interpretation.InterpretedFunction</c>, so that a
    /// call from interpreted code pushes a frame instead of going through <see cref="Invoker"/>.
    /// Typed <see cref="object"/> because <c>Vm</c> does not depend on the tiers; null otherwise.
    /// </summary>
    public object? Interpreted { get; private set; }

    /// <summary>
    /// A copy of this host function bound to the importing instance <paramref name="caller"/> and its
    /// store, so the callback can tell which instance called it (Wasmtime's <c>Caller</c>).
    /// Store-independent linker functions are created once and bound here per instantiation.
    /// </summary>
    public FuncRef BindCaller(InstanceContext caller)
    {
        var context = new InstanceContext(caller.Store) { Host = Context.Host, AsyncHost = Context.AsyncHost, CallerContext = caller, Owner = Context.Owner };
        var bound = new FuncRef(context, Type, TypeId, HostCalls.Invoker, _entry) { Code = Code };
        caller.Store.AttachEntry(bound);
        return bound;
    }

    /// <summary>Whether this reference still lacks the native entry point compiled code would call.</summary>
    public bool NeedsEntry => Code == IntPtr.Zero && _entry is not null;

    /// <summary>
    /// Makes this reference's native entry point, if it has none yet: the trampoline of its
    /// signature. Called by its store (<see cref="StoreContext.PrepareForCompiledCode"/>), on the
    /// store's thread, before compiled code there can read <see cref="Code"/>.
    /// </summary>
    public void CreateEntry()
    {
        if (NeedsEntry)
        {
            Code = _entry!(Type, TypeId);
        }
    }

    /// <summary>
    /// Native entry point of the static method <c>R F(args..., InstanceContext cx)</c> that compiled
    /// code calls; <see cref="IntPtr.Zero"/> in a store that runs no compiled code (see
    /// <see cref="StoreContext.RunsCompiledCode"/>), and for a host or interpreted function until
    /// compiled code first runs in its store (<see cref="CreateEntry"/>). Otherwise changes only in
    /// <see cref="SwitchToCompiled"/>.
    /// </summary>
    public IntPtr Code;

    /// <summary>
    /// The context to pass to <see cref="Code"/> and <see cref="Invoker"/> as the last argument; it
    /// keeps the code's assembly alive. Changes only in <see cref="SwitchToCompiled"/>.
    /// </summary>
    public InstanceContext Context;

    /// <summary>Canonical id of <see cref="Type"/> (see <see cref="FuncTypeRegistry"/>).</summary>
    public readonly int TypeId;

    /// <summary>The function's type.</summary>
    public FuncType Type { get; }

    /// <summary>The untyped entry point.</summary>
    public RawInvoker Invoker => _invoker ??= _source!.GetInvoker(_index);

    /// <summary>
    /// The async call of this function with arguments in <paramref name="values"/> (see
    /// <see cref="AsyncCalls"/>): interpreted functions and async host functions can suspend;
    /// compiled and synchronous host functions run in one slice.
    /// </summary>
    public Activation CreateActivation(ValRaw[] values)
    {
        if (values.Length < Math.Max(Type.Params.Count, Type.Results.Count))
        {
            throw new ArgumentException("buffer too small for the function's parameters and results", nameof(values));
        }

        return Interpreted is IActivationSource source ? source.CreateActivation(Instance, values)
            : Context.AsyncHost is not null ? new HostActivation(Context, values)
            : new SyncActivation(this, values);
    }

    /// <summary>
    /// Calls the function from the host with untyped values (arguments in, results out from index 0),
    /// establishing the stack limit when this is the outermost entry into wasm, with the store's
    /// call hook around it when one is set. A trap that unwound the wasm stack by returning
    /// (<see cref="StoreContext.PendingTrap"/>) is thrown here.
    /// </summary>
    public void Call(Span<ValRaw> values)
    {
        if (values.Length < Math.Max(Type.Params.Count, Type.Results.Count))
        {
            throw new ArgumentException("buffer too small for the function's parameters and results", nameof(values));
        }

        StoreContext store = Context.Store;
        Action<CallHook>? hook = store.CallHookHandler;
        hook?.Invoke(CallHook.CallingWasm);
        store.Enter();
        try
        {
            Invoker(Context, values);
            if (store.PendingTrap is not null)
            {
                store.ThrowPendingTrap();
            }
        }
        catch (Exception exception) when (store.CaptureCoreDump(exception))
        {
            // Never entered: the filter declines.
            throw;
        }
        finally
        {
            store.Exit();

            // As Wasmtime: the returning hook runs however the call ended, and its error wins.
            hook?.Invoke(CallHook.ReturningFromWasm);
        }

        // Compiled code keeps raw memory bases in locals; keep the instance (and so its memories,
        // which free themselves when finalized) reachable until the call is over.
        GC.KeepAlive(this);
    }
}

namespace WasmSharp.Vm;

/// <summary>
/// Everything instance-specific that compiled code touches (Wasmtime's <c>VMContext</c>), passed as
/// the last argument of every compiled method (DESIGN.md decision 1). Fields are plain fields so
/// compiled code reaches them with one load. Memories, tables and globals are objects shared by
/// reference, so an import is the exporter's very object.
/// </summary>
internal sealed class InstanceContext
{
    /// <summary>Creates an empty context in <paramref name="store"/>.</summary>
    public InstanceContext(StoreContext store) => Store = store;

    /// <summary>The store, holding the stack limit.</summary>
    public readonly StoreContext Store;

    /// <summary>Memory 0, for the fast path; null without memories.</summary>
    public LinearMemory? Memory0;

    /// <summary>All memories, imported first.</summary>
    public LinearMemory[] Memories = [];

    /// <summary>All globals, imported first.</summary>
    public GlobalCell[] Globals = [];

    /// <summary>All tables, imported first.</summary>
    public TableStorage[] Tables = [];

    /// <summary>
    /// A reference to every function of the index space, imported first. The compiled tier makes
    /// those of defined functions at their first use (<see cref="Function"/>): its code calls
    /// them directly, and most never become references, so instantiation allocates none of them.
    /// </summary>
    public FuncRef[] Functions = [];

    /// <summary>All tags, imported first (exception handling).</summary>
    public TagInstance[] Tags = [];

    /// <summary>Data segments still available to <c>memory.init</c> (empty once dropped).</summary>
    public ReadOnlyMemory<byte>[] DataSegments = [];

    /// <summary>Element segments still available to <c>table.init</c> (empty once dropped).</summary>
    public object?[][] ElementSegments = [];

    /// <summary>For the context of a host function: the callback its trampoline invokes.</summary>
    public HostCallback? Host;

    /// <summary>
    /// For the context of an asynchronous host function: its callback, which an interpreted caller
    /// in an async call invokes so that it can suspend while the work is pending. <see cref="Host"/>
    /// then holds the same function for callers that cannot suspend, which wait for the work.
    /// </summary>
    public AsyncHostCallback? AsyncHost;

    /// <summary>
    /// For the entry context of an interpreted function that compiled code may call (a store that
    /// runs both tiers): runs the function in its instance. Compiled code reaches it through the
    /// per-signature trampoline in <see cref="FuncRef.Code"/>, as it reaches host functions, but
    /// without the host boundary of the call hook: this is a wasm-to-wasm call.
    /// </summary>
    public HostCallback? InterpreterEntry;

    /// <summary>
    /// For a host function imported by an instance: that instance's context, so the host can reach
    /// the caller's exports (Wasmtime's <c>Caller::get_export</c>). Null for a free host function.
    /// </summary>
    public InstanceContext? CallerContext;

    /// <summary>The public <c>Instance</c> wrapping this context, once it exists.</summary>
    public object? Instance;

    /// <summary>Keeps the compiled module (and so its collectible assembly) alive while the instance is.</summary>
    public object? Owner;

    /// <summary>The reference to function <paramref name="index"/>, made now if it was not yet; always the same object (<c>ref.eq</c>).</summary>
    public FuncRef Function(int index) => Functions[index] ?? CreateFunction(index);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private FuncRef CreateFunction(int index)
    {
        FuncRef created = ((ModuleCode)Owner!).CreateFunction(index, this);
        return Interlocked.CompareExchange(ref Functions[index], created, null!) ?? created;
    }

    /// <summary>
    /// For an instance of a tiering module (Strategy.Auto): how many of the module's compiled
    /// functions, in the order they were published, this instance's function references have
    /// switched to (see <see cref="FuncRef.SwitchToCompiled"/>). Only the store's thread touches it.
    /// </summary>
    public int TierUpsApplied;
}

namespace WasmSharp.Vm;

/// <summary>
/// State shared by every instance of one store and read by compiled code: the stack limit, the
/// fuel left and the epoch deadline. A store is used by one thread at a time, like Wasmtime's
/// <c>Store</c>, so the limit of the thread currently running wasm lives here.
/// </summary>
internal sealed class StoreContext
{
    /// <summary>Wasmtime's default <c>Config::max_wasm_stack</c>: 512 KiB.</summary>
    public const int DefaultMaxWasmStack = 512 * 1024;

    /// <summary>
    /// Stack kept free below the limit for what runs after a check passes: the trap's exception
    /// dispatch, runtime helpers and host functions called from wasm.
    /// </summary>
    public const int Reserve = 128 * 1024;

    /// <summary>
    /// Lowest stack address wasm code may use before it must step into the next stack segment;
    /// compiled code compares the address of a local with it (DESIGN.md decision 5). Equal to
    /// <see cref="HardStackLimit"/> in the last segment. Zero while no wasm runs on this store.
    /// See <see cref="StackSegments"/>.
    /// </summary>
    public nuint StackLimit;

    /// <summary>
    /// Lowest stack address wasm code may use at all: <see cref="NativeStackBudget"/> below the
    /// outermost entry (less on a thread without that much room, never less than
    /// <see cref="MaxWasmStack"/>). Below it, calls trap with <see cref="TrapCode.StackOverflow"/>.
    /// </summary>
    public nuint HardStackLimit;

    /// <summary>
    /// How many times <see cref="MaxWasmStack"/> compiled code may use of the native stack, up to
    /// <see cref="MaxNativeStackExtra"/> more. The budget counts bytes of native stack, as Wasmtime's
    /// does, but RyuJIT's frames for the same function are larger than Cranelift's (more spill slots;
    /// a split function is several .NET frames, one per region on the path): the Yosys 0.55 WASI build
    /// (34k functions) ran `synth_ice40` under Wasmtime's default 512 KiB and overflowed ours at 41
    /// frames of a 93 KB function, and needed 1 MiB. Programs that fit Wasmtime's budget must fit ours.
    /// </summary>
    public const int NativeStackFactor = 4;

    /// <summary>The most native stack beyond <see cref="MaxWasmStack"/> that <see cref="NativeStackFactor"/> adds.</summary>
    public const int MaxNativeStackExtra = 8 << 20;

    /// <summary>
    /// A trap that left a stack segment and is being unwound by returning rather than throwing
    /// (see <see cref="StackSegments"/>), or null. Compiled code checks it after every call that
    /// can reach a segment's continuation and returns at once while it is set; the host-to-wasm
    /// entry that the returns reach throws it (<see cref="ThrowPendingTrap"/>).
    /// </summary>
    public Trap? PendingTrap;

    /// <summary>
    /// Whether compiled code may run in this store (its engine's strategy is not the interpreter):
    /// host functions then get a native entry point that compiled code can <c>calli</c>.
    /// </summary>
    public bool RunsCompiledCode = true;

    // Host and interpreted function references made while no compiled code ran in this store yet,
    // whose native entry points PrepareForCompiledCode makes; null once it ran.
    private List<FuncRef>? _withoutEntry = [];

    /// <summary>
    /// Gives <paramref name="function"/>, a new reference of this store, the native entry point
    /// compiled code calls it through: now, if compiled code has run here, or else when it first
    /// does (<see cref="PrepareForCompiledCode"/>). Nothing where no compiled code can run.
    /// </summary>
    public void AttachEntry(FuncRef function)
    {
        if (!RunsCompiledCode || !function.NeedsEntry)
        {
            return;
        }

        if (_withoutEntry is null)
        {
            function.CreateEntry();
        }
        else
        {
            _withoutEntry.Add(function);
        }
    }

    /// <summary>
    /// Called on the store's thread before compiled code first runs in this store (an instance of a
    /// compiled module, a tier-up switch, an on-stack replacement entry): gives every host and
    /// interpreted function reference made so far its native entry point (<see cref="FuncRef.CreateEntry"/>).
    /// Until then they have none, so a run that stays interpreted emits no trampoline.
    /// </summary>
    public void PrepareForCompiledCode()
    {
        if (_withoutEntry is not List<FuncRef> functions)
        {
            return;
        }

        foreach (FuncRef function in functions)
        {
            function.CreateEntry();
        }

        _withoutEntry = null;
    }

    /// <summary>
    /// Fuel left (<c>Store::set_fuel</c>); compiled code of a fuel-consuming engine subtracts each
    /// straight-line run's cost and traps once it is negative. Signed so that the overshoot of the
    /// last charge needs no saturation on the hot path.
    /// </summary>
    public long Fuel;

    /// <summary>
    /// The fuel level below which the interpreter stops to look at <see cref="Fuel"/> (its charge
    /// compares with this instead of 0): 0, where running out of fuel traps, unless an async store
    /// yields every <see cref="AsyncState.FuelYieldInterval"/> units, then the level of the next
    /// yield (see <see cref="ResetFuelYieldFloor"/>). Compiled code compares with 0 and never yields.
    /// </summary>
    public long FuelYieldFloor;

    /// <summary>
    /// The absolute epoch at which compiled code of an epoch-interruption engine traps. Zero by
    /// default, as in Wasmtime, so code traps at its first check until a deadline is set.
    /// </summary>
    public long EpochDeadline;

    /// <summary>The engine's epoch counter, compared with <see cref="EpochDeadline"/> by compiled code.</summary>
    public readonly EpochCounter Epoch;

    /// <summary>
    /// The store's epoch deadline callback (<c>Store::epoch_deadline_callback</c>), consulted by
    /// <see cref="TrapHelpers.ContinuesAfterEpochDeadline"/> only once compiled code has reached the
    /// deadline; null: reaching it traps (<c>Store::epoch_deadline_trap</c>).
    /// </summary>
    public Func<UpdateDeadline>? EpochDeadlineCallback;

    /// <summary>
    /// The store's call hook (<c>Store::call_hook</c>), or null. Checked where a host-to-wasm entry
    /// already branches (<see cref="TryEnter"/>, <see cref="FuncRef.Call"/>) and at the host-call
    /// boundary (<see cref="HostCalls.Invoke"/>), never inside compiled code.
    /// </summary>
    public Action<CallHook>? CallHookHandler;

    /// <summary>The asynchronous state of a store of an engine with <c>Config.AsyncSupport</c>; null otherwise.</summary>
    public AsyncState? Async;

    /// <summary>Whether the engine checks epochs (<c>Config.EpochInterruption</c>), so a canceled async call can stop a running guest.</summary>
    public bool EpochInterruption;

    /// <summary>
    /// How many canceled async calls are stopping the running guest (see <see cref="GuestCancellation"/>):
    /// while positive, the epoch deadline is in the past and an epoch check ends the call.
    /// </summary>
    public int CancelRequests;

    /// <summary>The epoch deadline the first of <see cref="CancelRequests"/> replaced, restored by the last.</summary>
    public long DeadlineBeforeCancel;

    private int _depth;

    private bool _disposed;

    private List<LinearMemory>? _owned;

    /// <summary>The public store this context belongs to; Externs compare it to refuse cross-store use.</summary>
    public object? Owner;

    /// <summary>The engine's pooling allocator (<c>Config.AllocationStrategy</c>), or null to allocate on demand.</summary>
    public PoolingInstanceAllocator? Pool;

    /// <summary>The instances and tables this store holds in <see cref="Pool"/>, once it holds any.</summary>
    public PoolLease? PoolLease;

    /// <summary>The store's resource limiter (<c>Store::limiter</c>), consulted on every grow.</summary>
    public ResourceLimiter? Limiter;

    /// <summary>
    /// The store's instances and host-defined memories and globals, kept only where the engine
    /// captures core dumps (<see cref="Config.CoredumpOnTrap"/>); null otherwise.
    /// </summary>
    public StoreInventory? Inventory;

    /// <summary>Instances created in this store, for <see cref="ResourceLimiter.Instances"/>.</summary>
    public int InstanceCount;

    /// <summary>Memories defined in this store (by instances or the host), for <see cref="ResourceLimiter.Memories"/>.</summary>
    public int MemoryCount;

    /// <summary>Tables defined in this store, for <see cref="ResourceLimiter.Tables"/>.</summary>
    public int TableCount;

    /// <summary>Nesting depth of host-to-wasm entries; 0 when no wasm runs on this store.</summary>
    public int Depth => _depth;

    /// <summary>
    /// Whether the next host-to-wasm entry must move to a thread with a larger stack: true only for
    /// an outermost entry on a thread whose remaining stack cannot hold the wasm budget plus the
    /// reserve (DESIGN.md decision 5). Nested entries share their outer entry's budget.
    /// </summary>
    public unsafe bool NeedsLargerStack()
    {
        if (_depth != 0)
        {
            return false;
        }

        byte marker = 0;
        return !Fits((nuint)(&marker), ThreadStack.Low);
    }

    /// <summary>
    /// <see cref="Enter"/> unless this outermost entry needs a larger stack or a call hook is set,
    /// in which case nothing changes and the result is false; one stack query for the typed-call fast path.
    /// </summary>
    public unsafe bool TryEnter()
    {
        // A hooked entry takes the caller's slow path, which runs the hook around Enter/Exit; so
        // does any entry into an async store, which the slow path refuses.
        if (CallHookHandler is not null || Async is not null)
        {
            return false;
        }

        if (_depth != 0)
        {
            _depth++;
            return true;
        }

        if (_disposed)
        {
            ThrowDisposed();
        }

        byte marker = 0;
        nuint here = (nuint)(&marker);
        nuint low = ThreadStack.Low;
        if (!Fits(here, low))
        {
            return false;
        }

        _depth = 1;
        SetLimits(here, low);
        return true;
    }

    /// <summary>
    /// Creates a store context allowing <paramref name="maxWasmStack"/> bytes of wasm stack and
    /// reading the engine's <paramref name="epoch"/> (a private counter when none is given).
    /// </summary>
    public StoreContext(int maxWasmStack = DefaultMaxWasmStack, EpochCounter? epoch = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxWasmStack);
        MaxWasmStack = maxWasmStack;
        Segmented = StackSegments.AreUsed(maxWasmStack);
        Epoch = epoch ?? new EpochCounter();
    }

    /// <summary>
    /// Sets the deadline <paramref name="ticksBeyondCurrent"/> ticks after the engine's current epoch,
    /// saturating: a deadline past <see cref="long.MaxValue"/> is never reached.
    /// </summary>
    public void SetEpochDeadline(ulong ticksBeyondCurrent)
    {
        ulong current = (ulong)Volatile.Read(ref Epoch.Value);
        EpochDeadline = (long)(ticksBeyondCurrent > long.MaxValue - current ? long.MaxValue : current + ticksBeyondCurrent);
    }

    /// <summary>
    /// Sets <see cref="FuelYieldFloor"/> one yield interval below the fuel left (Wasmtime's
    /// <c>fuel_async_yield_interval</c>: a guest yields each time it has consumed that much), or to 0
    /// without an interval or when less fuel than that is left.
    /// </summary>
    public void ResetFuelYieldFloor()
    {
        ulong interval = Async?.FuelYieldInterval ?? 0;
        FuelYieldFloor = interval == 0 || Fuel <= 0 || (ulong)Fuel <= interval ? 0 : Fuel - (long)interval;
    }

    /// <summary>Bytes of stack wasm code may use below the outermost host-to-wasm entry (<c>Config.MaxWasmStack</c>).</summary>
    public int MaxWasmStack { get; }

    /// <summary>
    /// Bytes of native stack wasm code may use below the outermost entry on a thread with room for
    /// them: <see cref="MaxWasmStack"/> scaled by <see cref="NativeStackFactor"/>, at most
    /// <see cref="MaxNativeStackExtra"/> more.
    /// </summary>
    public long NativeStackBudget => NativeStackBudgetFor(MaxWasmStack);

    /// <summary>The <see cref="NativeStackBudget"/> of a store allowing <paramref name="maxWasmStack"/> bytes of wasm stack.</summary>
    public static long NativeStackBudgetFor(int maxWasmStack) =>
        maxWasmStack + Math.Min((long)maxWasmStack * (NativeStackFactor - 1), MaxNativeStackExtra);

    /// <summary>
    /// Whether this store's stack is split into segments (<see cref="StackSegments.AreUsed"/>); if
    /// not, <see cref="StackLimit"/> is <see cref="HardStackLimit"/>, no call is ever continued in
    /// a new segment and no trap is ever pending.
    /// </summary>
    public bool Segmented { get; }

    /// <summary>
    /// Marks entry from the host into wasm. The outermost entry sets the limit relative to the
    /// current stack pointer; nested entries (wasm → host → wasm) keep it so the whole chain shares
    /// one budget.
    /// </summary>
    public unsafe void Enter()
    {
        if (_depth++ == 0)
        {
            if (_disposed)
            {
                _depth = 0;
                ThrowDisposed();
            }

            byte marker = 0;
            SetLimits((nuint)(&marker), ThreadStack.Low);
        }
    }

    /// <summary>
    /// The limit of the stack segment that starts at <paramref name="here"/>:
    /// <see cref="StackSegments.SegmentBytes"/> lower, but never below <see cref="HardStackLimit"/>,
    /// and never less than <see cref="StackSegments.LastSegmentBytes"/> above it unless the segment
    /// is the last one, so that the last segment, where the stack overflows, is at most that long.
    /// </summary>
    public nuint SegmentLimit(nuint here)
    {
        nuint limit = here > StackSegments.SegmentBytes ? here - StackSegments.SegmentBytes : 0;
        nuint lastSegment = HardStackLimit + StackSegments.LastSegmentBytes;
        if (limit >= lastSegment)
        {
            return limit;
        }

        return here > lastSegment ? lastSegment : HardStackLimit;
    }

    private void SetLimits(nuint here, nuint low)
    {
        HardStackLimit = Limit(here, low);
        StackLimit = Segmented ? SegmentLimit(here) : HardStackLimit;
    }

    private bool Fits(nuint here, nuint low) => low == 0 || Room(here, low) >= (nuint)MaxWasmStack;

    // The stack below `here` on a thread whose end is `low`, beyond the reserve and the margin for
    // the frames between the entry and the guest's code.
    private static nuint Room(nuint here, nuint low)
    {
        nuint kept = (nuint)(Reserve + GuestThread.Margin);
        return here - low > kept ? here - low - kept : 0;
    }

    private nuint Limit(nuint here, nuint low)
    {
        // Where the thread's end is unknown, only what was asked for; else the native budget, or on
        // a thread with less room than that what it has beyond the reserve and margin, and at
        // least MaxWasmStack (Fits sent smaller stacks to a larger thread).
        nuint budget = (nuint)MaxWasmStack;
        if (low != 0)
        {
            budget = Math.Max(Math.Min((nuint)NativeStackBudget, Room(here, low)), budget);
        }

        nuint limit = here > budget ? here - budget : 1;

        // On a thread whose stack is smaller than the budget, stop short of its real end.
        if (low != 0)
        {
            nuint floor = low + Reserve;
            limit = Math.Min(Math.Max(limit, floor), here);
        }

        return limit;
    }

    /// <summary>Records a linear memory this store owns, to be freed by <see cref="Dispose"/>.</summary>
    public void Own(LinearMemory memory)
    {
        if (_disposed)
        {
            memory.Dispose();
            ThrowDisposed();
        }

        (_owned ??= new List<LinearMemory>()).Add(memory);
    }

    /// <summary>Whether <see cref="Dispose"/> has run.</summary>
    public bool IsDisposed => _disposed;

    /// <summary>
    /// Frees every linear memory the store owns, and gives its pool slots back (Wasmtime frees a
    /// Store's memories and instances when it is dropped). Afterwards every call into the store throws, so compiled code can never touch a
    /// freed memory; disposing while wasm runs in the store is refused for the same reason.
    /// </summary>
    public void Dispose()
    {
        // A call suspended in an async host function holds frames that would run on after it.
        if (_depth != 0 || Async?.Innermost is not null)
        {
            throw new InvalidOperationException("a Store cannot be disposed while WebAssembly code runs in it");
        }

        _disposed = true;
        if (_owned is not null)
        {
            foreach (LinearMemory memory in _owned)
            {
                memory.Dispose();
            }

            _owned = null;
        }

        // After the memories: their slots are back before the counts say the store is gone.
        PoolLease?.Dispose();
        PoolLease = null;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowDisposed() => throw new ObjectDisposedException("Store", "the Store has been disposed");

    /// <summary>
    /// Throws <see cref="PendingTrap"/>, clearing it: called by a host-to-wasm entry whose call
    /// returned with a trap pending, so the host sees the trap as an exception, as Wasmtime's
    /// <c>Func::call</c> returns it as an error.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public void ThrowPendingTrap()
    {
        Trap trap = PendingTrap!;
        PendingTrap = null;
        throw trap;
    }

    /// <summary>
    /// The exception filter of the host-to-wasm entries: gives a trap leaving wasm for the host the
    /// core dump of this store (<see cref="Config.CoredumpOnTrap"/>) while the store is as the trap
    /// left it, once (the innermost entry it leaves). Declines the exception, which goes on.
    /// </summary>
    public bool CaptureCoreDump(Exception exception)
    {
        if (Inventory is not null && exception is Trap { CoreDump: null } trap)
        {
            trap.CoreDump = WasmCoreDump.Capture(trap, this);
        }

        return false;
    }

    /// <summary>Marks the return of a host-to-wasm entry.</summary>
    public void Exit()
    {
        if (--_depth == 0)
        {
            StackLimit = 0;
            HardStackLimit = 0;
        }
    }
}

namespace WasmSharp.Vm;

/// <summary>
/// The asynchronous side of a store of an engine with <c>Config.AsyncSupport</c>: its live calls
/// (<see cref="Activation"/>s, innermost last), which thread runs a slice of one, and its async
/// settings. A store runs one call at a time, as in Wasmtime, where an async call holds the store
/// mutably until its future completes; the only other call allowed meanwhile is one an async host
/// function of the innermost call makes into its store (a re-entrant host → guest → host chain).
/// Such a call is told apart from one of an unrelated task by <see cref="Current"/>, which flows
/// with the host function's execution context.
/// </summary>
internal sealed class AsyncState
{
    // The call whose slice runs, in the execution context of that slice: host functions it calls,
    // and their continuations after an await, see it; an unrelated task does not.
    private static readonly AsyncLocal<Activation?> s_current = new();

    /// <summary>The error of a call made while the store runs another.</summary>
    public const string ConcurrentUse =
        "a Store runs one call at a time: a call into this store is already running or waiting (only an async host function of that call may call back into the store)";

    /// <summary>The error of a call resumed while a call its host function made is still running.</summary>
    public const string NestedCallRunning =
        "an async host function completed while a call it made into its store was still running: await every call into the store before returning";

    // Guards the fields below; Monitor rather than Lock, for EnterSlice's wait.
    private readonly object _lock = new();
    private readonly List<Activation> _live = [];
    private int _thread;
    private int _slices;

    /// <summary>
    /// The interpreter stack of the store's outermost call (an <c>Interpretation.InterpreterStack</c>,
    /// typed <see cref="object"/> because <c>Vm</c> does not depend on the tiers), kept between calls.
    /// </summary>
    public object? InterpreterStack;

    /// <summary>Fuel units between yields (<c>Store::fuel_async_yield_interval</c>); 0: no yields.</summary>
    public ulong FuelYieldInterval;

    /// <summary>Whether reaching the epoch deadline yields (<c>Store::epoch_deadline_async_yield_and_update</c>).</summary>
    public bool EpochYields;

    /// <summary>The store's async resource limiter (<c>Store::limiter_async</c>) as the runtime asks it, or null.</summary>
    public AsyncLimiterAdapter? Limiter;

    /// <summary>
    /// Whether an instance importing <paramref name="functions"/> may have to suspend in this store,
    /// so it must run in the interpreter, the tier that can (docs/tiers.md): one of them is an async
    /// host function or a function that stays interpreted (of an instance that may suspend; not one
    /// of a module that tiers up), the store yields on a fuel or epoch interval, or its limiter is
    /// asynchronous.
    /// </summary>
    public bool MaySuspend(FuncRef[] functions)
    {
        if (FuelYieldInterval != 0 || EpochYields || Limiter is not null)
        {
            return true;
        }

        foreach (FuncRef function in functions)
        {
            if (function.Context.AsyncHost is not null || function.Interpreted is IActivationSource { StaysInterpreted: true })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The async call on whose behalf the current code runs: set during each slice of a call
    /// (<see cref="AsyncCalls"/>), and so seen by the host functions the slice calls and by their
    /// continuations; null elsewhere.
    /// </summary>
    public static Activation? Current
    {
        get => s_current.Value;
        set => s_current.Value = value;
    }

    /// <summary>The innermost live call, or null when none runs or waits.</summary>
    public Activation? Innermost
    {
        get
        {
            lock (_lock)
            {
                return _live.Count == 0 ? null : _live[^1];
            }
        }
    }

    /// <summary>
    /// How many calls are live. Read without the lock by the thread running a slice, which sees
    /// its own changes: a host function that returned at once must not leave a call it made running.
    /// </summary>
    public int LiveCount => _live.Count;

    /// <summary>
    /// Registers <paramref name="activation"/> as the innermost call: the store must be idle, or its
    /// innermost call inside an async host function (which is then making this call).
    /// </summary>
    /// <exception cref="InvalidOperationException">Another call runs in the store (<see cref="ConcurrentUse"/>).</exception>
    public void Begin(Activation activation)
    {
        lock (_lock)
        {
            CheckEnterable();
            _live.Add(activation);
        }
    }

    /// <summary>Throws <see cref="ConcurrentUse"/> unless a call may enter the store now (see <see cref="Begin"/>).</summary>
    public void CheckEntry()
    {
        lock (_lock)
        {
            CheckEnterable();
        }
    }

    /// <summary>Unregisters <paramref name="activation"/>, which has ended.</summary>
    public void End(Activation activation)
    {
        lock (_lock)
        {
            _live.Remove(activation);
        }
    }

    /// <summary>
    /// Marks the start of a slice of <paramref name="activation"/> on this thread. A slice may run
    /// inside another on the same thread (a call an async host function makes before it first
    /// waits), never beside one on another thread: such a slice is one that is ending (a host
    /// function's continuation can start a call, or a call resume, on another thread before the
    /// slice that waits for it has unwound), or whose host function is about to wait, so this one
    /// waits for it. <see cref="Begin"/> has already refused unrelated calls. A resumed call must
    /// be the innermost.
    /// </summary>
    /// <exception cref="InvalidOperationException">A call this one's host function made is still running (<see cref="NestedCallRunning"/>).</exception>
    public void EnterSlice(Activation activation, bool resuming)
    {
        int thread = Environment.CurrentManagedThreadId;
        lock (_lock)
        {
            while (_thread != 0 && _thread != thread)
            {
                Monitor.Wait(_lock);
            }

            if (resuming && !ReferenceEquals(_live[^1], activation))
            {
                throw new InvalidOperationException(NestedCallRunning);
            }

            _thread = thread;
            _slices++;
        }
    }

    /// <summary>Marks the end of the slice <see cref="EnterSlice"/> started.</summary>
    public void ExitSlice()
    {
        lock (_lock)
        {
            if (--_slices == 0)
            {
                _thread = 0;
                Monitor.PulseAll(_lock);
            }
        }
    }

    // Idle, or the innermost call waits in an async host function and the code entering is that
    // host function's (it runs in the execution context of the call's slice).
    private void CheckEnterable()
    {
        if (_live.Count != 0 && !(_live[^1].InAsyncHost && ReferenceEquals(Current, _live[^1])))
        {
            throw new InvalidOperationException(ConcurrentUse);
        }
    }
}

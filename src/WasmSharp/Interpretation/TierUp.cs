using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>
/// Strategy.Auto's tier-up for one module that starts in the interpreter (docs/tiers.md). Each
/// function counts its calls and loop back-edges down from <see cref="Threshold"/>
/// (<see cref="Op.Hot"/>: one decrement and branch); at zero it is hot, and is queued for the
/// compiler, which a background thread runs a batch at a time (<see cref="TierUpWorker"/>), or
/// compiled at once on the guest's thread when the engine asks for synchronous tier-up (tests).
/// <para>
/// Compiled code is published here, module-wide, in order. Each instance switches its function
/// references to it (<see cref="FuncRef.SwitchToCompiled"/>) on its store's own thread, at the next
/// hot-counter expiry in the instance (a function entry or loop header of interpreted code): the
/// compiler thread never writes a reference, so no thread sees a new code with an old context.
/// Calls switch at function entry. An activation already running moves to compiled code at a hot
/// loop header instead (on-stack replacement, <see cref="OnLoopHot"/>): for a function entered once
/// whose loops do the work, such as a C <c>main</c>.
/// </para>
/// </summary>
internal sealed class TierUp
{
    private readonly InterpretedModule _module;
    private readonly Func<IReadOnlyList<int>, CompiledFunction[]> _compile;
    private readonly Func<int, int, LoopEntries?>? _compileLoops;
    private readonly Func<int, bool>? _loopsFirst;
    private readonly Lock _lock = new();

    // Per defined function, under _lock: whether it has been queued (or compiled).
    private readonly bool[] _queued;

    // Published compiled functions: _order[0.._published) in publication order, with their code.
    // Written under _lock; _published is written last, so readers see complete entries.
    private int[] _order = new int[16];
    private CompiledFunction[] _code = new CompiledFunction[16];
    private int _published;

    // On-stack replacement code by function index, under _lock: present once requested; null until
    // compiled, and for good where no loop of the function can be entered.
    private readonly Dictionary<int, LoopEntries?> _loops = new();
    private int _loopsEntered;

    // Functions compiled loops-first (see OnLoopHot), under _lock: the loops their entries were
    // queued around, and whether one is queued and not compiled yet.
    private readonly Dictionary<int, List<int>> _loopsKept = new();
    private readonly HashSet<int> _loopsPending = new();

    /// <summary>
    /// Most on-stack replacement entries compiled for one loops-first function: one around each of
    /// its first loops to get hot (a C main's set-up loop, then its work loop).
    /// </summary>
    public const int MaxLoopEntries = 3;

    /// <summary>
    /// Prepares tier-up for <paramref name="module"/>: <paramref name="compile"/> compiles a batch of
    /// its functions (by function index) and returns their entry points in order;
    /// <paramref name="compileLoops"/> compiles a function's on-stack replacement entry (see
    /// <see cref="OnLoopHot"/>), or returns null where it can enter no loop; <paramref name="loopsFirst"/>
    /// tells the functions whose entry is compiled as soon as a loop of theirs gets hot.
    /// </summary>
    public TierUp(InterpretedModule module, Func<IReadOnlyList<int>, CompiledFunction[]> compile, Func<int, int, LoopEntries?>? compileLoops, Func<int, bool>? loopsFirst, int threshold, bool synchronous)
    {
        _module = module;
        _compile = compile;
        _compileLoops = compileLoops;
        _loopsFirst = loopsFirst;
        Threshold = threshold;
        Synchronous = synchronous;
        _queued = new bool[module.Module.Bodies.Count];
    }

    /// <summary>Calls plus loop back-edges after which a function is hot (and between later checks).</summary>
    public int Threshold { get; }

    /// <summary>Whether hot functions are compiled at once on the thread that found them hot.</summary>
    public bool Synchronous { get; }

    /// <summary>How many functions have compiled code so far.</summary>
    public int CompiledCount => Volatile.Read(ref _published);

    /// <summary>
    /// The first failure of a background compilation, if any: the functions of that batch stay
    /// interpreted (they run correctly, only slower), and tests assert this stays null.
    /// </summary>
    public Exception? Failure { get; private set; }

    /// <summary>How many times an interpreted activation moved into compiled code at a loop header (tests).</summary>
    public int LoopsEntered => Volatile.Read(ref _loopsEntered);

    /// <summary>How many on-stack replacement entries have been compiled (tests).</summary>
    public int LoopEntriesCompiled { get; private set; }

    /// <summary>How many functions got no on-stack replacement entry, as no loop of theirs can be entered (tests).</summary>
    public int FunctionsWithoutLoopEntry { get; private set; }

    /// <summary>The size in bytes of the code of function <paramref name="function"/>, to size batches.</summary>
    public int CodeLength(int function) => _module.Module.Bodies[function - _module.Module.ImportedFunctionCount].CodeLength;

    /// <summary>
    /// Called by the interpreter when <paramref name="function"/>'s counter ran out in instance
    /// <paramref name="cx"/>: switches the instance to what has been compiled since its last check,
    /// and queues the function when it has not been.
    /// </summary>
    public void OnHot(InterpretedFunction function, InstanceContext cx)
    {
        function.Hotness = Threshold;
        int defined = function.Index - _module.Module.ImportedFunctionCount;
        bool queue;
        lock (_lock)
        {
            queue = !_queued[defined];
            _queued[defined] = true;
        }

        if (queue && Synchronous)
        {
            Compile([function.Index]);
        }
        else if (queue)
        {
            TierUpWorker.Enqueue(this, function.Index);
        }

        Apply(cx);
    }

    /// <summary>
    /// Called by the interpreter when <paramref name="function"/>'s counter ran out at the header of
    /// the loop at module offset <paramref name="loop"/> (<see cref="Op.LoopHot"/>), in instance
    /// <paramref name="cx"/>: does what <see cref="OnHot"/> does and, when <paramref name="enter"/>,
    /// returns the code that runs the rest of the activation from that loop's header (on-stack
    /// replacement) once it is compiled. It is asked for only when the function's own compiled code
    /// is in use and this activation, which started before, still runs its loops: functions called
    /// often switch at entry and need none, so their entries do not delay the compilation of other
    /// functions (measured on short programs: meshoptimizer's execute time +15% when every hot loop
    /// asked for one). A function too large to compile whole is the exception: it is rarely called
    /// often (a C main inlined into <c>_start</c>), its method would take as long to compile and
    /// would not serve the activation running now, and its entry keeps only the loop that got hot
    /// in its own method (the rest is cut into region methods), so its entry is asked for first,
    /// and again when another of its loops gets hot, up to <see cref="MaxLoopEntries"/> times.
    /// So is an activation the host started (<paramref name="fromHost"/>) that gets hot in a loop
    /// before calls made its function hot: only its entry is asked for, and its method waits until
    /// calls make the function hot.
    /// Until the entry is compiled, it returns null: the activation goes on
    /// interpreted, and the counter asks again later. One compilation serves every loop of the function.
    /// </summary>
    /// <remarks>
    /// The code takes the activation's frame: the locals in its slots on entry, the results written
    /// from slot 0 on return. It starts at the loop's label, where the compiled tier charges fuel
    /// and checks epochs as the interpreter does after <see cref="Op.LoopHot"/>, so fuel, epochs
    /// and traps go on as in one tier.
    /// </remarks>
    public LoopEntry? OnLoopHot(InterpretedFunction function, int loop, InstanceContext cx, bool enter, bool fromHost)
    {
        if (enter && fromHost && _compileLoops is not null && !IsQueued(function))
        {
            // The activation the host started got hot in a loop before calls made the function
            // hot: it runs once and long (a C main inlined into _start). Its method would serve
            // only later calls, which may never come, and compiled first it delayed this entry
            // by its own compilation (meshoptimizer's _start: 72 ms of JIT, then the entry's as
            // much, and the benchmark loop ran interpreted to its end). So only the entry is
            // asked for; calls queue the method as usual once they make the function hot.
            // A later activation hot in a loop (an earlier one moved into the entry) shows the
            // function runs more than once: its method is queued too, so that the next activations
            // run it from their start rather than from a loop's header (an entry's loops have a
            // second way in, which costs RyuJIT's loop optimizations).
            if (function.EnteredLoopEntry)
            {
                OnHot(function, cx);
            }
            else
            {
                function.Hotness = Threshold;
                Apply(cx);
            }

            return RequestLoops(function.Index, loop, retarget: _loopsFirst?.Invoke(function.Index) == true);
        }

        if (enter && _compileLoops is not null && _loopsFirst?.Invoke(function.Index) == true)
        {
            // Queued before the method, which OnHot queues.
            LoopEntry? first = RequestLoops(function.Index, loop, retarget: true);
            OnHot(function, cx);
            return first;
        }

        OnHot(function, cx);
        if (!enter || _compileLoops is null || cx.Functions[function.Index].Interpreted is not null)
        {
            return null;
        }

        return RequestLoops(function.Index, loop, retarget: false);
    }

    // The entry of `function` at `loop` once compiled: queued (or with Synchronous compiled) the
    // first time it is asked for, and with `retarget` again around another loop that its entry
    // cannot enter and no entry was compiled around, while it has had fewer than MaxLoopEntries.
    private LoopEntry? RequestLoops(int function, int loop, bool retarget)
    {
        lock (_lock)
        {
            if (_loops.TryGetValue(function, out LoopEntries? entries))
            {
                if (entries?.Enters(loop) == true)
                {
                    return entries.Code;
                }

                bool tried = _loopsKept.TryGetValue(function, out List<int>? kept) && (kept.Count >= MaxLoopEntries || kept.Contains(loop));
                if (!retarget || tried || _loopsPending.Contains(function))
                {
                    return null;
                }
            }
            else
            {
                _loops.Add(function, null);
            }

            if (retarget)
            {
                if (!_loopsKept.TryGetValue(function, out List<int>? around))
                {
                    _loopsKept[function] = around = [];
                }

                around.Add(loop);
                _loopsPending.Add(function);
            }
        }

        if (Synchronous)
        {
            CompileLoops(function, loop);
            lock (_lock)
            {
                return _loops[function] is LoopEntries entries && entries.Enters(loop) ? entries.Code : null;
            }
        }

        TierUpWorker.EnqueueLoopEntry(this, function, loop);
        return null;
    }

    // Whether the function's method was queued (or compiled).
    private bool IsQueued(InterpretedFunction function)
    {
        lock (_lock)
        {
            return _queued[function.Index - _module.Module.ImportedFunctionCount];
        }
    }

    /// <summary>Records that an activation entered on-stack replacement code.</summary>
    public void NoteLoopEntered() => Interlocked.Increment(ref _loopsEntered);

    /// <summary>
    /// Compiles the on-stack replacement entry of <paramref name="function"/>, built around the loop
    /// at module offset <paramref name="loop"/> that got hot, and publishes it (an entry compiled
    /// before for another loop stays where the new one can enter no loop); the function's counter
    /// is cleared so that its next loop header, in any instance, takes it.
    /// </summary>
    public void CompileLoops(int function, int loop)
    {
        LoopEntries? entries = _compileLoops!(function, loop);
        lock (_lock)
        {
            _loopsPending.Remove(function);
            if (entries is not null || _loops.GetValueOrDefault(function) is null)
            {
                _loops[function] = entries;
            }

            FunctionsWithoutLoopEntry += entries is null ? 1 : 0;
            LoopEntriesCompiled += entries is null ? 0 : 1;
        }

        if (entries is not null)
        {
            _module.GetFunction(function).Hotness = 0;
        }
    }

    /// <summary>
    /// Switches the function references of instance <paramref name="cx"/> (of this module) to the
    /// code compiled since it last did. Only on the thread running <paramref name="cx"/>'s store.
    /// </summary>
    public void Apply(InstanceContext cx)
    {
        int published = Volatile.Read(ref _published);
        if (cx.TierUpsApplied == published)
        {
            return;
        }

        int[] order;
        CompiledFunction[] code;
        lock (_lock)
        {
            order = _order;
            code = _code;
        }

        cx.Store.PrepareForCompiledCode();
        for (int k = cx.TierUpsApplied; k < published; k++)
        {
            cx.Functions[order[k]].SwitchToCompiled(code[k].Code, code[k].Invoker);
        }

        cx.TierUpsApplied = published;
    }

    /// <summary>
    /// Compiles <paramref name="functions"/> as one batch and publishes their code; their counters
    /// are cleared so that their next entry, in any instance, switches that instance.
    /// </summary>
    public void Compile(IReadOnlyList<int> functions)
    {
        CompiledFunction[] compiled = _compile(functions);
        lock (_lock)
        {
            int count = _published;
            if (count + compiled.Length > _order.Length)
            {
                int size = Math.Max(_order.Length * 2, count + compiled.Length);
                Array.Resize(ref _order, size);
                Array.Resize(ref _code, size);
            }

            for (int i = 0; i < compiled.Length; i++)
            {
                _order[count + i] = functions[i];
                _code[count + i] = compiled[i];
            }

            Volatile.Write(ref _published, count + compiled.Length);
        }

        foreach (int function in functions)
        {
            _module.GetFunction(function).Hotness = 0;
        }
    }

    /// <summary>Records that compiling a batch failed with <paramref name="failure"/>; its functions stay interpreted.</summary>
    public void Fail(Exception failure)
    {
        lock (_lock)
        {
            Failure ??= failure;
        }
    }
}

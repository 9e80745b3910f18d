using System.Diagnostics.CodeAnalysis;
using System.Reflection.Emit;
using WasmSharp.Binary;
using WasmSharp.Operators;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Compiles one validated function body into the IL of its static method
/// <c>R F(args..., InstanceContext cx)</c> in a single linear pass (DESIGN.md decision 1). Operands
/// live on the IL evaluation stack; the Wasm operand types are tracked alongside so branches can
/// move their arguments and drop what lies beneath. Code after an unconditional transfer is
/// decoded but not emitted. Inside exception-handling try blocks the operands beneath the block are
/// held in locals instead (<see cref="TryRegion"/>), and branches out of a block <c>leave</c>.
/// The instruction families are emitted by the <c>*Emitter</c> classes.
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal sealed partial class FunctionCompiler
{
    // The in-bounds accesses of a function the analysis proved none of (see AccessIsInBounds).
    private static readonly HashSet<int> s_noAccesses = new();

    private readonly ModuleCompilation _compilation;
    private readonly FunctionBody _body;
    private readonly List<ValType> _stack = new();
    private readonly List<ControlFrame> _control = new();
    private readonly Dictionary<Type, Stack<LocalBuilder>> _scratch = new();
    private readonly MemoryAddressing _addressing;
    private readonly int _contextArgument;
    private readonly int _firstLocal;
    private readonly ValType[][] _exitTypes = [];
    private RegionPlan[] _regions = [];
    private SwitchSpanRouter? _spans;
    private bool _splitSequences;
    private Dictionary<int, int> _constructEnds = [];
    private Dictionary<int, ConstantSwitch> _constantSwitches = [];
    private int[]? _largeConstructStarts;
    private readonly List<int> _frameEnds = [];
    private SortedSet<int>? _usedLocals;
    private SortedSet<int>? _writtenLocals;
    private int _nextRegion;
    private int _regionCount;
    private ValType[] _localTypes = [];
    private LocalBuilder?[] _locals = [];
    private int _deadDepth;
    private readonly FuelMeter _fuel;
    private readonly TopOperand _top = new();
    private RyuJitHazards? _hazards;
    private bool? _xorsMaySeeShifts;

    // A region's compiler asks its function's, so a split function is scanned once.
    private readonly FunctionCompiler? _hazardsOf;
    private int _instructionCount;

    /// <summary>Creates a compiler for defined function <paramref name="functionIndex"/>.</summary>
    public FunctionCompiler(ModuleCompilation compilation, int functionIndex, ILGenerator il)
    {
        _compilation = compilation;
        FunctionIndex = functionIndex;
        IL = il;
        Type = compilation.Module.GetFunctionType(functionIndex);
        int defined = functionIndex - compilation.Module.ImportedFunctionCount;
        _body = compilation.Module.Bodies[defined];
        Facts = compilation.Facts[defined]!;
        _addressing = new MemoryAddressing(this);
        _fuel = new FuelMeter(this);
        PendingTrapExits = new PendingTrapExits(this);
        _contextArgument = Type.Params.Count;
        _firstLocal = Type.Params.Count;
        MethodName = ModuleCompiler.FunctionName(functionIndex);
    }

    /// <summary>
    /// Creates a compiler for <paramref name="region"/> of defined function <paramref name="functionIndex"/>,
    /// a method <c>int (nint frame, InstanceContext cx)</c> whose enclosing labels in the function
    /// carry <paramref name="exitTypes"/> (outermost first; see <see cref="RegionPlanner"/>), and whose
    /// frame layout is <paramref name="function"/>'s.
    /// </summary>
    public FunctionCompiler(ModuleCompilation compilation, int functionIndex, ILGenerator il, RegionPlan region, ValType[][] exitTypes, FunctionCompiler function)
        : this(compilation, functionIndex, il)
    {
        Region = region;
        _exitTypes = exitTypes;
        _contextArgument = 1;
        _firstLocal = 0;
        ValueSlotBase = function.ValueSlotBase;
        ValueSlotCount = function.ValueSlotCount;
        _constructEnds = function._constructEnds;
        _constantSwitches = function._constantSwitches;
        _hazardsOf = function;
        KeptLoop = function.KeptLoop;
    }

    /// <summary>How many value slots the frame has (see <see cref="RegionEmitter"/>).</summary>
    public int ValueSlotCount { get; private set; }

    /// <summary>The region this compiler compiles, or null for a whole function.</summary>
    public RegionPlan? Region { get; }

    /// <summary>In a function with <see cref="SwitchSpan"/> regions: their entries; null otherwise (and in regions).</summary>
    public SwitchSpanRouter? Spans => _spans;

    /// <summary>In a split function: the local holding the frame buffer's address (see <see cref="RegionEmitter"/>).</summary>
    public LocalBuilder? FrameBuffer { get; private set; }

    /// <summary>The first frame slot of branch and result values; slots below hold the locals.</summary>
    public int ValueSlotBase { get; private set; }

    /// <summary>The type of local <paramref name="index"/> (parameters first).</summary>
    public ValType LocalType(int index) => _localTypes[index];

    /// <summary>The module offset of the instruction being compiled.</summary>
    public int InstructionOffset { get; private set; } = CodeSites.Unknown;

    /// <summary>The IL offsets of the method's instructions that can trap or call (see <see cref="CodeSites"/>).</summary>
    public CodeSites.Builder Sites { get; } = new();

    /// <summary>The IL being written.</summary>
    public ILGenerator IL { get; }

    /// <summary>The function's index in the module's function index space.</summary>
    public int FunctionIndex { get; }

    /// <summary>The function's type.</summary>
    public FuncType Type { get; }

    /// <summary>The returns that follow calls while a trap is pending (see <see cref="Compilation.PendingTrapExits"/>).</summary>
    public PendingTrapExits PendingTrapExits { get; }

    /// <summary>Pre-pass facts of this function.</summary>
    public FunctionFacts Facts { get; }

    /// <summary>
    /// Where this function's code could meet RyuJIT's rotate errors, scanned when a rotate or
    /// <c>xor</c> first asks (see <see cref="RyuJitHazardScan"/>).
    /// </summary>
    public RyuJitHazards Hazards => _hazardsOf?.Hazards ?? (_hazards ??= RyuJitHazardScan.Scan(_compilation, FunctionIndex));

    /// <summary>
    /// Whether an <c>xor</c> of the function may see a shift by a variable count at all: one of its
    /// own, one of its caller's when it may be inlined, or one of a callee the JIT may inline.
    /// Otherwise no xor needs <see cref="Hazards"/>.
    /// </summary>
    public bool XorsMaySeeShifts => _xorsMaySeeShifts ??=
        Facts.HasVariableShift || MayBeInlined || Facts.Callees.Exists(_compilation.MayInlineCall);

    /// <summary>
    /// Whether the load or store being compiled is always in bounds (<see cref="AddressRangeAnalysis"/>),
    /// so it needs no check. The function is analysed when an access first asks.
    /// </summary>
    public bool AccessIsInBounds
    {
        get
        {
            // Two threads compiling parts of one function may both analyse it; the results agree.
            HashSet<int> inBounds = Facts.InBoundsAccesses ??=
                AddressRangeAnalysis.Analyze(Module, _body, Type) ?? s_noAccesses;
            return inBounds.Contains(InstructionOffset);
        }
    }

    /// <summary>Whether the JIT may inline this function into its callers (<see cref="ModuleCompilation.MayInline"/>).</summary>
    public bool MayBeInlined => _compilation.MayInline(FunctionIndex - Module.ImportedFunctionCount);

    /// <summary>Module-wide state.</summary>
    public ModuleCompilation Compilation => _compilation;

    /// <summary>The module.</summary>
    public ModuleInfo Module => _compilation.Module;

    /// <summary>The branch tables compiled as lookups, by the offset of their <c>br_table</c> (see <see cref="ConstantSwitch"/>).</summary>
    public IReadOnlyDictionary<int, ConstantSwitch> ConstantSwitches => _constantSwitches;

    /// <summary>Whether the current position is unreachable (code is decoded but not emitted).</summary>
    public bool Unreachable { get; private set; }

    /// <summary>The control stack, innermost last.</summary>
    public List<ControlFrame> Control => _control;

    /// <summary>Current operand stack height.</summary>
    public int StackHeight => _stack.Count;

    /// <summary>How many IL protected regions (try bodies and handlers) enclose the current position.</summary>
    public int TryDepth { get; set; }

    /// <summary>
    /// The operand index below which values are not on the IL stack but in the spill locals of the
    /// enclosing protected regions (see <see cref="TryRegion"/>); 0 outside any region.
    /// </summary>
    public int IlBase { get; set; }

    /// <summary>Compiles the body.</summary>
    public void Compile()
    {
        DeclareLocals();
        BeginAddressMap(0, _body.CodeLength);
        Label? stackContinuation = Facts.NeedsStackCheck ? StackCheckEmitter.EmitCheck(this) : null;

        if (_compilation.EpochInterruption && !IsLoopEntry)
        {
            // Located where Wasmtime locates its entry check (see FunctionBody.EntryOffset); an
            // on-stack replacement entry passed it in the interpreter.
            InstructionOffset = _body.EntryOffset(Module.Bytes.Span);
            if (_compilation.EpochContinuation)
            {
                // The check may call the store's callback, whose failure leaves the frame here.
                Sites.Add(IL.ILOffset, InstructionOffset, CodeSites.EpochCheck);
                EmitSiteStore(InstructionOffset);
            }

            EmitEpochCheck();
            InstructionOffset = CodeSites.Unknown;
        }

        _regions = RegionPlanner.Plan(Module, _body, Type, _localTypes, _compilation.SplitThreshold, out int valueSlots, out _splitSequences, out _constructEnds, out RegionPlan[] spans, out _constantSwitches, KeptPosition);
        if (spans.Length > 0)
        {
            _spans = new SwitchSpanRouter(this, spans);

            // Value slot 0 carries a span's entry selector.
            valueSlots = Math.Max(valueSlots, 1);
        }

        if (_regions.Length > 0 || _splitSequences || _spans is not null)
        {
            ValueSlotBase = _localTypes.Length;
            ValueSlotCount = valueSlots;
            FrameBuffer = RegionEmitter.EmitFrameBuffer(this, _localTypes.Length + valueSlots);
        }

        _addressing.DeclareLocals(EstimateOwnBlocks());
        EmitGlobalCellLoads();
        _control.Add(new ControlFrame(FrameKind.Function, IL.DefineLabel(), [], Type.Results.ToArray(), 0));
        _frameEnds.Add(_body.CodeLength);
        if (IsLoopEntry)
        {
            EmitLoopEntryJump();
        }

        var reader = new WasmReader(Module.Bytes.Span.Slice(_body.CodeOffset, _body.CodeLength), _body.CodeOffset);
        EmitInstructions(ref reader, 0);
        InstructionOffset = CodeSites.Unknown;
        _addressing.EmitSharedTraps();
        PendingTrapExits.EmitExits();
        if (stackContinuation is Label continuation)
        {
            // The prologue's stack check, out of line: at no instruction.
            Sites.Add(IL.ILOffset, CodeSites.Unknown);
            StackCheckEmitter.EmitContinuation(this, continuation);
        }

        if (IsLoopEntry)
        {
            EmitLoadFrame();
        }

        EndAddressMap();
        _compilation.Sites[ModuleCompiler.FunctionName(FunctionIndex)] = Sites.Build();
    }

    /// <summary>
    /// Compiles <see cref="Region"/>: loads the locals it uses from the frame, compiles its block or
    /// loop under stand-ins for the function's enclosing labels, and ends every way out with a
    /// return of the exit's code (see <see cref="RegionEmitter"/>).
    /// </summary>
    public RegionOutcome CompileRegion()
    {
        RegionPlan region = Region!;
        DeclareLocals();

        // A straight-line region's end is found while compiling it: at most twice the threshold.
        int scanEnd = region.End > 0 ? region.End : region.Start + 2 * _compilation.SplitThreshold;
        BeginAddressMap(region.Start, scanEnd);
        _addressing.DeclareLocals(FunctionScanner.EstimateBlocks(Module, _body, region.Start, scanEnd));

        // The locals to copy in, and whether a stack check is needed, are known once the body is
        // compiled: the entry jumps to a block after it that checks, loads them and jumps back.
        Label loadLocals = IL.DefineLabel();
        Label body = IL.DefineLabel();
        IL.Emit(OpCodes.Br, loadLocals);
        IL.MarkLabel(body);
        foreach (ValType[] labelTypes in _exitTypes)
        {
            _control.Add(new ControlFrame(FrameKind.Block, IL.DefineLabel(), [], labelTypes, 0));
        }

        RegionEmitter.EmitLoadValues(this, region.EntryTypes ?? []);
        if (region.Span is SwitchSpan span)
        {
            RegionEmitter.EmitSpanDispatch(this, span, span.IndexCount > 0 ? ReadBranchTable(span.TableOffset) : []);
        }

        var reader = new WasmReader(Module.Bytes.Span.Slice(_body.CodeOffset, _body.CodeLength), _body.CodeOffset) { Position = region.Start };
        _usedLocals = new SortedSet<int>();
        _writtenLocals = new SortedSet<int>();
        int end;
        if (region.End > 0)
        {
            EmitInstructions(ref reader, _exitTypes.Length);
            end = region.End;
        }
        else
        {
            end = EmitSequence(ref reader);
        }

        int[] used = _usedLocals.ToArray();
        int[] written = _writtenLocals.ToArray();
        _usedLocals = null;
        _writtenLocals = null;
        bool fallsThrough = !Unreachable;
        ValType[] results = fallsThrough ? _stack.ToArray() : [];
        LocalBuilder code = IL.DeclareLocal(typeof(int));
        Label commonReturn = IL.DefineLabel();
        if (fallsThrough)
        {
            _fuel.EmitCharge();

            RegionEmitter.EmitExit(this, _stack.Count, 0, code, commonReturn);
        }

        for (int i = 0; i < _exitTypes.Length; i++)
        {
            if (_control[i].Targeted)
            {
                IL.MarkLabel(_control[i].Label);
                ResetStack(0, _exitTypes[i]);
                RegionEmitter.EmitExit(this, _exitTypes[i].Length, i + 1, code, commonReturn);
            }
        }

        RegionEmitter.EmitCommonReturn(this, written, code, commonReturn);
        IL.MarkLabel(loadLocals);
        InstructionOffset = CodeSites.Unknown;

        // The region's entry (its stack check) is at no instruction.
        Sites.Add(IL.ILOffset, CodeSites.Unknown);
        if (MakesCalls)
        {
            // A region that calls nothing adds one bounded frame, as a function that calls nothing
            // does, and needs no check (DESIGN.md decision 5); its call costs less without one.
            StackCheckEmitter.EmitRegionCheck(this);
        }

        RegionEmitter.EmitLoadLocals(this, used);
        EmitGlobalCellLoads();
        IL.Emit(OpCodes.Br, body);
        _addressing.EmitSharedTraps();
        PendingTrapExits.EmitExits();
        EndAddressMap();
        var taken = new bool[_exitTypes.Length];
        for (int i = 0; i < taken.Length; i++)
        {
            taken[i] = _control[i].Targeted;
        }

        return new RegionOutcome(end, used, written, fallsThrough, results, taken)
        {
            MayMoveMemory = MayMoveMemory,
            MayReturnPendingTrap = PendingTrapExits.Checked,
        };
    }

    // A straight-line region: compiles from its start until, back at its starting level with an
    // empty stack, it has passed the piece size, or until the instruction that would close (or
    // switch, for else) the function's frame it started in. Returns where it stopped.
    private int EmitSequence(ref WasmReader reader)
    {
        int start = reader.Position;
        int level = _exitTypes.Length;
        while (true)
        {
            int at = reader.Position;
            byte op = reader.ReadByte();
            // Stop at the instruction that closes the function's frame, and, with at most as many
            // values on the stack as the frame's slots hold (and no references, which the
            // unmanaged slots cannot hold), before a construct larger than a piece
            // (the function goes into it and splits it further), once a piece is compiled, or
            // close before such a construct (see ApproachesLargeConstruct).
            if (_control.Count == level && _deadDepth == 0
                && (EndsFrame(op)
                    || (at > start && (IsLargeConstruct(at) || at - start >= _compilation.SplitThreshold || ApproachesLargeConstruct(start, at))
                        && (Unreachable || (_stack.Count <= ValueSlotCount && !_stack.Any(t => t.IsRef))))))
            {
                reader.Position = at;
                return at;
            }

            if (Unreachable && SkipDead(op, ref reader))
            {
                continue;
            }

            EmitInstruction(op, ref reader);
        }
    }

    // Whether a straight-line piece from `start` that has its minimal size should stop at `at`,
    // closer to a construct larger than a piece than a new piece could start. The operands of such
    // a construct (an `if`'s condition) are pushed just before it; where the frame has no value
    // slots to hand them over, the piece could not stop there and took in the whole construct:
    // a piece of CPython (5.5 KB, then an `if` of 6.4 KB) became 68 KB of IL, compiled with MinOpts.
    private bool ApproachesLargeConstruct(int start, int at) =>
        at - start >= RegionPlanner.MinimumSize(_compilation.SplitThreshold)
        && RoomBeforeLargeConstruct(at) < RegionPlanner.MinimumSize(_compilation.SplitThreshold);

    // Compiles instructions until the control stack is back to `depth` frames (a region's first
    // instruction opens the frame that its last one closes).
    private void EmitInstructions(ref WasmReader reader, int depth)
    {
        do
        {
            int at = reader.Position;
            if (_spans?.StartingAt(at, out Label? tableStub) is RegionPlan span && _deadDepth == 0)
            {
                // The case bodies of a switch (see SwitchSpan), entered by its table or any branch.
                _fuel.EmitCharge();
                if (RegionEmitter.EmitSpanCall(this, span, _regionCount, _spans.Selector, tableStub, ref reader))
                {
                    _regionCount++;
                    continue;
                }
            }

            byte op = reader.ReadByte();
            if (Unreachable && SkipDead(op, ref reader))
            {
                continue;
            }

            while (_nextRegion < _regions.Length && _regions[_nextRegion].Start < at)
            {
                // Its start was dead code: it was skipped, and stays part of this method.
                _nextRegion++;
            }

            bool blockRegion = _nextRegion < _regions.Length && _regions[_nextRegion].Start == at;
            bool sequence = !blockRegion && _splitSequences && !Unreachable && TryDepth == 0 && CanHandOver(_stack.Count - _control[^1].BaseHeight)
                && !EndsFrame(op) && !IsLargeConstruct(at)
                && _frameEnds.Count == _control.Count && _frameEnds[^1] - at >= RegionPlanner.MinimumSize(_compilation.SplitThreshold)
                && RoomBeforeLargeConstruct(at) >= RegionPlanner.MinimumSize(_compilation.SplitThreshold);
            if (blockRegion || sequence)
            {
                // A planned block, or straight-line code too long for the blocks cut out so far
                // (see RegionPlanner): compiled as its own method, called from here.
                _fuel.EmitCharge();

                RegionEmitter.EmitCall(this, blockRegion ? _regions[_nextRegion++] : new RegionPlan(at, -1, _stack[_control[^1].BaseHeight..].ToArray()), _regionCount++, ref reader);
                continue;
            }

            int frames = _control.Count;
            EmitInstruction(op, ref reader);
            if (_splitSequences)
            {
                TrackFrameEnds(at, frames);
            }
        }
        while (_control.Count > depth);
    }

    // Whether the top `values` operands fit the frame's value slots, to start a straight-line region with.
    private bool CanHandOver(int values) =>
        values <= ValueSlotCount && (values == 0 || !_stack.Skip(_stack.Count - values).Any(t => t.IsRef));

    // Compiles one reachable instruction (or tracks a dead one) whose opcode was read.
    private void EmitInstruction(byte op, ref WasmReader reader)
    {
        InstructionOffset = reader.Offset - 1;
        NoteInstructionStart();

        if (_compilation.ConsumeFuel || (_compilation.EpochInterruption && op == 0x03) || FunctionScanner.MayTrapOrCall(op, reader))
        {
            // A trap or call here leaves a frame at this IL (fuel is charged, and epochs checked
            // at loops, before the instruction's own code).
            Sites.Add(IL.ILOffset, InstructionOffset, IsCallingEpochCheck(op) ? CodeSites.EpochCheck : FunctionScanner.Callee(op, reader));
            EmitSiteStore(op, reader);
        }

        if (_compilation.ConsumeFuel && !Unreachable)
        {
            _fuel.Meter(op, reader);
        }

        _instructionCount++;
        if (op is <= 0x0B or 0x0E or 0x0F or 0x18 or 0x19 or 0x1F)
        {
            // Control instructions: a label may follow, where paths that skipped a check meet.
            _addressing.ForgetChecks();
        }

        InstructionDispatcher.Dispatch(this, op, ref reader);
    }

    // The label depths of the br_table at `offset` in the function's code, default last.
    private int[] ReadBranchTable(int offset)
    {
        var reader = new WasmReader(Module.Bytes.Span.Slice(_body.CodeOffset, _body.CodeLength), _body.CodeOffset) { Position = offset + 1 };
        var depths = new int[reader.ReadCount() + 1];
        for (int i = 0; i < depths.Length; i++)
        {
            depths[i] = reader.ReadCount();
        }

        return depths;
    }

    // Where the frames of the control stack end, for choosing straight-line regions.
    private void TrackFrameEnds(int at, int framesBefore)
    {
        if (_control.Count > framesBefore)
        {
            _frameEnds.Add(_constructEnds.TryGetValue(at, out int end) ? end : _body.CodeLength);
        }

        while (_frameEnds.Count > _control.Count)
        {
            _frameEnds.RemoveAt(_frameEnds.Count - 1);
        }
    }

    // else, end, catch, delegate, catch_all: they close or switch the frame they stand in, so a
    // straight-line region neither starts at nor swallows them.
    private static bool EndsFrame(byte op) => op is 0x05 or 0x0B or 0x07 or 0x18 or 0x19;

    // Larger than a piece, or around the loop an on-stack replacement entry keeps (KeptLoop): a
    // straight-line region swallows neither.
    private bool IsLargeConstruct(int at) => _constructEnds.TryGetValue(at, out int end) && IsLargeConstruct(at, end);

    private bool IsLargeConstruct(int start, int end) => end - start > _compilation.SplitThreshold || RegionPlanner.Contains(start, end, KeptPosition);

    // The starts of the large constructs, in order; a loop over the keys, not LINQ over the
    // dictionary's KeyValuePair<int, int>, as in CacheableGlobals.
    private int[] LargeConstructStarts()
    {
        var starts = new List<int>();
        foreach (int start in _constructEnds.Keys)
        {
            if (IsLargeConstruct(start, _constructEnds[start]))
            {
                starts.Add(start);
            }
        }

        starts.Sort();
        return starts.ToArray();
    }

    // Bytes from `at` to the next construct larger than a piece, where a straight-line region
    // starting at `at` would stop (a large construct cannot sit inside a smaller one, so the first
    // one after `at` is at this level or outside the frame). Starting a region closer than a
    // minimal piece gives a method of a few instructions; 20,000 nested `if`s made 20,000 of them,
    // each set up in time proportional to the depth: quadratic compile time.
    private int RoomBeforeLargeConstruct(int at)
    {
        _largeConstructStarts ??= LargeConstructStarts();
        int next = Array.BinarySearch(_largeConstructStarts, at + 1);
        next = next < 0 ? ~next : next;
        return next < _largeConstructStarts.Length ? _largeConstructStarts[next] - at : int.MaxValue;
    }

    /// <summary>Records that the instruction being compiled has just pushed a value of <paramref name="origin"/> (see <see cref="TopOperand"/>).</summary>
    public void NoteTopOperand(OperandOrigin origin, int value) => _top.Note(_instructionCount, IL.ILOffset, origin, value);

    /// <summary>Whether the top operand was pushed by the previous instruction with <paramref name="origin"/>, and its constant or local index.</summary>
    public bool TryGetTopOperand(OperandOrigin origin, out int value) => _top.TryGet(_instructionCount, IL.ILOffset, origin, out value);

    /// <summary>At a loop header: the epoch check, when the engine interrupts by epochs (DESIGN.md decision 9).</summary>
    public void EmitLoopHeader()
    {
        if (_compilation.EpochInterruption)
        {
            EmitEpochCheck();
        }
    }

    /// <summary>Pushes an operand type.</summary>
    public void Push(ValType type)
    {
        WasmImplementationLimitException.ThrowIfOperandStackTooDeep(_stack.Count + 1, FunctionIndex);
        _stack.Add(type);
    }

    /// <summary>Pops an operand type.</summary>
    public ValType Pop()
    {
        ValType top = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        return top;
    }

    /// <summary>Pops <paramref name="count"/> operand types.</summary>
    public void Pop(int count) => _stack.RemoveRange(_stack.Count - count, count);

    /// <summary>Emits <c>ldarg cx</c>.</summary>
    public void EmitContext() => IL.Emit(OpCodes.Ldarg, (short)_contextArgument);

    /// <summary>Emits a 32-bit constant.</summary>
    public void EmitInt(int value) => IL.Emit(OpCodes.Ldc_I4, value);

    /// <summary>Borrows a scratch local of <paramref name="type"/>; give it back with <see cref="ReturnScratch"/>.</summary>
    public LocalBuilder RentScratch(Type type)
    {
        if (_scratch.TryGetValue(type, out Stack<LocalBuilder>? pool) && pool.Count > 0)
        {
            return pool.Pop();
        }

        return IL.DeclareLocal(type);
    }

    /// <summary>Returns a scratch local.</summary>
    public void ReturnScratch(LocalBuilder local)
    {
        if (!_scratch.TryGetValue(local.LocalType, out Stack<LocalBuilder>? pool))
        {
            pool = new Stack<LocalBuilder>();
            _scratch[local.LocalType] = pool;
        }

        pool.Push(local);
    }

    /// <summary>Marks the rest of the current frame unreachable (after br, return, unreachable...).</summary>
    public void MarkUnreachable()
    {
        Unreachable = true;
        _deadDepth = 0;

        // What is pending ended in a trap or throw; charging it at the next join would bill the
        // other paths into that join.
        _fuel.Discard();
        _stack.RemoveRange(_control[^1].BaseHeight, _stack.Count - _control[^1].BaseHeight);
    }

    /// <summary>Continues emission at a reachable point with the operand stack <paramref name="height"/> + <paramref name="types"/>.</summary>
    public void ResetStack(int height, ValType[] types)
    {
        _stack.RemoveRange(height, _stack.Count - height);
        WasmImplementationLimitException.ThrowIfOperandStackTooDeep(_stack.Count + types.Length, FunctionIndex);
        _stack.AddRange(types);
    }

    /// <summary>Sets whether the current position is reachable.</summary>
    public void SetReachable(bool reachable) => Unreachable = !reachable;

    /// <summary>Emits loading local <paramref name="index"/> (parameters first) and returns its type.</summary>
    public ValType EmitLocalGet(int index)
    {
        _usedLocals?.Add(index);
        if (index == _setByPreviousStatement)
        {
            Sites.MarkStatementAbsorbsPrevious();
        }

        if (index < _firstLocal)
        {
            IL.Emit(OpCodes.Ldarg, (short)index);
        }
        else
        {
            IL.Emit(OpCodes.Ldloc, Local(index));
        }

        return _localTypes[index];
    }

    /// <summary>Emits storing the top of the stack into local <paramref name="index"/>.</summary>
    public void EmitLocalSet(int index)
    {
        _setByStatement = _stack.Count == IlBase ? index : -1;
        _usedLocals?.Add(index);
        _writtenLocals?.Add(index);
        _addressing.ForgetChecks(index);

        if (index < _firstLocal)
        {
            IL.Emit(OpCodes.Starg, (short)index);
        }
        else
        {
            IL.Emit(OpCodes.Stloc, Local(index));
        }
    }

    /// <summary>The operand type at <paramref name="index"/> from the bottom of the stack.</summary>
    public ValType StackAt(int index) => _stack[index];

    /// <summary>Emits the function's return of the results on top of the stack.</summary>
    public void EmitReturn()
    {
        ClrTypes.EmitPack(IL, Type.Results);
        EmitMethodReturn();
    }

    /// <summary>
    /// Emits the bounds check and native address of a memory access (see
    /// <see cref="MemoryAddressing.EmitEffectiveAddress(int, ulong, ulong, string?)"/>).
    /// </summary>
    public void EmitEffectiveAddress(int memory, ulong offset, ulong size, bool stackIsTracked = false) =>
        _addressing.EmitEffectiveAddress(memory, offset, size, stackIsTracked ? SharedBoundsTrapKey() : null);

    /// <summary>
    /// Emits the bounds check and native address of a scalar load, which <paramref name="following"/>
    /// follows; the loads after it may be checked here too (see <see cref="MemoryAddressing"/>).
    /// </summary>
    public void EmitLoadAddress(int memory, ulong offset, ulong size, WasmReader following) =>
        _addressing.EmitEffectiveAddress(memory, offset, size, SharedBoundsTrapKey(), following, GroupsChecks);

    // Whether the loads a scan finds are all compiled into this method: not when straight-line
    // code may be cut into region methods at any instruction (see EmitSequence), nor with fuel,
    // which can run out between them.
    private bool GroupsChecks => !_splitSequences && Region is not { End: <= 0 } && !_compilation.ConsumeFuel;

    /// <summary>Reloads cached memory bases and limits after something that may have grown a memory.</summary>
    public void EmitMemoryReload(bool afterCall)
    {
        if (!afterCall || _compilation.ReloadMemoryAfterCalls)
        {
            MayMoveMemory = true;
            _addressing.EmitReload();
        }
    }

    /// <summary>Reloads cached memory bases and limits after a direct call of <paramref name="function"/>, if it may have grown a memory.</summary>
    public void EmitMemoryReloadAfterCall(int function)
    {
        if (_compilation.CallMayMoveMemory(function))
        {
            EmitMemoryReload(afterCall: true);
        }
    }

    /// <summary>Whether the code compiled so far may move a memory: a region says so, and only then does the function reload after calling it.</summary>
    public bool MayMoveMemory { get; private set; }

    /// <summary>Whether the code compiled so far calls a WebAssembly function (and so may recurse).</summary>
    public bool MakesCalls { get; private set; }

    /// <summary>Records that a call of a WebAssembly function is being emitted.</summary>
    public void NoteCall() => MakesCalls = true;

    // The IL stack shape below a checked address, naming its shared trap block; null inside a
    // protected region (a branch cannot leave one), where the trap stays inline.
    private string? SharedBoundsTrapKey()
    {
        if (TryDepth != 0)
        {
            return null;
        }

        var shape = new System.Text.StringBuilder();
        for (int i = IlBase; i < _stack.Count; i++)
        {
            shape.Append(ClrTypes.Of(_stack[i]).FullName).Append(';');
        }

        return shape.ToString();
    }

    private void DeclareLocals()
    {
        var types = new List<ValType>(Type.Params);
        foreach (LocalDecl decl in _body.Locals)
        {
            for (uint i = 0; i < decl.Count; i++)
            {
                types.Add(decl.Type);
            }
        }

        _localTypes = types.ToArray();
        _locals = new LocalBuilder?[_localTypes.Length - _firstLocal];
    }

    // The IL local of wasm local `index`, declared at its first use: a function may declare 50,000
    // locals, and a region of it uses a few. Every IL local is a frame slot in the large methods
    // RyuJIT compiles without optimization, so declaring all of them in the function and again in
    // each region made frames of megabytes, past the wasm stack budget. Methods are emitted with
    // InitLocals, so every local starts at zero / null (spec 4.4.10) wherever it is declared.
    private LocalBuilder Local(int index) =>
        _locals[index - _firstLocal] ??= IL.DeclareLocal(ClrTypes.Of(_localTypes[index]));

    // In unreachable code: track nesting, and return false for the else/end that ends the dead region.
    private bool SkipDead(byte op, ref WasmReader reader)
    {
        switch (op)
        {
            case 0x02:
            case 0x03:
            case 0x04:
            case 0x06:
            case 0x1F:
                OperandReader.Skip(ref reader, op);
                _deadDepth++;
                return true;
            case 0x05:
            case 0x19:
                return _deadDepth > 0;
            case 0x07:
                // Legacy catch: at depth 0 it starts a reachable handler and reads its own tag.
                if (_deadDepth > 0)
                {
                    reader.ReadVarUInt32();
                    return true;
                }

                return false;
            case 0x0B:
            case 0x18:
                if (_deadDepth > 0)
                {
                    _deadDepth--;
                    if (op == 0x18)
                    {
                        reader.ReadVarUInt32();
                    }

                    return true;
                }

                return false;
            default:
                OperandReader.Skip(ref reader, op);
                return true;
        }
    }
}

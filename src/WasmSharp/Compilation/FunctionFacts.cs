namespace WasmSharp.Compilation;

/// <summary>
/// What a pre-pass over one function body found: its direct callees (for the call graph), whether
/// it calls indirectly or through imports (both need a stack check), whether it grows memory, and
/// the distinct access extents (offset + size) per memory, each of which gets one precomputed limit
/// local (DESIGN.md decision 2).
/// </summary>
internal sealed class FunctionFacts
{
    /// <summary>Indices of directly called functions, defined or imported.</summary>
    public List<int> Callees { get; } = new();

    /// <summary>Whether the body contains <c>call_indirect</c>.</summary>
    public bool CallsIndirect { get; set; }

    /// <summary>Whether the body calls an imported function.</summary>
    public bool CallsImport { get; set; }

    /// <summary>Whether the body contains <c>memory.grow</c>.</summary>
    public bool GrowsMemory { get; set; }

    /// <summary>
    /// Per memory index: the distinct access extents (static offset + access size), each with how
    /// many accesses have it. A dictionary, sorted where it is read: no ReadyToRun image holds
    /// SortedDictionary's code for these types, which the first compilation of every process
    /// JIT-compiled.
    /// </summary>
    public Dictionary<int, Dictionary<ulong, int>> Extents { get; } = new();

    /// <summary>Per memory index: the extents (see <see cref="Extents"/>) of accesses inside a <c>loop</c>.</summary>
    public Dictionary<int, HashSet<ulong>> ExtentsInLoops { get; } = new();

    /// <summary>How many <c>global.get</c> and <c>global.set</c> instructions the body has, per global index.</summary>
    public Dictionary<int, int> GlobalAccesses { get; } = new();

    /// <summary>How many of <see cref="GlobalAccesses"/> are inside a <c>loop</c>, per global index (absent: none).</summary>
    public Dictionary<int, int> GlobalAccessesInLoops { get; } = new();

    /// <summary>How many calls the body makes that return to it (<c>call</c>, <c>call_indirect</c>, <c>call_ref</c>).</summary>
    public int CallSites { get; set; }

    /// <summary>
    /// Whether the body has an instruction that can trap or throw: <c>unreachable</c>, a memory,
    /// table, GC or atomic access, an integer division, remainder or trapping float-to-int
    /// conversion, <c>ref.as_non_null</c>, a bulk operation, <c>throw</c>/<c>rethrow</c>/<c>throw_ref</c>.
    /// </summary>
    public bool MayTrap { get; set; }

    /// <summary>
    /// Whether the body has an instruction whose code may test an integer operand against zero:
    /// a branch or <c>select</c> on a condition, an integer comparison, a division or remainder
    /// (their helpers test the divisor), a call (an inlined callee may test its arguments), or any
    /// GC, bulk, atomic, table or reference instruction. Without one, a rotate by a constant
    /// cannot meet RyuJIT's flag-reuse error, and <see cref="RyuJitHazardScan"/> need not look
    /// (see <c>NumericEmitter.EmitRotate</c>).
    /// </summary>
    public bool MayTestIntegers { get; set; }

    /// <summary>
    /// Whether the body has a <c>shl</c> or <c>shr_u</c> whose count is not an immediate constant
    /// just before it: without one (and without inlined calls), no <c>xor</c> of the function can
    /// join two variable shifts (see <see cref="RyuJitHazards.XorMayJoinShifts"/>).
    /// </summary>
    public bool HasVariableShift { get; set; }

    /// <summary>Whether the function needs a stack-exhaustion check in its prologue (set by the call-graph analysis).</summary>
    public bool NeedsStackCheck { get; set; }

    /// <summary>
    /// Whether a call of the function can return with a trap pending (set by
    /// <see cref="CallGraph.FindPendingTrapReturners"/>): it has a stack check, whose continuation
    /// may return one (see <see cref="Vm.StackSegments"/>), or calls a function that can.
    /// </summary>
    public bool MayReturnPendingTrap { get; set; }

    /// <summary>
    /// Whether the function can be on the stack when a trap or exception is raised: it may trap,
    /// calls (directly, indirectly or through an import) or checks the stack. Only leaves that do
    /// none of these may be inlined by the JIT, which cannot report inlined frames in a .NET stack
    /// trace (dotnet/runtime#2399): every frame of a <see cref="WasmBacktrace"/> must be a real one.
    /// </summary>
    public bool KeepsFrame => MayTrap || Callees.Count != 0 || CallsIndirect || NeedsStackCheck || GrowsMemory;

    /// <summary>Whether a call of the function may grow, and so move, a memory (set by <see cref="CallGraph.FindMemoryMovers"/>).</summary>
    public bool MayMoveMemory { get; set; }

    /// <summary>
    /// The module offsets of the loads and stores that <see cref="AddressRangeAnalysis"/> proved in
    /// bounds, empty when none; null until the function is first compiled (see
    /// <see cref="FunctionCompiler.AccessIsInBounds"/>), so that functions tier-up never compiles are
    /// not analysed.
    /// </summary>
    public HashSet<int>? InBoundsAccesses { get; set; }
}

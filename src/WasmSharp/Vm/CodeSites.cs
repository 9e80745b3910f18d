namespace WasmSharp.Vm;

/// <summary>
/// Where the instructions that can trap or call start in one piece of executable code (a compiled
/// method's IL, an interpreted function's translated code), each with its byte offset in the
/// module: a backtrace turns the position of a frame (the interpreter's code position, the IL offset
/// .NET reports) into Wasmtime's <c>FrameInfo::module_offset</c>. Only those instructions are
/// listed, since only they can be where a frame is stopped. Recorded at compilation or translation,
/// so running code pays nothing.
/// </summary>
internal sealed class CodeSites
{
    /// <summary>The module offset of a site whose instruction is not known (a trap block several accesses share).</summary>
    public const int Unknown = -1;

    /// <summary>The callee of a site that is no call: it can only trap.</summary>
    public const int NoCall = -1;

    /// <summary>The callee of a call site whose callee is not known statically (indirect calls, <c>call_ref</c>, <c>memory.grow</c>).</summary>
    public const int AnyCallee = -2;

    /// <summary>No sites: every position maps to no offset.</summary>
    public static readonly CodeSites Empty = new([], [], []);

    private readonly int[] _positions;
    private readonly int[] _offsets;
    private readonly int[] _callees;

    private CodeSites(int[] positions, int[] offsets, int[] callees)
    {
        _positions = positions;
        _offsets = offsets;
        _callees = callees;
    }

    /// <summary>
    /// The module offset of the instruction whose code contains <paramref name="position"/> (the
    /// last site starting at or before it), or null when not known. Exact for the interpreter,
    /// which knows the position of each frame.
    /// </summary>
    public int? Lookup(int position)
    {
        int index = Array.BinarySearch(_positions, position);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return index >= 0 ? Offset(index) : null;
    }

    /// <summary>
    /// The module offset of the site a compiled frame stands at, from the IL offset .NET reports for
    /// it, <paramref name="position"/>, or null. In optimized code the JIT keeps IL offsets only
    /// for its statements, which need not be the IL's (it merges single-use locals into their use):
    /// a frame's IL offset is that of some statement at or before the instruction it stands at, or
    /// inside that instruction's IL. So the site is the one from there that fits what the frame was
    /// doing, when only one does: a call of <paramref name="callee"/> when the frame inside is that
    /// function of the same module, any call when it is other code (a host function, another
    /// module), any site when it is a runtime helper that traps (<paramref name="callsOnly"/> false).
    /// Several fitting sites: null, never a guess.
    /// </summary>
    /// <remarks>
    /// When a runtime helper raised the trap (<paramref name="callsOnly"/> false),
    /// <paramref name="raises"/>, if given, tells by module offset which sites' instructions can
    /// raise it (see <see cref="TrapSources"/>); the others do not fit.
    /// </remarks>
    public int? LookupFrom(int position, int? callee, bool callsOnly, Func<int, bool>? raises = null)
    {
        int start = Array.BinarySearch(_positions, position);
        if (start < 0)
        {
            // The site whose code contains the position, if any, then those after it.
            start = Math.Max(~start - 1, 0);
        }

        int first = Next(start, callee, callsOnly, raises);
        if (first < 0 && callee is not null)
        {
            first = Next(start, null, callsOnly, raises);
            callee = null;
        }

        if (first < 0)
        {
            return null;
        }

        return Next(first + 1, callee, callsOnly, raises) >= 0 ? null : Offset(first);
    }

    // The first site from `start` that fits (see LookupFrom), or -1.
    private int Next(int start, int? callee, bool callsOnly, Func<int, bool>? raises)
    {
        for (int i = start; i < _positions.Length; i++)
        {
            // A site of unknown offset that calls nothing (a function's out-of-line stack check, a
            // shared trap block, which locates its own trap) is never where a runtime helper
            // raised a trap.
            if (callee is int wanted ? _callees[i] == wanted : callsOnly ? _callees[i] != NoCall : (_offsets[i] != Unknown || _callees[i] != NoCall) && (raises is null || _offsets[i] == Unknown || raises(_offsets[i])))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The sites as three parallel arrays (code positions, module offsets, callees), to save them with compiled code.</summary>
    public (int[] Positions, int[] Offsets, int[] Callees) ToArrays() => (_positions, _offsets, _callees);

    /// <summary>
    /// The sites saved by <see cref="ToArrays"/>. Saved code is trusted as its IL is (see
    /// docs/serialization.md), but the arrays must still agree in length and be sorted, or lookups
    /// would go wrong: null for anything else.
    /// </summary>
    public static CodeSites? FromArrays(int[] positions, int[] offsets, int[] callees)
    {
        if (offsets.Length != positions.Length || callees.Length != positions.Length)
        {
            return null;
        }

        for (int i = 1; i < positions.Length; i++)
        {
            if (positions[i] <= positions[i - 1])
            {
                return null;
            }
        }

        return positions.Length == 0 ? Empty : new(positions, offsets, callees);
    }

    private int? Offset(int index) => _offsets[index] == Unknown ? null : _offsets[index];

    /// <summary>Collects the sites of one piece of code, in strictly increasing code positions.</summary>
    public sealed class Builder
    {
        private readonly List<int> _positions = [];
        private readonly List<int> _offsets = [];
        private readonly List<int> _callees = [];

        /// <summary>
        /// Records that the instruction at module offset <paramref name="moduleOffset"/> (or
        /// <see cref="Unknown"/>) starts at code position <paramref name="position"/>, and what it calls
        /// (a function index, <see cref="AnyCallee"/> or <see cref="NoCall"/>). A site at or before
        /// the position of earlier ones replaces them (their code was merged into this instruction's,
        /// or they emitted none).
        /// </summary>
        public void Add(int position, int moduleOffset, int callee = NoCall)
        {
            while (_positions.Count > 0 && _positions[^1] >= position)
            {
                _positions.RemoveAt(_positions.Count - 1);
                _offsets.RemoveAt(_offsets.Count - 1);
                _callees.RemoveAt(_callees.Count - 1);
            }

            _positions.Add(position);
            _offsets.Add(moduleOffset);
            _callees.Add(callee);
        }

        /// <summary>The sites recorded.</summary>
        public CodeSites Build() => _positions.Count == 0 ? Empty : new([.. _positions], [.. _offsets], [.. _callees]);
    }
}

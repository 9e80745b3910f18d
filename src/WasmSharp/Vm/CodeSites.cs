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

    /// <summary>
    /// The callee of an epoch check that may call the store's deadline callback
    /// (<c>Config.EpochDeadlineContinuation</c>), and the callee a backtrace looks for when a frame
    /// called that callback (through <see cref="TrapHelpers.ContinuesAfterEpochDeadline"/>): such
    /// sites fit only such frames.
    /// </summary>
    public const int EpochCheck = -3;

    /// <summary>No sites: every position maps to no offset.</summary>
    public static readonly CodeSites Empty = new([], [], [], [], recordsSites: false);

    private readonly int[] _positions;
    private readonly int[] _offsets;
    private readonly int[] _callees;

    // Where compiled code's statements start (see LookupFrom), in increasing positions, each as
    // position * 2 + 1 when the statement may have absorbed the one before it, else position * 2.
    private readonly int[] _statements;

    private CodeSites(int[] positions, int[] offsets, int[] callees, int[] statements, bool recordsSites)
    {
        _positions = positions;
        _offsets = offsets;
        _callees = callees;
        _statements = statements;
        RecordsSites = recordsSites;
    }

    /// <summary>
    /// Whether the compiled method records, as an exception passes it, the module offset of the
    /// call or trapping instruction it stands at (its address map, see
    /// <c>FunctionCompiler.AddressMap</c> and <see cref="Backtrace.RecordSite"/>).
    /// </summary>
    public bool RecordsSites { get; }

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
    /// for its statements, which start where the IL stack is empty, and not for all of them: a
    /// statement whose offset it dropped reports the one of a statement before it. So the site is
    /// the one from there that fits what the frame was doing, when only one does: a call of
    /// <paramref name="callee"/> (or a call whose callee is not known) when the frame inside is that
    /// function of the same module, an epoch check when it is the epoch deadline callback's helper
    /// (<paramref name="callee"/> <see cref="EpochCheck"/>), any call when it is other code (a host function, another
    /// module), any site when it is a runtime helper that traps (<paramref name="callsOnly"/>
    /// false). Several fitting sites: null, never a guess.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The JIT's forward substitution also moves a statement that sets a local into the next one
    /// when that reads it (<c>x = f(1); y = f(x)</c> becomes <c>y = f(f(1))</c>), and the merged
    /// statement keeps the later IL offset: measured, three such calls of one function all reported
    /// the IL offset of the function's last statement. So a fitting site in the statements the
    /// reported one may have absorbed (see <see cref="Builder.MarkStatementAbsorbsPrevious"/>) makes
    /// the answer null too.
    /// </para>
    /// <para>
    /// When a runtime helper raised the trap (<paramref name="callsOnly"/> false),
    /// <paramref name="raises"/>, if given, tells by module offset which sites' instructions can
    /// raise it (see <see cref="TrapSources"/>); the others do not fit.
    /// </para>
    /// </remarks>
    public int? LookupFrom(int position, int? callee, bool callsOnly, Func<int, bool>? raises = null)
    {
        // One site in the whole code that fits: the frame stands there, wherever the JIT put the
        // IL offset. No call of the callee: a tail call replaced the frame that made the call.
        int only = OnlyFit(callee, callsOnly, raises);
        if (only == NotFound && callee >= 0)
        {
            only = OnlyFit(null, callsOnly, raises);
        }

        if (only >= 0)
        {
            return Offset(only);
        }

        int start = Array.BinarySearch(_positions, position);
        if (start < 0)
        {
            // The site whose code contains the position, if any, then those after it.
            start = Math.Max(~start - 1, 0);
        }

        int absorbed = Array.BinarySearch(_positions, AbsorbedStart(position));
        absorbed = absorbed < 0 ? ~absorbed : absorbed;
        int found = Search(absorbed, start, callee, callsOnly, raises);
        if (found == NotFound && callee >= 0)
        {
            // No call of the callee: a tail call replaced the frame that made the call.
            found = Search(absorbed, start, null, callsOnly, raises);
        }

        return found >= 0 ? Offset(found) : null;
    }

    /// <summary>
    /// Whether module offset <paramref name="offset"/>, which the method recorded as where it stood
    /// (see <see cref="RecordsSites"/>), is a site that fits what the frame was doing, as
    /// <see cref="LookupFrom"/> defines it: a check that the record belongs to this frame.
    /// </summary>
    public bool Confirms(int offset, int? callee, bool callsOnly, Func<int, bool>? raises = null)
    {
        for (int i = 0; i < _offsets.Length; i++)
        {
            if (_offsets[i] == offset && Fits(i, callee, callsOnly, raises))
            {
                return true;
            }
        }

        return false;
    }

    private const int NotFound = -1;
    private const int Ambiguous = -2;

    // The one site of the code that fits (see LookupFrom), NotFound, or Ambiguous.
    private int OnlyFit(int? callee, bool callsOnly, Func<int, bool>? raises)
    {
        int found = NotFound;
        for (int i = 0; i < _positions.Length; i++)
        {
            if (Fits(i, callee, callsOnly, raises))
            {
                if (found >= 0)
                {
                    return Ambiguous;
                }

                found = i;
            }
        }

        return found;
    }

    // The one site from `start` on that fits (see LookupFrom), NotFound, or Ambiguous when several
    // do or one does in the absorbed statements before `start` (from `absorbed`).
    private int Search(int absorbed, int start, int? callee, bool callsOnly, Func<int, bool>? raises)
    {
        for (int i = absorbed; i < start; i++)
        {
            if (Fits(i, callee, callsOnly, raises))
            {
                return Ambiguous;
            }
        }

        int found = NotFound;
        for (int i = start; i < _positions.Length; i++)
        {
            if (Fits(i, callee, callsOnly, raises))
            {
                if (found >= 0)
                {
                    return Ambiguous;
                }

                found = i;
            }
        }

        return found;
    }

    // Where the statements that the statement containing `position` may have absorbed start: its
    // own start when it absorbed none; the code's start when no statements were recorded.
    private int AbsorbedStart(int position)
    {
        int last = -1;
        int low = 0, high = _statements.Length - 1;
        while (low <= high)
        {
            int middle = (low + high) >>> 1;
            if (_statements[middle] >> 1 <= position)
            {
                last = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        while (last >= 0 && (_statements[last] & 1) != 0)
        {
            last--;
        }

        return last >= 0 ? _statements[last] >> 1 : 0;
    }

    // Whether site i fits what the frame was doing (see LookupFrom).
    private bool Fits(int i, int? callee, bool callsOnly, Func<int, bool>? raises)
    {
        if (callee is int wanted)
        {
            return _callees[i] == wanted || (_callees[i] == AnyCallee && wanted != EpochCheck);
        }

        if (_callees[i] == EpochCheck)
        {
            return false;
        }

        if (callsOnly)
        {
            return _callees[i] != NoCall;
        }

        // A site of unknown offset that calls nothing (a function's out-of-line stack check, a
        // shared trap block, which locates its own trap) is never where a runtime helper raised
        // a trap.
        return (_offsets[i] != Unknown || _callees[i] != NoCall) && (raises is null || _offsets[i] == Unknown || raises(_offsets[i]));
    }

    /// <summary>
    /// The sites as three parallel arrays (code positions, module offsets, callees), the
    /// statements (see <see cref="Builder.AddStatement"/>) and <see cref="RecordsSites"/>, to save
    /// them with compiled code.
    /// </summary>
    public (int[] Positions, int[] Offsets, int[] Callees, int[] Statements, bool RecordsSites) ToArrays() => (_positions, _offsets, _callees, _statements, RecordsSites);

    /// <summary>
    /// The sites saved by <see cref="ToArrays"/>. Saved code is trusted as its IL is (see
    /// docs/serialization.md), but the arrays must still agree in length and be sorted, or lookups
    /// would go wrong: null for anything else.
    /// </summary>
    public static CodeSites? FromArrays(int[] positions, int[] offsets, int[] callees, int[] statements, bool recordsSites)
    {
        for (int i = 0; i < statements.Length; i++)
        {
            if (statements[i] < 0 || (i > 0 && statements[i] >> 1 <= statements[i - 1] >> 1))
            {
                return null;
            }
        }

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

        return positions.Length == 0 && statements.Length == 0 && !recordsSites ? Empty : new(positions, offsets, callees, statements, recordsSites);
    }

    private int? Offset(int index) => _offsets[index] == Unknown ? null : _offsets[index];

    /// <summary>Collects the sites of one piece of code, in strictly increasing code positions.</summary>
    public sealed class Builder
    {
        private readonly List<int> _positions = [];
        private readonly List<int> _offsets = [];
        private readonly List<int> _callees = [];
        private readonly List<int> _statements = [];

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

        /// <summary>
        /// Records that a statement of compiled code starts at code position
        /// <paramref name="position"/>: a wasm instruction that starts with the IL stack empty, where
        /// the JIT starts a statement and keeps its IL offset. One at the position of the last
        /// replaces it (the instructions between emitted no code).
        /// </summary>
        public void AddStatement(int position)
        {
            if (_statements.Count > 0 && _statements[^1] >> 1 >= position)
            {
                _statements.RemoveAt(_statements.Count - 1);
            }

            _statements.Add(position << 1);
        }

        /// <summary>
        /// Records that the last statement reads the local that the statement before it ended by
        /// setting, so the JIT may have merged the two (see <see cref="LookupFrom"/>).
        /// </summary>
        public void MarkStatementAbsorbsPrevious()
        {
            if (_statements.Count > 0)
            {
                _statements[^1] |= 1;
            }
        }

        /// <summary>Whether the method records its sites as exceptions pass (see <see cref="CodeSites.RecordsSites"/>).</summary>
        public bool RecordsSites { get; set; }

        /// <summary>The sites recorded.</summary>
        public CodeSites Build() => _positions.Count == 0 && _statements.Count == 0 && !RecordsSites ? Empty : new([.. _positions], [.. _offsets], [.. _callees], [.. _statements], RecordsSites);
    }
}

namespace WasmSharp.Compilation;

/// <summary>
/// Where a function's compiled code could meet two RyuJIT 10 errors around rotates, as
/// <see cref="RyuJitHazardScan"/> found them. Both are worked around by an operand the JIT cannot
/// see through (<see cref="Vm.RotateCounts.Bias"/>), which costs code, so only where they can occur.
/// </summary>
internal sealed class RyuJitHazards
{
    private readonly HashSet<int>? _xorsOfShifts;

    /// <summary>The hazards of a function the scan could not follow: every workaround applies.</summary>
    public static RyuJitHazards Everywhere { get; } = new(rotateMayBeTested: true, xorsOfShifts: null);

    /// <summary>Creates the hazards of one function.</summary>
    /// <param name="rotateMayBeTested">See <see cref="RotateMayBeTested"/>.</param>
    /// <param name="xorsOfShifts">Module offsets of the <c>xor</c>s that may join two variable shifts; null for every <c>xor</c>.</param>
    public RyuJitHazards(bool rotateMayBeTested, HashSet<int>? xorsOfShifts)
    {
        RotateMayBeTested = rotateMayBeTested;
        _xorsOfShifts = xorsOfShifts;
    }

    /// <summary>
    /// Whether a rotate's result may reach a test against zero (a branch condition, <c>eqz</c>, a
    /// comparison with a value the JIT may know, a helper's check, an inlined callee, or the caller
    /// this function may be inlined into). RyuJIT 10 lets such a test reuse the flags of a rotate by
    /// a count it knows to be non-zero, but x64 rotates leave ZF and SF untouched
    /// (dotnet/runtime#129288, fixed after 10.0.12), so the branch reads a stale flag.
    /// </summary>
    public bool RotateMayBeTested { get; }

    /// <summary>
    /// Whether the <c>xor</c> at module offset <paramref name="offset"/> may have two operands that
    /// are shifts by variable counts. RyuJIT 10 turns <c>(x &lt;&lt; (y &amp; 31)) ^ (x &gt;&gt;&gt; ((32 - y) &amp; 31))</c>
    /// into a rotate, which is right for <c>|</c> but not for <c>^</c> when <c>y % 32 == 0</c>
    /// (the xor is 0, the rotate is <c>x</c>; dotnet/runtime#133864).
    /// </summary>
    public bool XorMayJoinShifts(int offset) => _xorsOfShifts is null || _xorsOfShifts.Contains(offset);
}

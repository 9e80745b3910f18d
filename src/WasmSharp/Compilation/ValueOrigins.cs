namespace WasmSharp.Compilation;

/// <summary>
/// What <see cref="RyuJitHazardScan"/> knows of where an operand may come from. Each flag is a
/// "may": a value without it is known not to be of that kind.
/// </summary>
[Flags]
internal enum ValueOrigins : byte
{
    /// <summary>Nothing the scan watches for (a load, a comparison's result, a float).</summary>
    None = 0,

    /// <summary>
    /// The result of a rotate by a count the JIT may know, or a value the JIT may fold back into
    /// one (<c>x ^ 0</c> once it knows the 0), kept in a local or a block result: a compare of it
    /// could see the rotate itself.
    /// </summary>
    Rotated = 1,

    /// <summary>
    /// The result of <c>shl</c> or <c>shr_u</c> by a count that is not an immediate constant, or a
    /// value the JIT may fold back into one, kept in a local, or coming from an inlined call or parameter.
    /// </summary>
    Shifted = 2,

    /// <summary>A value the JIT may know as a constant: an immediate, a local one was stored in, a global.</summary>
    MaybeConstant = 4,

    /// <summary>
    /// A value the JIT may know to be 0: the operand that makes <c>x + 0</c>, <c>x | 0</c> or a shift
    /// by 0 fold to <c>x</c>, and a comparison with it a test of <c>x</c> against zero. Implies
    /// <see cref="MaybeConstant"/>.
    /// </summary>
    MaybeZero = 8,

    /// <summary>A value the JIT may know to be 1: <c>x * 1</c> is <c>x</c>, <c>x &lt; 1</c> is <c>x == 0</c>.</summary>
    MaybeOne = 16,

    /// <summary>A value the JIT may know to be -1: <c>x &amp; -1</c> is <c>x</c>, <c>x &gt; -1</c> is <c>x &gt;= 0</c>.</summary>
    MaybeMinusOne = 32,

    /// <summary>An immediate (<c>i32.const</c>, <c>i64.const</c>) directly on the stack; never kept in a local.</summary>
    Literal = 64,
}

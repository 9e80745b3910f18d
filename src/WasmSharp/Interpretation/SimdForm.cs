namespace WasmSharp.Interpretation;

/// <summary>
/// The operand layout of an interpreted SIMD instruction (<see cref="ExtendedFamily.Simd"/>): its
/// operator number is <c>(form &lt;&lt; 9) | sub-opcode</c>, so <see cref="Interpreter"/> finds the
/// slots to read and write from the form and the operation from the 0xFD sub-opcode (at most
/// 0x113, relaxed SIMD included). Operands follow <c>Extended, handler</c>.
/// </summary>
internal enum SimdForm
{
    /// <summary>
    /// Memory accesses: loads <c>dst, address, memory, offset(2)</c>; <c>v128.store</c>
    /// <c>address, value, memory, offset(2)</c>; lane loads <c>dst, address, vector, memory,
    /// offset(2), lane</c>; lane stores <c>address, vector, memory, offset(2), lane</c>.
    /// </summary>
    Memory,

    /// <summary>
    /// <c>i8x16.shuffle</c> <c>dst, a, b, lanes(4)</c>; <c>extract_lane</c> <c>dst, a, lane</c>;
    /// <c>replace_lane</c> <c>dst, a, x, lane</c>.
    /// </summary>
    Lane,

    /// <summary>Splats: <c>dst, x</c> with a scalar x.</summary>
    Splat,

    /// <summary>v128 → v128: <c>dst, a</c>.</summary>
    Unary,

    /// <summary>v128 × v128 → v128: <c>dst, a, b</c>.</summary>
    Binary,

    /// <summary>v128 × v128 × v128 → v128: <c>dst, a, b, c</c>.</summary>
    Ternary,

    /// <summary>Shifts, v128 × i32 → v128: <c>dst, a, count</c>.</summary>
    Shift,

    /// <summary>v128 → i32 (<c>any_true</c>, <c>all_true</c>, <c>bitmask</c>): <c>dst, a</c>.</summary>
    Test,
}

namespace WasmSharp.Interpretation;

/// <summary>
/// The families of <see cref="Op.Extended"/> instructions: a handler number is
/// <c>(family &lt;&lt; 12) | operator</c>, and each family's file of <see cref="Interpreter"/> and
/// <see cref="Translator"/> defines its operators and operand layouts.
/// </summary>
internal enum ExtendedFamily
{
    /// <summary>0xFD: SIMD and relaxed SIMD.</summary>
    Simd = 0,

    /// <summary>0xFB: GC structs, arrays, i31 and casts that do not branch.</summary>
    Gc = 1,

    /// <summary>0xFE: the threads proposal's atomics.</summary>
    Atomic = 2,

    /// <summary>0xFC 19–22: the wide-arithmetic proposal.</summary>
    WideArithmetic = 3,
}

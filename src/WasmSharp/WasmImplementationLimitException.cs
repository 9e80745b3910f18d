namespace WasmSharp;

/// <summary>
/// Raised when a valid module exceeds a limit of this implementation that the spec permits
/// (spec Appendix A.1 "Implementation Limitations": an implementation may reject the validation,
/// compilation or instantiation of such a module). The compiler raises it while compiling, so by
/// <see cref="Module.FromBytes(Engine, byte[])"/> and the other constructors unless
/// <see cref="Config.LazyCompilation"/> defers compiling to the first instantiation. Its only case
/// today is a function whose operand stack grows deeper than
/// <see cref="MaxCompiledOperandStack"/> values, which the compiler keeps on the .NET evaluation
/// stack; the interpreter (<see cref="Strategy.Interpreter"/>) runs such functions, and so does
/// <see cref="Strategy.Auto"/>, which runs a module the compiler rejects in the interpreter. Every limit
/// and how it is handled is listed in docs/limits.md. Wasmtime reports the like as
/// "Implementation limit exceeded".
/// </summary>
public sealed class WasmImplementationLimitException : Exception
{
    /// <summary>
    /// The deepest operand stack a compiled function may have: the .NET evaluation stack of a
    /// method holds at most 65,535 values (its method header stores the depth in 16 bits), a few of
    /// which the compiled code needs for itself.
    /// </summary>
    public const int MaxCompiledOperandStack = 65_000;

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public WasmImplementationLimitException(string message)
        : base(message)
    {
    }

    /// <summary>
    /// Raises the exception when compiled function <paramref name="functionIndex"/> would hold
    /// <paramref name="height"/> operands, more than <see cref="MaxCompiledOperandStack"/>: deeper IL
    /// would be rejected by the JIT with <c>InvalidProgramException</c> at the first call.
    /// </summary>
    internal static void ThrowIfOperandStackTooDeep(int height, int functionIndex)
    {
        if (height > MaxCompiledOperandStack)
        {
            throw new WasmImplementationLimitException($"implementation limit exceeded: function {functionIndex} has more than {MaxCompiledOperandStack} values on its operand stack");
        }
    }
}

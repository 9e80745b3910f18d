namespace WasmSharp.Vm;

/// <summary>
/// What compiled rotates add to their count (see <c>Compilation.NumericEmitter.EmitRotate</c>), and
/// compiled xors of shifts to an operand (<c>Compilation.NumericEmitter.EmitXor</c>): a value the JIT
/// cannot see through, where RyuJIT 10 would miscompile what it sees (<c>Compilation.RyuJitHazards</c>).
/// </summary>
internal static class RotateCounts
{
    /// <summary>
    /// Always 0, and never written: a mutable static is a load RyuJIT cannot fold, so no rotate
    /// count is a constant to the JIT and it never reuses a rotate's flags for a compare with zero
    /// (dotnet/runtime#129288: x64 rotates leave ZF untouched, RyuJIT 10 assumed otherwise for
    /// constant counts).
    /// </summary>
    public static int Bias;
}

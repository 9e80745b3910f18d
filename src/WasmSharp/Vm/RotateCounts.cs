namespace WasmSharp.Vm;

/// <summary>
/// What compiled rotates add to their count (see <c>Compilation.NumericEmitter.EmitRotate</c>).
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

using System.Runtime.CompilerServices;
using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>
/// Instructions of families run outside the main loop (see <see cref="Op.Extended"/>): the
/// instruction is <c>Extended, handler, operands...</c>, and each family returns its length.
/// </summary>
internal static partial class Interpreter
{
    // Fully optimized from the first call (as the main loop): relaxed SIMD and the rarer vector
    // instructions run here, and their helpers would otherwise start as unoptimized tier-0 calls.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ExecuteExtended(ref int ip, ref ValRaw fp, InstanceContext cx)
    {
        try
        {
            int handler = Unsafe.Add(ref ip, 1);
            return (ExtendedFamily)(handler >> 12) switch
            {
                ExtendedFamily.Simd => ExecuteSimd(handler & 0xFFF, ref ip, ref fp, cx),
                ExtendedFamily.Gc => ExecuteGc(handler & 0xFFF, ref ip, ref fp, cx),
                ExtendedFamily.Atomic => ExecuteAtomic(handler & 0xFFF, ref ip, ref fp, cx),
                ExtendedFamily.WideArithmetic => ExecuteWideArithmetic(handler & 0xFFF, ref ip, ref fp),
                _ => throw new InvalidOperationException($"interpreter: unknown extended instruction 0x{handler:X}"),
            };
        }
        catch (Exception e) when (RaisedAt(ref ip, e))
        {
            // Never reached: the filter locates the frame and declines the exception.
            throw;
        }
    }
}

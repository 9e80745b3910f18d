using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>
/// The wide-arithmetic family of <see cref="Op.Extended"/> instructions (0xFC 19–22, layout in
/// <see cref="Translator"/>): the operations are <see cref="WideArithmeticOps"/>, as in compiled code.
/// </summary>
internal static partial class Interpreter
{
    private static int ExecuteWideArithmetic(int op, ref int ip, ref ValRaw fp)
    {
        // Every input is read before either result is written: the results' slots may be inputs'.
        (long low, long high) result;
        int length;
        switch (op)
        {
            case 19:
                result = WideArithmeticOps.Add128((long)S(ref fp, ref ip, 4).Bits, (long)S(ref fp, ref ip, 5).Bits, (long)S(ref fp, ref ip, 6).Bits, (long)S(ref fp, ref ip, 7).Bits);
                length = 8;
                break;
            case 20:
                result = WideArithmeticOps.Sub128((long)S(ref fp, ref ip, 4).Bits, (long)S(ref fp, ref ip, 5).Bits, (long)S(ref fp, ref ip, 6).Bits, (long)S(ref fp, ref ip, 7).Bits);
                length = 8;
                break;
            case 21:
                result = WideArithmeticOps.MulWideS((long)S(ref fp, ref ip, 4).Bits, (long)S(ref fp, ref ip, 5).Bits);
                length = 6;
                break;
            case 22:
                result = WideArithmeticOps.MulWideU((long)S(ref fp, ref ip, 4).Bits, (long)S(ref fp, ref ip, 5).Bits);
                length = 6;
                break;
            default:
                throw new InvalidOperationException($"interpreter: unknown wide-arithmetic instruction 0xFC {op}");
        }

        S(ref fp, ref ip, 2).Bits = (ulong)result.low;
        S(ref fp, ref ip, 3).Bits = (ulong)result.high;
        return length;
    }
}

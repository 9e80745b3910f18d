namespace WasmSharp.Interpretation;

/// <summary>
/// The wide-arithmetic proposal (0xFC 19 <c>i64.add128</c>, 20 <c>i64.sub128</c>, 21
/// <c>i64.mul_wide_s</c>, 22 <c>i64.mul_wide_u</c>): <c>Extended, handler, dstLow, dstHigh,
/// operands...</c> with two operands for the products and four (low, high, low, high) for the sums.
/// </summary>
internal sealed partial class Translator
{
    private void TranslateWideArithmetic(uint sub)
    {
        int operandCount = sub <= 20 ? 4 : 2;
        int first = Height - operandCount;
        Span<int> inputs = stackalloc int[4];
        for (int i = 0; i < operandCount; i++)
        {
            inputs[i] = _stack[first + i].Slot;
        }

        _stack.RemoveRange(first, operandCount);

        // Two results: no EmitResult, so a following local.set copies the high half instead of
        // retargeting it. The results' stack slots may be the inputs' slots: the handler reads every
        // input before writing either result.
        int low = Push(SlotKind.Bits);
        int high = Push(SlotKind.Bits);
        EmitExtended(ExtendedFamily.WideArithmetic, (int)sub);
        _code.Add(low);
        _code.Add(high);
        for (int i = 0; i < operandCount; i++)
        {
            _code.Add(inputs[i]);
        }
    }
}

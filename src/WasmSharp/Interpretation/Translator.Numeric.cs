namespace WasmSharp.Interpretation;

/// <summary>Numeric instructions (spec 3.3.1), which keep their WebAssembly opcode as <see cref="Op"/>.</summary>
internal sealed partial class Translator
{
    private void TranslateNumeric(byte op)
    {
        switch (op)
        {
            // Reinterpretations change the type, not the bits in the slot.
            case 0xBC or 0xBD or 0xBE or 0xBF:
                return;

            // eqz, then every other unary operator: clz ctz popcnt, float unaries, conversions.
            case 0x45 or 0x50:
            case >= 0x67 and <= 0x69:
            case >= 0x79 and <= 0x7B:
            case >= 0x8B and <= 0x91:
            case >= 0x99 and <= 0x9F:
            case >= 0xA7:
                Unary((Op)op, SlotKind.Bits);
                return;
            default:
                Binary((Op)op, SlotKind.Bits);
                return;
        }
    }
}

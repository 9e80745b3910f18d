using WasmSharp.Binary;
using WasmSharp.Operators;

namespace WasmSharp.Interpretation;

/// <summary>
/// Vector instructions (spec 3.3.3 "Vector Instructions", the 0xFD prefix) and relaxed SIMD. The
/// common ones are first-class instructions (<see cref="Op.Simd"/>, Translator.SimdFast.cs);
/// <c>v128.const</c> is <see cref="Op.Const128"/>; every other one becomes an
/// <see cref="Op.Extended"/> instruction of <see cref="ExtendedFamily.Simd"/> whose operator is
/// <c>(form &lt;&lt; 9) | sub-opcode</c>: the <see cref="SimdForm"/> fixes the operand layout, the
/// sub-opcode the operation, as in the compiled tier's <c>VectorEmitter</c>.
/// </summary>
internal sealed partial class Translator
{
    private void TranslateSimd(uint sub, ref WasmReader reader)
    {
        VectorOperands operands = VectorOperands.Read(sub, ref reader);
        if (TryTranslateSimdFast(sub, operands))
        {
            return;
        }

        if (operands.AccessSize != 0)
        {
            TranslateSimdMemory(operands);
            return;
        }

        switch (sub)
        {
            case 0x0C:
            {
                int dst = Push(SlotKind.V128);
                Emit(Op.Const128);
                EmitResult(dst);
                _code.Add64(operands.Low);
                _code.Add64(operands.High);
                return;
            }

            case 0x0D:
                EmitSimd(SimdForm.Lane, sub, inputs: 2, SlotKind.V128);
                _code.Add64(operands.Low);
                _code.Add64(operands.High);
                return;

            // replace_lane: the vector and the new lane value.
            case 0x17 or 0x1A or 0x1C or 0x1E or 0x20 or 0x22:
                EmitSimd(SimdForm.Lane, sub, inputs: 2, SlotKind.V128);
                _code.Add(operands.Lane);
                return;

            // extract_lane: a scalar out of the vector.
            case >= 0x15 and <= 0x21:
                EmitSimd(SimdForm.Lane, sub, inputs: 1, SlotKind.Bits);
                _code.Add(operands.Lane);
                return;
        }

        SimdForm form = SimdFormOf(sub);
        switch (form)
        {
            case SimdForm.Splat:
            case SimdForm.Unary:
                EmitSimd(form, sub, inputs: 1, SlotKind.V128);
                break;
            case SimdForm.Test:
                EmitSimd(form, sub, inputs: 1, SlotKind.Bits);
                break;
            case SimdForm.Binary:
            case SimdForm.Shift:
                EmitSimd(form, sub, inputs: 2, SlotKind.V128);
                break;
            default:
                EmitSimd(form, sub, inputs: 3, SlotKind.V128);
                break;
        }
    }

    private void TranslateSimdMemory(VectorOperands operands)
    {
        uint sub = operands.Opcode;
        switch (sub)
        {
            // v128.store: address, value.
            case 0x0B:
                EmitSimdStore(sub, inputs: 2, operands);
                return;

            // v128.store*_lane: address, vector; the lane follows the memory argument.
            case >= 0x58 and <= 0x5B:
                EmitSimdStore(sub, inputs: 2, operands);
                _code.Add(operands.Lane);
                return;

            // v128.load*_lane: address, vector → vector.
            case >= 0x54 and <= 0x57:
                EmitSimd(SimdForm.Memory, sub, inputs: 2, SlotKind.V128);
                _code.Add(operands.Memory);
                _code.Add64(operands.Offset);
                _code.Add(operands.Lane);
                return;

            // The other loads: address → vector.
            default:
                EmitSimd(SimdForm.Memory, sub, inputs: 1, SlotKind.V128);
                _code.Add(operands.Memory);
                _code.Add64(operands.Offset);
                return;
        }
    }

    /// <summary>
    /// Pops <paramref name="inputs"/> operands and emits SIMD operator <paramref name="sub"/> of
    /// <paramref name="form"/> as <c>dst, inputs...</c> (deepest input first), pushing a
    /// <paramref name="result"/>; immediates may follow. Handlers read every input before writing
    /// <c>dst</c>, so a <c>local.set</c> may retarget it to a local that is also an input.
    /// </summary>
    private void EmitSimd(SimdForm form, uint sub, int inputs, SlotKind result)
    {
        int first = Height - inputs;
        int dst = SlotAt(first);
        EmitExtended(ExtendedFamily.Simd, ((int)form << 9) | (int)sub);
        EmitResult(dst);
        for (int i = 0; i < inputs; i++)
        {
            _code.Add(_stack[first + i].Slot);
        }

        _stack.RemoveRange(first, inputs);
        Push(result);
    }

    // A store: no result, the inputs then the memory argument.
    private void EmitSimdStore(uint sub, int inputs, VectorOperands operands)
    {
        int first = Height - inputs;
        EmitExtended(ExtendedFamily.Simd, ((int)SimdForm.Memory << 9) | (int)sub);
        for (int i = 0; i < inputs; i++)
        {
            _code.Add(_stack[first + i].Slot);
        }

        _stack.RemoveRange(first, inputs);
        _code.Add(operands.Memory);
        _code.Add64(operands.Offset);
    }

    /// <summary>
    /// The form of the 0xFD instructions that take their operands from the stack only (neither
    /// memory nor lane immediates). Validation has accepted the opcode, so one outside these lists
    /// is a translator bug.
    /// </summary>
    private static SimdForm SimdFormOf(uint sub) => sub switch
    {
        >= 0x0F and <= 0x14 => SimdForm.Splat,
        0x53 or 0x63 or 0x64 or 0x83 or 0x84 or 0xA3 or 0xA4 or 0xC3 or 0xC4 => SimdForm.Test,
        >= 0x6B and <= 0x6D or >= 0x8B and <= 0x8D or >= 0xAB and <= 0xAD or >= 0xCB and <= 0xCD => SimdForm.Shift,
        0x52 or >= 0x105 and <= 0x10C or 0x113 => SimdForm.Ternary,
        0x4D or 0x5E or 0x5F or >= 0x60 and <= 0x62 or >= 0x67 and <= 0x6A or 0x74 or 0x75 or 0x7A
            or >= 0x7C and <= 0x81 or >= 0x87 and <= 0x8A or 0x94 or 0xA0 or 0xA1 or >= 0xA7 and <= 0xAA
            or 0xC0 or 0xC1 or >= 0xC7 and <= 0xCA or 0xE0 or 0xE1 or 0xE3 or 0xEC or 0xED or 0xEF
            or >= 0xF8 and <= 0xFF or >= 0x101 and <= 0x104 => SimdForm.Unary,
        0x0E or >= 0x23 and <= 0x4C or >= 0x4E and <= 0x51 or 0x65 or 0x66 or >= 0x6E and <= 0x73
            or >= 0x76 and <= 0x79 or 0x7B or 0x82 or 0x85 or 0x86 or >= 0x8E and <= 0x93
            or >= 0x95 and <= 0x99 or >= 0x9B and <= 0x9F or 0xAE or 0xB1 or >= 0xB5 and <= 0xBA
            or >= 0xBC and <= 0xBF or 0xCE or 0xD1 or >= 0xD5 and <= 0xDF or >= 0xE4 and <= 0xEB
            or >= 0xF0 and <= 0xF7 or 0x100 or >= 0x10D and <= 0x112 => SimdForm.Binary,
        _ => throw new InvalidOperationException($"SIMD opcode 0xFD 0x{sub:X2} passed validation but has no translation"),
    };
}

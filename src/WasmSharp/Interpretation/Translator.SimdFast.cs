using WasmSharp.Operators;

namespace WasmSharp.Interpretation;

/// <summary>
/// The vector instructions that run as first-class instructions of the main loop
/// (<see cref="Op.Simd"/> + sub-opcode) instead of going through <see cref="Op.Extended"/>: the
/// ones SIMD kernels spend their time in (blake3, intgemm, meshoptimizer: lane arithmetic, bitwise
/// operations, shuffles, loads and stores, shifts by a constant, splats, lanes, extensions). Each
/// saves the extended dispatch's two nested switches and calls, which cost several times the
/// operation itself. <see cref="Interpreter"/> has a case for exactly the sub-opcodes accepted here;
/// the SIMD spec suites run every one of them.
/// </summary>
internal sealed partial class Translator
{
    /// <summary>
    /// Emits vector instruction <paramref name="sub"/> as a first-class instruction when it is one,
    /// folding a constant shift count or an <c>i32.add</c> address into it; false leaves it to the
    /// extended path.
    /// </summary>
    private bool TryTranslateSimdFast(uint sub, VectorOperands operands)
    {
        if (operands.AccessSize != 0)
        {
            return TryTranslateSimdMemoryFast(sub, operands);
        }

        switch (sub)
        {
            case 0x0D:
            {
                // The byte-select masks of a and of b: an index of the other vector selects 0x80,
                // which both pshufb and the portable swizzle turn into a zero byte.
                ulong lanesA0 = 0, lanesA1 = 0, lanesB0 = 0, lanesB1 = 0;
                for (int i = 0; i < 16; i++)
                {
                    ulong index = (i < 8 ? operands.Low >> (8 * i) : operands.High >> (8 * (i - 8))) & 0xFF;
                    ulong forA = index < 16 ? index : 0x80;
                    ulong forB = index >= 16 ? index - 16 : 0x80;
                    int shift = 8 * (i & 7);
                    if (i < 8)
                    {
                        lanesA0 |= forA << shift;
                        lanesB0 |= forB << shift;
                    }
                    else
                    {
                        lanesA1 |= forA << shift;
                        lanesB1 |= forB << shift;
                    }
                }

                if (TryShuffleOneSource(operands.Low, operands.High))
                {
                    return true;
                }

                EmitSimdFast(sub, inputs: 2, SlotKind.V128);
                _code.Add64(lanesA0);
                _code.Add64(lanesA1);
                _code.Add64(lanesB0);
                _code.Add64(lanesB1);
                return true;
            }

            case 0x15 or 0x16 or 0x18 or 0x19 or 0x1B or 0x1D or 0x1F or 0x21:
                EmitSimdFast(sub, inputs: 1, SlotKind.Bits);
                _code.Add(operands.Lane);
                return true;
            case 0x17 or 0x1A or 0x1C or 0x1E or 0x20 or 0x22:
                EmitSimdFast(sub, inputs: 2, SlotKind.V128);
                _code.Add(operands.Lane);
                return true;
            case >= 0x0F and <= 0x14:
                EmitSimdFast(sub, inputs: 1, SlotKind.V128);
                return true;
            case 0x52:
                EmitSimdFast(sub, inputs: 3, SlotKind.V128);
                return true;
            case 0x53 or 0x63 or 0x64 or 0x83 or 0x84 or 0xA3 or 0xA4:
                EmitSimdFast(sub, inputs: 1, SlotKind.Bits);
                return true;
            case 0x6B or 0x6C or 0x6D or 0x8B or 0x8C or 0x8D or 0xAB or 0xAC or 0xAD or 0xCB or 0xCC or 0xCD:
                return TryShiftByConstant(sub);
        }

        if (IsFastSimdUnary(sub))
        {
            EmitSimdFast(sub, inputs: 1, SlotKind.V128);
            return true;
        }

        if (sub == 0x50 && TryRotate())
        {
            return true;
        }

        if (IsFastSimdBinary(sub))
        {
            if (TryFuseSimdBinary(sub))
            {
                return true;
            }

            EmitSimdFast(sub, inputs: 2, SlotKind.V128);
            return true;
        }

        return false;
    }

    // A shift whose count was an i32.const just before: the count becomes an immediate. A count
    // computed at run time keeps the extended form.
    private bool TryShiftByConstant(uint sub)
    {
        if (!LastComputed(Op.Const32, Peek(), Height - 1))
        {
            return false;
        }

        int count = _code[_lastStart + 2];

        // The instruction before the constant stays the one before the shift: a rotation is
        // recognized across the two shifts (TryRotate).
        int prior = _priorStart;
        int third = _thirdStart;
        DropLast();
        Pop();
        EmitSimdFast(sub, inputs: 1, SlotKind.V128);
        _code.Add(count);
        _priorStart = prior;
        _thirdStart = third;
        return true;
    }

    // `v128.or (i32x4.shl x c) (i32x4.shr_u x (32 - c))`, the two shifts just computed into the
    // or's operand slots, is a lane rotation (blake3's and ChaCha's quarter rounds): one
    // instruction instead of three. The second shift must not have read the first one's result.
    private bool TryRotate()
    {
        if (_priorStart < 0 || _lastStart != _priorStart + 4
            || !LastComputedBy(_priorStart, Peek(1), Height - 2) || !LastComputedBy(_lastStart, Peek(0), Height - 1))
        {
            return false;
        }

        Op first = (Op)_code[_priorStart];
        Op second = (Op)_code[_lastStart];
        int source = _code[_priorStart + 2];
        if (source != _code[_lastStart + 2] || source == _code[_priorStart + 1]
            || !(first == Op.I32x4ShlImm && second == Op.I32x4ShrUImm || first == Op.I32x4ShrUImm && second == Op.I32x4ShlImm))
        {
            return false;
        }

        int left = _code[first == Op.I32x4ShlImm ? _priorStart + 3 : _lastStart + 3] & 31;
        int right = _code[first == Op.I32x4ShlImm ? _lastStart + 3 : _priorStart + 3] & 31;
        if (left + right != 32)
        {
            return false;
        }

        if (_thirdStart >= 0 && _thirdStart + 6 == _priorStart && _code[_thirdStart] == (int)Op.I32x4AddXor && _code[_thirdStart + 1] == source)
        {
            // The rotated value was just computed by an add-xor (blake3's `b = rotr(b ^ c, 12)`
            // after `c += d`): one instruction writes the add's and the xor's slots as they did.
            Span<int> chain = stackalloc int[5];
            for (int i = 0; i < 5; i++)
            {
                chain[i] = _code[_thirdStart + 1 + i];
            }

            _instructionStart = Math.Min(_instructionStart, _thirdStart);
            _code.Truncate(_thirdStart);
            _lastStart = -1;
            _priorStart = -1;
            _thirdStart = -1;
            Pop();
            Pop();
            int rotated = Push(SlotKind.V128);
            Emit(Op.I32x4AddXorRotlImm);
            EmitResult(rotated);
            for (int i = 1; i < 5; i++)
            {
                _code.Add(chain[i]);
            }

            _code.Add(chain[0]);
            _code.Add(left);
            return true;
        }

        _code.Truncate(_priorStart);
        _lastStart = -1;
        _priorStart = -1;
        _thirdStart = -1;
        Pop();
        Pop();
        int dst = Push(SlotKind.V128);
        Emit(Op.I32x4RotlImm);
        EmitResult(dst);
        _code.Add(source);
        _code.Add(left);
        return true;
    }

    // Whether the instruction at `start` computed `operand` into its own stack slot at `height`.
    private bool LastComputedBy(int start, Operand operand, int height) =>
        _code[start + 1] == operand.Slot && operand.Slot == SlotAt(height);

    // Plain loads and stores and lane stores of a 32-bit memory 0, as the scalar fast accesses.
    private bool TryTranslateSimdMemoryFast(uint sub, VectorOperands operands)
    {
        if (operands.Memory != 0 || _module.Memories[0].Is64 || operands.Offset > uint.MaxValue || sub is >= 0x54 and <= 0x57)
        {
            return false;
        }

        int offset = (int)(uint)operands.Offset;
        if (sub is 0x0B or >= 0x58 and <= 0x5B)
        {
            Operand value = Pop();
            Operand address = Pop();
            Emit(FirstClassOp(sub));
            _code.Add(address.Slot);
            _code.Add(value.Slot);
            _code.Add(offset);
            if (sub != 0x0B)
            {
                _code.Add(operands.Lane);
            }

            return true;
        }

        if (sub == 0x00 && LastComputed(Op.I32AddImm, Peek(), Height - 1))
        {
            // The address is `i32.add x c` computed just before: one instruction does both.
            int x = _code[_lastStart + 2];
            int c = _code[_lastStart + 3];
            DropLast();
            Pop();
            int result = Push(SlotKind.V128);
            Emit(Op.V128LoadAddImm);
            EmitResult(result);
            _code.Add(x);
            _code.Add(c);
            _code.Add(offset);
            return true;
        }

        EmitSimdFast(sub, inputs: 1, SlotKind.V128);
        _code.Add(offset);
        return true;
    }

    /// <summary>
    /// Pops <paramref name="inputs"/> operands and emits <c>Simd + sub, dst, inputs...</c> (deepest
    /// first), pushing a <paramref name="result"/>; immediates may follow. As in
    /// <see cref="EmitSimd"/>, handlers read every input before writing <c>dst</c>.
    /// </summary>
    private void EmitSimdFast(uint sub, int inputs, SlotKind result)
    {
        int first = Height - inputs;
        int dst = SlotAt(first);
        Emit(FirstClassOp(sub));
        EmitResult(dst);
        for (int i = 0; i < inputs; i++)
        {
            _code.Add(_stack[first + i].Slot);
        }

        _stack.RemoveRange(first, inputs);
        Push(result);
    }

    // v128 → v128 with a case in the main loop: not, integer abs/neg, extensions, pairwise
    // additions, float abs/neg/sqrt and the conversions.
    private static bool IsFastSimdUnary(uint sub) => sub is 0x4D or 0x60 or 0x61 or >= 0x7C and <= 0x81
        or >= 0x87 and <= 0x8A or 0xA0 or 0xA1 or >= 0xA7 and <= 0xAA
        or 0xE0 or 0xE1 or 0xE3 or 0xEC or 0xED or 0xEF or >= 0xF8 and <= 0xFB;

    // v128 × v128 → v128 with a case in the main loop: swizzle, the i8x16/i16x8/i32x4 and f32x4
    // comparisons but the ≤/≥ of integers, bitwise operations, narrowing and the lane arithmetic of every shape.
    private static bool IsFastSimdBinary(uint sub) => sub is 0x0E or >= 0x23 and <= 0x28 or >= 0x2D and <= 0x32
        or >= 0x37 and <= 0x3C or >= 0x41 and <= 0x46 or >= 0x4E and <= 0x51
        or 0x65 or 0x66 or >= 0x6E and <= 0x73 or >= 0x76 and <= 0x79 or 0x85 or 0x86 or >= 0x8E and <= 0x93
        or >= 0x95 and <= 0x99 or >= 0x9C and <= 0x9F or 0xAE or 0xB1 or >= 0xB5 and <= 0xBA or >= 0xBC and <= 0xBF
        or 0xCE or 0xD1 or 0xD5 or >= 0xE4 and <= 0xEB or >= 0xF0 and <= 0xF7;

    /// <summary>
    /// The instruction code of first-class vector instruction <paramref name="sub"/>: the named
    /// ones with a case of their own in the main loop, <c>Simd + sub</c> for the others.
    /// </summary>
    private static Op FirstClassOp(uint sub) => sub switch
    {
        0x00 => Op.V128Load,
        0x0B => Op.V128Store,
        0x0D => Op.V128Shuffle,
        0x4E => Op.V128And,
        0x4F => Op.V128AndNot,
        0x50 => Op.V128Or,
        0x51 => Op.V128Xor,
        0x52 => Op.V128Bitselect,
        0x6E => Op.I8x16Add,
        0x8E => Op.I16x8Add,
        0x8F => Op.I16x8AddSatS,
        0x95 => Op.I16x8Mul,
        0xAE => Op.I32x4Add,
        0xB1 => Op.I32x4Sub,
        0xB5 => Op.I32x4Mul,
        0xBA => Op.I32x4DotI16x8S,
        0xE4 => Op.F32x4Add,
        0xE6 => Op.F32x4Mul,
        0xAB => Op.I32x4ShlImm,
        0xAC => Op.I32x4ShrSImm,
        0xAD => Op.I32x4ShrUImm,
        0x61 => Op.I8x16Neg,
        0x87 => Op.I16x8ExtendLowI8x16S,
        0x88 => Op.I16x8ExtendHighI8x16S,
        0xFA => Op.F32x4ConvertI32x4S,
        0x1B => Op.I32x4ExtractLane,
        0x5A => Op.V128Store32Lane,
        _ => Op.Simd + (int)sub,
    };
}

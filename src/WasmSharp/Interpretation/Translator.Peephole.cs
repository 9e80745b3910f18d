namespace WasmSharp.Interpretation;

/// <summary>
/// Fusions that cut dispatches in hot code (DESIGN.md decision 15: each dispatch costs about the
/// same, so fewer instructions is the lever): an operation with a constant operand takes it as an
/// immediate, and an i32 comparison or <c>eqz</c> feeding a branch becomes a compare-and-branch.
/// </summary>
internal sealed partial class Translator
{
    // i32 comparisons 0x46..0x4F with operands swapped: eq ne lt_s lt_u gt_s gt_u le_s le_u ge_s ge_u.
    private static readonly int[] s_mirrored = [0x46, 0x47, 0x4A, 0x4B, 0x48, 0x49, 0x4E, 0x4F, 0x4C, 0x4D];

    // i32 comparisons 0x46..0x4F negated.
    private static readonly int[] s_negated = [0x47, 0x46, 0x4E, 0x4F, 0x4C, 0x4D, 0x4A, 0x4B, 0x48, 0x49];

    private bool TryBinaryImmediate(Op op)
    {
        int code = (int)op;
        Operand b = Peek(0);
        Operand a = Peek(1);
        int heightB = Height - 1;
        int heightA = Height - 2;

        // Every fusion below folds the last instruction, which wrote one of the two operands (its
        // first operand is the slot it wrote): most binary operations fail this one test.
        if (_lastStart < 0 || _lastStart + 1 >= _code.Length || (_code[_lastStart + 1] != a.Slot && _code[_lastStart + 1] != b.Slot))
        {
            return false;
        }

        if (code is 0xA0 or 0x92)
        {
            // A product added to something: one instruction, still rounding the product first.
            Op multiply = code == 0xA0 ? (Op)0xA2 : (Op)0x94;
            if (TryFoldInto(multiply, code == 0xA0 ? Op.F64MulAdd : Op.F32MulAdd, a, b, heightA, heightB))
            {
                return true;
            }
        }

        if (code == 0x7C && TryFoldInto((Op)0x7E, Op.I64MulAdd, a, b, heightA, heightB))
        {
            // An i64 product plus something (ed25519's limb arithmetic), as i32's below.
            return true;
        }

        if (code == 0x6A && TryFoldLoadedProduct(a, b, heightA, heightB))
        {
            return true;
        }

        if (code == 0x6A)
        {
            // A product (wrapping, so the same bits) or a shifted index plus something: the
            // producer's two operands move into the add, which reads them before writing.
            Op producer = LastComputed((Op)0x6C, b, heightB) || LastComputed((Op)0x6C, a, heightA) ? (Op)0x6C : Op.I32ShlImm;
            if (TryFoldInto(producer, producer == Op.I32ShlImm ? Op.I32AddShlImm : Op.I32MulAdd, a, b, heightA, heightB))
            {
                return true;
            }
        }

        if (code is 0x73 or 0x85 && _lastStart >= 0 && _code[_lastStart] == (code == 0x73 ? 0x6A : 0x7C))
        {
            // An add whose result the xor reads (an ARX round's `a += b; d ^= a`).
            if (TryFuseChain(code == 0x73 ? Op.I32AddXor : Op.I64AddXor, SlotKind.Bits))
            {
                return true;
            }
        }

        // A value computed just before into its own slot and only read by this commutative
        // operation: xor chains (gimli, keccak), keccak's chi `a ^ (~b & c)`.
        if (code == 0x73 && TryFoldInto(Op.I32ShlImm, Op.I32ShlImmXor, a, b, heightA, heightB))
        {
            return true;
        }

        if (code == 0x85 && (TryFoldInto((Op)0x83, Op.I64AndXor, a, b, heightA, heightB) || TryFoldInto(Op.I64AndNot, Op.I64AndNotXor, a, b, heightA, heightB)))
        {
            return true;
        }

        // A rotation's result (kept in a local or not) xored: SipHash's `v1 = rotl(v1, 13) ^ v0`.
        if (code is 0x73 or 0x85 && TryChainAfter(code == 0x73 ? Op.I32RotlImm : Op.I64RotlImm, 3, code == 0x73 ? Op.I32RotlXor : Op.I64RotlXor))
        {
            return true;
        }

        // A carry added (ed25519's limbs: `x + (y >> 51)`).
        if (code == 0x7C && TryFoldProducer(Op.I64ShrUImm, 2, Op.I64ShrUImmAdd, a, b, heightA, heightB))
        {
            return true;
        }

        // A xor of a xor's result, which may also be kept in a local (a tee): the chained form
        // writes it as the first xor did.
        if (code is 0x73 or 0x85 && _lastStart >= 0 && _code[_lastStart] == code && TryFuseChain(code == 0x73 ? Op.I32XorXor : Op.I64XorXor, SlotKind.Bits))
        {
            return true;
        }

        if (code is 0x83 or 0x71 && TryFoldComplement(code == 0x83, a, b, heightA, heightB))
        {
            return true;
        }

        // Base64's branch-free masks and ctype's counted range checks.
        if (code == 0x71 && TryFoldInto(Op.I32AddImm, Op.I32AddImmAnd, a, b, heightA, heightB))
        {
            return true;
        }

        if (code == 0x72 && TryFoldInto(Op.I32AndImm, Op.I32AndImmOr, a, b, heightA, heightB))
        {
            return true;
        }

        if (code == 0x6A && TryFoldCountedRangeCheck(a, b, heightA, heightB))
        {
            return true;
        }

        if (code is 0x77 or 0x78 && LastComputed(Op.Const32, b, heightB))
        {
            int count = _code[_lastStart + 2] & 31;
            EmitRotate(a, heightA, code == 0x77 ? count : (32 - count) & 31, 32);
            return true;
        }

        if (code is 0x89 or 0x8A && LastComputed(Op.Const64, b, heightB))
        {
            // i64.rotr by c is i64.rotl by 64 - c.
            int count = _code[_lastStart + 2] & 63;
            EmitRotate(a, heightA, code == 0x89 ? count : (64 - count) & 63, 64);
            return true;
        }

        if (code is >= 0x46 and <= 0x4F or 0x6A or 0x6B or 0x6C or >= 0x71 and <= 0x76)
        {
            int constant;
            Operand other;
            if (LastComputed(Op.Const32, b, heightB))
            {
                constant = _code[_lastStart + 2];
                other = a;
            }
            else if (code is >= 0x46 and <= 0x4F or 0x6A or 0x6C or 0x71 or 0x72 or 0x73 && LastComputed(Op.Const32, a, heightA) && b.Slot != a.Slot)
            {
                // A constant first operand of a commutative operation, or of a comparison mirrored.
                constant = _code[_lastStart + 2];
                other = b;
                if (code is >= 0x46 and <= 0x4F)
                {
                    code = s_mirrored[code - 0x46];
                }
            }
            else
            {
                return false;
            }

            Op fused = code switch
            {
                >= 0x46 and <= 0x4F => Op.I32CompareImm + (code - 0x46),
                0x6A => Op.I32AddImm,
                0x6B => Op.I32AddImm,
                0x6C => Op.I32MulImm,
                0x71 => Op.I32AndImm,
                0x72 => Op.I32OrImm,
                0x73 => Op.I32XorImm,
                0x74 => Op.I32ShlImm,
                0x75 => Op.I32ShrSImm,
                _ => Op.I32ShrUImm,
            };
            if (code == 0x6B)
            {
                constant = unchecked(-constant);
            }

            // The constant's operand computed just before it by a shift (a bit field extracted) or
            // an add (a range check): one instruction does both.
            Op? withPrior = fused switch
            {
                Op.I32AndImm when other.Slot == a.Slot && PriorComputed(Op.I32ShrUImm, a, heightA) => Op.I32ShrUAndImm,
                Op.I32CompareImm + 3 when other.Slot == a.Slot && PriorComputed(Op.I32AddImm, a, heightA) => Op.I32AddImmLtUImm,
                Op.I32XorImm when other.Slot == a.Slot && PriorComputed(Op.I32AddImm, a, heightA) => Op.I32AddImmXorImm,
                _ => null,
            };
            if (withPrior is Op both)
            {
                int x = _code[_priorStart + 2];
                int first = _code[_priorStart + 3];
                DropLastTwo();
                Pop();
                Pop();
                int result = Push(SlotKind.Bits);
                Emit(both);
                EmitResult(result);
                _code.Add(x);
                _code.Add(first);
                _code.Add(constant);
                return true;
            }

            DropLastKeepingPrior();
            Pop();
            Pop();
            int dst = Push(SlotKind.Bits);
            Emit(fused);
            EmitResult(dst);
            _code.Add(other.Slot);
            _code.Add(code is >= 0x74 and <= 0x76 ? constant & 31 : constant);
            return true;
        }

        if (code == 0x88 && LastComputed(Op.Const64, b, heightB) && _priorStart >= 0 && _code[_priorStart] == (int)Op.I64MulAdd && _code[_priorStart + 1] == a.Slot)
        {
            // A multiply-add's result (kept in a local or not) shifted right: its carry.
            int shift = _code[_lastStart + 2] & 63;
            int product = _priorStart;
            Span<int> read = stackalloc int[4];
            for (int i = 0; i < 4; i++)
            {
                read[i] = _code[product + 1 + i];
            }

            DropLastTwo();
            Pop();
            Pop();
            int carry = Push(SlotKind.Bits);
            Emit(Op.I64MulAddShrUImm);
            EmitResult(carry);
            for (int i = 1; i < 4; i++)
            {
                _code.Add(read[i]);
            }

            _code.Add(read[0]);
            _code.Add(shift);
            return true;
        }

        if (code is 0x7C or 0x7D or 0x7E or 0x83 or 0x84 or 0x85 or 0x86 or 0x87 or 0x88 && LastComputed(Op.Const64, b, heightB))
        {
            ulong constant = (uint)_code[_lastStart + 2] | ((ulong)(uint)_code[_lastStart + 3] << 32);
            DropLast();
            Pop();
            Pop();
            int dst = Push(SlotKind.Bits);
            switch (code)
            {
                case 0x7C or 0x7D or 0x7E or 0x83 or 0x84 or 0x85:
                    Emit(code switch { 0x7E => Op.I64MulImm, 0x83 => Op.I64AndImm, 0x84 => Op.I64OrImm, 0x85 => Op.I64XorImm, _ => Op.I64AddImm });
                    EmitResult(dst);
                    _code.Add(a.Slot);
                    _code.Add64(code == 0x7D ? unchecked(0 - constant) : constant);
                    break;
                default:
                    Emit(code switch { 0x86 => Op.I64ShlImm, 0x87 => Op.I64ShrSImm, _ => Op.I64ShrUImm });
                    EmitResult(dst);
                    _code.Add(a.Slot);
                    _code.Add((int)(constant & 63));
                    break;
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// Emits a jump taken when <paramref name="condition"/> (just popped) is non-zero, or zero when
    /// <paramref name="whenTrue"/> is false, fused with the comparison that computed it where there is
    /// one; the caller appends the target.
    /// </summary>
    private void EmitConditionalJump(Operand condition, bool whenTrue)
    {
        int height = Height;
        if (_lastStart >= 0 && _code[_lastStart + 1] == condition.Slot && condition.Slot == SlotAt(height))
        {
            int op = _code[_lastStart];
            if (op == 0x45)
            {
                int a = _code[_lastStart + 2];
                DropLast();
                Emit(whenTrue ? Op.BrIfEqz : Op.BrIfNez);
                _code.Add(a);
                return;
            }

            if (op is >= 0x46 and <= 0x4F || op >= (int)Op.I32CompareImm && op <= (int)Op.I32CompareImm + 9)
            {
                bool immediate = op >= (int)Op.I32CompareImm;
                int comparison = immediate ? op - (int)Op.I32CompareImm + 0x46 : op;
                int a = _code[_lastStart + 2];
                int b = _code[_lastStart + 3];
                int prior = _priorStart;
                DropLast();
                if (!whenTrue)
                {
                    comparison = s_negated[comparison - 0x46];
                }

                if (prior >= 0 && _code[prior] is (int)Op.I32AddImm or 0x6A && _code[prior + 1] == a)
                {
                    // The value compared was just computed by an add (a loop counter's step): one
                    // instruction adds, writes the sum and branches on it.
                    bool addImmediate = _code[prior] == (int)Op.I32AddImm;
                    int x = _code[prior + 2];
                    int y = _code[prior + 3];
                    _code.Truncate(prior);
                    _instructionStart = Math.Min(_instructionStart, prior);
                    Op fused = (addImmediate, immediate) switch
                    {
                        (true, true) => Op.I32AddImmBrIfI32Imm,
                        (true, false) => Op.I32AddImmBrIfI32,
                        (false, true) => Op.I32AddBrIfI32Imm,
                        _ => Op.I32AddBrIfI32,
                    };
                    Emit(fused + (comparison - 0x46));
                    _code.Add(a);
                    _code.Add(x);
                    _code.Add(y);
                    _code.Add(b);
                    return;
                }

                Emit((immediate ? Op.BrIfI32Imm : Op.BrIfI32) + (comparison - 0x46));
                _code.Add(a);
                _code.Add(b);
                return;
            }
        }

        if (_lastStart >= 0 && _code[_lastStart] is (int)Op.I32AddImm or 0x6A && _code[_lastStart + 1] == condition.Slot)
        {
            // A value just computed by an add (a counter counting down, into a local or its own
            // slot) tested for zero: the add writes it and compares it with 0.
            bool addImmediate = _code[_lastStart] == (int)Op.I32AddImm;
            int dst = _code[_lastStart + 1];
            int x = _code[_lastStart + 2];
            int y = _code[_lastStart + 3];
            DropLast();
            Emit((addImmediate ? Op.I32AddImmBrIfI32Imm : Op.I32AddBrIfI32Imm) + (whenTrue ? 1 : 0));
            _code.Add(dst);
            _code.Add(x);
            _code.Add(y);
            _code.Add(0);
            return;
        }

        Emit(whenTrue ? Op.BrIfNez : Op.BrIfEqz);
        _code.Add(condition.Slot);
    }

    /// <summary>
    /// Emits a rotation left by <paramref name="left"/> of operand <paramref name="a"/> (at stack
    /// height <paramref name="heightA"/>) of a <paramref name="bits"/>-bit integer, the last
    /// instruction being its constant count: fused with the xor before it that computed
    /// <paramref name="a"/> (alone, or with the add before that: <see cref="Op.I32AddXorRotlImm"/>).
    /// </summary>
    private void EmitRotate(Operand a, int heightA, int left, int bits)
    {
        bool wide = bits == 64;
        Op xor = wide ? (Op)0x85 : (Op)0x73;
        Op addXor = wide ? Op.I64AddXor : Op.I32AddXor;
        int right = (bits - left) & (bits - 1);
        if (PriorComputed(xor, a, heightA) || PriorComputed(addXor, a, heightA))
        {
            // The xor's result, in its own stack slot, is only read by the rotation: it is not written.
            bool withAdd = _code[_priorStart] == (int)addXor;
            int operands = withAdd ? 4 : 2;
            int start = _priorStart + 2;
            Span<int> read = stackalloc int[4];
            for (int i = 0; i < operands; i++)
            {
                read[i] = _code[start + i];
            }

            DropLastTwo();
            Pop();
            Pop();
            int fused = Push(SlotKind.Bits);
            Emit(withAdd ? (wide ? Op.I64AddXorRotlImm : Op.I32AddXorRotlImm) : (wide ? Op.I64XorRotlImm : Op.I32XorRotlImm));
            EmitResult(fused);
            for (int i = 0; i < operands; i++)
            {
                _code.Add(read[i]);
            }

            _code.Add(left);
            _code.Add(right);
            return;
        }

        Op add = wide ? (Op)0x7C : (Op)0x6A;
        if (_priorStart >= 0 && _code[_priorStart] == (int)add && _code[_priorStart + 1] == a.Slot)
        {
            // The rotated value just computed by an add (kept in a local or not): SipHash's
            // `v0 += v1; v0 = rotl(v0, 32)`. The sum is written as the add did.
            int x = _code[_priorStart + 2];
            int y = _code[_priorStart + 3];
            DropLastTwo();
            Pop();
            Pop();
            int sum = Push(SlotKind.Bits);
            Emit(wide ? Op.I64AddRotlImm : Op.I32AddRotlImm);
            EmitResult(sum);
            _code.Add(x);
            _code.Add(y);
            _code.Add(a.Slot);
            _code.Add(left);
            _code.Add(right);
            return;
        }

        DropLast();
        Pop();
        Pop();
        int rotated = Push(SlotKind.Bits);
        Emit(wide ? Op.I64RotlImm : Op.I32RotlImm);
        EmitResult(rotated);
        _code.Add(a.Slot);
        _code.Add(left);
        _code.Add(right);
    }

    /// <summary>
    /// Whether the instruction before the last one is <paramref name="op"/> and computed
    /// <paramref name="operand"/> into its own stack slot at <paramref name="height"/> (the last one
    /// computing the other operand, a constant), so both fold into the next instruction.
    /// </summary>
    private bool PriorComputed(Op op, Operand operand, int height) =>
        _priorStart >= 0 && _lastStart >= 0 && _code[_priorStart] == (int)op && _code[_priorStart + 1] == operand.Slot && operand.Slot == SlotAt(height);

    /// <summary>
    /// Removes the last instruction (a constant folded into the one about to be emitted), leaving
    /// the one before it last, so that instruction can still fuse with the next (a counter's add
    /// with a compare-and-branch whose constant was folded).
    /// </summary>
    private void DropLastKeepingPrior()
    {
        int prior = _priorStart;
        DropLast();
        _lastStart = prior;
    }

    /// <summary>Removes the last two instructions (folded into the one about to be emitted).</summary>
    private void DropLastTwo()
    {
        int prior = _priorStart;
        DropLast();
        _instructionStart = Math.Min(_instructionStart, prior);
        _code.Truncate(prior);
    }

    // An and one of whose operands the last instruction computed as `xor x -1` into its own stack
    // slot: one I64AndNot or I32AndNot reading x and the other operand.
    private bool TryFoldComplement(bool wide, Operand a, Operand b, int heightA, int heightB)
    {
        Op complement = wide ? Op.I64XorImm : Op.I32XorImm;
        bool allOnes = _lastStart >= 0 && _code[_lastStart] == (int)complement && _code[_lastStart + 3] == -1 && (!wide || _code[_lastStart + 4] == -1);
        return allOnes && TryFoldProducer(complement, 1, wide ? Op.I64AndNot : Op.I32AndNot, a, b, heightA, heightB);
    }

    // An add one of whose operands the last instruction computed as a range check
    // (I32AddImmLtUImm: x, addend, limit) into its own stack slot: one I32AddImmLtUImmAdd.
    private bool TryFoldCountedRangeCheck(Operand a, Operand b, int heightA, int heightB) =>
        TryFoldProducer(Op.I32AddImmLtUImm, 3, Op.I32AddImmLtUImmAdd, a, b, heightA, heightB);

    // An add of a product (the last instruction, an i32.mul) one of whose factors the instruction
    // before it loaded (an i32.load of memory 0) into its own stack slot: one I32LoadMulAdd. Only
    // the product reads the loaded slot, so it need not be written.
    private bool TryFoldLoadedProduct(Operand a, Operand b, int heightA, int heightB)
    {
        bool productB = LastComputed((Op)0x6C, b, heightB);
        if (!productB && !(LastComputed((Op)0x6C, a, heightA) && b.Slot != a.Slot) || _priorStart < 0 || _code[_priorStart] != (int)Op.MemoryZero)
        {
            return false;
        }

        Operand addend = productB ? a : b;
        int productHeight = productB ? heightB : heightA;
        int loaded = _code[_priorStart + 1];
        int x = _code[_lastStart + 2];
        int y = _code[_lastStart + 3];
        if (x == y || addend.Slot == loaded || (loaded != x && loaded != y) || (loaded != SlotAt(productHeight) && loaded != SlotAt(productHeight + 1)))
        {
            return false;
        }

        int other = loaded == x ? y : x;
        int address = _code[_priorStart + 2];
        int offset = _code[_priorStart + 3];
        DropLastTwo();
        Pop();
        Pop();
        int sum = Push(SlotKind.Bits);
        Emit(Op.I32LoadMulAdd);
        EmitResult(sum);
        _code.Add(address);
        _code.Add(offset);
        _code.Add(other);
        _code.Add(addend.Slot);
        return true;
    }

    // An add, or another commutative operation (operands a, b at stack heights heightA, heightB),
    // one of whose operands the last instruction computed with `producer` (two operands: x, y)
    // into its own stack slot: one `fused` instruction reading x, y and the other operand before
    // writing the result.
    private bool TryFoldInto(Op producer, Op fused, Operand a, Operand b, int heightA, int heightB) =>
        TryFoldProducer(producer, 2, fused, a, b, heightA, heightB);

    // A commutative operation (operands a, b at stack heights heightA, heightB) one of whose
    // operands the last instruction, `producer`, computed into its own stack slot from its first
    // `operands` operands: `fused dst, those operands, other`, the producer's slot not written.
    private bool TryFoldProducer(Op producer, int operands, Op fused, Operand a, Operand b, int heightA, int heightB)
    {
        Operand? other = LastComputed(producer, b, heightB) ? a
            : LastComputed(producer, a, heightA) && b.Slot != a.Slot ? b
            : null;
        if (other is not Operand kept)
        {
            return false;
        }

        ReplaceLastBinary(fused, operands, [kept.Slot]);
        return true;
    }

    // The last instruction `producer t, operands...` (`operands` of them) wrote slot t, which exactly
    // one operand of this commutative operation reads: `fused dst, operands..., t, other`, writing t
    // as the producer did (a local may keep it) and reading `other` after that write.
    private bool TryChainAfter(Op producer, int operands, Op fused)
    {
        Operand b = Peek(0);
        Operand a = Peek(1);
        if (_lastStart < 0 || _code[_lastStart] != (int)producer)
        {
            return false;
        }

        int t = _code[_lastStart + 1];
        if ((a.Slot == t) == (b.Slot == t))
        {
            return false;
        }

        ReplaceLastBinary(fused, operands, [t, a.Slot == t ? b.Slot : a.Slot]);
        return true;
    }

    // Replaces the last instruction and the binary operation being translated (its two operands
    // popped, a number pushed) by `fused dst, the last one's first `operands` operands, after...`.
    private void ReplaceLastBinary(Op fused, int operands, ReadOnlySpan<int> after)
    {
        Span<int> read = stackalloc int[3];
        for (int i = 0; i < operands; i++)
        {
            read[i] = _code[_lastStart + 2 + i];
        }

        DropLast();
        Pop();
        Pop();
        int dst = Push(SlotKind.Bits);
        Emit(fused);
        EmitResult(dst);
        for (int i = 0; i < operands; i++)
        {
            _code.Add(read[i]);
        }

        foreach (int slot in after)
        {
            _code.Add(slot);
        }
    }
}

namespace WasmSharp.Interpretation;

/// <summary>
/// Fusions of first-class vector instructions (Translator.SimdFast.cs) with the instruction just
/// before them, where the SIMD kernels' profiles put their time: a binary operation with a
/// <c>v128.const</c> operand (meshoptimizer's masks and scales), a binary operation reading the
/// result of the one before (blake3's <c>c += d; b ^= c</c>, intgemm's dot-accumulate) and
/// shuffles of a single vector (blake3's rotations and diagonalisations). Each saves a dispatch
/// and keeps the intermediate vector in a register; none can trap, so code sites and fuel are as
/// for the unfused pair.
/// </summary>
internal sealed partial class Translator
{
    /// <summary>
    /// Emits binary vector instruction <paramref name="sub"/> fused with the instruction before it
    /// when they form one of the pairs above; false emits nothing.
    /// </summary>
    private bool TryFuseSimdBinary(uint sub)
    {
        if (_lastStart < 0)
        {
            return false;
        }

        int last = _code[_lastStart];
        if (last == (int)Op.Const128 && sub is 0x4E or 0xE4 or 0xE6)
        {
            return TryFuseConstant(sub);
        }

        if (last == (int)Op.I32x4Add && sub == 0x51)
        {
            return TryFuseChain(Op.I32x4AddXor);
        }

        if (last == (int)Op.I32x4DotI16x8S && sub == 0xAE)
        {
            return TryFuseChain(Op.I32x4DotAdd);
        }

        return false;
    }

    // `v128.const` just computed into the stack slot of one operand: the operation takes it as an
    // immediate. A float operation keeps its operand order unless no lane of the constant is a NaN
    // (then both orders give the same bits: the NaN, if any, is the other operand's).
    private bool TryFuseConstant(uint sub)
    {
        Operand b = Peek(0);
        Operand a = Peek(1);
        int constant = _code[_lastStart + 1];
        int other;
        if (b.Slot == constant && constant == SlotAt(Height - 1) && a.Slot != constant)
        {
            other = a.Slot;
        }
        else if (a.Slot == constant && constant == SlotAt(Height - 2) && b.Slot != constant
            && (sub == 0x4E || !HasNaNLane(_lastStart + 2)))
        {
            other = b.Slot;
        }
        else
        {
            return false;
        }

        ulong low = (uint)_code[_lastStart + 2] | ((ulong)(uint)_code[_lastStart + 3] << 32);
        ulong high = (uint)_code[_lastStart + 4] | ((ulong)(uint)_code[_lastStart + 5] << 32);
        DropLast();
        Pop();
        Pop();
        int dst = Push(SlotKind.V128);
        Emit(sub switch { 0x4E => Op.V128AndConst, 0xE4 => Op.F32x4AddConst, _ => Op.F32x4MulConst });
        EmitResult(dst);
        _code.Add(other);
        _code.Add64(low);
        _code.Add64(high);
        return true;
    }

    // Whether one of the four f32 lanes of the v128 immediate at `position` is a NaN.
    private bool HasNaNLane(int position)
    {
        for (int i = 0; i < 4; i++)
        {
            if ((_code[position + i] & 0x7FFFFFFF) > 0x7F800000)
            {
                return true;
            }
        }

        return false;
    }

    // The last instruction `first dst=t, a, b` wrote t, which exactly one operand of this
    // commutative operation reads: `fused dst, a, b, t, other`. The fused handler writes t as the
    // first instruction did (a local, or a stack slot read again later, may hold it) and reads
    // `other` unchanged by that write, so the pair keeps its meaning whatever the slots are.
    private bool TryFuseChain(Op fused, SlotKind kind = SlotKind.V128)
    {
        Operand b = Peek(0);
        Operand a = Peek(1);
        int t = _code[_lastStart + 1];
        if ((a.Slot == t) == (b.Slot == t))
        {
            return false;
        }

        int other = a.Slot == t ? b.Slot : a.Slot;
        int firstA = _code[_lastStart + 2];
        int firstB = _code[_lastStart + 3];
        DropLast();
        Pop();
        Pop();
        int dst = Push(kind);
        Emit(fused);
        EmitResult(dst);
        _code.Add(firstA);
        _code.Add(firstB);
        _code.Add(t);
        _code.Add(other);
        return true;
    }

    /// <summary>
    /// <c>i8x16.shuffle</c> with <paramref name="low"/>/<paramref name="high"/> lane indices whose
    /// lanes all come from one vector: <see cref="Op.Shuffle1"/> with that vector's byte-select
    /// mask; false emits nothing.
    /// </summary>
    private bool TryShuffleOneSource(ulong low, ulong high)
    {
        Operand b = Peek(0);
        Operand a = Peek(1);
        bool allA = true;
        bool allB = true;
        for (int i = 0; i < 16; i++)
        {
            ulong index = (i < 8 ? low >> (8 * i) : high >> (8 * (i - 8))) & 0xFF;
            allA &= index < 16;
            allB &= index >= 16;
        }

        if (!allA && !allB && a.Slot != b.Slot)
        {
            return false;
        }

        // Indices 0-31 of one vector read lane index mod 16 (a and b being the same slot, or
        // every index on b's side).
        const ulong modulo16 = 0x0F0F0F0F0F0F0F0F;
        int source = allA ? a.Slot : b.Slot;
        Pop();
        Pop();
        int dst = Push(SlotKind.V128);
        Emit(Op.Shuffle1);
        EmitResult(dst);
        _code.Add(source);
        _code.Add64(low & modulo16);
        _code.Add64(high & modulo16);
        return true;
    }
}

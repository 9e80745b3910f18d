using System.Runtime.CompilerServices;

namespace WasmSharp.Interpretation;

/// <summary>
/// Pairs of adjacent instructions that hot loops run back to back (the 18 that saved the largest
/// share of one Sightglass program's dispatches, counted per program): the first one's opcode
/// becomes a pair opcode whose case does its work and then jumps straight to the second one's case, saving the shared indirect dispatch between them (DESIGN.md decision 15).
/// Both stay laid out as they were, so code positions, trap sites, fuel and branch targets are
/// unchanged: a branch to the second one runs it alone, and a trap or a retried access in the
/// second one stands at its own position.
/// </summary>
internal sealed partial class Translator
{
    // (first opcode, its length in ints, second opcode, pair opcode), a first opcode's pairs adjacent.
    private static readonly (int First, int Length, int Second, Op Pair)[] s_pairs =
    [
        ((int)Op.I32AddImm, 4, (int)Op.MemoryZeroAddImm, Op.I32AddImmThenLoad),
        ((int)Op.MemoryZeroAddImm, 5, (int)Op.MemoryZeroAddImm, Op.LoadThenLoad),
        ((int)Op.MemoryZeroAddImm, 5, (int)Op.I32StoreAdd, Op.LoadThenI32StoreAdd),
        ((int)Op.MemoryZero + 0x0E, 4, (int)Op.I32AddImm, Op.StoreThenI32AddImm),
        ((int)Op.I32StoreAdd, 5, (int)Op.I32AddImm, Op.I32StoreAddThenI32AddImm),
        ((int)Op.MemoryZeroStoreImmAddImm + 2, 5, (int)Op.I32AddBrIfI32Imm + 3, Op.Store8ImmThenCountLtU),
        ((int)Op.MemoryZeroAddImm + 0x05, 5, (int)Op.BrIfEqz, Op.Load8UThenBrIfEqz),
        (0x6A, 4, (int)Op.I32AddImmLtUImmAdd, Op.I32AddThenRangeCountAdd),
        (0x6A, 4, 0x6A, Op.I32AddThenAdd),
        ((int)Op.I32AddImmLtUImm, 5, 0x72, Op.RangeCheckThenI32Or),
        ((int)Op.I64MulAddShrUImm, 7, 0x7C, Op.I64CarryThenI64Add),
        ((int)Op.I64AddXor, 6, (int)Op.I64RotlImm, Op.I64AddXorThenRotl),
        (0x71, 4, (int)Op.I32ShlImmXor, Op.I32AndThenShlImmXor),
        (0x73, 4, 0x73, Op.I32XorThenXor),
        ((int)Op.I32AddImmXorImm, 5, (int)Op.I32ShrUAndImm, Op.AddImmXorImmThenShrUAndImm),
        ((int)Op.I32AddXorRotlImm, 8, (int)Op.I32AddXorRotlImm, Op.I32ArxThenArx),
        ((int)Op.I64AddXorRotlImm, 8, (int)Op.I64AddXorRotlImm, Op.I64ArxThenArx),
        ((int)Op.MemoryZero, 4, (int)Op.MemoryZero, Op.PlainLoadThenLoad),
    ];

    // For each opcode, the index in s_pairs of the first pair it starts, or -1 (the table is
    // grouped by first opcode): most instructions are ruled out by one load, the others compare
    // only their own pairs (scanning the whole table for each was a tenth of translation time).
    // Bytes, so that the table of ~0x400 opcodes takes a few cache lines.
    private static readonly sbyte[] s_firstPair = FirstPairs();

    // s_firstPair's marks of an opcode that starts no pair, and of one that starts vector pairs.
    private const sbyte NoPair = -1;
    private const sbyte VectorPairHead = -2;

    // The array of the last translation finished on this thread, reused as CodeBuffer reuses its
    // code array, rather than a list grown afresh for every function.
    [ThreadStatic]
    private static int[]? t_spareStarts;

    // The start of every instruction begun with Emit, ascending, in _starts[.._startCount]: a start
    // at or past the code's length was dropped by a peephole (the code truncated), and is removed
    // when the next one is recorded and before pairing.
    private int[] _starts = TakeSpareStarts();
    private int _startCount;

    private static int[] TakeSpareStarts()
    {
        int[] starts = t_spareStarts ?? new int[256];
        t_spareStarts = null;
        return starts;
    }

    // A thread keeps at most this many starts (128 KiB) for reuse.
    private const int MaxSpareStarts = 1 << 15;

    // Inlined into Emit, which runs for every instruction: one compare on the common path.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void RecordStart(int position)
    {
        int count = _startCount;
        int[] starts = _starts;

        // Starts a peephole dropped (every folded constant leaves one) are at or past this one.
        while (count > 0 && (uint)(count - 1) < (uint)starts.Length && starts[count - 1] >= position)
        {
            count--;
        }

        if ((uint)count < (uint)starts.Length)
        {
            starts[count] = position;
            _startCount = count + 1;
            return;
        }

        RecordStartGrowing(position);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void RecordStartGrowing(int position)
    {
        Array.Resize(ref _starts, _starts.Length * 2);
        _starts[_startCount++] = position;
    }

    private void DropStartsFrom(int position)
    {
        while (_startCount > 0 && _starts[_startCount - 1] >= position)
        {
            _startCount--;
        }
    }

    /// <summary>
    /// Turns each instruction of <see cref="s_pairs"/> directly followed by its partner into the
    /// pair opcode, left to right, a second instruction never starting another pair; and each
    /// vector instruction followed by its partner of <see cref="PairOf"/>, with no jump to the
    /// partner, into the vector pair. Runs on the finished code, after every peephole that could
    /// still replace the last instructions (a peephole that drops the last instruction leaves the
    /// one before it a recorded start: intgemm's dot-accumulate replaces the dot that followed its
    /// load). The next recorded start must be exactly the first one's end, so an instruction
    /// appended without Emit in between (none is between Emit-ed ones today) rules the pair out.
    /// </summary>
    private void FusePairs()
    {
        DropStartsFrom(_code.Length);
        Span<int> code = _code.Written;
        ReadOnlySpan<int> starts = _starts.AsSpan(0, _startCount);
        ReadOnlySpan<sbyte> firstPair = s_firstPair;
        int nextTarget = 0;
        for (int i = 0; i + 1 < starts.Length; i++)
        {
            int first = starts[i];
            int firstOp = code[first];
            int candidate = (uint)firstOp < (uint)firstPair.Length ? firstPair[firstOp] : NoPair;
            if (candidate == NoPair)
            {
                continue;
            }

            if (candidate == VectorPairHead)
            {
                // Vector pairs (Translator.SimdPairs.cs) chain: the second may start the next pair.
                if (SimdPairAt(code, first, starts[i + 1], ref nextTarget) is Op vectorPair)
                {
                    code[first] = (int)vectorPair;
                }

                continue;
            }

            int second = starts[i + 1];
            int secondOp = code[second];
            for (; candidate < s_pairs.Length && s_pairs[candidate].First == firstOp; candidate++)
            {
                if (s_pairs[candidate].Second == secondOp && first + s_pairs[candidate].Length == second)
                {
                    code[first] = (int)s_pairs[candidate].Pair;
                    i++;
                    break;
                }
            }
        }

        if (_starts.Length <= MaxSpareStarts)
        {
            t_spareStarts = _starts;
        }
    }

    private static sbyte[] FirstPairs()
    {
        sbyte[] first = new sbyte[(int)Op.Simd];
        for (int i = 0; i < first.Length; i++)
        {
            first[i] = NoPair; // not Array.Fill, as in OperatorTable
        }

        foreach (Op head in VectorPairHeads)
        {
            first[(int)head] = VectorPairHead;
        }

        for (int i = s_pairs.Length - 1; i >= 0; i--)
        {
            // Grouped: a first opcode's pairs must be adjacent in the table.
            int op = s_pairs[i].First;
            if (first[op] == VectorPairHead || (first[op] >= 0 && first[op] != i + 1))
            {
                throw new InvalidOperationException($"pairs of opcode {op:X} are not adjacent in the table, or it also starts vector pairs");
            }

            first[op] = checked((sbyte)i);
        }

        return first;
    }
}

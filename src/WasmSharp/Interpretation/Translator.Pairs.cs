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
    // (first opcode, its length in ints, second opcode, pair opcode).
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
        ((int)Op.I32AddImmLtUImm, 5, 0x72, Op.RangeCheckThenI32Or),
        ((int)Op.I64MulAddShrUImm, 7, 0x7C, Op.I64CarryThenI64Add),
        ((int)Op.I64AddXor, 6, (int)Op.I64RotlImm, Op.I64AddXorThenRotl),
        (0x71, 4, (int)Op.I32ShlImmXor, Op.I32AndThenShlImmXor),
        (0x73, 4, 0x73, Op.I32XorThenXor),
        ((int)Op.I32AddImmXorImm, 5, (int)Op.I32ShrUAndImm, Op.AddImmXorImmThenShrUAndImm),
        ((int)Op.I32AddXorRotlImm, 8, (int)Op.I32AddXorRotlImm, Op.I32ArxThenArx),
        ((int)Op.I64AddXorRotlImm, 8, (int)Op.I64AddXorRotlImm, Op.I64ArxThenArx),
        ((int)Op.MemoryZero, 4, (int)Op.MemoryZero, Op.PlainLoadThenLoad),
        (0x6A, 4, 0x6A, Op.I32AddThenAdd),
    ];

    // Whether an opcode starts some pair: most instructions are ruled out by one load.
    private static readonly bool[] s_startsPair = StartsPair();

    // The start of every instruction begun with Emit, ascending: a start at or past the code's
    // length was dropped by a peephole (the code truncated), and is removed when the next one is
    // recorded and before pairing.
    private readonly List<int> _starts = [];

    private void RecordStart(int position)
    {
        DropStartsFrom(position);
        _starts.Add(position);
    }

    private void DropStartsFrom(int position)
    {
        int count = _starts.Count;
        while (count > 0 && _starts[count - 1] >= position)
        {
            count--;
        }

        _starts.RemoveRange(count, _starts.Count - count);
    }

    /// <summary>
    /// Turns each instruction of <see cref="s_pairs"/> directly followed by its partner into the
    /// pair opcode, left to right, a second instruction never starting another pair. Runs on the
    /// finished code, after every peephole that could still replace the last instructions. The
    /// next recorded start must be exactly the first one's end, so an instruction appended without
    /// Emit in between (none is between Emit-ed ones today) rules the pair out.
    /// </summary>
    private void FusePairs()
    {
        DropStartsFrom(_code.Length);
        for (int i = 0; i + 1 < _starts.Count; i++)
        {
            int first = _starts[i];
            int second = _starts[i + 1];
            int firstOp = _code[first];
            if ((uint)firstOp >= (uint)s_startsPair.Length || !s_startsPair[firstOp])
            {
                continue;
            }

            int secondOp = _code[second];
            foreach ((int First, int Length, int Second, Op Pair) pair in s_pairs)
            {
                if (pair.First == firstOp && pair.Second == secondOp && first + pair.Length == second)
                {
                    _code[first] = (int)pair.Pair;
                    i++;
                    break;
                }
            }
        }
    }

    private static bool[] StartsPair()
    {
        bool[] starts = new bool[(int)Op.Simd];
        foreach ((int First, int Length, int Second, Op Pair) pair in s_pairs)
        {
            starts[pair.First] = true;
        }

        return starts;
    }
}

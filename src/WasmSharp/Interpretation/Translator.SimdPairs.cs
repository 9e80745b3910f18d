namespace WasmSharp.Interpretation;

/// <summary>
/// Pairs of vector instructions that SIMD kernels run back to back (blake3's add-add,
/// xor-shuffle and shuffle-shuffle of its quarter rounds, intgemm's load then dot-accumulate),
/// each run by one dispatch. The fusion is in place: when the function is translated, the first
/// instruction's code becomes the pair's (<c>Op.*Then*</c>) and the second instruction stays as it
/// was, right after, with its own operands. The pair's case runs the first instruction and then
/// the second, as two dispatches would, so whatever the operands are (the second may read the
/// first's result, or write a slot the first read) the pair means what the two meant; a jump to
/// the second runs it alone; a failed bounds check of either stands at that instruction. Only
/// instructions with nothing jumping between them are paired, and only ones without calls or
/// fuel and epoch checks, so neither the code positions of traps nor any other position changes.
/// </summary>
internal sealed partial class Translator
{
    // The starts of the instructions emitted since the last jump target, oldest first, of which
    // the last few matter: unlike _priorStart, a peephole that drops the last instruction leaves
    // the one before it here (intgemm's dot-accumulate replaces the dot that followed its load).
    // When full, the last KeptRecentStarts move to the front: a shift every few dozen instructions
    // rather than one per instruction, which cost translation speed measurably.
    private readonly int[] _recentStarts = new int[RecentStartsCapacity];
    private int _recentCount;

    private const int RecentStartsCapacity = 64;
    private const int KeptRecentStarts = 4;

    // For each opcode, whether it ends some pair of PairOf: most instructions end none, and skip it.
    private static readonly bool[] s_endsSimdPair = EndsSimdPair();

    /// <summary>
    /// Notes the instruction just started at <paramref name="start"/> with <paramref name="op"/>
    /// when it and the one before it may form a pair; the pair is formed by
    /// <see cref="FuseSimdPairs"/> once both are final.
    /// </summary>
    private void NoteSimdPair(Op op, int start)
    {
        // Instructions at or after this one's start were dropped by a peephole.
        while (_recentCount > 0 && _recentStarts[_recentCount - 1] >= start)
        {
            _recentCount--;
        }

        if (_recentCount > 0 && (uint)op < (uint)s_endsSimdPair.Length && s_endsSimdPair[(int)op])
        {
            int previous = _recentStarts[_recentCount - 1];
            if (PairOf((Op)_code[previous], op) is not null)
            {
                _code.NotePair(previous, start);
            }
        }

        if (_recentCount == _recentStarts.Length)
        {
            Array.Copy(_recentStarts, _recentCount - KeptRecentStarts, _recentStarts, 0, KeptRecentStarts);
            _recentCount = KeptRecentStarts;
        }

        _recentStarts[_recentCount++] = start;
    }

    /// <summary>A jump target: no pair spans it.</summary>
    private void ForgetSimdPairHeads() => _recentCount = 0;

    /// <summary>
    /// Turns the first instruction of every noted pair still in the code into the pair. A peephole
    /// that replaced either instruction truncated the code before it (<see cref="CodeBuffer.Truncate"/>
    /// dropped the note); the instructions noted are checked again all the same.
    /// </summary>
    private void FuseSimdPairs()
    {
        foreach ((int first, int second) in _code.Pairs)
        {
            Op head = (Op)_code[first];
            if (PairOf(head, (Op)_code[second]) is Op pair && first + LengthOf(head) == second)
            {
                _code[first] = (int)pair;
            }
        }
    }

    // The pair run by one case of the main loop, when there is one.
    private static Op? PairOf(Op first, Op second) => (first, second) switch
    {
            (Op.I32x4Add, Op.I32x4Add) => Op.I32x4AddThenAdd,
            (Op.V128Xor, Op.Shuffle1) => Op.V128XorThenShuffle1,
            (Op.Shuffle1, Op.Shuffle1) => Op.Shuffle1ThenShuffle1,
            (Op.Shuffle1, Op.I32x4AddXorRotlImm) => Op.Shuffle1ThenAddXorRotlImm,
            (Op.V128Xor, Op.I32x4RotlImm) => Op.V128XorThenRotlImm,
            (Op.I32x4AddXorRotlImm, Op.I32x4Add) => Op.AddXorRotlImmThenAdd,
            (Op.I32x4AddXorRotlImm, Op.I32x4AddXorRotlImm) => Op.AddXorRotlImmThenAddXorRotlImm,
            (Op.V128LoadAddImm, Op.I32x4DotAdd) => Op.V128LoadAddImmThenDotAdd,
            (Op.V128Shuffle, Op.V128Shuffle) => Op.V128ShuffleThenShuffle,
            (Op.I16x8AddSatS, Op.I16x8AddSatS) => Op.I16x8AddSatSThenAddSatS,
            (Op.I8x16Neg, Op.V128Bitselect) => Op.I8x16NegThenBitselect,
        _ => null,
    };

    // For s_endsSimdPair: the opcodes that end a pair of PairOf, found from the first instructions
    // of its pairs (those LengthOf knows), once.
    private static bool[] EndsSimdPair()
    {
        var ends = new bool[(int)Op.Simd];
        foreach (Op first in (Op[])[Op.I16x8AddSatS, Op.I32x4Add, Op.I32x4AddXorRotlImm, Op.I8x16Neg, Op.Shuffle1, Op.V128LoadAddImm, Op.V128Shuffle, Op.V128Xor])
        {
            for (int second = 0; second < ends.Length; second++)
            {
                ends[second] |= PairOf(first, (Op)second) is not null;
            }
        }

        return ends;
    }

    // The code length of an instruction that can be the first of a pair.
    private static int LengthOf(Op first) => first switch
    {
        Op.I16x8AddSatS => 4,
        Op.I32x4Add => 4,
        Op.I32x4AddXorRotlImm => 8,
        Op.I8x16Neg => 3,
        Op.Shuffle1 => 7,
        Op.V128LoadAddImm => 5,
        Op.V128Shuffle => 12,
        Op.V128Xor => 4,
        _ => throw new InvalidOperationException($"interpreter: {first} is not the first instruction of a vector pair"),
    };
}

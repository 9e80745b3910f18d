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
    // The positions MarkTarget returned, ascending: code jumps there, so no vector pair ends there.
    private int[] _targets = new int[16];
    private int _targetCount;

    /// <summary>A jump target at <paramref name="position"/>: no vector pair ends there.</summary>
    private void NoteTarget(int position)
    {
        if (_targetCount > 0 && _targets[_targetCount - 1] == position)
        {
            return;
        }

        if (_targetCount == _targets.Length)
        {
            Array.Resize(ref _targets, _targets.Length * 2);
        }

        _targets[_targetCount++] = position;
    }

    /// <summary>
    /// The vector pair of the instruction at <paramref name="first"/> and the one right after it at
    /// <paramref name="second"/>, for FusePairs: when the second's opcode pairs with the first's, it
    /// starts where the first ends, and nothing jumps to it (<paramref name="nextTarget"/> walks
    /// <see cref="_targets"/> along with the ascending starts).
    /// </summary>
    private Op? SimdPairAt(ReadOnlySpan<int> code, int first, int second, ref int nextTarget)
    {
        Op head = (Op)code[first];
        if (PairOf(head, (Op)code[second]) is not Op pair || first + LengthOf(head) != second)
        {
            return null;
        }

        while (nextTarget < _targetCount && _targets[nextTarget] < second)
        {
            nextTarget++;
        }

        return nextTarget < _targetCount && _targets[nextTarget] == second ? null : pair;
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

    // The opcodes that start a pair of PairOf (those LengthOf knows), marked in s_firstPair. A
    // property, not a static field: s_firstPair's initializer, in another file of this partial
    // class, reads it, and the order of static initializers across files is unspecified.
    private static ReadOnlySpan<Op> VectorPairHeads =>
        [Op.I16x8AddSatS, Op.I32x4Add, Op.I32x4AddXorRotlImm, Op.I8x16Neg, Op.Shuffle1, Op.V128LoadAddImm, Op.V128Shuffle, Op.V128Xor];

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

namespace WasmSharp.Compilation;

/// <summary>
/// Groups the case bodies of a C <c>switch</c> into regions (<see cref="SwitchSpan"/>): a
/// <c>br_table</c> over many labels into a ladder of nested blocks, which
/// <see cref="RegionPlanner"/> cannot cut into blocks (each would leave by hundreds of labels), so
/// that a bytecode interpreter's or a parser's main loop no longer stays one method too large for
/// RyuJIT to optimize.
/// </summary>
internal static class SwitchSpanPlanner
{
    /// <summary>
    /// A block branched to from this many places other than the table is where the cases meet
    /// (after the switch, a shared tail): unless the function is too large to keep such tails, a
    /// span ends there, and the code after it stays in the function, so that a case that leaves
    /// its span to go there costs one call, not two.
    /// </summary>
    private const int JoinBranches = 4;

    /// <summary>
    /// The spans of one ladder, each at most <paramref name="budget"/> bytes and at least
    /// <paramref name="minimum"/>, overlapping neither <paramref name="taken"/> (to which they are
    /// added) nor exception handling (<paramref name="tryOffsets"/>, sorted). <paramref name="levels"/>
    /// are the ladder's blocks, innermost (the table's own block, depth 0) first;
    /// <paramref name="depths"/> the table's label depths, default last. The case bodies in the
    /// first <paramref name="keep"/> bytes after the table's block stay in the function. With
    /// <paramref name="keepJoins"/> false, the tails where cases meet go into spans like any case
    /// body: for a function whose tails alone would leave it too large to optimize.
    /// </summary>
    public static void Plan(int tableOffset, int[] depths, LadderLevel[] levels, List<int> tryOffsets, int budget, int minimum, int keep, bool keepJoins, List<RegionPlan> taken)
    {
        int joinBranches = keepJoins ? JoinBranches : int.MaxValue;
        int s = 0;
        while (s < levels.Length - 1 && levels[s + 1].End - levels[0].End <= keep)
        {
            s++;
        }

        while (s < levels.Length - 1)
        {
            int start = levels[s].End;
            if (levels[s].Branches >= joinBranches || !levels[s].Startable || !Fits(levels, s, start, budget, tryOffsets))
            {
                // A tail where the cases meet, a value on the stack, too large (the function cuts
                // regions out of it), or with exception handling: the function compiles it.
                s++;
                continue;
            }

            int t = s + 1;
            while (t < levels.Length - 1 && levels[t].Branches < joinBranches && Fits(levels, t, start, budget, tryOffsets))
            {
                t++;
            }

            int end = levels[t].End;
            if (end - start >= minimum && !taken.Any(p => start < p.End && p.Start < end))
            {
                taken.Add(new RegionPlan(start, end) { Span = Entries(tableOffset, depths, s, t - s) });
            }

            s = t;
        }
    }

    // Whether the span from `start` can take in the code after the end of ladder block `k` (to the
    // end of block k + 1), which the span then closes: a block with results it cannot.
    private static bool Fits(LadderLevel[] levels, int k, int start, int budget, List<int> tryOffsets)
    {
        int from = levels[k].End;
        int to = levels[k + 1].End;
        if (to - start > budget || !levels[k + 1].Plain)
        {
            return false;
        }

        int next = tryOffsets.BinarySearch(from);
        next = next < 0 ? ~next : next;
        return next >= tryOffsets.Count || tryOffsets[next] >= to;
    }

    // The table indices that land inside the span go to it directly when they are close together
    // (a C switch's cases are laid out in the order of their values); the span's entry dispatch
    // then has a slot per index in their range. Otherwise the table reaches the span like any
    // other branch, through the labels.
    private static SwitchSpan Entries(int tableOffset, int[] depths, int first, int closes)
    {
        int low = int.MaxValue;
        int high = -1;
        int inside = 0;
        for (int i = 0; i < depths.Length - 1; i++)
        {
            if (depths[i] >= first && depths[i] < first + closes)
            {
                low = Math.Min(low, i);
                high = Math.Max(high, i);
                inside++;
            }
        }

        bool direct = inside > 0 && high - low + 1 <= (4 * inside) + 64;
        return direct
            ? new SwitchSpan(tableOffset, first, closes, low, high - low + 1)
            : new SwitchSpan(tableOffset, first, closes, 0, 0);
    }
}

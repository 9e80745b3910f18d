using WasmSharp.Binary;
using WasmSharp.Operators;
using WasmSharp.Types;

namespace WasmSharp.Compilation;

/// <summary>
/// Chooses which blocks of a very large function to compile as separate methods. RyuJIT compiles
/// a method with more than 20,000 IL instructions, 2,000 basic blocks or 8,000 local references
/// without optimization ("MinOpts", not configurable in release runtimes): no register
/// allocation across statements, no inlining. Large functions from C, Rust and Go compilers cross
/// those limits (meshoptimizer's main loop, ed25519's field arithmetic). Cutting out outermost
/// <c>block</c>s and <c>loop</c>s until the rest fits keeps every piece optimized. A region gets
/// the locals it uses through a frame of 16-byte slots and returns which label it left by.
/// Regions are plain numeric code: functions with reference-typed locals, parameters, results or
/// block types, or with tail calls, are not split, and a region holds no exception handling and
/// sits inside none, so a trap or exception never leaves a region's writes to locals unseen.
/// </summary>
internal static class RegionPlanner
{
    /// <summary>Blocks smaller than this are not worth a method of their own (or a 12th of the budget, if less).</summary>
    private const int MinimumRegion = 512;

    /// <summary>The smallest region worth a method for a split budget of <paramref name="budget"/> code bytes.</summary>
    public static int MinimumSize(int budget) => Math.Min(MinimumRegion, budget / 12);

    /// <summary>
    /// Loop bodies, and straight-line code, are cut out of a function that RyuJIT can still optimize
    /// whole (<see cref="MaximumWholeInstructions"/>, <see cref="MaximumWholeBlocks"/>) only while the
    /// rest of it is over this many budgets: a piece inside a loop is called, and its locals copied,
    /// once per iteration. blake3-simd's 10.6 KB hashing function (about 3,800 instructions, an
    /// estimated 117 blocks) ran 25-30% faster whole than with its loop cut (2.6-2.9 ms against
    /// 3.4-3.7 ms). Functions with more blocks are cut as before: in the Sightglass programs most
    /// functions of 6-12 KB estimate 1,000-3,500 blocks, and left whole one of tinygo-json's was
    /// compiled with MinOpts.
    /// </summary>
    private const int LoopBudgetFactor = 2;

    /// <summary>
    /// A switch whose spans leave more than this many budgets in the function is planned again,
    /// with spans past the blocks with results in its ladder, then with the tails where its cases
    /// meet in spans too. CPython 3.12's bytecode loop (106 KB) kept 14 KB of tails, 27,000 IL
    /// instructions, and QuickJS's JS_CallInternal (37 KB) kept 30 KB outside a block with a
    /// result at depth 33 of its ladder: RyuJIT compiled both with MinOpts. The SQLite bytecode
    /// loop keeps 9.7 KB, 16,900 instructions, and is optimized with its hot cases and tails in
    /// the function (planned past its blocks with results, it took 7.2 and 7.9 s against 6.9 and
    /// 6.6 s for a script of 20 statements).
    /// </summary>
    private const int ReplanBudgetFactor = 2;

    /// <summary>
    /// At most this many wasm instructions for a function over the budget to stay whole: its IL is
    /// about one instruction per wasm instruction plus a bounds check per access (at most
    /// <see cref="MaximumWholeBlocks"/>), well under RyuJIT's 20,000 IL instructions.
    /// </summary>
    private const int MaximumWholeInstructions = 8_000;

    /// <summary>At most this many estimated basic blocks for a function over the budget to stay whole: a quarter of RyuJIT's 2,000.</summary>
    private const int MaximumWholeBlocks = 500;

    /// <summary>Blocks with branches to more enclosing labels than this are not cut out.</summary>
    private const int MaximumExits = 32;

    /// <summary>
    /// Whether RyuJIT optimizes <paramref name="body"/> compiled as one method, whatever its size in
    /// bytes: at most <see cref="MaximumWholeInstructions"/> instructions and
    /// <see cref="MaximumWholeBlocks"/> estimated basic blocks.
    /// </summary>
    public static bool FitsWhole(ModuleInfo module, FunctionBody body)
    {
        var reader = new WasmReader(module.Bytes.Span.Slice(body.CodeOffset, body.CodeLength), body.CodeOffset);
        int instructions = 0;
        while (!reader.AtEnd && instructions <= MaximumWholeInstructions)
        {
            OperandReader.Skip(ref reader, reader.ReadByte());
            instructions++;
        }

        return FitsWhole(module, body, instructions);
    }

    private static bool FitsWhole(ModuleInfo module, FunctionBody body, int instructions) =>
        instructions <= MaximumWholeInstructions && FunctionScanner.EstimateBlocks(module, body, 0, body.CodeLength) <= MaximumWholeBlocks;

    /// <summary>
    /// The regions of <paramref name="body"/>, in code order; empty when it is small or not
    /// splittable. Functions over <paramref name="budget"/> code bytes are split into pieces of
    /// about that size. <paramref name="valueSlots"/> is the most values a branch or block end
    /// carries; <paramref name="splitSequences"/> says the blocks were not enough, and the function's
    /// straight-line code must be cut into regions too; <paramref name="constructEnds"/> maps the
    /// start of every block, loop, if and try to its end, so straight-line regions neither
    /// swallow constructs larger than a piece nor start where their frame ends too soon;
    /// <paramref name="spans"/> are the case bodies of C switches to compile as regions (see
    /// <see cref="SwitchSpan"/>), in code order, planned before the blocks, which overlap none;
    /// <paramref name="constantSwitches"/> are the branch tables, by offset, whose cases only set a
    /// local to a constant (see <see cref="ConstantSwitch"/>): compiled as lookups, their case
    /// bodies take no code, and they get no spans. With <paramref name="keep"/> (a code position,
    /// relative to the body), no block region contains that position unless a span does: an
    /// on-stack replacement entry keeps its hot loop, and every construct around it, in the
    /// function's own method.
    /// </summary>
    public static RegionPlan[] Plan(ModuleInfo module, FunctionBody body, FuncType type, ValType[] localTypes, int budget, out int valueSlots, out bool splitSequences, out Dictionary<int, int> constructEnds, out RegionPlan[] spans, out Dictionary<int, ConstantSwitch> constantSwitches, int keep = -1)
    {
        splitSequences = false;
        constructEnds = [];
        spans = [];
        constantSwitches = [];
        int minimum = MinimumSize(budget);
        valueSlots = type.Results.Count;
        if (body.CodeLength <= budget || type.Results.Any(r => r.IsRef) || localTypes.Any(t => t.IsRef))
        {
            return [];
        }

        var nodes = new List<Node>();
        bool wideBranchTable = false;
        var open = new List<Node>();
        var ladders = new List<(int Table, int TableBytes, int[] Depths, Node[] Blocks)>();
        var tryOffsets = new List<int>();
        var reader = new WasmReader(module.Bytes.Span.Slice(body.CodeOffset, body.CodeLength), body.CodeOffset);
        int instructions = 0;
        while (!reader.AtEnd)
        {
            int at = reader.Position;
            byte op = reader.ReadByte();
            instructions++;
            switch (op)
            {
                case 0x02:
                case 0x03:
                case 0x04:
                {
                    (ValType[] parameters, ValType[] results) = OperandReader.ReadBlockType(ref reader, module);
                    if (parameters.Concat(results).Any(t => t.IsRef))
                    {
                        return [];
                    }

                    valueSlots = Math.Max(valueSlots, Math.Max(parameters.Length, results.Length));

                    bool insideTry = open.Count > 0 && (open[^1].InsideTry || open[^1].IsTry);
                    open.Add(new Node(at, op != 0x04 && parameters.Length == 0 && !insideTry, insideTry, false)
                    {
                        IsLoop = op == 0x03,
                        IsLadderBlock = parameters.Length == 0 && !insideTry,
                        IsPlainBlock = op == 0x02 && parameters.Length == 0 && results.Length == 0 && !insideTry,
                        HasResults = results.Length != 0,
                        InsideLoop = open.Count > 0 && (open[^1].InsideLoop || open[^1].IsLoop),
                    });
                    break;
                }

                case 0x06:
                case 0x1F:
                    OperandReader.Skip(ref reader, op);
                    tryOffsets.Add(at);
                    MarkIneligible(open);
                    open.Add(new Node(at, false, true, true));
                    break;
                case 0x12:
                case 0x13:
                case 0x15:
                    // A function with tail calls is left whole: the frame buffer (localloc) would
                    // keep its tail calls from being fast.
                    return [];
                case 0x07:
                case 0x09:
                case 0x19:
                    // catch, rethrow, catch_all: no region holds exception handling.
                    OperandReader.Skip(ref reader, op);
                    tryOffsets.Add(at);
                    MarkIneligible(open);
                    break;
                case 0x18:
                    // delegate ends a legacy try.
                    OperandReader.Skip(ref reader, op);
                    tryOffsets.Add(at);
                    MarkIneligible(open);
                    Close(open, nodes, reader.Position);
                    break;
                case 0x0B:
                    if (open.Count > 0)
                    {
                        Close(open, nodes, reader.Position);
                    }

                    break;
                case 0x0C:
                case 0x0D:
                case 0xD5:
                case 0xD6:
                {
                    int depth = reader.ReadCount();
                    NoteExits(open, [depth]);
                    if (depth < open.Count)
                    {
                        open[^(depth + 1)].Branches++;
                    }

                    break;
                }

                case 0x0E:
                {
                    int count = reader.ReadCount();
                    var depths = new int[count + 1];
                    for (int i = 0; i <= count; i++)
                    {
                        depths[i] = reader.ReadCount();
                    }

                    NoteExits(open, depths);
                    if (depths.Distinct().Count() > MaximumExits)
                    {
                        wideBranchTable = true;
                        Node[] ladder = open.AsEnumerable().Reverse().TakeWhile(n => n.IsLadderBlock).ToArray();
                        if (ladder.Length > 1)
                        {
                            ladders.Add((at, reader.Position - at, depths, ladder));
                        }
                    }

                    break;
                }
                default:
                    OperandReader.Skip(ref reader, op);
                    break;
            }
        }

        nodes.Sort((a, b) => a.Start.CompareTo(b.Start));

        // Switches that become lookups leave their case bodies uncompiled and need no spans.
        int skipped = 0;
        foreach (var ladder in ladders.ToArray())
        {
            int[] levelEnds = ladder.Blocks.TakeWhile(n => n.IsPlainBlock).Select(n => n.End).ToArray();
            if (ConstantSwitch.TryRecognize(module.Bytes.Span.Slice(body.CodeOffset, body.CodeLength), ladder.Depths, levelEnds, out int bytes) is { } lookup)
            {
                constantSwitches[ladder.Table] = lookup;
                ladders.Remove(ladder);
                skipped += bytes;
            }
        }

        // Blocks outside every loop first: a region inside a loop is called, and its locals copied,
        // once per iteration. Only if that is not enough do loop bodies get cut out too, and in a
        // function RyuJIT can optimize whole only past the loop budget (see LoopBudgetFactor).
        int loopBudget = budget;
        if (body.CodeLength <= LoopBudgetFactor * budget && FitsWhole(module, body, instructions))
        {
            loopBudget = LoopBudgetFactor * budget;
        }

        int available = body.CodeLength - skipped;
        List<RegionPlan> plans = PlanPieces(nodes, ladders, tryOffsets, available, budget, loopBudget, minimum, keepJoins: true, wholeLadder: false, keep, out List<RegionPlan> spanPlans, out int remaining);
        if (ladders.Count > 0)
        {
            // Switches whose plan left the function too large: spans go past the ladder's blocks
            // with results, ifs and loops too, then also take in the tails where the cases meet. Either costs a
            // call where the function had the code, so a plan that leaves little stops there.
            // A plan that cut nothing from a function over its budget is planned again whatever
            // it left: Ruby 3.4's F9270 (10.9 KB) has its switch inside an if, a ladder level only
            // the whole-ladder plan goes past, and stayed whole, with MinOpts.
            bool cutNothing = plans.Count == 0 && spanPlans.Count == 0;
            foreach ((bool keepJoins, bool wholeLadder) in (ReadOnlySpan<(bool, bool)>)[(true, true), (false, true)])
            {
                bool tooLarge = remaining > ReplanBudgetFactor * budget || (cutNothing && remaining > budget);
                if (!tooLarge)
                {
                    break;
                }

                List<RegionPlan> more = PlanPieces(nodes, ladders, tryOffsets, available, budget, loopBudget, minimum, keepJoins, wholeLadder, keep, out List<RegionPlan> moreSpans, out int moreRemaining);
                if (moreRemaining < remaining)
                {
                    (plans, spanPlans, remaining) = (more, moreSpans, moreRemaining);
                }
            }
        }

        spans = spanPlans.ToArray();
        plans.Sort((a, b) => a.Start.CompareTo(b.Start));
        // Straight-line regions inside a branch table over many labels would each get many exits.
        // Straight-line code is cut as a last resort, under the loop budget: its pieces may sit in
        // the loops that were left whole.
        splitSequences = remaining > loopBudget && !wideBranchTable;
        foreach (Node node in nodes)
        {
            constructEnds[node.Start] = node.End;
        }

        return plans.ToArray();
    }

    // The spans of the switches and the blocks to cut out, and how many bytes of the `available`
    // stay in the function; with `keepJoins`, the tails where a switch's cases meet stay in it;
    // with `wholeLadder`, a ladder goes on past its blocks with results, its ifs and its loops;
    // no block cut out contains position `kept` (when not -1), unless a span does: a case body of
    // a switch is cut as planned, whatever it holds (kept in the function, the cases of CPython's
    // bytecode loop would make one method of megabytes of IL), and the position goes with it.
    private static List<RegionPlan> PlanPieces(List<Node> nodes, List<(int Table, int TableBytes, int[] Depths, Node[] Blocks)> ladders, List<int> tryOffsets, int available, int budget, int loopBudget, int minimum, bool keepJoins, bool wholeLadder, int kept, out List<RegionPlan> spanPlans, out int remaining)
    {
        spanPlans = PlanSpans(ladders, tryOffsets, budget, minimum, keep: 0, keepJoins, wholeLadder);
        if (spanPlans.Any(p => Contains(p.Start, p.End, kept)))
        {
            kept = -1;
        }

        remaining = available - spanPlans.Sum(p => p.End - p.Start);

        // The cases the function has room for stay in it: the table reaches them in one jump, not
        // two (a stub, then the span's own dispatch), and without a call. A table is one
        // instruction, however many bytes its labels take.
        int room = budget - (remaining - ladders.Sum(l => l.TableBytes));
        if (spanPlans.Count > 0 && room >= minimum)
        {
            spanPlans = PlanSpans(ladders, tryOffsets, budget, minimum, keep: room, keepJoins, wholeLadder);
            remaining = available - spanPlans.Sum(p => p.End - p.Start);
        }

        var plans = new List<RegionPlan>();
        foreach (bool insideLoops in (bool[])[false, true])
        {
            foreach (Node node in nodes)
            {
                if (remaining <= (insideLoops ? loopBudget : budget))
                {
                    break;
                }

                int size = node.End - node.Start;
                if ((node.InsideLoop && !insideLoops) || !node.Eligible || size < minimum || size > budget
                    || Contains(node.Start, node.End, kept)
                    || plans.Concat(spanPlans).Any(p => node.Start < p.End && p.Start < node.End))
                {
                    continue;
                }

                plans.Add(new RegionPlan(node.Start, node.End));
                remaining -= size;
            }
        }

        return plans;
    }

    /// <summary>Whether code from <paramref name="start"/> to <paramref name="end"/> holds position <paramref name="position"/> (-1: none).</summary>
    public static bool Contains(int start, int end, int position) => position >= 0 && start <= position && position < end;

    // The spans of every ladder, in code order; the first `keep` bytes of case bodies of the first
    // ladder stay in the function.
    private static List<RegionPlan> PlanSpans(List<(int Table, int TableBytes, int[] Depths, Node[] Blocks)> ladders, List<int> tryOffsets, int budget, int minimum, int keep, bool keepJoins, bool wholeLadder)
    {
        var spans = new List<RegionPlan>();
        foreach ((int table, _, int[] depths, Node[] ladder) in ladders)
        {
            LadderLevel[] levels = ladder.TakeWhile(n => wholeLadder || n.IsPlainBlock).Select(n => new LadderLevel(n.End, n.Branches, n.IsPlainBlock, !n.HasResults && !n.IsLoop)).ToArray();
            SwitchSpanPlanner.Plan(table, depths, levels, tryOffsets, budget, minimum, keep, keepJoins, spans);
            keep = 0;
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }

    // A branch to relative depths `depths` leaves every open node deeper than its target. A region
    // returns a code per label it can leave to, and the function branches on it: regions with many
    // ways out (a br_table over hundreds of nested blocks, as a C switch compiles) are not worth it.
    private static void NoteExits(List<Node> open, int[] depths)
    {
        var targets = new SortedSet<int>();
        foreach (int depth in depths)
        {
            targets.Add(open.Count - 1 - depth);
        }

        int[] sorted = targets.ToArray();
        for (int i = 0; i < open.Count; i++)
        {
            Node node = open[i];
            if (!node.Eligible)
            {
                continue;
            }

            foreach (int target in sorted)
            {
                if (target >= i)
                {
                    break;
                }

                node.Exits ??= new HashSet<int>();
                node.Exits.Add(target);
                if (node.Exits.Count > MaximumExits)
                {
                    node.Eligible = false;
                    break;
                }
            }
        }
    }

    private static void MarkIneligible(List<Node> open)
    {
        foreach (Node node in open)
        {
            node.Eligible = false;
        }
    }

    private static void Close(List<Node> open, List<Node> nodes, int end)
    {
        Node node = open[^1];
        open.RemoveAt(open.Count - 1);
        node.End = end;
        nodes.Add(node);
    }

    private sealed class Node(int start, bool eligible, bool insideTry, bool isTry)
    {
        public int Start { get; } = start;

        public int End { get; set; }

        public bool Eligible { get; set; } = eligible;

        public bool InsideTry { get; } = insideTry;

        public bool IsTry { get; } = isTry;

        public HashSet<int>? Exits { get; set; }

        public bool IsLoop { get; init; }

        /// <summary>A <c>block</c>, <c>if</c> or <c>loop</c> without parameters, outside exception handling: it can be a rung of a switch's ladder.</summary>
        public bool IsLadderBlock { get; init; }

        /// <summary>A <c>block</c> without parameters or results, outside exception handling: a span can close it.</summary>
        public bool IsPlainBlock { get; init; }

        /// <summary>Whether the construct has results: no span starts at its end.</summary>
        public bool HasResults { get; init; }

        /// <summary>How many <c>br</c>, <c>br_if</c> and <c>br_on_*</c> target the block.</summary>
        public int Branches { get; set; }

        public bool InsideLoop { get; init; }
    }
}

using WasmSharp.Binary;

namespace WasmSharp.Compilation;

/// <summary>
/// A <c>br_table</c> over a ladder of nested blocks whose case bodies only set one local to a
/// constant and branch to one common label: <c>i32.const K; local.set X; br J</c> after the end of
/// each ladder block, as a C <c>switch</c> that maps a value to a value compiles. The table is then
/// a lookup (LLVM's switch-to-lookup-table): the entries that reach such a case set the local from
/// a table of the constants and branch to the common label, and the case bodies, which nothing
/// else reaches, are not compiled. A switch of thousands of cases otherwise took thousands of
/// basic blocks, past what RyuJIT optimizes in one method, and became regions (<see cref="SwitchSpan"/>)
/// at a call per case (shootout-switch: 4,096 cases, 2.2x Wasmtime).
/// </summary>
/// <param name="Local">The local every case sets.</param>
/// <param name="Values">The constant of each table entry that reaches a constant case (default
/// last, as in the table); entries that do not are <see cref="IsConstant"/> false.</param>
/// <param name="IsConstant">Which table entries reach a constant case.</param>
/// <param name="TargetDepth">The label every case branches to, as a depth from the table.</param>
internal sealed record ConstantSwitch(int Local, int[] Values, bool[] IsConstant, int TargetDepth)
{
    /// <summary>Fewer constant cases than this are compiled as they are.</summary>
    private const int MinimumCases = 16;

    /// <summary>
    /// Recognizes the switch of a table with label depths
    /// <paramref name="depths"/> (default last) over ladder blocks ending at <paramref name="levelEnds"/>
    /// (innermost, the table's own block, first; each the offset after the block's <c>end</c>) in
    /// <paramref name="code"/> (the function's code, which the offsets count from); null if fewer than <see cref="MinimumCases"/>
    /// entries reach constant cases, or the cases set different locals or leave to different labels.
    /// Also returns the bytes of the constant case bodies, which the function does not compile.
    /// </summary>
    public static ConstantSwitch? TryRecognize(ReadOnlySpan<byte> code, int[] depths, int[] levelEnds, out int skippedBytes)
    {
        skippedBytes = 0;
        int levels = levelEnds.Length;
        var constants = new int?[levels];
        int local = -1;
        int target = -1;
        for (int k = 0; k + 1 < levels; k++)
        {
            // The case body of level k runs from the end of block k to the `end` of block k + 1.
            int start = levelEnds[k];
            int end = levelEnds[k + 1] - 1;
            if (end <= start)
            {
                continue;
            }

            var reader = new WasmReader(code[start..end], start);
            if (reader.ReadByte() != 0x41)
            {
                continue;
            }

            int value = reader.ReadVarInt32();
            if (reader.AtEnd || reader.ReadByte() != 0x21)
            {
                continue;
            }

            int setLocal = reader.ReadCount();
            if (reader.AtEnd || reader.ReadByte() != 0x0C)
            {
                continue;
            }

            // Inside block k + 1, depth d is depth k + 1 + d from the table.
            int branchDepth = k + 1 + reader.ReadCount();
            if (!reader.AtEnd || (local >= 0 && (setLocal != local || branchDepth != target)))
            {
                continue;
            }

            local = setLocal;
            target = branchDepth;
            constants[k] = value;
            skippedBytes += end - start;
        }

        var values = new int[depths.Length];
        var isConstant = new bool[depths.Length];
        int cases = 0;
        for (int i = 0; i < depths.Length; i++)
        {
            if (depths[i] < levels && constants[depths[i]] is int value)
            {
                values[i] = value;
                isConstant[i] = true;
                cases++;
            }
        }

        return cases >= MinimumCases ? new ConstantSwitch(local, values, isConstant, target) : null;
    }
}

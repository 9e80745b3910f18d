namespace WasmSharp.Operators;

/// <summary>
/// Lookups over the generated operator table (operators.def, see README.md in this folder): from an
/// operator to what it is, and from an encoding (prefix and opcode) to the operator.
/// </summary>
internal static class OperatorTable
{
    private const ushort NoOperator = ushort.MaxValue;

    // Operator by opcode: index 0 for single-byte opcodes, 1..4 for the prefixes 0xFB..0xFE.
    private static readonly ushort[][] s_byEncoding = BuildEncodings();

    // The requirement every operator under a prefix shares, checked before its sub-opcode is read.
    private static readonly FeatureRequirement?[] s_prefixRequirements = BuildPrefixRequirements();

    /// <summary>What <paramref name="op"/> is.</summary>
    public static OperatorInfo Info(Operator op) => OperatorInfos.All[(int)op];

    /// <summary>The operator encoded by <paramref name="prefix"/> (0 for none) and <paramref name="code"/>, if any.</summary>
    public static bool TryDecode(byte prefix, uint code, out Operator op)
    {
        int table = prefix switch { 0 => 0, >= 0xFB and <= 0xFE => prefix - 0xFA, _ => -1 };
        if (table >= 0)
        {
            ushort[] codes = s_byEncoding[table];
            if (code < (uint)codes.Length && codes[code] != NoOperator)
            {
                op = (Operator)codes[code];
                return true;
            }
        }

        op = default;
        return false;
    }

    /// <summary>The operator encoded by <paramref name="prefix"/> and <paramref name="code"/>, which must be defined.</summary>
    public static Operator Decode(byte prefix, uint code) =>
        TryDecode(prefix, code, out Operator op) ? op : throw new ArgumentOutOfRangeException(nameof(code), $"no operator {prefix:x2} {code:x}");

    /// <summary>
    /// The feature all operators under <paramref name="prefix"/> need first (0xFB: GC, 0xFD: SIMD,
    /// 0xFE: threads), which validation checks before reading the sub-opcode; null if they differ (0xFC).
    /// </summary>
    public static FeatureRequirement? PrefixRequirement(byte prefix) =>
        prefix >= 0xFB && prefix <= 0xFE ? s_prefixRequirements[prefix - 0xFB] : null;

    private static ushort[][] BuildEncodings()
    {
        var tables = new ushort[5][];
        for (int t = 0; t < tables.Length; t++)
        {
            uint size = 0;
            foreach (OperatorInfo info in OperatorInfos.All)
            {
                if (Table(info) == t)
                {
                    size = Math.Max(size, info.Code + 1);
                }
            }

            tables[t] = new ushort[size];

            // A loop, not Array.Fill: its code for ushort is in no ReadyToRun image, and this runs
            // at every process's start (so do the other such loops of the start path).
            for (int i = 0; i < size; i++)
            {
                tables[t][i] = NoOperator;
            }
        }

        foreach (OperatorInfo info in OperatorInfos.All)
        {
            tables[Table(info)][info.Code] = (ushort)info.Operator;
        }

        return tables;
    }

    private static int Table(OperatorInfo info) => info.Prefix == 0 ? 0 : info.Prefix - 0xFA;

    private static FeatureRequirement?[] BuildPrefixRequirements()
    {
        var requirements = new FeatureRequirement?[4];
        for (int i = 0; i < requirements.Length; i++)
        {
            byte prefix = (byte)(0xFB + i);
            FeatureRequirement? shared = null;
            bool first = true;
            foreach (OperatorInfo info in OperatorInfos.All)
            {
                if (info.Prefix != prefix)
                {
                    continue;
                }

                FeatureRequirement? own = info.Requires.Length > 0 ? info.Requires[0] : null;
                shared = first || shared == own ? own : null;
                first = false;
            }

            requirements[i] = shared;
        }

        return requirements;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace WasmSharp.Fuzz.Diff;

/// <summary>
/// Canonical text of a WebAssembly value for comparing two runtimes: integers exactly, floats by bits except
/// that every NaN is the same (the spec leaves NaN sign and payload nondeterministic, section 4.3.3), v128 by
/// lanes with NaN-shaped lanes collapsed the same way.
/// </summary>
internal static class ValueText
{
    public static string I32(int value) => "i32:" + value.ToString(CultureInfo.InvariantCulture);

    public static string I64(long value) => "i64:" + value.ToString(CultureInfo.InvariantCulture);

    public static string F32(uint bits) => float.IsNaN(BitConverter.UInt32BitsToSingle(bits)) ? "f32:nan" : $"f32:{bits:x8}";

    public static string F64(ulong bits) => double.IsNaN(BitConverter.UInt64BitsToDouble(bits)) ? "f64:nan" : $"f64:{bits:x16}";

    /// <summary>A v128 whose 64-bit halves are collapsed when they are f64 NaNs and whose 32-bit lanes are collapsed when f32 NaNs.</summary>
    public static string V128(ulong low, ulong high) => $"v128:{Half(low)}_{Half(high)}";

    public static string Ref(bool isNull) => isNull ? "ref:null" : "ref:nonnull";

    /// <summary>
    /// Whether two trace lines agree: equal, or equal but for v128 halves where one side is an f64 NaN and the
    /// other's upper f32 lane a NaN (the upper word of every f64 NaN is an f32 NaN; its lower word is payload,
    /// so a NaN-producing f32x4 and f64x2 view of the same nondeterministic result must both be accepted).
    /// </summary>
    public static bool LinesMatch(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        MatchCollection ours = V128Pattern.Matches(a);
        MatchCollection theirs = V128Pattern.Matches(b);
        if (ours.Count == 0 || ours.Count != theirs.Count || V128Pattern.Replace(a, "v128") != V128Pattern.Replace(b, "v128"))
        {
            return false;
        }

        for (int i = 0; i < ours.Count; i++)
        {
            for (int group = 1; group <= 2; group++)
            {
                if (!HalvesMatch(ours[i].Groups[group].Value, theirs[i].Groups[group].Value))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static readonly Regex V128Pattern = new(@"v128:([0-9a-z.]+)_([0-9a-z.]+)", RegexOptions.CultureInvariant);

    private static bool HalvesMatch(string x, string y) =>
        x == y || (x == "nan64" && y.EndsWith(".nan32", StringComparison.Ordinal)) || (y == "nan64" && x.EndsWith(".nan32", StringComparison.Ordinal));

    private static string Half(ulong half)
    {
        if (double.IsNaN(BitConverter.UInt64BitsToDouble(half)))
        {
            return "nan64";
        }

        return Lane((uint)half) + "." + Lane((uint)(half >> 32));
    }

    private static string Lane(uint lane) => float.IsNaN(BitConverter.UInt32BitsToSingle(lane)) ? "nan32" : lane.ToString("x8", CultureInfo.InvariantCulture);
}

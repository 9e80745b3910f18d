using System.Globalization;

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

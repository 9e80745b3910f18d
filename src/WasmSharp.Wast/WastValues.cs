using System.Runtime.Intrinsics;
using WasmSharp.Text.Wast;
using WasmSharp.Types;

namespace WasmSharp.Wast;

/// <summary>
/// Script values as <see cref="Val"/>s, and the result patterns of <c>assert_return</c>
/// (spec interpreter/README "Scripts"): exact values (floats by bit pattern), <c>nan:canonical</c>
/// and <c>nan:arithmetic</c> (spec 4.3.3 "NaN propagation"), v128 lanes, reference patterns and
/// <c>either</c>.
/// </summary>
internal static class WastValues
{
    /// <summary>The argument <paramref name="value"/> as a <see cref="Val"/>, or null when the runner cannot pass it.</summary>
    public static Val? ToVal(WastValue value) => value.Type switch
    {
        WastValueType.I32 => Val.I32((int)(uint)value.Low),
        WastValueType.I64 => Val.I64((long)value.Low),
        WastValueType.F32 => Val.F32Bits((uint)value.Low),
        WastValueType.F64 => Val.F64Bits(value.Low),
        WastValueType.V128 => Val.V128(value.Low, value.High),
        WastValueType.RefNull => IsFuncHeap(value.HeapType) ? Val.FuncRef(null) : IsExternHeap(value.HeapType) ? Val.ExternRef(null) : Val.AnyRef(null),
        WastValueType.RefExtern => Val.ExternRef(new HostRef(value.Low)),

        // ref.host is the reference interpreter's host value seen from the any hierarchy.
        WastValueType.RefHost => Val.AnyRef(new HostRef(value.Low)),
        _ => null,
    };

    /// <summary>Whether <paramref name="actual"/> matches the pattern <paramref name="expected"/>.</summary>
    public static bool Matches(WastExpected expected, Val actual)
    {
        switch (expected)
        {
            case WastExpectedValue { Value: var v }:
                return MatchesValue(v, actual);
            case WastExpectedNan nan:
                return actual.Kind switch
                {
                    ValKind.F32 => IsNan32(actual.AsF32Bits(), nan.Kind),
                    ValKind.F64 => IsNan64(actual.AsF64Bits(), nan.Kind),
                    _ => false,
                };
            case WastExpectedRef r:
                return MatchesRef(r, actual);
            case WastExpectedV128 lanes:
                return actual.Kind == ValKind.V128 && MatchesLanes(lanes, actual.AsV128());
            case WastExpectedEither either:
                return either.Alternatives.Any(alternative => Matches(alternative, actual));
            default:
                return false;
        }
    }

    /// <summary>A pattern in the script's notation, for failure messages.</summary>
    public static string Describe(WastExpected expected) => expected switch
    {
        WastExpectedValue { Value: var v } => v.Type switch
        {
            WastValueType.I32 or WastValueType.F32 => $"{v.Type.ToString().ToLowerInvariant()}:0x{(uint)v.Low:x8}",
            WastValueType.V128 => $"v128:0x{v.High:x16}{v.Low:x16}",
            _ => $"{v.Type.ToString().ToLowerInvariant()}:0x{v.Low:x}",
        },
        WastExpectedNan nan => $"{nan.Type.ToString().ToLowerInvariant()}:nan:{nan.Kind.ToString().ToLowerInvariant()}",
        WastExpectedRef r => r.Number is ulong n ? $"ref.{r.Kind.ToString().ToLowerInvariant()} {n}" : $"ref.{r.Kind.ToString().ToLowerInvariant()}",
        WastExpectedV128 lanes => $"v128 {lanes.Shape.ToString().ToLowerInvariant()} [{string.Join(' ', lanes.Lanes.Select(Describe))}]",
        WastExpectedEither either => $"either({string.Join(", ", either.Alternatives.Select(Describe))})",
        _ => expected.ToString() ?? "?",
    };

    private static bool MatchesValue(WastValue v, Val actual) => v.Type switch
    {
        WastValueType.I32 => actual.Kind == ValKind.I32 && (uint)actual.AsI32() == (uint)v.Low,
        WastValueType.I64 => actual.Kind == ValKind.I64 && (ulong)actual.AsI64() == v.Low,
        WastValueType.F32 => actual.Kind == ValKind.F32 && actual.AsF32Bits() == (uint)v.Low,
        WastValueType.F64 => actual.Kind == ValKind.F64 && actual.AsF64Bits() == v.Low,
        WastValueType.V128 => actual.Kind == ValKind.V128 && actual.AsV128().AsUInt64().GetElement(0) == v.Low && actual.AsV128().AsUInt64().GetElement(1) == v.High,
        WastValueType.RefNull => actual.IsNull,
        WastValueType.RefExtern or WastValueType.RefHost => actual.Kind == ValKind.Ref && actual.AsRef() is HostRef h && h.Value == v.Low,
        WastValueType.RefFunc => actual.Kind == ValKind.Ref && !actual.IsNull && actual.AsRef() is Func,
        _ => false,
    };

    private static bool MatchesRef(WastExpectedRef r, Val actual)
    {
        if (actual.Kind != ValKind.Ref)
        {
            return false;
        }

        object? value = actual.AsRef();
        return r.Kind switch
        {
            WastRefKind.Null => value is null,
            WastRefKind.Func => value is Func,
            WastRefKind.Extern or WastRefKind.Host => r.Number is ulong n ? value is HostRef h && h.Value == n : value is not null,
            WastRefKind.Any => value is not null,
            WastRefKind.Eq => value is EqRef,
            WastRefKind.I31 => value is I31Ref,
            WastRefKind.Struct => value is StructRef,
            WastRefKind.Array => value is ArrayRef,
            _ => false,
        };
    }

    private static bool MatchesLanes(WastExpectedV128 expected, Vector128<byte> actual)
    {
        for (int i = 0; i < expected.Lanes.Count; i++)
        {
            WastExpected lane = expected.Lanes[i];
            bool ok = expected.Shape switch
            {
                WastV128Shape.I8x16 => LaneInt(lane, actual.GetElement(i), byte.MaxValue),
                WastV128Shape.I16x8 => LaneInt(lane, actual.AsUInt16().GetElement(i), ushort.MaxValue),
                WastV128Shape.I32x4 => LaneInt(lane, actual.AsUInt32().GetElement(i), uint.MaxValue),
                WastV128Shape.I64x2 => LaneInt(lane, actual.AsUInt64().GetElement(i), ulong.MaxValue),
                WastV128Shape.F32x4 => LaneFloat32(lane, actual.AsUInt32().GetElement(i)),
                _ => LaneFloat64(lane, actual.AsUInt64().GetElement(i)),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    // Lane literals may arrive sign-extended; compare in the lane's width.
    private static bool LaneInt(WastExpected lane, ulong bits, ulong mask) => lane is WastExpectedValue { Value: var v } && (v.Low & mask) == bits;

    private static bool LaneFloat32(WastExpected lane, uint bits) => lane switch
    {
        WastExpectedNan nan => IsNan32(bits, nan.Kind),
        WastExpectedValue { Value: var v } => (uint)v.Low == bits,
        _ => false,
    };

    private static bool LaneFloat64(WastExpected lane, ulong bits) => lane switch
    {
        WastExpectedNan nan => IsNan64(bits, nan.Kind),
        WastExpectedValue { Value: var v } => v.Low == bits,
        _ => false,
    };

    private static bool IsNan32(uint bits, WastNanKind kind)
    {
        uint magnitude = bits & 0x7FFF_FFFF;
        return kind == WastNanKind.Canonical ? magnitude == 0x7FC0_0000 : (magnitude & 0x7FC0_0000) == 0x7FC0_0000;
    }

    private static bool IsNan64(ulong bits, WastNanKind kind)
    {
        ulong magnitude = bits & 0x7FFF_FFFF_FFFF_FFFF;
        return kind == WastNanKind.Canonical ? magnitude == 0x7FF8_0000_0000_0000 : (magnitude & 0x7FF8_0000_0000_0000) == 0x7FF8_0000_0000_0000;
    }

    private static bool IsFuncHeap(string? heap) => heap is null || heap.Contains("func", StringComparison.Ordinal);

    private static bool IsExternHeap(string? heap) => heap is "extern" or "noextern";
}

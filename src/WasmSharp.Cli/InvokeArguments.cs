using System.Runtime.Intrinsics;
using System.Globalization;
using WasmSharp.Types;

namespace WasmSharp.Cli;

/// <summary>Converts <c>--invoke</c> arguments and results between text and <see cref="Val"/>, as <c>wasmtime run --invoke</c> does.</summary>
internal static class InvokeArguments
{
    /// <summary>Parses one argument of type <paramref name="type"/>.</summary>
    /// <exception cref="FormatException">The text is not a value of that type.</exception>
    public static Val Parse(string text, ValType type) => type.Kind switch
    {
        ValKind.I32 => Val.I32(ParseInteger(text) is long v && v >= int.MinValue && v <= uint.MaxValue ? unchecked((int)v) : throw Bad(text, type)),
        ValKind.I64 => Val.I64(ParseInteger(text) ?? throw Bad(text, type)),
        ValKind.F32 => Val.F32(float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out float f) ? f : throw Bad(text, type)),
        ValKind.F64 => Val.F64(double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) ? d : throw Bad(text, type)),
        _ => throw new FormatException($"cannot pass a {type} argument from the command line"),
    };

    /// <summary>Formats a result the way Wasmtime prints it.</summary>
    public static string Format(Val value) => value.Kind switch
    {
        ValKind.I32 => value.AsI32().ToString(CultureInfo.InvariantCulture),
        ValKind.I64 => value.AsI64().ToString(CultureInfo.InvariantCulture),
        ValKind.F32 => BitConverter.UInt32BitsToSingle(value.AsF32Bits()).ToString("R", CultureInfo.InvariantCulture),
        ValKind.F64 => BitConverter.UInt64BitsToDouble(value.AsF64Bits()).ToString("R", CultureInfo.InvariantCulture),
        ValKind.V128 => $"0x{value.AsV128().AsUInt64().GetElement(1):x16}{value.AsV128().AsUInt64().GetElement(0):x16}",
        _ => value.IsNull ? "null" : value.Type.ToString(),
    };

    private static long? ParseInteger(string text)
    {
        string digits = text.Replace("_", "");
        bool negative = digits.StartsWith('-');
        string magnitude = negative || digits.StartsWith('+') ? digits[1..] : digits;
        ulong value;
        bool ok = magnitude.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? ulong.TryParse(magnitude[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value)
            : ulong.TryParse(magnitude, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        if (!ok)
        {
            return null;
        }

        return negative ? unchecked(-(long)value) : unchecked((long)value);
    }

    private static FormatException Bad(string text, ValType type) => new($"invalid {type} argument `{text}`");
}

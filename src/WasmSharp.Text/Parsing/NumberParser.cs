using System.Globalization;
using System.Numerics;

namespace WasmSharp.Text.Parsing;

/// <summary>
/// Numeric literals of the text format (spec 6.3.1 "Integers", 6.3.2 "Floating-Point"): decimal and hexadecimal with
/// <c>_</c> separators, signs, <c>inf</c>, <c>nan</c> and <c>nan:0x...</c>, with exact round-to-nearest-even.
/// </summary>
internal static class NumberParser
{
    /// <summary>Parses an unsigned integer (no sign allowed) of <paramref name="bits"/> bits.</summary>
    public static NumberStatus ParseUnsigned(string s, int bits, out ulong value)
    {
        value = 0;
        if (s.Length == 0 || s[0] == '+' || s[0] == '-')
        {
            return NumberStatus.Malformed;
        }

        if (!TryMagnitude(s, 0, out var mag))
        {
            return NumberStatus.Malformed;
        }

        if (mag > MaxUnsigned(bits))
        {
            return NumberStatus.OutOfRange;
        }

        value = (ulong)mag;
        return NumberStatus.Ok;
    }

    /// <summary>
    /// Parses an integer for an <c>iN</c> context: unsigned values up to 2^N-1 and signed values down to -2^(N-1) are
    /// accepted and returned as N-bit two's complement (spec 6.3.1, <c>iN ::= uN | sN</c>).
    /// </summary>
    public static NumberStatus ParseInt(string s, int bits, out ulong value)
    {
        value = 0;
        if (s.Length == 0)
        {
            return NumberStatus.Malformed;
        }

        bool neg = s[0] == '-';
        int start = s[0] is '+' or '-' ? 1 : 0;
        if (!TryMagnitude(s, start, out var mag))
        {
            return NumberStatus.Malformed;
        }

        if (neg)
        {
            if (mag > (BigInteger.One << (bits - 1)))
            {
                return NumberStatus.OutOfRange;
            }

            value = (ulong)((-mag) & MaxUnsigned(bits));
        }
        else
        {
            // An explicit '+' makes the literal an sN, whose range stops at 2^(N-1)-1 (spec 6.3.1).
            var max = start == 1 ? (BigInteger.One << (bits - 1)) - 1 : MaxUnsigned(bits);
            if (mag > max)
            {
                return NumberStatus.OutOfRange;
            }

            value = (ulong)mag;
        }

        return NumberStatus.Ok;
    }

    private static BigInteger MaxUnsigned(int bits) => (BigInteger.One << bits) - 1;

    private static bool TryMagnitude(string s, int start, out BigInteger mag)
    {
        mag = BigInteger.Zero;
        bool hex = s.Length - start > 2 && s[start] == '0' && s[start + 1] == 'x';
        int i = hex ? start + 2 : start;
        int radix = hex ? 16 : 10;
        if (i >= s.Length)
        {
            return false;
        }

        bool lastDigit = false;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '_')
            {
                // Separators only between digits (spec 6.3.1: num ::= digit ('_'? digit)*).
                if (!lastDigit || i + 1 >= s.Length)
                {
                    return false;
                }

                lastDigit = false;
                continue;
            }

            int d = Digit(c, radix);
            if (d < 0)
            {
                return false;
            }

            mag = mag * radix + d;
            lastDigit = true;
        }

        return lastDigit;
    }

    private static int Digit(char c, int radix)
    {
        int d = c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'a' and <= 'f' => c - 'a' + 10,
            >= 'A' and <= 'F' => c - 'A' + 10,
            _ => -1,
        };
        return d < radix ? d : -1;
    }

    /// <summary>Parses an <c>f32</c> literal into its bit pattern.</summary>
    public static NumberStatus ParseF32(string s, out uint bits)
    {
        var st = ParseFloat(s, 24, 8, out ulong b);
        bits = (uint)b;
        return st;
    }

    /// <summary>Parses an <c>f64</c> literal into its bit pattern.</summary>
    public static NumberStatus ParseF64(string s, out ulong bits) => ParseFloat(s, 53, 11, out bits);

    private static NumberStatus ParseFloat(string s, int precision, int expBits, out ulong bits)
    {
        bits = 0;
        if (s.Length == 0)
        {
            return NumberStatus.Malformed;
        }

        bool neg = s[0] == '-';
        int i = s[0] is '+' or '-' ? 1 : 0;
        ulong sign = neg ? 1UL << (precision + expBits - 1) : 0;
        int mantBits = precision - 1;
        ulong expMask = (1UL << expBits) - 1;
        string body = s.Substring(i);
        if (body == "inf")
        {
            bits = sign | (expMask << mantBits);
            return NumberStatus.Ok;
        }

        if (body == "nan")
        {
            bits = sign | (expMask << mantBits) | (1UL << (mantBits - 1));
            return NumberStatus.Ok;
        }

        if (body.StartsWith("nan:0x", StringComparison.Ordinal))
        {
            if (!TryMagnitude(body, 4, out var payload))
            {
                return NumberStatus.Malformed;
            }

            if (payload < 1 || payload >= (BigInteger.One << mantBits))
            {
                return NumberStatus.OutOfRange;
            }

            bits = sign | (expMask << mantBits) | (ulong)payload;
            return NumberStatus.Ok;
        }

        bool hex = body.StartsWith("0x", StringComparison.Ordinal);
        if (!SplitFloat(body, hex, out var intPart, out var fracPart, out var expPart))
        {
            return NumberStatus.Malformed;
        }

        BigInteger mant;
        long exp2;
        if (hex)
        {
            mant = BigInteger.Zero;
            foreach (char c in intPart + fracPart)
            {
                mant = mant * 16 + Digit(c, 16);
            }

            exp2 = Math.Clamp(expPart, -100000, 100000) - 4L * fracPart.Length;
            return RoundBinary(mant, exp2, precision, expBits, sign, out bits);
        }

        // Decimal: .NET's parsers round correctly to nearest-even directly in the target format, which avoids the
        // double rounding that parsing an f32 through f64 would cause.
        string norm = intPart + (fracPart.Length > 0 ? "." + fracPart : string.Empty) + "e" + Math.Clamp(expPart, -100000, 100000).ToString(CultureInfo.InvariantCulture);
        if (precision == 24)
        {
            float f = float.Parse(norm, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (float.IsInfinity(f))
            {
                return NumberStatus.OutOfRange;
            }

            bits = BitConverter.SingleToUInt32Bits(f) | sign;
        }
        else
        {
            double d = double.Parse(norm, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (double.IsInfinity(d))
            {
                return NumberStatus.OutOfRange;
            }

            bits = BitConverter.DoubleToUInt64Bits(d) | sign;
        }

        return NumberStatus.Ok;
    }

    /// <summary>Splits a float literal into digit strings (underscores removed) and a decimal exponent value.</summary>
    private static bool SplitFloat(string body, bool hex, out string intPart, out string fracPart, out long exp)
    {
        intPart = fracPart = string.Empty;
        exp = 0;
        int radix = hex ? 16 : 10;
        int i = hex ? 2 : 0;
        if (!ReadDigits(body, ref i, radix, out intPart) || intPart.Length == 0)
        {
            return false;
        }

        if (i < body.Length && body[i] == '.')
        {
            i++;
            if (!ReadDigits(body, ref i, radix, out fracPart))
            {
                return false;
            }
        }

        if (i < body.Length && (hex ? body[i] is 'p' or 'P' : body[i] is 'e' or 'E'))
        {
            i++;
            bool eneg = false;
            if (i < body.Length && body[i] is '+' or '-')
            {
                eneg = body[i] == '-';
                i++;
            }

            if (!ReadDigits(body, ref i, 10, out var expDigits) || expDigits.Length == 0)
            {
                return false;
            }

            var e = BigInteger.Parse(expDigits, CultureInfo.InvariantCulture);
            if (e > 1000000)
            {
                e = 1000000;
            }

            exp = eneg ? -(long)e : (long)e;
        }

        return i == body.Length;
    }

    private static bool ReadDigits(string s, ref int i, int radix, out string digits)
    {
        var sb = new System.Text.StringBuilder();
        bool lastDigit = false;
        while (i < s.Length)
        {
            char c = s[i];
            if (c == '_')
            {
                if (!lastDigit || i + 1 >= s.Length || Digit(s[i + 1], radix) < 0)
                {
                    digits = string.Empty;
                    return false;
                }

                lastDigit = false;
                i++;
                continue;
            }

            if (Digit(c, radix) < 0)
            {
                break;
            }

            sb.Append(c);
            lastDigit = true;
            i++;
        }

        digits = sb.ToString();
        return true;
    }

    /// <summary>Rounds <paramref name="mant"/> × 2^<paramref name="exp2"/> to nearest-even in the binary format.</summary>
    private static NumberStatus RoundBinary(BigInteger mant, long exp2, int precision, int expBits, ulong sign, out ulong bits)
    {
        bits = sign;
        if (mant.IsZero)
        {
            return NumberStatus.Ok;
        }

        int mantBits = precision - 1;
        long bias = (1L << (expBits - 1)) - 1;
        long minExp = 1 - bias - mantBits; // exponent of the least significant subnormal bit
        long len = (long)mant.GetBitLength();
        long shift = Math.Max(len - precision, minExp - exp2);
        if (shift > 0)
        {
            BigInteger kept = shift >= len + 2 ? BigInteger.Zero : mant >> (int)Math.Min(shift, int.MaxValue);
            BigInteger rem = mant - (kept << (int)Math.Min(shift, int.MaxValue));
            BigInteger half = BigInteger.One << (int)Math.Min(shift - 1, int.MaxValue);
            if (shift >= len + 2)
            {
                rem = mant;
            }

            if (rem > half || (rem == half && !kept.IsEven))
            {
                kept += 1;
            }

            mant = kept;
            exp2 += shift;
        }
        else if (shift < 0)
        {
            mant <<= (int)-shift;
            exp2 += shift;
        }

        if (mant.GetBitLength() > precision)
        {
            mant >>= 1;
            exp2++;
        }

        if (mant.IsZero)
        {
            return NumberStatus.Ok;
        }

        ulong m = (ulong)mant;
        if (m < (1UL << mantBits))
        {
            bits = sign | m;
            return NumberStatus.Ok;
        }

        long biased = exp2 + mantBits + bias;
        if (biased >= (1L << expBits) - 1)
        {
            return NumberStatus.OutOfRange;
        }

        bits = sign | ((ulong)biased << mantBits) | (m & ((1UL << mantBits) - 1));
        return NumberStatus.Ok;
    }
}

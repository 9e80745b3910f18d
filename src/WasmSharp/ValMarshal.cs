using System.Runtime.Intrinsics;
using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// Converts between CLR values and untyped values without boxing: the <c>typeof(T)</c> tests are
/// constants to the JIT for value types, so each instantiation compiles to one conversion
/// (DESIGN.md decision 8). The CLR types are those of <see cref="ClrValTypes"/>.
/// </summary>
internal static class ValMarshal
{
    /// <summary>Reads a single value of CLR type <typeparamref name="T"/>.</summary>
    public static T Read<T>(in ValRaw raw)
    {
        if (typeof(T) == typeof(int))
        {
            return (T)(object)(int)(uint)raw.Bits;
        }

        if (typeof(T) == typeof(uint))
        {
            return (T)(object)(uint)raw.Bits;
        }

        if (typeof(T) == typeof(long))
        {
            return (T)(object)(long)raw.Bits;
        }

        if (typeof(T) == typeof(ulong))
        {
            return (T)(object)raw.Bits;
        }

        if (typeof(T) == typeof(float))
        {
            return (T)(object)BitConverter.UInt32BitsToSingle((uint)raw.Bits);
        }

        if (typeof(T) == typeof(double))
        {
            return (T)(object)BitConverter.UInt64BitsToDouble(raw.Bits);
        }

        if (typeof(T) == typeof(Vector128<byte>))
        {
            return (T)(object)Vector128.Create(raw.Bits, raw.Hi).AsByte();
        }

        if (typeof(T) == typeof(Func))
        {
            return (T)(object?)Func.FromRawRef(raw.Ref)!;
        }

        return (T)raw.Ref!;
    }

    /// <summary>The untyped form of a single value of CLR type <typeparamref name="T"/>.</summary>
    public static ValRaw ToRaw<T>(T value)
    {
        if (typeof(T) == typeof(int))
        {
            return new ValRaw { Bits = (uint)(int)(object)value! };
        }

        if (typeof(T) == typeof(uint))
        {
            return new ValRaw { Bits = (uint)(object)value! };
        }

        if (typeof(T) == typeof(long))
        {
            return new ValRaw { Bits = (ulong)(long)(object)value! };
        }

        if (typeof(T) == typeof(ulong))
        {
            return new ValRaw { Bits = (ulong)(object)value! };
        }

        if (typeof(T) == typeof(float))
        {
            return new ValRaw { Bits = BitConverter.SingleToUInt32Bits((float)(object)value!) };
        }

        if (typeof(T) == typeof(double))
        {
            return new ValRaw { Bits = BitConverter.DoubleToUInt64Bits((double)(object)value!) };
        }

        if (typeof(T) == typeof(Vector128<byte>))
        {
            Vector128<ulong> halves = ((Vector128<byte>)(object)value!).AsUInt64();
            return ValRaw.V128(halves.GetElement(0), halves.GetElement(1));
        }

        if (typeof(T) == typeof(Func))
        {
            return ValRaw.FromRef(Func.ToRawRef((Func?)(object?)value));
        }

        return ValRaw.FromRef(value);
    }

    /// <summary>Writes the values of <paramref name="value"/> (one, none, or a tuple) from index 0.</summary>
    public static void Write<T>(T value, Span<ValRaw> values)
    {
        if (typeof(T) == typeof(ValueTuple))
        {
            return;
        }

        if (ClrValTypes.TryScalar(typeof(T), out _))
        {
            values[0] = ToRaw(value);
            return;
        }

        TupleLayout<T>.Write(ref value, values);
    }

    /// <summary>The value of CLR type <typeparamref name="T"/> (one, none, or a tuple) whose values are <paramref name="values"/> from index 0.</summary>
    public static T ReadValues<T>(Span<ValRaw> values)
    {
        if (typeof(T) == typeof(ValueTuple))
        {
            return default!;
        }

        if (ClrValTypes.TryScalar(typeof(T), out _))
        {
            return Read<T>(values[0]);
        }

        return TupleLayout<T>.Read(values);
    }
}

using System.Runtime.Intrinsics;
using WasmSharp.Types;

namespace WasmSharp.Vm;

/// <summary>
/// Untyped access to array storage, for constant expressions and the host: the element CLR type is
/// found from the storage array itself (see <see cref="GcTypes.ElementClrType"/>).
/// </summary>
internal static class GcArrayRaw
{
    /// <summary>Allocates storage for <paramref name="length"/> elements of <paramref name="storage"/>.</summary>
    public static Array Allocate(StorageType storage, int length)
    {
        Type element = GcTypes.ElementClrType(storage);
        return element == typeof(byte) ? GcArrayOps.Allocate<byte>(length)
            : element == typeof(ushort) ? GcArrayOps.Allocate<ushort>(length)
            : element == typeof(int) ? GcArrayOps.Allocate<int>(length)
            : element == typeof(long) ? GcArrayOps.Allocate<long>(length)
            : element == typeof(float) ? GcArrayOps.Allocate<float>(length)
            : element == typeof(double) ? GcArrayOps.Allocate<double>(length)
            : element == typeof(Vector128<byte>) ? GcArrayOps.Allocate<Vector128<byte>>(length)
            : GcArrayOps.Allocate<object?>(length);
    }

    /// <summary>Stores untyped <paramref name="value"/> at <paramref name="index"/> (packed values truncated).</summary>
    public static void Set(Array data, int index, in ValRaw value)
    {
        switch (data)
        {
            case byte[] bytes:
                bytes[index] = (byte)value.Bits;
                break;
            case ushort[] shorts:
                shorts[index] = (ushort)value.Bits;
                break;
            case int[] ints:
                ints[index] = (int)(uint)value.Bits;
                break;
            case long[] longs:
                longs[index] = (long)value.Bits;
                break;
            case float[] floats:
                floats[index] = BitConverter.UInt32BitsToSingle((uint)value.Bits);
                break;
            case double[] doubles:
                doubles[index] = BitConverter.UInt64BitsToDouble(value.Bits);
                break;
            case Vector128<byte>[] vectors:
                vectors[index] = Vector128.Create(value.Bits, value.Hi).AsByte();
                break;
            default:
                ((object?[])data)[index] = value.Ref;
                break;
        }
    }

    /// <summary>Reads the element at <paramref name="index"/> untyped (packed values zero-extended).</summary>
    public static ValRaw Get(Array data, int index) => data switch
    {
        byte[] bytes => new ValRaw { Bits = bytes[index] },
        ushort[] shorts => new ValRaw { Bits = shorts[index] },
        int[] ints => ValRaw.I32(ints[index]),
        long[] longs => ValRaw.I64(longs[index]),
        float[] floats => ValRaw.F32(floats[index]),
        double[] doubles => ValRaw.F64(doubles[index]),
        Vector128<byte>[] vectors => ValRaw.V128(vectors[index].AsUInt64().GetElement(0), vectors[index].AsUInt64().GetElement(1)),
        _ => ValRaw.FromRef(((object?[])data)[index]),
    };
}

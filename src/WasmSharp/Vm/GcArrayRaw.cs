using System.Runtime.Intrinsics;
using WasmSharp.Types;

namespace WasmSharp.Vm;

/// <summary>
/// Untyped stores into array storage, for constant expressions: the element CLR type is
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
}

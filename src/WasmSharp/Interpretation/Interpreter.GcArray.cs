using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>
/// The array instructions of <see cref="ExtendedFamily.Gc"/>: <see cref="GcArrayOps"/> instantiated
/// for the element CLR type the instruction's <see cref="GcStorage"/> names (the compiled tier's
/// choice, <see cref="GcTypes.ElementClrType"/>), so arrays pass freely between the tiers.
/// </summary>
internal static partial class Interpreter
{
    private static int ExecuteGcArray(GcOp op, GcStorage storage, ref int ip, ref ValRaw fp, InstanceContext cx)
    {
        switch (op)
        {
            case GcOp.ArrayLen:
                S(ref fp, ref ip, 2).Bits = (uint)GcArrayOps.Len(S(ref fp, ref ip, 3).Ref);
                return 4;
            case GcOp.ArrayCopy:
                GcArrayOps.Copy(S(ref fp, ref ip, 2).Ref, (int)S(ref fp, ref ip, 3).Bits, S(ref fp, ref ip, 4).Ref, (int)S(ref fp, ref ip, 5).Bits, (int)S(ref fp, ref ip, 6).Bits);
                return 7;
            case GcOp.ArrayNewElem:
                S(ref fp, ref ip, 2).Ref = GcArrayOps.NewElem((int)S(ref fp, ref ip, 3).Bits, (int)S(ref fp, ref ip, 4).Bits, Unsafe.Add(ref ip, 5), Unsafe.Add(ref ip, 6), cx);
                return 7;
            case GcOp.ArrayInitElem:
                GcArrayOps.InitElem(S(ref fp, ref ip, 2).Ref, (int)S(ref fp, ref ip, 3).Bits, (int)S(ref fp, ref ip, 4).Bits, (int)S(ref fp, ref ip, 5).Bits, Unsafe.Add(ref ip, 6), cx);
                return 7;
        }

        return storage switch
        {
            GcStorage.I8 => ExecuteArray<byte>(op, ref ip, ref fp, cx),
            GcStorage.I16 => ExecuteArray<ushort>(op, ref ip, ref fp, cx),
            GcStorage.I32 => ExecuteArray<int>(op, ref ip, ref fp, cx),
            GcStorage.F32 => ExecuteArray<float>(op, ref ip, ref fp, cx),
            GcStorage.I64 => ExecuteArray<long>(op, ref ip, ref fp, cx),
            GcStorage.F64 => ExecuteArray<double>(op, ref ip, ref fp, cx),
            GcStorage.V128 => ExecuteArray<Vector128<byte>>(op, ref ip, ref fp, cx),
            _ => ExecuteReferenceArray(op, ref ip, ref fp),
        };
    }

    // Arrays of numbers and vectors; T is a value type, so the conversions below fold away.
    private static int ExecuteArray<T>(GcOp op, ref int ip, ref ValRaw fp, InstanceContext cx)
        where T : unmanaged
    {
        switch (op)
        {
            case GcOp.ArrayNew:
                S(ref fp, ref ip, 2).Ref = GcArrayOps.New(Load<T>(ref S(ref fp, ref ip, 3)), (int)S(ref fp, ref ip, 4).Bits, Unsafe.Add(ref ip, 5));
                return 6;
            case GcOp.ArrayNewDefault:
                S(ref fp, ref ip, 2).Ref = GcArrayOps.NewDefault<T>((int)S(ref fp, ref ip, 3).Bits, Unsafe.Add(ref ip, 4));
                return 5;
            case GcOp.ArrayNewFixed:
            {
                int count = Unsafe.Add(ref ip, 4);
                T[] data = GcArrayOps.Allocate<T>(count);
                for (int i = 0; i < count; i++)
                {
                    data[i] = Load<T>(ref S(ref fp, ref ip, 5 + i));
                }

                S(ref fp, ref ip, 2).Ref = new ArrayRef(Unsafe.Add(ref ip, 3), data);
                return 5 + count;
            }

            case GcOp.ArrayNewData:
                S(ref fp, ref ip, 2).Ref = GcArrayOps.NewData<T>((int)S(ref fp, ref ip, 3).Bits, (int)S(ref fp, ref ip, 4).Bits, Unsafe.Add(ref ip, 5), Unsafe.Add(ref ip, 6), cx);
                return 7;
            case GcOp.ArrayGet:
                Store(ref S(ref fp, ref ip, 2), GcArrayOps.Get<T>(S(ref fp, ref ip, 3).Ref, (int)S(ref fp, ref ip, 4).Bits));
                return 5;
            case GcOp.ArrayGetS:
                S(ref fp, ref ip, 2).Bits = SignExtend(GcArrayOps.Get<T>(S(ref fp, ref ip, 3).Ref, (int)S(ref fp, ref ip, 4).Bits));
                return 5;
            case GcOp.ArraySet:
                GcArrayOps.Set(S(ref fp, ref ip, 2).Ref, (int)S(ref fp, ref ip, 3).Bits, Load<T>(ref S(ref fp, ref ip, 4)));
                return 5;
            case GcOp.ArrayFill:
                GcArrayOps.Fill(S(ref fp, ref ip, 2).Ref, (int)S(ref fp, ref ip, 3).Bits, Load<T>(ref S(ref fp, ref ip, 4)), (int)S(ref fp, ref ip, 5).Bits);
                return 6;
            case GcOp.ArrayInitData:
                GcArrayOps.InitData<T>(S(ref fp, ref ip, 2).Ref, (int)S(ref fp, ref ip, 3).Bits, (int)S(ref fp, ref ip, 4).Bits, (int)S(ref fp, ref ip, 5).Bits, Unsafe.Add(ref ip, 6), cx);
                return 7;
            default:
                throw new InvalidOperationException($"interpreter: unknown GC array instruction {op}");
        }
    }

    // Arrays of references (validation rules out array.new_data and array.init_data for them).
    private static int ExecuteReferenceArray(GcOp op, ref int ip, ref ValRaw fp)
    {
        switch (op)
        {
            case GcOp.ArrayNew:
                S(ref fp, ref ip, 2).Ref = GcArrayOps.New(S(ref fp, ref ip, 3).Ref, (int)S(ref fp, ref ip, 4).Bits, Unsafe.Add(ref ip, 5));
                return 6;
            case GcOp.ArrayNewDefault:
                S(ref fp, ref ip, 2).Ref = GcArrayOps.NewDefault<object?>((int)S(ref fp, ref ip, 3).Bits, Unsafe.Add(ref ip, 4));
                return 5;
            case GcOp.ArrayNewFixed:
            {
                int count = Unsafe.Add(ref ip, 4);
                object?[] data = GcArrayOps.Allocate<object?>(count);
                for (int i = 0; i < count; i++)
                {
                    data[i] = S(ref fp, ref ip, 5 + i).Ref;
                }

                S(ref fp, ref ip, 2).Ref = new ArrayRef(Unsafe.Add(ref ip, 3), data);
                return 5 + count;
            }

            case GcOp.ArrayGet:
                S(ref fp, ref ip, 2).Ref = GcArrayOps.Get<object?>(S(ref fp, ref ip, 3).Ref, (int)S(ref fp, ref ip, 4).Bits);
                return 5;
            case GcOp.ArraySet:
                GcArrayOps.Set(S(ref fp, ref ip, 2).Ref, (int)S(ref fp, ref ip, 3).Bits, S(ref fp, ref ip, 4).Ref);
                return 5;
            case GcOp.ArrayFill:
                GcArrayOps.Fill(S(ref fp, ref ip, 2).Ref, (int)S(ref fp, ref ip, 3).Bits, S(ref fp, ref ip, 4).Ref, (int)S(ref fp, ref ip, 5).Bits);
                return 6;
            default:
                throw new InvalidOperationException($"interpreter: GC instruction {op} on an array of references");
        }
    }

    /// <summary>The element of type <typeparamref name="T"/> a slot holds (packed values truncated).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Load<T>(ref ValRaw slot)
        where T : unmanaged
    {
        if (typeof(T) == typeof(byte))
        {
            byte value = (byte)slot.Bits;
            return Unsafe.As<byte, T>(ref value);
        }

        if (typeof(T) == typeof(ushort))
        {
            ushort value = (ushort)slot.Bits;
            return Unsafe.As<ushort, T>(ref value);
        }

        if (typeof(T) == typeof(int) || typeof(T) == typeof(float))
        {
            uint value = (uint)slot.Bits;
            return Unsafe.As<uint, T>(ref value);
        }

        if (typeof(T) == typeof(Vector128<byte>))
        {
            Vector128<byte> value = ValRaw.ReadV128(ref slot);
            return Unsafe.As<Vector128<byte>, T>(ref value);
        }

        // long and double: all the bits.
        return Unsafe.As<ulong, T>(ref slot.Bits);
    }

    /// <summary>Writes an element into a slot (packed values zero-extended, as <c>array.get_u</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store<T>(ref ValRaw slot, T value)
        where T : unmanaged
    {
        if (typeof(T) == typeof(byte))
        {
            slot.Bits = Unsafe.As<T, byte>(ref value);
        }
        else if (typeof(T) == typeof(ushort))
        {
            slot.Bits = Unsafe.As<T, ushort>(ref value);
        }
        else if (typeof(T) == typeof(int) || typeof(T) == typeof(float))
        {
            slot.Bits = Unsafe.As<T, uint>(ref value);
        }
        else if (typeof(T) == typeof(Vector128<byte>))
        {
            ValRaw.WriteV128(ref slot, Unsafe.As<T, Vector128<byte>>(ref value));
        }
        else
        {
            slot.Bits = Unsafe.As<T, ulong>(ref value);
        }
    }

    /// <summary><c>array.get_s</c>: a packed element sign-extended to i32 (zero-extended in the slot).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong SignExtend<T>(T value)
        where T : unmanaged
    {
        if (typeof(T) == typeof(byte))
        {
            return (uint)(sbyte)Unsafe.As<T, byte>(ref value);
        }

        if (typeof(T) == typeof(ushort))
        {
            return (uint)(short)Unsafe.As<T, ushort>(ref value);
        }

        throw new InvalidOperationException("array.get_s on an array of unpacked elements passed validation");
    }
}

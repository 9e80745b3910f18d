using System.Runtime.CompilerServices;
using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>
/// The <see cref="ExtendedFamily.Gc"/> instructions (<see cref="GcOp"/>): structs, i31, casts and
/// <c>ref.eq</c> here, arrays in Interpreter.GcArray.cs. They call the compiled tier's helpers
/// (<see cref="GcOps"/>), so both tiers make and read the same <see cref="StructRef"/> objects and
/// trap with the same messages.
/// </summary>
internal static partial class Interpreter
{
    private static int ExecuteGc(int op, ref int ip, ref ValRaw fp, InstanceContext cx)
    {
        var storage = (GcStorage)(op & 7);
        switch ((GcOp)(op >> 3))
        {
            case GcOp.StructNew:
                return StructNew(ref ip, ref fp);
            case GcOp.StructNewDefault:
                S(ref fp, ref ip, 2).Ref = GcOps.StructNew(Unsafe.Add(ref ip, 3), Unsafe.Add(ref ip, 4), Unsafe.Add(ref ip, 5));
                return 6;
            case GcOp.StructGet:
                StructGet(storage, ref S(ref fp, ref ip, 2), S(ref fp, ref ip, 3).Ref, Unsafe.Add(ref ip, 4));
                return 5;
            case GcOp.StructGetS:
            {
                long value = GcOps.StructGetNum(S(ref fp, ref ip, 3).Ref, Unsafe.Add(ref ip, 4));
                S(ref fp, ref ip, 2).Bits = storage == GcStorage.I8 ? (uint)(sbyte)value : (uint)(short)value;
                return 5;
            }

            case GcOp.StructSet:
                StoreField(storage, S(ref fp, ref ip, 2).Ref, Unsafe.Add(ref ip, 4), ref S(ref fp, ref ip, 3));
                return 5;
            case GcOp.RefTest:
                S(ref fp, ref ip, 2).Bits = GcOps.Test(S(ref fp, ref ip, 3).Ref, Unsafe.Add(ref ip, 4), Unsafe.Add(ref ip, 5), Unsafe.Add(ref ip, 6) != 0) ? 1u : 0u;
                return 7;
            case GcOp.RefCast:
                if (!GcOps.Test(S(ref fp, ref ip, 2).Ref, Unsafe.Add(ref ip, 3), Unsafe.Add(ref ip, 4), Unsafe.Add(ref ip, 5) != 0))
                {
                    throw TrapHelpers.CastFailure();
                }

                return 6;
            case GcOp.I31New:
                S(ref fp, ref ip, 2).Ref = GcOps.I31New((int)S(ref fp, ref ip, 3).Bits);
                return 4;
            case GcOp.I31GetS:
                S(ref fp, ref ip, 2).Bits = (uint)GcOps.I31GetS(S(ref fp, ref ip, 3).Ref);
                return 4;
            case GcOp.I31GetU:
                S(ref fp, ref ip, 2).Bits = (uint)GcOps.I31GetU(S(ref fp, ref ip, 3).Ref);
                return 4;
            case GcOp.RefEq:
                S(ref fp, ref ip, 2).Bits = GcOps.RefEq(S(ref fp, ref ip, 3).Ref, S(ref fp, ref ip, 4).Ref) ? 1u : 0u;
                return 5;
            case GcOp.RefAsNonNull:
                if (S(ref fp, ref ip, 2).Ref is null)
                {
                    throw TrapHelpers.NullReference();
                }

                return 3;
            default:
                return ExecuteGcArray((GcOp)(op >> 3), storage, ref ip, ref fp, cx);
        }
    }

    // Every field is read before the result is written: the result's slot may be an operand's.
    private static int StructNew(ref int ip, ref ValRaw fp)
    {
        StructRef result = GcOps.StructNew(Unsafe.Add(ref ip, 3), Unsafe.Add(ref ip, 4), Unsafe.Add(ref ip, 5));
        int count = Unsafe.Add(ref ip, 6);
        for (int i = 0; i < count; i++)
        {
            int field = 7 + (3 * i);
            StoreField((GcStorage)Unsafe.Add(ref ip, field), result, Unsafe.Add(ref ip, field + 1), ref S(ref fp, ref ip, field + 2));
        }

        S(ref fp, ref ip, 2).Ref = result;
        return 7 + (3 * count);
    }

    // Packed fields hold their zero-extended low bits and 32-bit ones their bits sign-extended
    // (as compiled code and Vm.GcStructLayout.SetRaw store them); loads use only the low bits.
    private static void StoreField(GcStorage storage, object? target, int slot, ref ValRaw value)
    {
        switch (storage)
        {
            case GcStorage.I8:
                GcOps.StructSetNum(target, (byte)value.Bits, slot);
                break;
            case GcStorage.I16:
                GcOps.StructSetNum(target, (ushort)value.Bits, slot);
                break;
            case GcStorage.I32:
            case GcStorage.F32:
                GcOps.StructSetNum(target, (int)(uint)value.Bits, slot);
                break;
            case GcStorage.I64:
            case GcStorage.F64:
                GcOps.StructSetNum(target, (long)value.Bits, slot);
                break;
            case GcStorage.V128:
                GcOps.StructSetV128(target, ValRaw.ReadV128(ref value), slot);
                break;
            default:
                GcOps.StructSetRef(target, value.Ref, slot);
                break;
        }
    }

    private static void StructGet(GcStorage storage, ref ValRaw destination, object? target, int slot)
    {
        switch (storage)
        {
            case GcStorage.I8:
                destination.Bits = (byte)GcOps.StructGetNum(target, slot);
                break;
            case GcStorage.I16:
                destination.Bits = (ushort)GcOps.StructGetNum(target, slot);
                break;
            case GcStorage.I32:
            case GcStorage.F32:
                destination.Bits = (uint)GcOps.StructGetNum(target, slot);
                break;
            case GcStorage.I64:
            case GcStorage.F64:
                destination.Bits = (ulong)GcOps.StructGetNum(target, slot);
                break;
            case GcStorage.V128:
                ValRaw.WriteV128(ref destination, GcOps.StructGetV128(target, slot));
                break;
            default:
                destination.Ref = GcOps.StructGetRef(target, slot);
                break;
        }
    }
}

using System.Runtime.CompilerServices;
using WasmSharp.Vm;
using V128 = System.Runtime.Intrinsics.Vector128<byte>;

namespace WasmSharp.Interpretation;

/// <summary>
/// SIMD memory instructions (spec 4.4.7: <c>v128.load</c>/<c>store</c>, the extending, splatting
/// and zero-filling loads, lane loads and stores). The memory argument sits one or two operands
/// later than in scalar accesses (<see cref="SimdForm.Memory"/>), so <see cref="Address"/> is given
/// <c>ip</c> shifted by that much and checks bounds exactly as for scalar accesses. Loaded scalars
/// are widened, splatted or inserted by the helpers the compiled tier calls (<see cref="SimdOps"/>).
/// </summary>
internal static unsafe partial class Interpreter
{
    private static int ExecuteSimdMemory(int sub, ref int ip, ref ValRaw fp, InstanceContext cx)
    {
        switch (sub)
        {
            // v128.store: address 2, value 3, memory 4.
            case 0x0B:
            {
                byte* target = Address(ref Unsafe.Add(ref ip, 1), cx, S(ref fp, ref ip, 2).Bits, 16);
                Unsafe.WriteUnaligned(target, ReadV(ref fp, ref ip, 3));
                return 7;
            }

            // v128.load*_lane: dst 2, address 3, vector 4, memory 5, lane 8.
            case >= 0x54 and <= 0x57:
                WriteV(ref fp, ref ip, LoadLane(sub, ref ip, ref fp, cx));
                return 9;

            // v128.store*_lane: address 2, vector 3, memory 4, lane 7.
            case >= 0x58 and <= 0x5B:
                StoreLane(sub, ref ip, ref fp, cx);
                return 8;

            // Loads: dst 2, address 3, memory 4.
            default:
                WriteV(ref fp, ref ip, Load(sub, ref ip, ref fp, cx));
                return 7;
        }
    }

    private static V128 Load(int sub, ref int ip, ref ValRaw fp, InstanceContext cx)
    {
        ulong address = S(ref fp, ref ip, 3).Bits;
        ref int shifted = ref Unsafe.Add(ref ip, 1);
        return sub switch
        {
            0x00 => Unsafe.ReadUnaligned<V128>(Address(ref shifted, cx, address, 16)),
            0x01 => SimdOps.Load8x8S(Unsafe.ReadUnaligned<long>(Address(ref shifted, cx, address, 8))),
            0x02 => SimdOps.Load8x8U(Unsafe.ReadUnaligned<long>(Address(ref shifted, cx, address, 8))),
            0x03 => SimdOps.Load16x4S(Unsafe.ReadUnaligned<long>(Address(ref shifted, cx, address, 8))),
            0x04 => SimdOps.Load16x4U(Unsafe.ReadUnaligned<long>(Address(ref shifted, cx, address, 8))),
            0x05 => SimdOps.Load32x2S(Unsafe.ReadUnaligned<long>(Address(ref shifted, cx, address, 8))),
            0x06 => SimdOps.Load32x2U(Unsafe.ReadUnaligned<long>(Address(ref shifted, cx, address, 8))),
            0x07 => SimdOps.I8x16Splat(*Address(ref shifted, cx, address, 1)),
            0x08 => SimdOps.I16x8Splat(Unsafe.ReadUnaligned<ushort>(Address(ref shifted, cx, address, 2))),
            0x09 => SimdOps.I32x4Splat(Unsafe.ReadUnaligned<int>(Address(ref shifted, cx, address, 4))),
            0x0A => SimdOps.I64x2Splat(Unsafe.ReadUnaligned<long>(Address(ref shifted, cx, address, 8))),
            0x5C => SimdOps.Load32Zero(Unsafe.ReadUnaligned<int>(Address(ref shifted, cx, address, 4))),
            0x5D => SimdOps.Load64Zero(Unsafe.ReadUnaligned<long>(Address(ref shifted, cx, address, 8))),
            _ => throw UnknownSimd(sub),
        };
    }

    private static V128 LoadLane(int sub, ref int ip, ref ValRaw fp, InstanceContext cx)
    {
        ulong address = S(ref fp, ref ip, 3).Bits;
        V128 vector = ReadV(ref fp, ref ip, 4);
        int lane = Unsafe.Add(ref ip, 8);
        ref int shifted = ref Unsafe.Add(ref ip, 2);
        return sub switch
        {
            0x54 => SimdOps.LoadLane8(*Address(ref shifted, cx, address, 1), vector, lane),
            0x55 => SimdOps.LoadLane16(Unsafe.ReadUnaligned<ushort>(Address(ref shifted, cx, address, 2)), vector, lane),
            0x56 => SimdOps.LoadLane32(Unsafe.ReadUnaligned<int>(Address(ref shifted, cx, address, 4)), vector, lane),
            0x57 => SimdOps.LoadLane64(Unsafe.ReadUnaligned<long>(Address(ref shifted, cx, address, 8)), vector, lane),
            _ => throw UnknownSimd(sub),
        };
    }

    private static void StoreLane(int sub, ref int ip, ref ValRaw fp, InstanceContext cx)
    {
        ulong address = S(ref fp, ref ip, 2).Bits;
        V128 vector = ReadV(ref fp, ref ip, 3);
        int lane = Unsafe.Add(ref ip, 7);
        ref int shifted = ref Unsafe.Add(ref ip, 1);
        switch (sub)
        {
            case 0x58:
                *Address(ref shifted, cx, address, 1) = (byte)SimdOps.I8x16ExtractLaneU(vector, lane);
                break;
            case 0x59:
                Unsafe.WriteUnaligned(Address(ref shifted, cx, address, 2), (ushort)SimdOps.I16x8ExtractLaneU(vector, lane));
                break;
            case 0x5A:
                Unsafe.WriteUnaligned(Address(ref shifted, cx, address, 4), SimdOps.I32x4ExtractLane(vector, lane));
                break;
            default:
                Unsafe.WriteUnaligned(Address(ref shifted, cx, address, 8), SimdOps.I64x2ExtractLane(vector, lane));
                break;
        }
    }
}

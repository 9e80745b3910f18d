using System.Runtime.CompilerServices;
using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>
/// The atomic family of <see cref="Op.Extended"/> instructions (threads proposal, layouts in
/// <see cref="Translator"/>). Traps come in the compiled tier's order (<c>AtomicEmitter</c>): an
/// unaligned effective address traps before an out-of-bounds one, except that for notify and wait an
/// effective address beyond the memory's index type is out of bounds first; a wait on an unshared
/// memory traps after both checks. The accesses themselves are <see cref="AtomicOps"/> and
/// <see cref="WaitQueue"/>, as in compiled code.
/// </summary>
internal static unsafe partial class Interpreter
{
    private static int ExecuteAtomic(int op, ref int ip, ref ValRaw fp, InstanceContext cx)
    {
        switch (op)
        {
            case 0x00:
            {
                nint address = AtomicAddress(ref ip, cx, S(ref fp, ref ip, 3).Bits, 4, 5, indexOverflowFirst: true);
                S(ref fp, ref ip, 2).Bits = (uint)WaitQueue.Notify(address, (int)S(ref fp, ref ip, 4).Bits, Unsafe.Add(ref ip, 5), cx);
                return 8;
            }

            case 0x01:
            {
                nint address = AtomicAddress(ref ip, cx, S(ref fp, ref ip, 3).Bits, 4, 6, indexOverflowFirst: true);
                S(ref fp, ref ip, 2).Bits = (uint)WaitQueue.Wait32(address, (int)S(ref fp, ref ip, 4).Bits, (long)S(ref fp, ref ip, 5).Bits, Unsafe.Add(ref ip, 6), cx);
                return 9;
            }

            case 0x02:
            {
                nint address = AtomicAddress(ref ip, cx, S(ref fp, ref ip, 3).Bits, 8, 6, indexOverflowFirst: true);
                S(ref fp, ref ip, 2).Bits = (uint)WaitQueue.Wait64(address, (long)S(ref fp, ref ip, 4).Bits, (long)S(ref fp, ref ip, 5).Bits, Unsafe.Add(ref ip, 6), cx);
                return 9;
            }

            case 0x03:
                AtomicOps.Fence();
                return 2;
            default:
                return ExecuteAtomicAccess(op, ref ip, ref fp, cx);
        }
    }

    // Loads, stores, read-modify-writes and compare-exchanges: groups of seven accesses (i32, i64,
    // i32 8u, i32 16u, i64 8u, i64 16u, i64 32u) from 0x10. Narrow results are zero-extended, and
    // narrow operands wrapped, by the AtomicOps helpers of their size.
    private static int ExecuteAtomicAccess(int op, ref int ip, ref ValRaw fp, InstanceContext cx)
    {
        int group = (op - 0x10) / 7;
        uint size = AccessSize((op - 0x10) % 7);
        switch (group)
        {
            case 0:
            {
                nint address = AtomicAddress(ref ip, cx, S(ref fp, ref ip, 3).Bits, size, 4, indexOverflowFirst: false);
                S(ref fp, ref ip, 2).Bits = size switch
                {
                    1 => (uint)AtomicOps.Load8(address),
                    2 => (uint)AtomicOps.Load16(address),
                    4 => (uint)AtomicOps.Load32(address),
                    _ => (ulong)AtomicOps.Load64(address),
                };
                return 7;
            }

            case 1:
            {
                nint address = AtomicAddress(ref ip, cx, S(ref fp, ref ip, 2).Bits, size, 4, indexOverflowFirst: false);
                ulong value = S(ref fp, ref ip, 3).Bits;
                switch (size)
                {
                    case 1: AtomicOps.Store8(address, (int)value); break;
                    case 2: AtomicOps.Store16(address, (int)value); break;
                    case 4: AtomicOps.Store32(address, (int)value); break;
                    default: AtomicOps.Store64(address, (long)value); break;
                }

                return 7;
            }

            case 8:
            {
                nint address = AtomicAddress(ref ip, cx, S(ref fp, ref ip, 3).Bits, size, 6, indexOverflowFirst: false);
                ulong expected = S(ref fp, ref ip, 4).Bits;
                ulong replacement = S(ref fp, ref ip, 5).Bits;
                S(ref fp, ref ip, 2).Bits = size switch
                {
                    1 => (uint)AtomicOps.Cmpxchg8(address, (int)expected, (int)replacement),
                    2 => (uint)AtomicOps.Cmpxchg16(address, (int)expected, (int)replacement),
                    4 => (uint)AtomicOps.Cmpxchg32(address, (int)expected, (int)replacement),
                    _ => (ulong)AtomicOps.Cmpxchg64(address, (long)expected, (long)replacement),
                };
                return 9;
            }

            default:
            {
                // Groups 2–7: add, sub, and, or, xor, xchg (the helpers' op 0–5).
                nint address = AtomicAddress(ref ip, cx, S(ref fp, ref ip, 3).Bits, size, 5, indexOverflowFirst: false);
                ulong value = S(ref fp, ref ip, 4).Bits;
                int rmw = group - 2;
                S(ref fp, ref ip, 2).Bits = size switch
                {
                    1 => (uint)AtomicOps.Rmw8(address, (int)value, rmw),
                    2 => (uint)AtomicOps.Rmw16(address, (int)value, rmw),
                    4 => (uint)AtomicOps.Rmw32(address, (int)value, rmw),
                    _ => (ulong)AtomicOps.Rmw64(address, (long)value, rmw),
                };
                return 8;
            }
        }
    }

    // The access size of the k-th operator of a group (see ExecuteAtomicAccess).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint AccessSize(int k) => k switch
    {
        0 or 6 => 4,
        1 => 8,
        2 or 4 => 1,
        _ => 2,
    };

    /// <summary>
    /// The host address of the atomic access of <paramref name="size"/> bytes at
    /// <paramref name="address"/> plus the static offset, the memory being operand
    /// <paramref name="memoryOperand"/> and the offset the two after it; traps when it is unaligned
    /// or out of bounds. With <paramref name="indexOverflowFirst"/> (notify and wait), an effective
    /// address beyond the index type is out of bounds before it is unaligned, as in Wasmtime.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static nint AtomicAddress(ref int ip, InstanceContext cx, ulong address, uint size, int memoryOperand, bool indexOverflowFirst)
    {
        int memory = Unsafe.Add(ref ip, memoryOperand);
        LinearMemory mem = memory == 0 ? cx.Memory0! : cx.Memories[memory];
        ulong offset = Imm64(ref ip, memoryOperand + 1);
        ulong effective = address + offset;

        // i32 addresses are zero-extended in their slots and 32-bit offsets are below 2^32, so the
        // 64-bit sum of a 32-bit memory never wraps; a 64-bit memory's wraps when it is smaller.
        if (indexOverflowFirst && (mem.Type.Is64 ? effective < address : effective > uint.MaxValue))
        {
            throw TrapHelpers.MemoryOutOfBounds();
        }

        if ((effective & (size - 1)) != 0)
        {
            throw TrapHelpers.HeapMisaligned();
        }

        // Another thread may grow a shared memory: read its current length.
        ulong length = Volatile.Read(ref mem.Length);
        if (effective < address || effective > length || length - effective < size)
        {
            throw TrapHelpers.MemoryOutOfBounds();
        }

        return (nint)(mem.Base + effective);
    }
}
